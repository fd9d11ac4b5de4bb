"""How newcomers and professionals ask for a language course or a language café: "learn
finnish", "suomen kurssi", "lära sig finska", "practice finnish" (:mod:`tukena.search.intents`),
and English words spelt two ways. The sample site's index is built in Python and searched
by engine.js in node, as on the site; the courses and cafés expected are read from the
content."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from tests.test_search_engine import JS, folders  # noqa: F401 (a fixture)
from tests.test_search_fixtures import activity, url_for
from tukena import loader, search
from tukena.schemas.vocabulary import ActivityForm
from tukena.search import documents, intents, node, pipeline

pytestmark = pytest.mark.skipif(node.missing() is not None, reason=str(node.missing()))

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 12, 7)
CONTENT = loader.load(ROOT, today=TODAY)
LISTED = [item.slug for item in documents.listings(CONTENT, TODAY)]


def _having(form: ActivityForm, language: str = "fi") -> set[str]:
    """The sample's listed activities of ``form`` held in ``language``."""
    acts = CONTENT.activities
    return {s for s in LISTED if form in acts[s].forms and language in acts[s].languages}


COURSES = _having(ActivityForm.LANGUAGE_COURSE)
CAFES = _having(ActivityForm.LANGUAGE_CAFE)
ANY_CAFE = CAFES | _having(ActivityForm.LANGUAGE_CAFE, "sv")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample content's search files, by UI language."""
    out = tmp_path_factory.mktemp("sample")
    for lang in search.LANGUAGES:
        for name, data in search.build(CONTENT, lang, TODAY, url_for(lang)).items():
            path = out / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    return {lang: out / "search" / lang for lang in search.LANGUAGES}


def _ask(folder: Path, *queries: str, listed: list[str] = LISTED) -> list[dict]:
    question = {"dir": str(folder), "queries": [{"q": q, "filters": {}} for q in queries],
                "more": True}  # fmt: skip
    out = node.run(JS / "search.js", question)["results"]
    for result in out:
        result["slugs"] = [listed[ref] for ref in result["refs"]]
    return out


def _course(title: dict[str, str], languages: list[str], **fields: object) -> object:
    return activity(
        title=title, summary={"fi": "Kurssi aikuisille."}, forms=["language-course"],
        organisation="kaarnan-kansalaisopisto", languages=languages,
        locations=[{"municipality": "Kerava", "name": "Kansalaisopisto"}], **fields,
    )  # fmt: skip


#: Courses added to the sample, which has Finnish courses alone: one held in Swedish, one
#: in both, and a Finnish one whose teacher explains in Swedish (a help language).
SWEDISH_COURSES = {
    "svenska-kurs": _course({"sv": "Svenska för nybörjare", "en": "Beginners' Swedish"}, ["sv"]),
    "kaksikielinen-kurssi": _course({"fi": "Suomi ja ruotsi tutuksi"}, ["fi", "sv"]),
    "suomea-ruotsiksi": _course(
        {"fi": "Suomen kurssi ruotsinkielisille", "sv": "Finska för svenskspråkiga"}, ["fi"],
        support_languages=["sv"],
    ),
}  # fmt: skip
#: Listings whose titles have a Finnish or Swedish word spelt as an English function word:
#: "into" is zeal in Finnish, "must" is juice in Swedish.
LOOKALIKES = {
    "liikunnan-into": activity(title={"fi": "Liikunnan into"}, forms=["sports-outdoors"]),
    "must-och-saft": activity(title={"sv": "Must och saft"}, forms=["cooking"], languages=["sv"]),
}


@pytest.fixture(scope="module")
def with_swedish(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Path], list[str]]:
    """The search files of the sample, :data:`SWEDISH_COURSES` and :data:`LOOKALIKES`, by
    UI language, and the slugs in document order."""
    out = tmp_path_factory.mktemp("swedish")
    added = {**SWEDISH_COURSES, **LOOKALIKES}
    more = dataclasses.replace(CONTENT, activities={**CONTENT.activities, **added})
    for lang in search.LANGUAGES:
        for name, data in search.build(more, lang, TODAY, url_for(lang)).items():
            path = out / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    listed = [item.slug for item in documents.listings(more, TODAY)]
    return {lang: out / "search" / lang for lang in search.LANGUAGES}, listed


