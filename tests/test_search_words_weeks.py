"""Words for this week and next week: "this week", "tällä viikolla", "denna vecka" and
"next week", "ensi viikolla", "nästa vecka" stand for the days of the visitor's week, as
"today" and "tomorrow" do (a Finnish week starts on Monday: this week is today to Sunday),
on every UI language's site; "week" alone is no start of "weekend". The index is built in
Python and searched by engine.js in node, as on the site."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_search_engine import JS, LANGUAGE_CAFES, build_more
from tests.test_search_fixtures import TODAY, activity, content
from tukena import search
from tukena.occurrences import occurrences
from tukena.search import documents, node

pytestmark = pytest.mark.skipif(node.missing() is not None, reason=str(node.missing()))

THIS_WEEK = ("this week", "tällä viikolla", "tämän viikon", "denna vecka", "den här veckan",
             "i veckan")  # fmt: skip
NEXT_WEEK = ("next week", "ensi viikolla", "ensi viikon", "nästa vecka")
CAFE = {"forms": ["language-cafe"], "title": {"fi": "Kirjaston kielikahvila"}}
#: A café whose next date is weeks away, and a club meeting at weekends from 5 December.
ADDED = {
    "kuukausikahvila": activity(**CAFE, schedule={"sessions": [
        {"date": "2026-12-15", "start": "17:00", "end": "19:00"},
        {"date": "2027-01-16", "start": "17:00", "end": "19:00"},
    ]}),
    "lauantaikerho": activity(title={"fi": "Lauantaikerho", "en": "Saturday club"}, schedule={
        "season": {"start": "2026-12-05", "end": "2027-05-31"},
        "weekly": [{"weekday": "sat", "start": "11:00", "end": "13:00"}],
    }),
}  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The search files of the search tests' content and :data:`ADDED`, and the slugs."""
    out = tmp_path_factory.mktemp("weeks")
    return out, build_more(out, ADDED)


def ask(built: tuple[Path, list[str]], site: str, queries: list[str], now: str) -> list[dict]:
    folder, slugs = built
    question = {"dir": str(folder / "search" / site), "queries": [{"q": q} for q in queries],
                "now": now}  # fmt: skip
    results = node.run(JS / "search.js", question)["results"]
    return [{"slugs": {slugs[r] for r in res["refs"]}, "complete": res["complete"]}
            for res in results]  # fmt: skip


def meeting_between(start: dt.date, end: dt.date) -> set[str]:
    """Slugs of the listings with a session from ``start`` to ``end``, both included."""
    many = content()
    many.activities.update(ADDED)
    return {
        item.slug
        for item in documents.listings(many, TODAY)
        if item.next_session is not None and occurrences(item.activity.schedule, start, end)
    }


def weeks(read_on: dt.date) -> tuple[set[str], set[str]]:
    """What meets this week (``read_on`` to Sunday) and next week (Monday to Sunday)."""
    monday = read_on - dt.timedelta(days=read_on.weekday())
    sunday = monday + dt.timedelta(days=6)
    week = dt.timedelta(days=7)
    return meeting_between(read_on, sunday), meeting_between(monday + week, sunday + week)


@pytest.mark.parametrize("now", ["2026-11-22T12:00", "2026-11-26T09:30"])
@pytest.mark.parametrize("site", search.LANGUAGES)
def test_this_week_and_next_week_in_every_language(
    built: tuple[Path, list[str]], site: str, now: str
) -> None:
    """Each language's words for this week and next week find what meets then, on every
    site, alone and beside a type of activity: not what meets at weekends alone, nor a
    café whose next date is weeks away. Read on the build's Sunday, and on the Thursday
    after (the visitor's week, not the build's)."""
    this_week, next_week = weeks(dt.date.fromisoformat(now[:10]))
    cafes = LANGUAGE_CAFES | {"kuukausikahvila"}
    assert this_week and next_week and this_week != next_week
    assert {"kuukausikahvila", "lauantaikerho"} - this_week  # the added ones tell
    asked = [*THIS_WEEK, *NEXT_WEEK, "language cafe this week", "kielikahvila ensi viikolla"]
    wanted = [this_week] * len(THIS_WEEK) + [next_week] * len(NEXT_WEEK)
    wanted += [this_week & cafes, next_week & cafes]
    for query, want, got in zip(asked, wanted, ask(built, site, asked, now), strict=True):
        if want:
            assert got["slugs"] == want and got["complete"], (site, now, query)
        else:  # no café meets on the build's Sunday: the partial matches, said to be
            assert not got["complete"], (site, now, query)


@pytest.mark.parametrize("site", search.LANGUAGES)
def test_week_alone_is_not_the_weekend(built: tuple[Path, list[str]], site: str) -> None:
    """ "week", "viikolla" and "vecka" begin "weekend", "viikonloppuna" and nothing: a
    start of the weekend's words is not the weekend, which they name whole."""
    queries = ["week", "viikolla", "viikon", "vecka", "weekend", "viikonloppuna", "helgen"]
    found = ask(built, site, queries, "2026-11-22T12:00")
    for query, got in zip(queries, found, strict=True):
        assert ("lauantaikerho" in got["slugs"]) == (query in queries[4:]), (site, query)
