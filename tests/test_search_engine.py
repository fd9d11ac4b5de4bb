"""An index built in Python, loaded by lunr.js in node through engine.js, answers queries."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.test_search_fixtures import TODAY, activity, content, url_for
from tukena import search
from tukena.search import documents, node

ROOT = Path(__file__).resolve().parents[1]
JS = ROOT / "tests" / "js"
pytestmark = pytest.mark.skipif(node.missing() is not None, reason=str(node.missing()))

LANGUAGE_CAFES = {"kielikahvila-tapiola", "kielikahvila-kallio", "sprakcafe-borga"}
PEER_GROUPS = {"vertaisryhma-naisille", "sateenkaariryhma"}


@cache
def _slugs() -> tuple[str, ...]:
    return tuple(item.slug for item in documents.listings(content(), TODAY))


@pytest.fixture(scope="module")
def folders(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("site")
    for lang in search.LANGUAGES:
        for name, data in search.build(content(), lang, TODAY, url_for(lang)).items():
            path = out / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    return {lang: out / "search" / lang for lang in search.LANGUAGES}


def ask(
    folder: Path, *queries: str | tuple[str, dict], more: bool = False, now: str | None = None
) -> list[dict]:
    wanted = [{"q": q, "filters": {}} if isinstance(q, str) else {"q": q[0], "filters": q[1]}
              for q in queries]  # fmt: skip
    question = {"dir": str(folder), "queries": wanted, "more": more, "now": now}
    out = node.run(JS / "search.js", question)
    for result in out["results"]:
        result["slugs"] = [_slugs()[ref] for ref in result["refs"]]
    return out["results"]


def test_inflected_finnish_queries_find_their_listings(folders: dict[str, Path]) -> None:
    cafe, peer, job, homework, mother = ask(
        folders["fi"], "kielikahvilaan", "vertaisryhmässä", "työnhakuun", "läksyapua",
        "äiti-lapsiryhmään",
    )  # fmt: skip
    assert set(cafe["slugs"]) == LANGUAGE_CAFES  # the ended café is not in the index
    assert cafe["slugs"][0] in {
        "kielikahvila-tapiola",
        "kielikahvila-kallio",
    }  # title matches first
    assert cafe["terms"] == ["kielikahvil"] and cafe["complete"]
    assert set(peer["slugs"]) == PEER_GROUPS
    assert job["slugs"][0] == "tyonhakuklubi"
    assert homework["slugs"] == ["laksykerho"]
    assert mother["slugs"][0] == "aiti-lapsi"


def test_every_word_must_match_the_listing_or_its_place_or_label(folders: dict[str, Path]) -> None:
    espoo, esbo, helsinki_cafe, nothing = ask(
        folders["fi"], "kielikahvila espoo", "Esbo", "kielikahvila helsingissä",
        "kielikahvila zyxwvu",
    )  # fmt: skip
    assert espoo["slugs"] == ["kielikahvila-tapiola"] and espoo["complete"]
    espoo_all = {s for s in _slugs() if "049" in _municipalities(s)}
    assert set(esbo["slugs"]) == espoo_all
    assert helsinki_cafe["slugs"] == ["kielikahvila-kallio"]
    # No listing has both words: the listings matching most of them come, marked partial.
    assert not nothing["complete"] and set(nothing["slugs"]) == LANGUAGE_CAFES


def _municipalities(slug: str) -> set[str]:
    return {p.municipality for p in content().activities[slug].locations}


def test_compound_words_match_their_parts_and_prefixes_match(folders: dict[str, Path]) -> None:
    group, prefix, typo = ask(folders["fi"], "ryhmä", "kielik", "kielikahvla")
    assert {"vertaisryhma-naisille", "aiti-lapsi"} <= set(group["slugs"])
    assert set(prefix["slugs"]) >= LANGUAGE_CAFES
    assert set(typo["slugs"]) >= {"kielikahvila-tapiola", "kielikahvila-kallio"}


def test_languages_weekdays_organisations_and_regions_are_searchable(
    folders: dict[str, Path],
) -> None:
    somali, tuesday, org, region = ask(
        folders["fi"], "somaliksi", "tiistaisin", "Duunikompassi", "Pirkanmaa"
    )
    assert set(somali["slugs"]) == {"vertaisryhma-naisille", "laksykerho"}
    # a language's name finds the activities where someone helps in it, too
    for lang, word in (("fi", "arabia"), ("en", "ukrainian"), ("sv", "arabiska")):
        code = "uk" if word == "ukrainian" else "ar"
        (found,) = ask(folders[lang], word)
        spoken = {s for s, a in content().activities.items() if code in a.languages}
        helped = {s for s, a in content().activities.items() if code in a.support_languages}
        assert helped - spoken, code  # the sample has help in it where it is not spoken
        assert set(found["slugs"]) == spoken | helped, (lang, word)
    tuesdays = {
        s
        for s in _slugs()
        if any(w.weekday == "tue" for w in content().activities[s].schedule.weekly)
    }
    assert set(tuesday["slugs"]) == tuesdays
    assert set(org["slugs"]) == {"kielikahvila-kallio", "tyonhakuklubi"}
    assert region["slugs"] == ["futsal-tampere"]


def test_swedish_and_english(folders: dict[str, Path]) -> None:
    cafe, groups, homework = ask(folders["sv"], "språkcaféet", "grupperna", "läxhjälpen")
    assert set(cafe["slugs"]) == LANGUAGE_CAFES
    assert set(groups["slugs"]) >= PEER_GROUPS
    assert homework["slugs"] == ["laksykerho"]
    cafe_en, cooking, peer = ask(folders["en"], "language cafe", "cooks", "peer groups")
    assert set(cafe_en["slugs"]) == LANGUAGE_CAFES  # "cafe" finds "café"
    assert cooking["slugs"][0] == "english-only"
    assert set(peer["slugs"]) == PEER_GROUPS


def test_a_title_in_another_language_finds_its_listing(folders: dict[str, Path]) -> None:
    """The name on a poster finds a listing in every UI language, though the listing shows
    its title in the reader's language."""
    for lang, folder in folders.items():
        (fi_name,) = ask(folder, "Kielikahvila Tapiolassa")
        assert fi_name["slugs"][0] == "kielikahvila-tapiola" and fi_name["complete"], lang
        (sv_name,) = ask(folder, "språkcafé hagalund")
        assert sv_name["slugs"] == ["kielikahvila-tapiola"], lang
    # every café: those with a Finnish title, and by the Finnish name of their activity type
    # the others (Borgå's has a Swedish title alone)
    (cafe,) = ask(folders["en"], "kielikahvila")
    titled = {
        s
        for s in LANGUAGE_CAFES
        if "kielikahvila" in content().activities[s].title.get("fi", "").lower()
    }
    assert set(cafe["slugs"]) == LANGUAGE_CAFES != titled
    assert any("en" in content().activities[s].title for s in titled), "shown in English"