def _first(found: dict, meant: set[str], kind: set[str] | None = None) -> bool:
    """Whether ``found`` is complete and lists all of ``meant``, with nothing before the
    last of them but listings of ``kind`` (``meant`` by default): a café held in Swedish
    alone may come among those held in Finnish."""
    slugs = found["slugs"]
    if not found["complete"] or not meant <= set(slugs):
        return False
    last = max(slugs.index(s) for s in meant)
    return set(slugs[: last + 1]) <= (kind or meant)


def test_the_sample_has_courses_and_cafes_to_find() -> None:
    assert len(COURSES) >= 5 and len(CAFES) >= 10 and not COURSES & CAFES


def test_the_reviewers_english_queries_find_the_language_courses_first(
    sample: dict[str, Path],
) -> None:
    """ "learn finnish" found a cooking club, "language course" a parenting course: each
    finds the Finnish courses, first."""
    queries = ("learn finnish", "study finnish", "language course", "finnish lessons",
               "Learning Finnish", "finnish course", "language classes")  # fmt: skip
    for query, found in zip(queries, _ask(sample["en"], *queries), strict=True):
        assert _first(found, COURSES), (query, found["slugs"][:8])
    (free,) = _ask(sample["en"], "learn finnish for free")
    gratis = {s for s in COURSES if CONTENT.activities[s].cost.free}
    assert gratis and gratis != COURSES
    assert _first(free, gratis), free["slugs"]


@pytest.mark.parametrize("site", search.LANGUAGES)
def test_finnish_swedish_and_english_phrasings_find_the_courses_first_on_every_site(
    sample: dict[str, Path], site: str
) -> None:
    queries = (
        "learn finnish", "study finnish", "finnish lessons", "language course",
        "suomen kurssi", "suomen kielen kurssi", "opiskella suomea", "oppia suomea",
        "suomen kielikurssi", "kielikurssi", "lära sig finska", "studera finska", "läsa finska",
        "kurs i finska", "finskakurs", "språkkurs",
    )  # fmt: skip
    for query, found in zip(queries, _ask(sample[site], *queries), strict=True):
        assert _first(found, COURSES), (site, query, found["slugs"][:8])


@pytest.mark.parametrize("site", search.LANGUAGES)
def test_practising_a_language_finds_its_language_cafes_first_in_either_spelling(
    sample: dict[str, Path], site: str
) -> None:
    queries = ("practise finnish", "practice finnish", "harjoitella suomea", "öva finska")
    found = _ask(sample[site], *queries)
    for query, got in zip(queries, found, strict=True):
        assert _first(got, CAFES, ANY_CAFE), (site, query, got["slugs"][:8])
    assert found[0]["slugs"] == found[1]["slugs"]


@pytest.mark.parametrize("site", search.LANGUAGES)
def test_learning_one_language_finds_its_courses_and_not_the_other_languages(
    sample: dict[str, Path], with_swedish: tuple[dict[str, Path], list[str]], site: str
) -> None:
    """The activity type is "Finnish or Swedish course": "learn swedish" found the Finnish
    courses. A course of a language is one held in it (its ``languages``): a Finnish course
    taught with Swedish as a help language is not a Swedish course. After the courses come
    the language cafés held in the language (practice is learning too): the sample, which
    has no Swedish course, found nothing to learn Swedish in, and now finds its cafés."""
    swedish = ("learn swedish", "lära sig svenska", "lära svenska", "opiskella ruotsia",
               "oppia ruotsia", "swedish course", "ruotsin kurssi", "ruotsin kieli",
               "svenskakurs", "kurs i svenska")  # fmt: skip
    finnish = ("learn finnish", "lära sig finska", "opiskella suomea", "finnish course",
               "suomen kurssi", "suomen kieli", "finskakurs")  # fmt: skip
    sites, listed = with_swedish
    in_swedish = {"svenska-kurs", "kaksikielinen-kurssi"}
    in_finnish = COURSES | {"kaksikielinen-kurssi", "suomea-ruotsiksi"}
    # the cafés held in each language
    cafes = {"sv": _having(ActivityForm.LANGUAGE_CAFE, "sv"), "fi": CAFES}
    assert cafes["sv"] and cafes["sv"] != ANY_CAFE
    found = _ask(sites[site], *swedish, *finnish, listed=listed)
    for query, got in zip((*swedish, *finnish), found, strict=True):
        code = "sv" if query in swedish else "fi"
        meant = in_swedish if code == "sv" else in_finnish
        slugs = got["slugs"]
        assert got["complete"] and set(slugs[: len(meant)]) == meant, (site, query, slugs)
        assert set(slugs[len(meant) :]) == cafes[code], (site, query, slugs)
    for query, got in zip(swedish, _ask(sample[site], *swedish), strict=True):
        assert got["complete"] and set(got["slugs"]) == cafes["sv"], (site, query, got["slugs"])


