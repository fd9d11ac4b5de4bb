"""Words for weekdays, times of day, flags and today and tomorrow typed in another UI
language than the site's: "maksuton" on the English site, "free language café" and
"monday" on the Finnish one, "tänään" on the Swedish one. A newcomer reading the Finnish
site types English; a professional who switches the site's language keeps the results.
The index is built in Python and searched by engine.js in node, as on the site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_search_engine import LANGUAGE_CAFES, ask, ask_more, folders  # noqa: F401
from tests.test_search_fixtures import TODAY, activity, content
from tukena import search
from tukena.schemas.languages import UI_LANGUAGES
from tukena.schemas.vocabulary import LABELS, Weekday
from tukena.search import documents, entities, node, pipeline

pytestmark = pytest.mark.skipif(node.missing() is not None, reason=str(node.missing()))

TUESDAY_MORNING, SUNDAY_NIGHT = "2026-11-24T09:30", "2026-11-29T23:50"


def _slugs_where(test) -> set[str]:  # noqa: ANN001 (a predicate of a listing)
    return {i.slug for i in documents.listings(content(), TODAY) if test(i)}


def _meeting(day: int, times: int = 7) -> set[str]:
    """Slugs meeting on weekday ``day`` (0 = Monday) and starting at one of ``times``."""

    def test(item: documents.Listing) -> bool:
        days, starts, _ = documents.weekdays_and_times(item, TODAY)
        return bool(days & 1 << day and starts & times)

    return _slugs_where(test)


def _other_words(words: dict[str, str], site: str) -> list[str]:
    """The words of ``words`` (by UI language) of the languages other than ``site``'s,
    each a search term in its own language (not Swedish "på")."""
    return [
        word
        for lang in UI_LANGUAGES
        if lang != site
        for word in words.get(lang, "").split()
        if any(pipeline.tokens(word, lang)) and word not in entities.NOT_ELSEWHERE.get(site, ())
    ]


FREE = _slugs_where(lambda i: i.activity.cost.free)
ONLINE = _slugs_where(lambda i: i.activity.online is not None)
CHILDCARE = _slugs_where(lambda i: i.activity.childcare)


def test_the_briefs_examples(folders: dict[str, Path]) -> None:  # noqa: F811
    """ "maksuton" on the English site finds the free listings; "free language café" on
    the Finnish site the free language cafés; "monday" there what meets on Mondays."""
    assert FREE and FREE != _slugs_where(lambda i: True)
    maksuton, cafe, ilmainen = ask(folders["en"], "maksuton", "maksuton kielikahvila", "ilmaiseksi")
    assert set(maksuton["slugs"]) == FREE == set(ilmainen["slugs"]) and maksuton["complete"]
    assert set(cafe["slugs"]) == FREE & LANGUAGE_CAFES and cafe["complete"]
    free_cafe, monday, maanantai = ask(folders["fi"], "free language café", "monday", "maanantai")
    assert set(free_cafe["slugs"]) == FREE & LANGUAGE_CAFES and free_cafe["complete"]
    assert set(monday["slugs"]) == _meeting(0) == set(maanantai["slugs"]) and monday["complete"]


@pytest.mark.parametrize("site", search.LANGUAGES)
def test_every_flag_word_of_another_language_finds_its_flag(
    folders: dict[str, Path],  # noqa: F811
    site: str,
) -> None:
    """Each word of ``entities.FLAG_WORDS`` of the other UI languages finds the listings
    with that flag, alone and beside a type of activity."""
    flagged = {"free": FREE, "online": ONLINE, "childcare": CHILDCARE}
    asked = [(flag, w) for flag in flagged for w in _other_words(entities.FLAG_WORDS[flag], site)]
    assert {("free", "maksuton"), ("online", "online")} & set(asked)
    queries = [q for _, word in asked for q in (word, f"{word} kielikahvila")]
    found = ask(folders[site], *queries)
    acts = content().activities
    for number, (flag, word) in enumerate(asked):
        alone, cafe = found[2 * number], found[2 * number + 1]
        assert flagged[flag] and set(alone["slugs"]) >= flagged[flag], (site, word)
        in_text = set(alone["slugs"]) - flagged[flag]  # the word in a title or keywords
        assert all(word[:4] in repr(acts[s]).lower() for s in in_text), (site, word, in_text)
        cafes = (flagged[flag] | in_text) & LANGUAGE_CAFES
        assert set(cafe["slugs"]) == cafes if cafes else not cafe["complete"], (site, word)


@pytest.mark.parametrize("site", search.LANGUAGES)
def test_weekday_names_and_their_endings_in_another_language_find_that_day(
    folders: dict[str, Path],  # noqa: F811
    site: str,
) -> None:
    """ "monday", "mondays", "måndagar" and "maanantaina" on every site: what meets that
    day; the weekend's words too."""
    asked = []
    for day in Weekday:
        names = {lang: LABELS[Weekday][day.value][lang] for lang in UI_LANGUAGES}
        asked += [(day, word) for word in _other_words(names, site)]
    endings = {"fi": ("maanantaina", "maanantaisin"), "sv": ("måndagar",), "en": ("mondays",)}
    asked += [(Weekday.MON, w) for lang, words in endings.items() if lang != site for w in words]
    weekend = _meeting(5) | _meeting(6)
    ask_for = [w for _, w in asked] + _other_words(entities.WEEKEND_WORDS, site)
    found = ask(folders[site], *ask_for)
    days = list(Weekday)
    met = 0
    for (day, word), got in zip(asked, found, strict=False):
        meeting = _meeting(days.index(day))
        met += bool(meeting)
        assert set(got["slugs"]) == meeting and got["complete"] == bool(meeting), (site, word)
    assert met >= 5
    assert weekend and all(set(got["slugs"]) == weekend for got in found[len(asked) :])


