"""Words people type for what the site names otherwise: two-word phrases for days and times
("i morgon"). The index is built in Python and searched by engine.js in node, as on the
site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_search_engine import ask, folders  # noqa: F401 (a fixture)
from tests.test_search_fixtures import TODAY, content
from tukena import search
from tukena.schemas.vocabulary import ActivityForm
from tukena.search import documents, entities, facets, indexer, node, pipeline

pytestmark = pytest.mark.skipif(node.missing() is not None, reason=str(node.missing()))

EVENING = 4  # bit of the times column


def _meeting(day: int, bits: int = 7) -> set[str]:
    """Slugs of the fixture's listings meeting on weekday ``day`` (0 = Monday), and
    starting at one of the times ``bits`` on some day."""
    found = set()
    for item in documents.listings(content(), TODAY):
        days, times, _ = documents.weekdays_and_times(item, TODAY)
        if days & 1 << day and times & bits:
            found.add(item.slug)
    return found


@pytest.mark.parametrize("now", ["2026-11-24T09:30", "2026-11-29T23:50"])  # Tue, Sun
def test_swedish_i_dag_and_i_morgon_are_today_and_tomorrow(
    folders: dict[str, Path],  # noqa: F811
    now: str,
) -> None:
    """ "i dag" and "i morgon", as Swedish style guides write them, are today and tomorrow
    (as "idag" and "imorgon"), also inside a longer query; "morgon" alone stays morning."""
    weekday = dt.datetime.fromisoformat(now).weekday()
    today, tomorrow = _meeting(weekday), _meeting((weekday + 1) % 7)
    assert today and tomorrow and today != tomorrow
    cafes = {s for s, a in content().activities.items() if ActivityForm.LANGUAGE_CAFE in a.forms}
    queries = ("i dag", "idag", "i morgon", "imorgon", "I  Morgon.", "språkcafé i morgon")
    *found, cafe = ask(folders["sv"], *queries, now=now)
    assert [set(r["slugs"]) for r in found] == [today, today, tomorrow, tomorrow, tomorrow]
    (fi_cafe,) = ask(folders["fi"], "kielikahvila huomenna", now=now)
    assert set(cafe["slugs"]) == set(fi_cafe["slugs"]) and cafe["complete"] == fi_cafe["complete"]
    # no café meets on a Monday: the page says the partial matches are partial
    assert set(cafe["slugs"]) == tomorrow & cafes if cafe["complete"] else not tomorrow & cafes
    listings = documents.listings(content(), TODAY)
    mornings = {i.slug for i in listings if documents.weekdays_and_times(i, TODAY)[1] & 1}
    (morning,) = ask(folders["sv"], "morgon", now=now)
    assert set(morning["slugs"]) == mornings != tomorrow


@pytest.mark.parametrize("now", ["2026-11-24T09:30", "2026-11-29T23:50"])
def test_this_evening_is_todays_evening_in_every_language(
    folders: dict[str, Path],  # noqa: F811
    now: str,
) -> None:
    weekday = dt.datetime.fromisoformat(now).weekday()
    tonight = _meeting(weekday, EVENING)
    for lang, query in (("sv", "i kväll"), ("sv", "ikväll"), ("en", "this evening"),
                        ("en", "tonight"), ("fi", "tänä iltana")):  # fmt: skip
        (found,) = ask(folders[lang], query, now=now)
        assert set(found["slugs"]) == tonight and found["complete"], (lang, query)


def _index_terms(text: str, lang: str) -> list[str]:
    """The terms the index pipeline makes of ``text``, each once, in order (what
    ``Engine.terms`` gives for a query without phrases)."""
    return list(dict.fromkeys(t for t in pipeline.tokens(text, lang) if t))


def _entity_terms(lang: str) -> set[str]:
    listings = documents.listings(content(), TODAY)
    facet_data, orgs = facets.build(listings, lang, TODAY)
    docs = entities.names(listings, facet_data, orgs, lang)
    analyser = indexer.Analyser(lang)
    return {term for (text,) in search.entity_texts(docs) for term in analyser.terms(text)}


@pytest.mark.parametrize("lang", search.LANGUAGES)
def test_python_and_engine_js_read_each_phrase_alike(
    folders: dict[str, Path],  # noqa: F811
    lang: str,
) -> None:
    """engine.js reads each phrase of ``entities.PHRASES`` as the terms Python makes of its
    replacement, alone and between other words, and those are words of the entities."""
    known = _entity_terms(lang)
    pairs = entities.PHRASES[lang]
    queries = [q for said, _ in pairs for q in (said, f"kahvi {said.upper()} kerho")]
    got = [r["terms"] for r in ask(folders[lang], *queries)]
    for number, (said, meant) in enumerate(pairs):
        alone, inside = got[2 * number], got[2 * number + 1]
        assert alone == _index_terms(meant, lang) != _index_terms(said, lang), said
        assert inside == _index_terms(f"kahvi {meant} kerho", lang), said
        assert set(alone) <= known, (said, set(alone) - known)
