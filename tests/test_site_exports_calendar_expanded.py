"""An activity's calendar events, expanded as a calendar application does (RRULE minus
EXDATE, plus the dated sessions, with python-dateutil), are exactly the meetings
:func:`tukena.occurrences.occurrences` lists, at their Helsinki wall-clock times: each
slot's weekday and interval, its first meeting (DTSTART, which a calendar shows whatever
its RRULE says) and its last, the breaks it skips (the first meeting too), a season too
short to reach its weekday, and each dated session's start and end."""

from __future__ import annotations

import datetime as dt
import types
from typing import Any

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings

from tests.content_strategies import activities
from tests.model_helpers import activity
from tests.test_site_exports_calendar import _exdates, _wall, calendar_meetings
from tukena import invites
from tukena.occurrences import occurrences
from tukena.schemas import Activity
from tukena.site.exports import ical

#: after every season the strategies make (their dates end in 2028, seasons last 400 days)
UNTIL = dt.date(2031, 12, 31)


def calendar(a: Activity) -> icalendar.Calendar:
    """The activity's calendar file in English, as a calendar application reads it."""
    cat: Any = types.SimpleNamespace(
        activities={"a": a}, config=types.SimpleNamespace(siteurl="https://tukena.example")
    )
    events = ical.ActivityEvents(cat, "a", "en").to_ical()
    return icalendar.Calendar.from_ical(ical.calendar("a", events))


def expanded(a: Activity) -> set[tuple[dt.datetime, dt.datetime]]:
    cal = calendar(a)
    # RFC 5545: an event's DTSTART is its first meeting even where its RRULE does not
    # match it (dateutil leaves it out), unless an EXDATE skips it: a calendar shows it
    first = {
        (_wall(e.decoded("dtstart")), _wall(e.decoded("dtend")))
        for e in cal.walk("VEVENT")
        if e.decoded("dtstart") not in _exdates(e)
    }
    return calendar_meetings(cal, UNTIL) | first


def meetings(a: Activity) -> set[tuple[dt.datetime, dt.datetime]]:
    found = occurrences(a.schedule, dt.date(2000, 1, 1), UNTIL)
    return {
        (dt.datetime.combine(o.date, o.start), dt.datetime.combine(o.date, o.end)) for o in found
    }


TUE = {"weekday": "tue", "start": "17:00", "end": "19:00"}


@pytest.mark.parametrize(
    "schedule",
    [
        # the season ends on a meeting day: its last meeting is in the calendar
        {"season": {"start": "2026-09-01", "end": "2026-12-15"}, "weekly": [TUE]},
        # every other Saturday, with breaks on its first meeting, a later one and between two
        {
            "season": {"start": "2026-09-05", "end": "2026-12-19"},
            "weekly": [{"weekday": "sat", "start": "10:00", "end": "12:00", "every": 2}],
            "exceptions": [
                "2026-09-05",
                "2026-10-03",
                {"start": "2026-10-06", "end": "2026-10-12"},
            ],
        },
        # a weekend season too short for its Tuesday slot, which never meets
        {
            "season": {"start": "2026-09-05", "end": "2026-09-06"},
            "weekly": [TUE, {"weekday": "sun", "start": "12:00", "end": "14:00"}],
        },
        # dated sessions at their own times
        {
            "sessions": [
                {"date": "2026-10-01", "start": "09:30", "end": "11:15"},
                {"date": "2027-03-31", "start": "18:00", "end": "20:45"},
            ]
        },
    ],
)
def test_a_calendar_expands_to_the_meetings_of_its_schedule(schedule):
    a = Activity.model_validate(activity(schedule=schedule))
    assert meetings(a), "each example meets"
    assert expanded(a) == meetings(a)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(activities())
def test_any_calendar_expands_to_the_meetings_of_its_schedule(data):
    a = Activity.model_validate(data, context={"language": data.get("language", "fi")})
    assert expanded(a) == (meetings(a) if invites.meets(a) else set())


def test_every_event_has_its_own_uid():
    """Two slots that start at the same time on the same weekday (a short and a long
    session, every other week): a calendar keeps one event of a UID, so each needs its own."""
    slots = [
        {**TUE, "end": "18:00", "every": 2},
        {**TUE, "every": 2},
        {"weekday": "thu", "start": "17:00", "end": "19:00"},
    ]
    schedule = {"season": {"start": "2026-09-01", "end": "2026-12-15"}, "weekly": slots}
    a = Activity.model_validate(activity(schedule=schedule))
    uids = [str(e["uid"]) for e in calendar(a).walk("VEVENT")]
    assert len(uids) == 3 and len(set(uids)) == 3, uids
