"""Municipalities' names as people say them: the geodata gives a few official names
("Pedersören kunta", the municipality of Pedersöre), which read oddly in a list of
plain names and differ from the name in Swedish. The site's reference data keeps the
plain name, in every language and on the pages built from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.site_helpers import main, page
from tests.site_helpers import sample_site as _sample_site
from tukena import reference

#: the words for municipality and town (and city) in Finnish and Swedish, ending a name
SUFFIX = re.compile(r"\s(?:kunta|kunnan|kaupunki|kaupungin|stad|kommun)$", re.IGNORECASE)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_no_municipality_name_ends_in_a_word_for_municipality(lang: str) -> None:
    names = [m.name(lang) for m in reference.load().municipalities.values()]
    assert [name for name in names if SUFFIX.search(name)] == []


def test_pedersore_is_named_as_in_swedish() -> None:
    pedersore = reference.load().municipalities["599"]
    assert (pedersore.name("fi"), pedersore.name("sv"), pedersore.name("en")) == ("Pedersöre",) * 3


def test_a_neighbours_list_names_pedersore_plainly(site) -> None:
    """Luoto's page lists Pedersöre among its neighbours (en), by its plain name."""
    text = main(page(site, "en/municipalities/luoto.html")).text
    assert "Pedersöre" in text
    assert "Pedersören" not in text


@pytest.mark.parametrize("written", ["Pedersören kunta", "pedersoren kunta", "Pedersöre", "599"])
def test_a_listing_written_with_the_official_name_still_finds_pedersore(written: str) -> None:
    """Files written before the plain name (and the official name people may copy) stay
    valid: the official name is an alias, not shown but still found."""
    assert reference.municipality(written).code == "599"