@pytest.mark.parametrize("site", search.LANGUAGES)
def test_english_function_words_do_not_spoil_a_query_on_any_site(
    sample: dict[str, Path], with_swedish: tuple[dict[str, Path], list[str]], site: str
) -> None:
    """ "for" is a stop word in English alone: on the Finnish and Swedish sites "learn
    finnish for free" found partial matches. English function words are optional there,
    so a Finnish or Swedish word spelt as one still finds its listing, first."""
    gratis = {s for s in COURSES if CONTENT.activities[s].cost.free}
    queries = ("learn finnish for free", "the free language café", "free language café")
    free, the, cafes = _ask(sample[site], *queries)
    assert _first(free, gratis), (site, free["complete"], free["slugs"][:8])
    assert the["complete"] and set(the["slugs"]) == set(cafes["slugs"]) != set(), site
    if site == "en":
        return  # "into" and "must" are stop words there, as every English function word
    sites, listed = with_swedish
    queries = ("into", "liikunta into", "must", "matlagning must", "cooking must")
    found = _ask(sites[site], *queries, listed=listed)
    for query, got in zip(queries, found, strict=True):
        meant = "liikunnan-into" if "into" in query else "must-och-saft"
        assert got["complete"] and got["slugs"][:1] == [meant], (site, query, got["slugs"][:8])


def test_course_and_study_alone_keep_what_they_found(sample: dict[str, Path]) -> None:
    """ "course" is a parenting course too, "study" study skills: the words without a
    language mean what they meant."""
    english = {s: CONTENT.activities[s].title.get("en", "").lower() for s in LISTED}
    parenting = {s for s, title in english.items() if "parenting course" in title}
    skills = {s for s, title in english.items() if "study skills" in title}
    assert parenting and skills
    for site, folder in sample.items():
        course, study, parent = _ask(folder, "parenting course", "study skills", "parenting")
        assert set(course["slugs"][: len(parenting)]) == parenting, site
        assert not COURSES & set(course["slugs"]), site
        assert set(study["slugs"]) == skills and study["complete"], site
        assert course["slugs"] == [s for s in parent["slugs"] if s in course["slugs"]], site


def test_british_and_american_spellings_find_the_same(sample: dict[str, Path]) -> None:
    """The English stemmer leaves "practice" and "practise", "center" and "centre" apart
    ("programme" is only in the sample's descriptions, which are not searched)."""
    pairs = [("practice", "practise"), ("center", "centre"), ("counselor", "counsellor"),
             ("centers", "centres")]  # fmt: skip
    for site, folder in sample.items():
        found = _ask(folder, *(word for pair in pairs for word in pair))
        for number, pair in enumerate(pairs):
            us, uk = found[2 * number], found[2 * number + 1]
            assert set(us["slugs"]) == set(uk["slugs"]), (site, pair)
            assert uk["slugs"] or site != "en", pair


def _index_terms(text: str, lang: str) -> list[str]:
    return list(dict.fromkeys(t for t in pipeline.tokens(text, lang) if t))


@pytest.mark.parametrize("lang", search.LANGUAGES)
def test_engine_js_reads_every_intent_phrase_as_python_does(
    folders: dict[str, Path],  # noqa: F811
    lang: str,
) -> None:
    """Every phrase :func:`.intents.phrases` makes is read, alone and between other words,
    as its replacement's terms, each a term its words alone are not; no phrase is read
    two ways."""
    pairs = intents.phrases()
    said = [s for s, _ in pairs]
    assert len(set(said)) == len(said)
    assert {("learn finnish", "languagecourse heldinfinnish"),
            ("lära sig finska", "languagecourse heldinfinnish"),
            ("practice finnish", "languagecafe finnish")} <= set(pairs)  # fmt: skip
    queries = [q for s in said for q in (s, f"kahvi {s.upper()} kerho")]
    question = {"dir": str(folders[lang]), "queries": [{"q": q, "filters": {}} for q in queries]}
    got = [r["terms"] for r in node.run(JS / "search.js", question)["results"]]
    for number, (words, meant) in enumerate(pairs):
        alone, inside = got[2 * number], got[2 * number + 1]
        assert alone == _index_terms(meant, lang) != _index_terms(words, lang), words
        assert inside == _index_terms(f"kahvi {meant} kerho", lang), words
