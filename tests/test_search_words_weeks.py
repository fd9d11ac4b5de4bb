"""Words for this week and next week: "this week", "tällä viikolla", "denna vecka" and
"next week", "ensi viikolla", "nästa vecka" stand for the days of the visitor's week, as
"today" and "tomorrow" do (a Finnish week starts on Monday: this week is today to Sunday),
on every UI language's site; "week" alone is no start of "weekend". The index is built in
Python and searched by engine.js in node, as on the site.

Within the 28 days the facet column ``sessions`` covers from the build's day, a period finds
exactly what has a session in it by tukena's own occurrences (breaks, a fortnightly rhythm,
seasons, dated sessions); read later, what meets on one of its weekdays and has begun."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.browser_support import REPO
from tests.test_search_engine import JS, LANGUAGE_CAFES, build_more
from tests.test_search_fixtures import TODAY, activity, content, url_for
from tukena import loader, search
from tukena.occurrences import occurrences
from tukena.search import documents, node
from tukena.search.sessiondays import WINDOW_DAYS

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
    # every other Tuesday: 10 and 24 November, 8 December (not the week of 30 November)
    "lautapeliryhma": activity(title={"fi": "Lautapeliryhmä"}, schedule={
        "season": {"start": "2026-11-10", "end": "2027-05-31"},
        "weekly": [{"weekday": "tue", "start": "17:00", "end": "19:00", "every": 2}],
    }),
    # Wednesdays, with a break from 30 November to 6 December
    "kuoro": activity(title={"fi": "Kuoro"}, schedule={
        "season": {"start": "2026-09-02", "end": "2027-05-31"},
        "weekly": [{"weekday": "wed", "start": "17:00", "end": "19:00"}],
        "exceptions": [{"start": "2026-11-30", "end": "2026-12-06"}],
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
    if now.startswith("2026-11-26"):  # their weekday, begun, yet no session that week
        assert not {"lautapeliryhma", "kuoro"} & next_week
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


#: The sample site's content, as a reviewer read it: built on Monday 7 December 2026.
SAMPLE_DAY = dt.date(2026, 12, 7)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[documents.Listing]]:
    """The English search files of the sample content built on :data:`SAMPLE_DAY`, and its
    listings in document order."""
    out = tmp_path_factory.mktemp("sample-weeks")
    made = loader.load(REPO, today=SAMPLE_DAY)
    for name, data in search.build(made, "en", SAMPLE_DAY, url_for("en")).items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_bytes(data)
    return out, documents.listings(made, SAMPLE_DAY)


def ask_sample(sample: tuple[Path, list], queries: list[str], now: dt.date) -> list[set[str]]:
    folder, listings = sample
    question = {"dir": str(folder / "search" / "en"), "queries": [{"q": q} for q in queries],
                "now": f"{now.isoformat()}T10:00"}  # fmt: skip
    results = node.run(JS / "search.js", question)["results"]
    return [{listings[r].slug for r in res["refs"]} for res in results]


def sessions_between(listings: list[documents.Listing], start: dt.date, end: dt.date) -> set[str]:
    """Slugs with a session from ``start`` to ``end`` by tukena's occurrences (not paused)."""
    return {
        item.slug
        for item in listings
        if item.next_session is not None and occurrences(item.activity.schedule, start, end)
    }


def by_weekday(listings: list[documents.Listing], start: dt.date, end: dt.date) -> set[str]:
    """The rule read outside the window: meeting on a weekday of ``start`` to ``end``, with
    the build's next session on or before ``end``."""
    weekdays = {(start + dt.timedelta(days=d)).weekday() for d in range((end - start).days + 1)}
    found = set()
    for item in listings:
        days = documents.weekdays_and_times(item, SAMPLE_DAY)[0]
        nxt = item.next_session
        if nxt is not None and nxt <= end and any(days & 1 << w for w in weekdays):
            found.add(item.slug)
    return found


def periods(read_on: dt.date) -> dict[str, tuple[dt.date, dt.date]]:
    monday = read_on - dt.timedelta(days=read_on.weekday())
    return {
        "today": (read_on, read_on),
        "tomorrow": (read_on + dt.timedelta(days=1),) * 2,
        "this week": (read_on, monday + dt.timedelta(days=6)),
        "next week": (monday + dt.timedelta(days=7), monday + dt.timedelta(days=13)),
    }


@pytest.mark.parametrize("later", [0, 3, 10])
def test_sample_periods_are_its_sessions(sample: tuple[Path, list], later: int) -> None:
    """On the sample built on 7 December, read that day, 3 and 10 days on: each period finds
    what has a session in it, not what is on a break or in the off week of a fortnightly
    rhythm (the weekday rule found 71 for next week, 44 of them without a session)."""
    read_on = SAMPLE_DAY + dt.timedelta(days=later)
    asked = periods(read_on)
    assert all((end - SAMPLE_DAY).days < WINDOW_DAYS for _, end in asked.values())
    listings = sample[1]
    for (query, (start, end)), got in zip(
        asked.items(), ask_sample(sample, list(asked), read_on), strict=True
    ):
        want = sessions_between(listings, start, end)
        assert want, (query, read_on)
        assert got == want, (query, read_on, sorted(got ^ want))
        if query == "next week":  # the case the weekday rule got wrong
            assert by_weekday(listings, start, end) - want, read_on


@pytest.mark.parametrize("later", [25, 27, 28, 40])
def test_sample_read_after_the_window(sample: tuple[Path, list], later: int) -> None:
    """A period reaching past the 28 days after the build (next week read 25 days on,
    tomorrow read 27 days on, today read 28 days on, any week 40 days on) is read by weekday
    and next session, not as having no session; one ending on the window's last day (today
    read 27 days on) by its sessions."""
    read_on = SAMPLE_DAY + dt.timedelta(days=later)
    asked = periods(read_on)
    listings = sample[1]
    for (query, (start, end)), got in zip(
        asked.items(), ask_sample(sample, list(asked), read_on), strict=True
    ):
        if (end - SAMPLE_DAY).days < WINDOW_DAYS:
            assert got == sessions_between(listings, start, end), (query, read_on)
        else:
            want = by_weekday(listings, start, end)
            assert want and got == want, (query, read_on, sorted(got ^ want))
