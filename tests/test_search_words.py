"""Words people type for what the site names otherwise: two-word phrases for days and times
("i morgon"), vocabulary labels in another UI language ("kielikahvila" on the English
site) and everyday words for activity types and target groups ("kids", "kotitehtävät").
The index is built in Python and searched by engine.js in node, as on the site."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path
from typing import Any

import pytest

from tests.test_search_engine import JS, ask, build_more, folders  # noqa: F401 (a fixture)
from tests.test_search_fixtures import TODAY, activity, content
from tukena import search
from tukena.schemas.languages import language_name
from tukena.schemas.vocabulary import LABELS, ActivityForm, TargetGroup
from tukena.search import documents, entities, facets, indexer, node, pipeline, synonyms

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
    texts = search.entity_texts(docs)
    return {term for fields in texts for text in fields for term in analyser.terms(text)}


@pytest.mark.parametrize("lang", search.LANGUAGES)
def test_python_and_engine_js_read_each_phrase_alike(
    folders: dict[str, Path],  # noqa: F811
    lang: str,
) -> None:
    """engine.js reads each phrase of ``entities.PHRASES``, of every UI language ("i morgon"
    on the English site too), as the terms Python makes of its replacement, alone and
    between other words, and those are words of the entities."""
    known = _entity_terms(lang)
    pairs = [pair for code in search.LANGUAGES for pair in entities.PHRASES[code]]
    queries = [q for said, _ in pairs for q in (said, f"kahvi {said.upper()} kerho")]
    got = [r["terms"] for r in ask(folders[lang], *queries)]
    for number, (said, meant) in enumerate(pairs):
        alone, inside = got[2 * number], got[2 * number + 1]
        assert alone == _index_terms(meant, lang) != _index_terms(said, lang), said
        assert inside == _index_terms(f"kahvi {meant} kerho", lang), said
        assert set(alone) <= known, (said, set(alone) - known)


def _every_value() -> dict[str, Any]:
    """One listing of every activity type and target group, beside the fixture's, so that
    each value has listings to find."""
    added = {}
    for form in ActivityForm:
        added[f"form-{form.value}"] = activity(title={"fi": "Qxa"}, forms=[form.value])
    for group in TargetGroup:
        added[f"group-{group.value}"] = activity(title={"fi": "Qxa"}, target_groups=[group.value])
    return added


def _having(value: StrEnum, acts: dict[str, Any], slugs: list[str]) -> set[str]:
    field = "forms" if isinstance(value, ActivityForm) else "target_groups"
    return {s for s in slugs if value in getattr(acts[s], field)}


def _answers(tmp_path: Path, queries: list[str]) -> tuple[dict[str, list[set[str]]], list[str]]:
    """By UI language, the slugs each query finds among the fixture and :func:`_every_value`."""
    slugs = build_more(tmp_path, _every_value())
    out = {}
    for lang in search.LANGUAGES:
        question = {"dir": str(tmp_path / "search" / lang),
                    "queries": [{"q": q, "filters": {}} for q in queries]}  # fmt: skip
        results = node.run(JS / "search.js", question)["results"]
        out[lang] = [{slugs[r] for r in res["refs"]} for res in results]
    return out, slugs


def _searchable(word: str) -> bool:
    """Whether ``word`` is a search term in every UI language: a stop word of one ("other",
    "men" in Swedish, "tai") is no term there, so the sites cannot agree on it."""
    return all(pipeline.tokens(word, lang) for lang in search.LANGUAGES)


#: Words of labels that each site's stemmer cuts differently, so that one site also finds
#: words they begin or are inside of: the Finnish site reads "lapset" as "laps", which
#: begins "lapsiperheet"; the Swedish one reads "suomen" as "suom", which begins "suomi".
STEMMED_APART = {
    "suomen", "ruotsin", "barn", "child", "women's", "seeking", "färdigheter", "taide",
    "arts", "kaikille", "lapset", "äldre", "henkilöt",
}  # fmt: skip


def test_a_label_in_any_ui_language_finds_the_same_listings_on_every_site(tmp_path: Path) -> None:
    """ "Kielikahvila" on the English site finds what it finds on the Finnish one: a
    professional who switches the site's language keeps the client's results. Every word
    of the label of an activity type or target group, in each UI language, finds its
    listings and the same ones in fi, sv and en."""
    asked = [
        (value, word)
        for value in (*ActivityForm, *TargetGroup)
        for text in LABELS[type(value)][value.value].values()
        for word in dict.fromkeys(indexer.words(pipeline.normalise(text)))
        if _searchable(word)
    ]
    assert (ActivityForm.LANGUAGE_CAFE, "kielikahvila") in asked
    found, slugs = _answers(tmp_path, [word for _, word in asked])
    acts = {**content().activities, **_every_value()}
    for number, (value, word) in enumerate(asked):
        fi, sv, en = (found[lang][number] for lang in ("fi", "sv", "en"))
        assert fi >= _having(value, acts, slugs) and sv >= _having(value, acts, slugs), word
        assert en >= _having(value, acts, slugs), word
        if word not in STEMMED_APART:
            assert fi == sv == en, (word, fi ^ sv, fi ^ en)
    assert STEMMED_APART <= {word for _, word in asked}
    cafes = _having(ActivityForm.LANGUAGE_CAFE, acts, slugs)
    cafe = [w for _, w in asked].index("kielikahvila")
    assert found["en"][cafe] == cafes  # the English index had only "Language café or club"


def test_everyday_words_find_the_activity_types_and_groups_they_mean(tmp_path: Path) -> None:
    """ "kotitehtävät" finds homework help, "kielikurssi" every Finnish or Swedish course,
    "kids" the listings for children: each word of ``synonyms.WORDS`` finds the listings of
    its value, on every UI language's site, and not every listing."""
    pairs = [(v, w) for enum in synonyms.WORDS for v in enum for w, _ in synonyms.words(v)]
    found, slugs = _answers(tmp_path, [w for _, w in pairs])
    acts = {**content().activities, **_every_value()}
    for lang, answers in found.items():
        for (value, word), got in zip(pairs, answers, strict=True):
            if not pipeline.tokens(word, lang):
                continue  # a stop word there: "men" is "but" in Swedish
            assert got >= _having(value, acts, slugs), (lang, word)
            assert got != set(slugs), (lang, word)
    assert {
        (ActivityForm.HOMEWORK_HELP, "kotitehtävät"),
        (ActivityForm.LANGUAGE_COURSE, "kielikurssi"),
        (TargetGroup.CHILDREN, "kids"),
    } <= set(pairs)


def test_a_language_named_in_any_ui_language_finds_its_activities_on_every_site(
    folders: dict[str, Path],  # noqa: F811
) -> None:
    """ "arabia" on the English site, "Arabic" on the Swedish one: the activities held or
    helped in Arabic, as on the Finnish site."""
    acts = content().activities
    for code in ("ar", "so", "uk"):
        names = [language_name(code, ui) for ui in search.LANGUAGES]
        meant = {s for s, a in acts.items() if code in a.languages or code in a.support_languages}
        for lang, folder in folders.items():
            for name, found in zip(names, ask(folder, *names), strict=True):
                assert set(found["slugs"]) == meant - {"paattynyt"}, (lang, name)
