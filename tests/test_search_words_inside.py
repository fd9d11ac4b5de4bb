"""Where a query's word is found inside or at the start of longer words: Finnish and
Swedish compounds end in short stems ("työ", work, ends "vapaaehtoistyö"), found inside
from 3 letters on those sites; on the English site from 4 letters, so 3 letters find no
word they happen to be in. A word of a region's name is that region alone, not every
place whose name begins with it. The index is built in Python and searched by engine.js
in node."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_search_engine import ask_more
from tests.test_search_fixtures import activity
from tukena.search import node

pytestmark = pytest.mark.skipif(node.missing() is not None, reason=str(node.missing()))


def test_a_short_word_finds_the_compound_it_ends_in_finnish_and_swedish(tmp_path: Path) -> None:
    added = {"vapaaehtoiset": activity(title={"fi": "Vapaaehtoistyö"})}
    found = ask_more(tmp_path, added, ["työ"])
    assert "vapaaehtoiset" in found["fi"][0]
    assert "vapaaehtoiset" in found["sv"][0]
    assert "vapaaehtoiset" not in found["en"][0]


def test_a_region_word_is_that_region_not_a_place_named_like_it(tmp_path: Path) -> None:
    """ "häme" is a word of Kanta-Häme and Päijät-Häme: it finds Hämeenlinna (in Kanta-Häme),
    not Hämeenkyrö, whose name begins with it but which lies in Pirkanmaa."""
    added = {
        "linna": activity(title={"fi": "Kerho"}, locations=[{"municipality": "Hämeenlinna"}]),
        "kyro": activity(title={"fi": "Kerho"}, locations=[{"municipality": "Hämeenkyrö"}]),
    }
    found = ask_more(tmp_path, added, ["häme"])["fi"][0]
    assert "linna" in found and "kyro" not in found, found