def build_more(tmp_path: Path, added: dict[str, Any]) -> list[str]:
    """Write the search files of the search tests' content and the activities ``added``
    under ``tmp_path``, in every UI language; return the slugs in document order."""
    many = content()
    many.activities.update(added)
    for lang in search.LANGUAGES:
        for name, data in search.build(many, lang, TODAY, url_for(lang)).items():
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_bytes(data)
    return [item.slug for item in documents.listings(many, TODAY)]


def ask_more(
    tmp_path: Path, added: dict[str, Any], queries: list[str | tuple[str, dict]]
) -> dict[str, list]:
    """By UI language, the slugs each of ``queries`` (a text, or a text and filters) finds
    among the search tests' content and the activities ``added``."""
    slugs = build_more(tmp_path, added)
    wanted = [{"q": q, "filters": {}} if isinstance(q, str) else {"q": q[0], "filters": q[1]}
              for q in queries]  # fmt: skip
    out = {}
    for lang in search.LANGUAGES:
        question = {"dir": str(tmp_path / "search" / lang), "queries": wanted}
        results = node.run(JS / "search.js", question)["results"]
        out[lang] = [[slugs[r] for r in res["refs"]] for res in results]
    return out


MONDAY, SATURDAY, AFTERNOON, EVENING = 1, 32, 2, 4  # bits of the days and times filters


