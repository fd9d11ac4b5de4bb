"""A word found inside the words of a title: Finnish and Swedish compounds end in short
stems ("työ", work, ends "vapaaehtoistyö"), found inside from 3 letters on those sites;
on the English site a word is found inside others from 4 letters, so 3 letters find no
word they happen to be in. The index is built in Python and searched by engine.js in node."""

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
