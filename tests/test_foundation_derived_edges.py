"""The edges of what derives from a schedule: a season announced long ahead, the year of
dated sessions the weekday facets count, the last day of a season that goes on beside dated
sessions, and when and why a listing that never met, or is not ended, ended."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.model_helpers import activity
from tukena.occurrences import last_day, meeting_starts, next_session
from tukena.schemas import Activity
from tukena.schemas.schedule import Schedule
from tukena.status import Ending, EndReason, Status, ending, status

D = dt.date
TODAY = D(2026, 11, 22)  # a Sunday
TUE = {"weekday": "tue", "start": "17:00", "end": "19:00"}


def listing(schedule: dict[str, Any], **fields: Any) -> Activity:
    return Activity.model_validate(activity(schedule=schedule, **fields))


def test_a_season_announced_almost_two_years_ahead_is_current():
    """Its first meeting, every eighth Tuesday from 5 Sep 2028, is its next session."""
    a = listing(
        {"season": {"start": "2028-09-05", "end": "2029-05-31"}, "weekly": [{**TUE, "every": 8}]}
    )
    assert next_session(a.schedule, TODAY) == D(2028, 9, 5)
    assert status(a, TODAY) is Status.ACTIVE


def test_the_weekdays_it_meets_on_count_dated_sessions_of_a_year_from_today():
    """Yesterday's session and one more than a year ahead are no reason to list a weekday."""
    days = ("2026-11-21", "2026-11-23", "2027-11-23", "2027-11-24")  # Sat, Mon, Tue, Wed
    s = Schedule.model_validate(
        {"sessions": [{"date": day, "start": "10:00", "end": "12:00"} for day in days]}
    )
    assert meeting_starts(s, TODAY) == [(0, dt.time(10)), (1, dt.time(10))]


def test_a_season_without_an_end_has_no_last_day_beside_dated_sessions():
    weekly = {"season": {"start": "2026-09-01"}, "weekly": [TUE]}
    session = {"date": "2026-10-01", "start": "10:00", "end": "12:00"}
    assert last_day(Schedule.model_validate({**weekly, "sessions": [session]})) is None
    ended = {"season": {"start": "2026-09-01", "end": "2026-09-30"}, "weekly": [TUE]}
    assert last_day(Schedule.model_validate({**ended, "sessions": [session]})) == D(2026, 10, 1)


def test_a_listing_is_not_ended_on_its_valid_until():
    a = listing({"season": {"start": "2026-09-01"}, "weekly": [TUE]}, valid_until="2026-11-22")
    assert ending(a, TODAY) is None
    assert ending(a, TODAY + dt.timedelta(days=1)) == Ending(TODAY, EndReason.VALID_UNTIL)


def test_a_listing_that_never_met_ended_yesterday_not_on_its_season_end():
    """Every meeting of its season is a break: it is shown as ended from today, so the last
    day it was current is yesterday, whether its season ends later or never."""
    whole = {"start": "2026-09-01", "end": "2027-05-31"}
    closed = {"season": whole, "weekly": [TUE], "exceptions": [whole]}
    a = listing(closed)
    assert status(a, TODAY) is Status.ENDED
    assert ending(a, TODAY) == Ending(D(2026, 11, 21), EndReason.SEASON_END)
    years = {"start": "2026-09-01", "end": "2031-05-31"}
    ongoing = {"season": {"start": "2026-09-01"}, "weekly": [TUE], "exceptions": [years]}
    assert ending(listing(ongoing), TODAY) == Ending(D(2026, 11, 21), EndReason.BREAKS)