def test_a_weekday_and_a_time_of_day_find_that_time_on_that_day(tmp_path: Path) -> None:
    """Monday and evening together find a Monday evening: not an activity that meets on
    Monday afternoons and Saturday evenings. The counts beside the days say the same."""
    two = {
        "season": {"start": "2026-09-01"},
        "weekly": [
            {"weekday": "mon", "start": "12:00", "end": "16:00"},
            {"weekday": "sat", "start": "18:00", "end": "20:00"},
        ],
    }
    added = {"kaksi": activity(title={"fi": "Kaksi aikaa"}, schedule=two)}
    queries = [
        ("kaksi", {"days": MONDAY, "times": EVENING}),
        ("kaksi", {"days": MONDAY, "times": AFTERNOON}),
        ("kaksi", {"days": SATURDAY, "times": EVENING}),
        ("kaksi", {"days": MONDAY | SATURDAY, "times": EVENING}),
        ("kaksi", {"days": MONDAY}),
        ("kaksi", {"times": EVENING}),
    ]
    for lang, found in ask_more(tmp_path, added, queries).items():
        assert found == [[], ["kaksi"], ["kaksi"], ["kaksi"], ["kaksi"], ["kaksi"]], lang
    many = content()
    many.activities.update(added)
    slots = [
        documents.weekdays_and_times(item, TODAY)[2] for item in documents.listings(many, TODAY)
    ]
    folder = str(tmp_path / "search" / "fi")
    for within in ({}, {"times": EVENING}, {"days": MONDAY}, {"days": MONDAY, "times": AFTERNOON}):
        question = {"dir": folder, "counts": True, "within": within}
        counted = node.run(JS / "search.js", question)["counts"]
        days, times = within.get("days", 127), within.get("times", 7)
        assert counted["days"] == [
            sum(1 for s in slots if any(s & 1 << (day * 3 + t) for t in range(3) if times & 1 << t))
            for day in range(7)
        ], within
        assert counted["times"] == [
            sum(1 for s in slots if any(s & 1 << (d * 3 + time) for d in range(7) if days & 1 << d))
            for time in range(3)
        ], within


def test_a_title_in_another_script_finds_its_listing(tmp_path: Path) -> None:
    """A name in Cyrillic or Arabic script is a word like any other: it finds its listing
    in every UI language, and a word no listing has finds nothing (not every listing)."""
    added = {
        "shakki": activity(title={"fi": "Shakkikerho", "ru": "Шахматный клуб для всех возрастов"}),
        "rodnik": activity(title={"ru": "Семейный клуб «Родничок»", "fi": "Perhekerho"}, language="ru"),
        "arabia": activity(title={"ar": "نادي اللغة العربية للأطفال"}, language="ar"),
    }  # fmt: skip
    queries = ["Шахматный клуб", "«Родничок»", "Квантовая физика", "نادي"]
    for lang, found in ask_more(tmp_path, added, queries).items():
        assert found == [["shakki"], ["rodnik"], [], ["arabia"]], lang


def test_what_the_activity_is_ranks_it_above_a_title_alone(tmp_path: Path) -> None:
    """A query that names an activity form ranks the activities of that form above one
    whose title has the same words (a call for volunteers for a language café)."""
    added = {
        "volunteers": activity(title={"en": "Language café volunteers"}, language="en",
                               forms=["volunteering"], category="recruitment"),
        "cafe": activity(title={"en": "Language café at the Tapiola library"}, language="en",
                         forms=["language-cafe"]),
    }  # fmt: skip
    (found,) = ask_more(tmp_path, added, ["language café"])["en"]
    assert found.index("cafe") < found.index("volunteers"), found


def test_a_browser_without_unicode_property_escapes_still_trims_common_scripts() -> None:
    """Where a RegExp cannot take the "u" flag, the trimmer keeps Latin, Greek, Cyrillic,
    Hebrew and Arabic letters and digits, and trims what is around them."""
    words = ["«Родничок»", "(ryhmä)", "“Ωmega”", "!نادي!", "2026.", "...", "Åbo"]
    got = node.run(JS / "old_regexp.js", words)
    assert got == ["Родничок", "ryhmä", "Ωmega", "نادي", "2026", "", "Åbo"]


