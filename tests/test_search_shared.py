"""What the languages share is made once and gives the files each language makes alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_search_fixtures import TODAY, content, url_for
from tukena import loader, search
from tukena.search import documents, facets, results, texts
from tukena.site import catalogue, searchfiles
from tukena.site.config import SiteConfig
from tukena.status import STALE_AFTER_MONTHS, Status

ROOT = Path(__file__).resolve().parents[1]


def _shipped() -> loader.ContentSet:
    found, _ = loader.check(ROOT)
    return found


def _catalogue(content_set: loader.ContentSet, months: int) -> catalogue.Catalogue:
    config = SiteConfig(
        root=ROOT, output=ROOT / "unused", theme=ROOT / "theme", today=TODAY,
        stale_after_months=months,
    )  # fmt: skip
    return catalogue.build(content_set, config)


@pytest.mark.parametrize("which", ["fixtures", "shipped"])
def test_files_made_from_shared_data_equal_those_made_alone(which: str) -> None:
    content_set = content() if which == "fixtures" else _shipped()
    shared = search.prepare(content_set, TODAY)
    for lang in search.LANGUAGES:
        alone = search.build(content_set, lang, TODAY, url_for(lang))
        assert search.build(content_set, lang, TODAY, url_for(lang), shared=shared) == alone


def test_facet_columns_are_the_same_in_every_language() -> None:
    listings = documents.listings(_shipped(), TODAY)
    columns = facets.columns(listings, TODAY)
    for lang in search.LANGUAGES:
        alone = facets.build(listings, lang, TODAY)
        assert facets.build(listings, lang, TODAY, columns) == alone
    assert columns.columns == facets.build(listings, "fi", TODAY)[0]["columns"]


def test_listings_from_the_catalogue_equal_those_computed() -> None:
    content_set = _shipped()
    cat = _catalogue(content_set, STALE_AFTER_MONTHS)
    made = documents.listings(content_set, TODAY, cat.status, cat.next_session)
    assert made == documents.listings(content_set, TODAY)
    assert any(item.stale for item in made) and not all(item.stale for item in made)


def test_only_missing_statuses_are_computed() -> None:
    content_set = content()
    assert documents.listings(content_set, TODAY, {}, {}) == documents.listings(content_set, TODAY)


@pytest.mark.parametrize("months", [STALE_AFTER_MONTHS, 1, 600])
def test_the_search_calls_listings_stale_as_the_site_does(months: int) -> None:
    content_set = _shipped()
    cat = _catalogue(content_set, months)
    shared = searchfiles.shared(cat)
    assert shared is searchfiles.shared(cat)  # made once per catalogue
    stale = {item.slug for item in shared.listings if item.stale}
    assert stale == {slug for slug, state in cat.status.items() if state is Status.STALE}
    if months == STALE_AFTER_MONTHS:
        assert shared == search.prepare(content_set, TODAY)
    else:  # the shipped sample has stale listings at the default, and only then
        assert stale != {
            item.slug for item in search.prepare(content_set, TODAY).listings if item.stale
        }


@pytest.mark.parametrize("which", ["fixtures", "shipped"])
def test_cards_give_the_texts_and_records_the_models_give(which: str) -> None:
    """build() reads the texts and result objects from the cards made once for every
    language: they must equal activity_texts() and record(), which read the models."""
    content_set = content() if which == "fixtures" else _shipped()
    shared = search.prepare(content_set, TODAY)
    listings = shared.listings
    assert listings
    for lang in search.LANGUAGES:
        for fields in (["t", "k"], ["s"], ["t", "k", "s", "d"], ["d", "t"], []):
            made = texts.columns(
                listings, shared.cards, lang, fields, shared.normalised, search._field_text
            )
            plain = search.activity_texts(listings, lang, fields)
            assert [list(row) for row in made] == plain, (lang, fields)
        prefix, chunks = results.build(listings, lang, TODAY, url_for(lang), shared.cards)
        made_records = [record for chunk in chunks.values() for record in chunk]
        plain_records = [
            results.record(item, lang, TODAY, url_for(lang)(item.slug)[len(prefix) :])
            for item in listings
        ]
        assert made_records == plain_records, lang
        assert [list(r) for r in made_records] == [list(r) for r in plain_records]  # key order