@pytest.mark.parametrize("site", search.LANGUAGES)
def test_time_of_day_words_of_another_language_find_what_starts_then(
    folders: dict[str, Path],  # noqa: F811
    site: str,
) -> None:
    asked = [(1 << n, w) for n, words in enumerate(entities.TIME_WORDS)
             for w in _other_words(words, site)]  # fmt: skip
    found = ask(folders[site], *(w for _, w in asked))
    for (bits, word), got in zip(asked, found, strict=True):
        then = _slugs_where(lambda i, b=bits: documents.weekdays_and_times(i, TODAY)[1] & b)
        assert then and set(got["slugs"]) == then and got["complete"], (site, word)


@pytest.mark.parametrize("now", [TUESDAY_MORNING, SUNDAY_NIGHT])
@pytest.mark.parametrize("site", search.LANGUAGES)
def test_today_tomorrow_and_tonight_in_another_language(
    folders: dict[str, Path],  # noqa: F811
    site: str,
    now: str,
) -> None:
    """ "tänään" and "tomorrow" on the Swedish site are today and tomorrow there; "i morgon"
    on the English site is tomorrow, not morning; "tonight" on the Finnish site this
    evening."""
    weekday = dt.datetime.fromisoformat(now).weekday()
    today, tomorrow = _meeting(weekday), _meeting((weekday + 1) % 7)
    tonight = _meeting(weekday, 4)
    assert today and tomorrow and today != tomorrow
    today_words, tomorrow_words = (_other_words(w, site) for w in entities.RELATIVE_DAY_WORDS)
    phrases = {"sv": ("i dag", "i morgon", "i kväll"), "en": ("today", "tomorrow", "tonight"),
               "fi": ("tänään", "huomenna", "tänä iltana")}  # fmt: skip
    said = [p for lang, three in phrases.items() if lang != site for p in three]
    found = ask(folders[site], *today_words, *tomorrow_words, *said, now=now)
    want = [today] * len(today_words) + [tomorrow] * len(tomorrow_words)
    want += [today, tomorrow, tonight] * (len(said) // 3)
    assert len(today_words) == len(tomorrow_words) == 2
    for query, wanted, got in zip([*today_words, *tomorrow_words, *said], want, found, strict=True):
        assert set(got["slugs"]) == wanted and got["complete"], (site, query)


def test_other_languages_words_are_not_the_start_of_a_word_or_its_stem(tmp_path: Path) -> None:
    """Another language's words are matched whole: "satu" (a fairy tale) on the Finnish
    site is not the start of "saturday"; a stop word of its own language is none of them;
    and none of them is an ordinary word of the site's
    own language as its stemmer cuts it: "distance" and "gratitude" on the English site and
    "distanssi" on the Finnish one find neither the online nor the free listings
    (``entities.NOT_ELSEWHERE``)."""
    paid = {"free": False, "fee": {"fi": "10 €"}}
    added = {
        "satutuokio": activity(title={"fi": "Satutuokio"}, cost=paid),
        "valmennus": activity(
            title={"fi": "Distanssivalmennus", "en": "Gratitude and distance coaching"},
            cost=paid,
        ),
    }
    saturdays = _meeting(5)
    assert saturdays
    queries = ["satu", "saturday", "distanssi", "gratis", "på", "distance", "gratitude"]
    found = ask_more(tmp_path, added, queries)
    satu, saturday, distanssi, gratis, pa, _, _ = found["fi"]
    assert satu == ["satutuokio"] and set(saturday) == saturdays
    assert distanssi == ["valmennus"] and set(gratis) == FREE
    assert pa == found["en"][4] == []  # Swedish "på nätet" (online): a stop word in Swedish
    *_, distance, gratitude = found["en"]
    assert distance == ["valmennus"] == gratitude


def test_the_start_of_another_languages_word_finds_it_once_it_is_unambiguous(
    tmp_path: Path,
) -> None:
    """ "maksut" on the English site found nothing until "maksuton" was typed: a start of
    5 letters or more of words of one entity alone finds it. Not a shorter one ("satu" is
    a fairy tale), not one that begins words of two days ("viikonl", the weekend), not a
    word of the site's own ("freda" in a title; "grati" and "distan" begin no free or
    online word on the English site, whose "gratitude" and "distance" leave them out)."""
    paid = {"free": False, "fee": {"fi": "10 €"}}
    added = {
        "freda": activity(title={"en": "Freda Kahlo art club"}, cost=paid),
        "valmennus": activity(title={"en": "Gratitude and distance coaching"}, cost=paid),
    }
    saturdays, fridays, tuesdays = _meeting(5), _meeting(4), _meeting(1) | set(added)
    assert saturdays and fridays and tuesdays and FREE
    queries = ["maksut", "maksutt", "ilmais", "avgiftsf", "lauant", "freda", "grati", "distan",
               "viikonl", "saturd", "satu", "tuesd", "tisda"]  # fmt: skip
    found = ask_more(tmp_path, added, queries)
    maksut, maksutt, ilmais, avgiftsf, lauant, freda, grati, distan, viikonl, *_ = found["en"]
    assert set(maksut) == set(maksutt) == set(ilmais) == set(avgiftsf) == FREE
    assert set(lauant) == saturdays
    assert freda == ["freda"] and grati == ["valmennus"] == distan
    assert not viikonl
    *_, saturd, satu, tuesd, tisda = found["fi"]
    assert set(saturd) == saturdays and not set(satu) & saturdays
    # "tisda" on the Finnish site is the stem "tisd", too short: on the English one, Tuesday
    assert set(tuesd) == tuesdays == set(found["sv"][-2]) == set(found["en"][-1]) != set(tisda)