def test_a_word_typed_without_a_and_o_marks_finds_the_marked_one(tmp_path: Path) -> None:
    """On a keyboard without å, ä and ö, a and o stand for them: "mantsala" finds the
    place Mäntsälä, "paivakerho" a title's "päiväkerho" (inside a compound too), in
    every UI language; a word typed with its marks comes before one found without them,
    and a word with another mark ("säa") is taken as typed."""

    def place(name: str) -> list[dict[str, str]]:
        return [{"municipality": name, "name": "Seurakuntatalo"}]

    added = {
        "mantsala": activity(title={"fi": "Kudontapiiri"}, locations=place("Mäntsälä")),
        "paiva": activity(title={"fi": "Perhepäiväkerho Kotipesä"}),
        "saa": activity(title={"fi": "Saaristoretki"}),
        "saa-marked": activity(title={"fi": "Sääsuojaretki"}),
    }
    queries = ["mantsala", "Mäntsälä", "paivakerho", "kotipesa", "saaristo", "saasuojaretki"]
    for lang, found in ask_more(tmp_path, added, queries).items():
        assert found[0] == found[1] == ["mantsala"], lang
        assert found[2] == found[3] == ["paiva"], lang
        assert found[4] == ["saa"], lang  # nothing else begins with "saaristo"
        assert found[5] == ["saa-marked"], lang
    (both,) = ask_more(tmp_path, added, ["saa"])["fi"]
    assert both.index("saa") < both.index("saa-marked"), both
    (typed,) = ask_more(tmp_path, added, ["säaristo"])["fi"]
    assert "saa" not in typed


@pytest.mark.parametrize(
    ("lang", "query", "flag"),
    [("en", "free", "free"), ("fi", "ilmainen", "free"), ("sv", "gratis", "free"),
     ("fi", "verkossa", "online"), ("en", "childcare", "childcare"),
     ("sv", "barnpassning", "childcare")],
)  # fmt: skip
def test_a_word_for_a_flag_finds_the_listings_that_have_it(
    folders: dict[str, Path], lang: str, query: str, flag: str
) -> None:
    """ "free" finds the free listings, as the filter would, also beside other words."""
    have = {
        "free": lambda a: a.cost.free,
        "online": lambda a: a.online is not None,
        "childcare": lambda a: a.childcare,
    }[flag]
    flagged = {s for s in _slugs() if have(content().activities[s])}
    assert flagged and flagged != set(_slugs())
    alone, with_cafe = ask(folders[lang], query, f"{query} kielikahvila")
    assert set(alone["slugs"]) >= flagged and alone["complete"]
    in_titles = set(alone["slugs"]) - flagged  # the word in a title or keywords too
    assert all(query[:4] in repr(content().activities[s]).lower() for s in in_titles)
    if with_cafe["complete"]:
        assert set(with_cafe["slugs"]) <= (flagged | in_titles) & LANGUAGE_CAFES


def test_step_free_is_one_word_and_not_free(tmp_path: Path) -> None:
    """ "step-free" (or "step free") finds the listings with step-free access, and "free"
    does not find a paid one for its step-free access."""
    place = {"municipality": "Espoo", "name": "Kirjasto", "accessibility": {"step_free": True}}
    added = {
        "paid": activity(title={"fi": "Kurssi"}, locations=[place],
                         cost={"free": False, "fee": {"fi": "50 €"}}),
    }  # fmt: skip
    many = content()
    many.activities.update(added)
    listed = [item.slug for item in documents.listings(many, TODAY)]
    stepped = {
        s for s in listed
        if any(p.accessibility and p.accessibility.step_free for p in many.activities[s].locations)
    }  # fmt: skip
    free = {s for s in listed if many.activities[s].cost.free}
    found = ask_more(tmp_path, added, ["step-free", "Step free", "free"])["en"]
    assert set(found[0]) == set(found[1]) == stepped and "paid" in stepped
    assert set(found[2]) == free


def test_listings_with_the_flag_come_before_a_typo_match(folders: dict[str, Path]) -> None:
    """ "ilmaiset" (free, plural) is one letter from "iltaisin" (evenings), so the one-typo
    rule finds evening listings too: after every free one."""
    (found,) = ask(folders["fi"], "ilmaiset")
    free = {s for s in _slugs() if content().activities[s].cost.free}
    assert set(found["slugs"][: len(free)]) == free and found["complete"]


@pytest.mark.parametrize(
    ("lang", "query", "bit"),
    [("fi", "illalla", 4), ("en", "morning", 1), ("sv", "eftermiddag", 2), ("fi", "aamuisin", 1)],
)
def test_a_word_for_a_time_of_day_finds_what_starts_then(
    folders: dict[str, Path], lang: str, query: str, bit: int
) -> None:
    listings = documents.listings(content(), TODAY)
    then = {i.slug for i in listings if documents.weekdays_and_times(i, TODAY)[1] & bit}
    assert then and then != set(_slugs())
    (found,) = ask(folders[lang], query)
    assert set(found["slugs"]) == then and found["complete"]


