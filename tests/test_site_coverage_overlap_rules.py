"""How overlaps are found, on made-up activities: weekly meetings in seasons, and dated
sessions from the build's day on (:mod:`tukena.site.overlaps`), as the coverage pages and
``overlaps.csv`` show them."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

from tests.site_helpers import DAY, REPO
from tests.test_site_coverage_overlaps import CONTENT, LISTED
from tukena.schemas.schedule import DateException, Session
from tukena.schemas.vocabulary import ActivityForm, Weekday
from tukena.site import catalogue, overlaps, urls
from tukena.site.config import SiteConfig
from tukena.site.exports.overlapcsv import overlap_csv


def _activity(**schedule):
    """The sample's first weekly activity in Espoo, made a language café meeting as given:
    weekly ``slots`` from 1 September 2026 to 31 May 2027 unless ``season`` says otherwise,
    with ``breaks``, or dated ``sessions`` (date, start, end) only."""
    base = next(
        CONTENT.activities[s]
        for s in LISTED
        if CONTENT.activities[s].schedule.weekly
        and {p.municipality for p in CONTENT.activities[s].locations} == {"049"}
    )
    slot = base.schedule.weekly[0]
    weekly = [
        slot.model_copy(
            update={"weekday": Weekday(day), "start": dt.time(*start), "end": dt.time(*end)}
        )
        for day, start, end in schedule.pop("slots", [])
    ]
    sessions = [
        Session(date=date, start=dt.time(*start), end=dt.time(*end))
        for date, start, end in schedule.pop("sessions", [])
    ]
    place = base.locations[0].model_copy(update={"municipality": schedule.pop("where", "049")})
    first, last = dt.date(2026, 9, 1), dt.date(2027, 5, 31)
    season = base.schedule.season.model_copy(
        update={"start": first, "end": last, **schedule.pop("season", {})}
    )
    breaks = [DateException(start=a, end=b) for a, b in schedule.pop("breaks", [])]
    return base.model_copy(
        update={
            "forms": [ActivityForm(f) for f in schedule.pop("forms", ["language-cafe"])],
            "locations": [place],
            "schedule": base.schedule.model_copy(
                update={
                    "weekly": weekly,
                    "season": season if weekly else None,
                    "sessions": sessions,
                    "exceptions": breaks,
                }
            ),
        }
    )


ORGANISERS = sorted(CONTENT.organisations)


def _catalogue(made: dict, organisers: dict[str, str] | None = None) -> catalogue.Catalogue:
    """The made activities, each with an organiser of its own from the sample (only
    different organisers' activities are overlaps) unless ``organisers`` gives theirs."""
    given = organisers or {}
    made = {
        slug: a.model_copy(update={"organisation": given.get(slug, ORGANISERS[n])})
        for n, (slug, a) in enumerate(made.items())
    }
    content = dataclasses.replace(CONTENT, activities=made)
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    return catalogue.build(content, config)


def test_overlaps_join_into_groups_and_only_real_overlaps_count():
    tue = "tue"
    made = {
        "a": _activity(slots=[(tue, (17, 0), (19, 0))]),
        "b": _activity(slots=[(tue, (18, 0), (20, 0))]),
        "c": _activity(slots=[(tue, (19, 30), (21, 0))]),  # overlaps b, not a: one group
        # one long meeting overlapping two that do not overlap each other: one group
        "hub": _activity(slots=[("thu", (17, 0), (21, 0))]),
        "spoke-1": _activity(slots=[("thu", (17, 0), (18, 0))]),
        "spoke-2": _activity(slots=[("thu", (19, 0), (20, 0))]),
        "ends-as-a-starts": _activity(slots=[(tue, (15, 0), (17, 0))]),
        "elsewhere": _activity(slots=[(tue, (17, 0), (19, 0))], where="091"),
        "other-form": _activity(slots=[(tue, (17, 0), (19, 0))], forms=["sports-outdoors"]),
        "other-day": _activity(slots=[("wed", (17, 0), (19, 0))]),
        "later-season": _activity(
            slots=[(tue, (17, 0), (19, 0))],
            season={"start": dt.date(2027, 7, 1), "end": dt.date(2027, 8, 31)},
        ),
        "0-listed-first": _activity(  # the earlier of a pair has the later season
            slots=[(tue, (17, 0), (19, 0))],
            season={"start": dt.date(2027, 6, 1), "end": dt.date(2027, 6, 30)},
        ),
        "ended": _activity(
            slots=[(tue, (17, 0), (19, 0))],
            season={"start": dt.date(2025, 1, 1), "end": dt.date(2025, 5, 31)},
        ),
        "alone-twice": _activity(
            slots=[("fri", (17, 0), (19, 0)), ("fri", (18, 0), (20, 0))], where="092"
        ),
    }
    cat = _catalogue(made)
    assert "ended" not in cat.listed, cat.listed
    assert {"later-season", "0-listed-first"} <= set(cat.listed), cat.listed
    found = overlaps.groups(cat)
    assert [f for f, groups in found.items() if groups] == ["language-cafe"]
    tuesday, thursday = sorted(found["language-cafe"], key=lambda g: g.day)
    assert (tuesday.code, tuesday.day, thursday.code, thursday.day) == ("049", 1, "049", 3)
    assert [m.slug for m in tuesday.meetings] == ["a", "b", "c"]  # the earliest first
    assert [m.slug for m in thursday.meetings] == ["spoke-1", "hub", "spoke-2"]
    rows = overlaps.rows(cat, "language-cafe", "en")
    assert [(r["municipality"]["name"], r["day"]) for r in rows] == [
        ("Espoo", "Tuesday"),
        ("Espoo", "Thursday"),
    ]
    assert [m["when"] for m in rows[0]["meetings"]] == [
        "Tuesdays 17:00–19:00",
        "Tuesdays 18:00–20:00",
        "Tuesdays 19:30–21:00",
    ]
    assert overlaps.summary(cat, "en") == [
        {
            "label": "Language café or club",
            "url": urls.coverage("en", "language-cafe"),
            "groups": 2,
            "activities": 6,
        }
    ]


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def test_dated_sessions_overlap_weekly_meetings_and_each_other_on_their_date():
    assert DAY == _day("2026-11-22")  # a Sunday: 17 and 20 November are past
    evening, later = ((17, 0), (19, 0)), ((18, 0), (20, 0))
    made = {
        "weekly": _activity(
            slots=[("tue", *evening)], breaks=[(_day("2026-12-22"), _day("2027-01-06"))]
        ),
        # dated against weekly: Tuesdays within its season, at hours that overlap
        "series": _activity(sessions=[(_day("2026-12-08"), *later), (_day("2026-12-15"), *later)]),
        # overlaps the series on 8 December, not the weekly café (ending as this starts)
        "after-it": _activity(
            sessions=[(_day("2026-12-08"), (19, 0), (21, 0)), (_day("2027-01-09"), *evening)]
        ),
        "in-the-break": _activity(
            sessions=[(_day("2026-12-29"), *evening), (_day("2027-02-03"), *evening)]
        ),
        "after-the-season": _activity(
            sessions=[(_day("2027-06-08"), *evening), (_day("2027-06-15"), *evening)]
        ),
        "other-hours": _activity(
            sessions=[
                (_day("2026-12-08"), (10, 0), (12, 0)),
                (_day("2026-12-15"), (10, 0), (12, 0)),
            ]
        ),
        "past": _activity(  # a past Tuesday would overlap the weekly café
            sessions=[(_day("2026-11-17"), *evening), (_day("2027-01-14"), *evening)]
        ),
        # dated against dated: the same date and overlapping hours
        "fri-a": _activity(
            sessions=[(_day("2027-02-05"), *evening), (_day("2027-02-12"), (10, 0), (12, 0))]
        ),
        "fri-b": _activity(
            sessions=[(_day("2027-02-05"), (18, 30), (20, 0)), (_day("2027-02-19"), *evening)]
        ),
        # both past on 20 November, on different Mondays ahead
        "past-a": _activity(
            sessions=[(_day("2026-11-20"), *evening), (_day("2027-03-01"), *evening)]
        ),
        "past-b": _activity(
            sessions=[(_day("2026-11-20"), *evening), (_day("2027-03-08"), *evening)]
        ),
        # more than a year ahead, as in the coverage tables' weekdays: not yet planned for
        "far-a": _activity(
            sessions=[(_day("2027-11-30"), *evening), (_day("2027-03-09"), (10, 0), (12, 0))]
        ),
        "far-b": _activity(
            sessions=[(_day("2027-11-30"), *evening), (_day("2027-03-16"), (10, 0), (12, 0))]
        ),
    }
    cat = _catalogue(made)
    assert set(cat.listed) == set(made)
    found = overlaps.groups(cat)
    assert [f for f, groups in found.items() if groups] == ["language-cafe"]
    tuesday, friday = sorted(found["language-cafe"], key=lambda g: g.day)
    assert (tuesday.code, tuesday.day, tuesday.date) == ("049", 1, None)
    assert [(m.slug, m.first) for m in tuesday.meetings] == [
        ("weekly", _day("2026-09-01")),
        ("series", _day("2026-12-08")),
        ("series", _day("2026-12-15")),
        ("after-it", _day("2026-12-08")),
    ]
    assert (friday.code, friday.day, friday.date) == ("049", 4, _day("2027-02-05"))
    assert [(m.slug, m.first) for m in friday.meetings] == [
        ("fri-a", _day("2027-02-05")),
        ("fri-b", _day("2027-02-05")),
    ]
    # the page: a group of sessions only is headed by its date; an activity's sessions in
    # a group are said on one line, each with its date
    for lang, heading, when in [
        ("en", "Friday 5 Feb 2027", "Tuesday 8 Dec 2026 18:00–20:00, Tuesday 15 Dec 2026 18:00–20:00"),
        ("fi", "perjantai 5.2.2027", "Tiistai 8.12.2026 18.00–20.00, tiistai 15.12.2026 18.00–20.00"),
        ("sv", "fredag 5.2.2027", "Tisdag 8.12.2026 18.00–20.00, tisdag 15.12.2026 18.00–20.00"),
    ]:  # fmt: skip
        rows = overlaps.rows(cat, "language-cafe", lang)
        assert [r["day"] for r in rows][1:] == [heading]
        series = rows[0]["meetings"][1]
        assert (series["url"], series["when"], series["season"]) == (
            urls.activity(lang, "series"),
            when,
            None,
        )
        assert len(rows[0]["meetings"]) == 3
    assert overlaps.summary(cat, "en")[0]["activities"] == 5
    lines = list(csv.DictReader(io.StringIO(overlap_csv(cat).removeprefix("\ufeff"))))
    columns = ("group", "weekday", "date", "start", "every_weeks", "season_start", "season_end")
    assert [(*(r[c] for c in columns), r["slug"]) for r in lines] == [
        ("1", "tue", "", "17:00", "1", "2026-09-01", "2027-05-31", "weekly"),
        ("1", "tue", "2026-12-08", "18:00", "", "", "", "series"),
        ("1", "tue", "2026-12-15", "18:00", "", "", "", "series"),
        ("1", "tue", "2026-12-08", "19:00", "", "", "", "after-it"),
        ("2", "fri", "2027-02-05", "17:00", "", "", "", "fri-a"),
        ("2", "fri", "2027-02-05", "18:30", "", "", "", "fri-b"),
    ]  # fmt: skip


def test_one_organisers_own_activities_at_the_same_time_are_left_out():
    """An organiser knows its own timetable: a group of its activities alone is not listed;
    a group with another organiser's activity in it is listed whole."""
    evening, later, latest = ((17, 0), (19, 0)), ((18, 0), (20, 0)), ((18, 30), (20, 0))
    made = {
        "own-a": _activity(slots=[("tue", *evening)]),
        "own-b": _activity(slots=[("tue", *later)]),
        "own-c": _activity(slots=[("thu", *evening)]),
        "own-d": _activity(slots=[("thu", *later)]),
        "theirs": _activity(slots=[("thu", *latest)]),
        "own-dated-a": _activity(
            sessions=[(_day("2027-02-05"), *evening), (_day("2027-02-12"), (10, 0), (12, 0))]
        ),
        "own-dated-b": _activity(
            sessions=[(_day("2027-02-05"), *later), (_day("2027-02-19"), (10, 0), (12, 0))]
        ),
    }
    one, other = ORGANISERS[0], ORGANISERS[1]
    cat = _catalogue(made, {slug: one for slug in made} | {"theirs": other})
    (thursday,) = overlaps.groups(cat)["language-cafe"]
    assert (thursday.code, thursday.day) == ("049", 3)
    assert [m.slug for m in thursday.meetings] == ["own-c", "own-d", "theirs"]
    assert [r["day"] for r in overlaps.rows(cat, "language-cafe", "en")] == ["Thursday"]
    assert [(s["groups"], s["activities"]) for s in overlaps.summary(cat, "en")] == [(1, 3)]
    lines = list(csv.DictReader(io.StringIO(overlap_csv(cat).removeprefix("\ufeff"))))
    assert [(r["group"], r["slug"], r["organisation"]) for r in lines] == [
        ("1", "own-c", one),
        ("1", "own-d", one),
        ("1", "theirs", other),
    ]
    # the same activities, each with an organiser of its own: every group is listed
    apart = overlaps.groups(_catalogue(made))["language-cafe"]
    assert sorted(g.day for g in apart) == [1, 3, 4]
