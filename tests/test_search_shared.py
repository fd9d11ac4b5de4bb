"""What the languages share is made once and gives the files each language makes alone."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import pytest

from tests.test_search_fixtures import TODAY, content, url_for
from tukena import invites, loader, search
from tukena.schemas.vocabulary import ActivityForm, TargetGroup
from tukena.search import cards, documents, facets, results, texts
from tukena.site import catalogue, searchfiles
from tukena.site.config import SiteConfig
from tukena.status import STALE_AFTER_MONTHS, Status

ROOT = Path(__file__).resolve().parents[1]


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


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
def test_cards_give_the_texts_and_results_the_models_give(which: str) -> None:
    """build() reads the texts and writes the result chunks from the cards made once for
    every language: they must equal activity_texts() and the JSON of record()'s objects,
    which read the models."""
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
        slugs = [item.slug for item in listings]
        prefix, made_chunks = cards.chunks(shared.cards, slugs, lang, url_for(lang))
        plain_prefix, plain_chunks = results.build(listings, lang, TODAY, url_for(lang))
        assert prefix == plain_prefix
        assert made_chunks == {name: _dumps(chunk) for name, chunk in plain_chunks.items()}


#: Pieces of random texts: what JSON escapes, what it writes as it is, and astral characters.
PIECES = ['"', "\\", "/", "\n", "\t", "\x00", "\x1f", "\x7f", "\u2028", "\u2029", "ä", "é", "–", "😀", "𝔘", "ryhmä", " ", "'", "<", "&"]  # fmt: skip


def test_chunks_of_random_texts_are_the_json_of_the_records() -> None:
    """Titles, summaries and names of every kind of character and in any of the languages:
    the chunks written from cards are the bytes json.dumps writes for record()'s objects."""
    rng = random.Random(6)

    def texts() -> dict[str, str]:
        langs = rng.sample(["fi", "sv", "en", "so", "ar"], rng.randint(1, 5))
        return {code: "".join(rng.choices(PIECES, k=rng.randint(0, 12))) for code in langs}

    listings = []
    for item in search.prepare(content(), TODAY).listings * 10:
        a = item.activity
        places = [p.model_copy(update={"name": rng.choice([None, texts()])}) for p in a.locations]
        activity = a.model_copy(update={"title": texts(), "summary": texts(), "locations": places})
        org = item.organisation
        if org is not None and rng.random() < 0.8:
            org = org.model_copy(update={"name": texts()})
        elif rng.random() < 0.5:
            org = None
        listings.append(dataclasses.replace(item, activity=activity, organisation=org))
    made = [cards.card(item, TODAY) for item in listings]
    slugs = [item.slug for item in listings]
    for lang in search.LANGUAGES:
        prefix, made_chunks = cards.chunks(made, slugs, lang, url_for(lang))
        plain_prefix, plain_chunks = results.build(listings, lang, TODAY, url_for(lang))
        assert prefix == plain_prefix
        assert made_chunks == {name: _dumps(chunk) for name, chunk in plain_chunks.items()}


def test_facet_bits_equal_their_plain_definitions() -> None:
    """_flags and _mask set bits in a loop: they must give the sums of distinct bits."""
    listings = documents.listings(_shipped(), TODAY) + documents.listings(content(), TODAY)
    for item in listings:
        a = item.activity
        on = {
            "free": a.cost.free,
            "online": a.online is not None,
            "inPerson": bool(a.locations),
            "referrals": invites.takes_referrals(a),
            "childcare": a.childcare,
            "stepFree": any(p.accessibility and p.accessibility.step_free for p in a.locations),
            "stale": item.stale,
            "registration": a.registration.required,
        }
        assert facets._flags(item) == sum(facets.FLAGS[name] for name, yes in on.items() if yes)
        for values, enum in ((a.forms, ActivityForm), (a.target_groups, TargetGroup)):
            positions = list(enum)
            want = sum(1 << positions.index(v) for v in set(values))
            assert facets._mask(values, enum) == want
            assert facets._mask([*values, *values], enum) == want