@pytest.mark.parametrize(
    ("lang", "query"), [("fi", "viikonloppuna"), ("sv", "helgen"), ("en", "weekend")]
)
def test_a_word_for_the_weekend_finds_what_meets_on_saturday_or_sunday(
    folders: dict[str, Path], lang: str, query: str
) -> None:
    listings = documents.listings(content(), TODAY)
    weekend = {i.slug for i in listings if documents.weekdays_and_times(i, TODAY)[0] & (32 | 64)}
    assert weekend and weekend != set(_slugs())
    (found,) = ask(folders[lang], query)
    assert set(found["slugs"]) == weekend and found["complete"]


@pytest.mark.parametrize(
    ("lang", "today", "tomorrow"),
    [("fi", "tänään", "huomenna"), ("sv", "idag", "imorgon"), ("en", "today", "tomorrow")],
)
@pytest.mark.parametrize("now", ["2026-11-24T09:30", "2026-11-29T23:50"])  # Tue, Sun
def test_today_and_tomorrow_find_what_meets_on_the_visitors_weekday(
    folders: dict[str, Path], lang: str, today: str, tomorrow: str, now: str
) -> None:
    listings = documents.listings(content(), TODAY)
    weekday = dt.datetime.fromisoformat(now).weekday()  # 0 = Monday, as the days bits

    def meeting(day: int) -> set[str]:
        return {i.slug for i in listings if documents.weekdays_and_times(i, TODAY)[0] & 1 << day}

    on_today, on_tomorrow = meeting(weekday), meeting((weekday + 1) % 7)
    assert on_today and on_tomorrow and on_today != on_tomorrow
    found_today, found_tomorrow = ask(folders[lang], today, tomorrow, now=now)
    # that day alone: not also "morgon" (morning), one letter from "imorgon"
    assert set(found_today["slugs"]) == on_today and found_today["complete"]
    assert set(found_tomorrow["slugs"]) == on_tomorrow and found_tomorrow["complete"]


def test_summaries_count_once_more_json_is_loaded(folders: dict[str, Path]) -> None:
    (before,) = ask(folders["fi"], "ansioluettelo")
    (after,) = ask(folders["fi"], "ansioluetteloon", more=True)
    assert before["slugs"] == [] or not before["complete"]
    assert after["slugs"] == ["tyonhakuklubi"] and after["complete"]


def _row(folder: Path, table: str, code: str) -> int:
    rows = json.loads((folder / "facets.json").read_text())["tables"][table]
    return [row[0] for row in rows].index(code)


def test_filters(folders: dict[str, Path]) -> None:
    helsinki_row = _row(folders["fi"], "municipality", "091")
    pirkanmaa_row = _row(folders["fi"], "region", "06")
    arabic, ukrainian = _row(folders["fi"], "help", "ar"), _row(folders["fi"], "help", "uk")
    free, evening, morning, helsinki, region, online, childcare, stale, level, ar, uk = ask(
        folders["fi"],
        ("", {"flags": {"free": False}}),
        ("", {"times": 4}),
        ("", {"times": 1}),
        ("kielikahvila", {"municipality": [helsinki_row]}),
        ("", {"region": [pirkanmaa_row]}),
        ("", {"flags": {"online": True, "inPerson": False}}),
        ("", {"flags": {"childcare": True}}),
        ("", {"flags": {"stale": True}}),
        ("", {"level": [1]}),
        ("", {"help": [arabic]}),
        ("", {"help": [ukrainian], "language": [_row(folders["fi"], "language", "so")]}),
    )
    ten, three, sixteen, seventeen = ask(
        folders["fi"], ("", {"age": 10}), ("", {"age": 3}), ("", {"age": 16}), ("", {"age": 17})
    )
    unlimited = {s for s in _slugs() if content().activities[s].age is None}
    assert set(ten["slugs"]) == unlimited | {"laksykerho"}  # 7–16
    assert set(three["slugs"]) == unlimited | {"aiti-lapsi"}  # up to 3
    assert set(sixteen["slugs"]) == unlimited | {"laksykerho", "futsal-tampere"}  # 13 and over
    assert set(seventeen["slugs"]) == unlimited | {"futsal-tampere"}
    assert free["slugs"] == ["tyonhakuklubi"]
    # 17:00 is evening, 16:59 afternoon, 11:59 morning; a series counts its upcoming sessions.
    assert "laksykerho" in evening["slugs"] and "sateenkaariryhma" not in evening["slugs"]
    assert "futsal-tampere" in evening["slugs"] and "futsal-tampere" not in morning["slugs"]
    assert morning["slugs"] == sorted(morning["slugs"], key=_slugs().index)
    assert set(morning["slugs"]) == {"kielikahvila-kallio", "vertaisryhma-naisille"}
    assert helsinki["slugs"] == ["kielikahvila-kallio"]
    assert region["slugs"] == ["futsal-tampere"]
    assert online["slugs"] == ["tyonhakuklubi"]
    assert childcare["slugs"] == ["vertaisryhma-naisille"]
    assert stale["slugs"] == ["vanha-tieto"]
    assert level["slugs"] == ["kielikahvila-tapiola"]
    # help in Arabic: where someone helps in it, and where it is spoken (not help in Finnish)
    assert sorted(ar["slugs"]) == ["kielikahvila-tapiola", "laksykerho", "vertaisryhma-naisille"]
    assert uk["slugs"] == ["laksykerho"]


def test_cards_carry_the_key_facts(folders: dict[str, Path]) -> None:
    (found,) = ask(folders["fi"], "Tapiola")
    card = found["cards"][0]
    assert card["t"] == "Kielikahvila Tapiolassa" and "tl" not in card
    assert card["url"] == "/activities/kielikahvila-tapiola.html"
    assert card["municipalities"] == ["Espoo"] and card["p"] == "Tapiolan kirjasto"
    assert card["o"] == "Monikulttuurinen Olohuone ry"
    assert card["languages"] == ["fi", "en"] and card["capacity"] == "open"
    assert card["help"] == ["ar"]  # English is spoken there: not listed as help
    assert card["ages"] is None  # for every age
    assert (
        card["h"] == "Tiistaisin 17.00–19.00, 1.9.2026–31.5.2027" and card["next"] == "2026-11-24"
    )
    assert card["flags"]["free"] and card["flags"]["stepFree"] and not card["flags"]["stale"]
    homework, futsal, mothers = (
        ask(folders["fi"], q)[0]["cards"][0] for q in ("Kontula", "Futsal", "Entresse")
    )
    assert [homework["ages"], futsal["ages"], mothers["ages"]] == [[7, 16], [13, None], [None, 3]]
    (sv,) = ask(folders["sv"], "Cooking")
    assert sv["cards"][0]["t"].startswith("Cooking club") and sv["cards"][0]["tl"] == "en"
    assert sv["cards"][0]["url"] == "/sv/activities/english-only.html"


def test_a_place_name_finds_that_place_alone(tmp_path: Path) -> None:
    """A municipality's name, in Finnish or Swedish, finds the activities there: not those
    in places with its letters inside their names ("vasa" in "Tavastland", "väs" in
    "Jyväskylä", "åbo" in "Uleåborg"), nor in its neighbour of the same wellbeing services
    county ("Vantaan ja Keravan hyvinvointialue"). A region's name still finds its places."""

    def place(municipality: str, name: str) -> Any:
        return activity(title={"fi": name}, locations=[{"municipality": municipality}])

    added = {
        "vaasa": place("Vaasa", "Kerho A"),
        "jyvaskyla": place("Jyväskylä", "Kerho B"),
        "lahti": place("Lahti", "Kerho C"),
        "vantaa": place("Vantaa", "Kerho D"),
        "kerava": place("Kerava", "Kerho E"),
        "oulu": place("Oulu", "Kerho F"),
        "turku": place("Turku", "Kerho G"),
    }
    queries = ["vasa", "åbo", "vanda", "kervo", "vaasa", "vantaa", "kerava", "uleåborg"]
    wanted = [["vaasa"], ["turku"], ["vantaa"], ["kerava"], ["vaasa"], ["vantaa"], ["kerava"]]
    for lang, found in ask_more(tmp_path, added, [*queries, "tavastland"]).items():
        assert found == [*wanted, ["oulu"], ["lahti"]], lang


def test_a_language_written_in_itself_or_helped_in_finds_its_activities(tmp_path: Path) -> None:
    """Dari typed as on the site and in Kabul (دری, not Babel's "Persian (Afghanistan)"),
    and Tigrinya, which no activity is held in but one helps in, find their activities."""
    added = {
        "dari": activity(title={"fi": "Neuvonta"}, languages=["fi", "fa-AF"]),
        "ti": activity(title={"fi": "Kerho"}, languages=["fi"], support_languages=["ti"]),
    }
    for lang, (dari, tigrinya, in_itself) in ask_more(
        tmp_path, added, ["دری", "ትግርኛ", "dari"]
    ).items():
        assert dari == ["dari"] and in_itself == ["dari"], lang
        assert tigrinya == ["ti"], lang


def test_swedish_names_pashto_so_that_it_is_told_from_dari() -> None:
    from tukena.schemas.languages import language_name

    assert language_name("ps", "sv") == "pashto" != language_name("fa-AF", "sv")
    assert language_name("ps", "fi") == "paštu" and language_name("ps", "en") == "Pashto"


def test_a_compound_typed_as_one_word_finds_its_parts_written_apart(tmp_path: Path) -> None:
    """ "kokkikerho" finds "Kokkien kerho" and "mammagrupp" "Grupp för mammor": everyday
    compounds people type, which a listing may write as two words. Both parts must be
    there: "kokkiryhmä" finds neither the cooks' club nor the women's group."""
    added = {
        "kokit": activity(title={"fi": "Kokkien kerho Hakunilassa", "sv": "Grupp för mammor"}),
        "naiset": activity(title={"fi": "Naisten ryhmä"}),
    }
    queries = ["kokkikerho", "mammagrupp", "kokkiryhmä", "qqqxxxzzz"]
    for lang, (cooks, mothers, neither, nothing) in ask_more(tmp_path, added, queries).items():
        assert cooks == ["kokit"], lang
        # "mamma" is a word of the family groups' Swedish label in every index; English does
        # not read "mammor" as "mamma", so there the mother and child group comes alone
        assert "kokit" in mothers or (lang == "en" and mothers == ["aiti-lapsi"]), lang
        assert "kokit" not in neither and "naiset" not in neither, lang
        assert nothing == [], lang


def test_tomorrow_leaves_out_a_season_that_has_not_begun(tmp_path: Path) -> None:
    """ "tomorrow" is that day: an activity meeting on its weekday whose season starts next
    year is not found, the same one already running is."""
    now = "2026-11-24T09:30"  # a Tuesday: tomorrow is a Wednesday
    weekly = [{"weekday": "wed", "start": "17:00", "end": "19:00"}]
    added = {
        "later": activity(
            title={"fi": "Myöhemmin"},
            schedule={"season": {"start": "2027-01-13"}, "weekly": weekly},
        ),
        "running": activity(
            title={"fi": "Nyt"}, schedule={"season": {"start": "2026-09-02"}, "weekly": weekly}
        ),
    }
    slugs = build_more(tmp_path, added)
    for lang, word in (("fi", "huomenna"), ("sv", "imorgon"), ("en", "tomorrow")):
        question = {
            "dir": str(tmp_path / "search" / lang),
            "queries": [{"q": word, "filters": {}}],
            "now": now,
        }
        (found,) = node.run(JS / "search.js", question)["results"]
        shown = {slugs[r] for r in found["refs"]}
        assert "running" in shown and "later" not in shown, lang


def test_a_cards_place_without_the_readers_language_is_named_as_its_sign(tmp_path: Path) -> None:
    """A listing in Arabic meeting at "Kontulan kirjasto": the English and Swedish cards
    name the place in Finnish, as its sign, not in Arabic."""
    place = {"municipality": "091", "name": {"ar": "مكتبة كونتولا", "fi": "Kontulan kirjasto"}}
    added = {"kirjasto": activity(title={"ar": "نادي الكتاب"}, language="ar", locations=[place])}
    slugs = build_more(tmp_path, added)
    for lang in ("sv", "en"):
        question = {
            "dir": str(tmp_path / "search" / lang),
            "queries": [{"q": "نادي", "filters": {}}],
        }
        (found,) = node.run(JS / "search.js", question)["results"]
        pairs = zip(found["cards"], found["refs"], strict=False)  # cards: the first few
        card = next(c for c, r in pairs if slugs[r] == "kirjasto")
        assert (card["p"], card["pl"]) == ("Kontulan kirjasto", "fi"), lang
