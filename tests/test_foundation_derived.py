"""What derives from a listing: its sessions, the next one, its last day, and its status."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.model_helpers import activity, session
from tukena.occurrences import Occurrence, first_date, last_day, next_session, occurrences
from tukena.schemas import Activity
from tukena.schemas.schedule import Schedule
from tukena.status import Status, lapsed, status

D = dt.date
T1700, T1900 = dt.time(17), dt.time(19)
#: Tuesdays 17–19 from Tue 1 Sep 2026 to Mon 31 May 2027, with a holiday and a break
SEASON: dict[str, Any] = {
    "season": {"start": "2026-09-01", "end": "2027-05-31"},
    "weekly": [{"weekday": "tue", "start": "17:00", "end": "19:00"}],
    "exceptions": ["2026-09-15", {"start": "2026-12-21", "end": "2027-01-06"}],
}


def schedule(**fields: Any) -> Schedule:
    return Schedule.model_validate({**SEASON, **fields})


def dates(s: Schedule, start: dt.date, end: dt.date) -> list[dt.date]:
    return [o.date for o in occurrences(s, start, end)]


# --- occurrences --------------------------------------------------------------------------
def test_first_date_is_the_weekday_on_or_after_the_season_start() -> None:
    slot = schedule().weekly[0]
    assert first_date(slot, D(2026, 9, 1)) == D(2026, 9, 1)  # a Tuesday
    assert first_date(slot, D(2026, 9, 2)) == D(2026, 9, 8)
    assert first_date(slot, D(2026, 8, 31)) == D(2026, 9, 1)


def test_weekly_sessions_skip_exception_dates_and_ranges() -> None:
    s = schedule()
    assert dates(s, D(2026, 9, 1), D(2026, 9, 30)) == [
        D(2026, 9, 1),
        D(2026, 9, 8),
        D(2026, 9, 22),
        D(2026, 9, 29),
    ]
    assert dates(s, D(2026, 12, 14), D(2027, 1, 20)) == [
        D(2026, 12, 15),
        D(2027, 1, 12),
        D(2027, 1, 19),
    ]
    assert occurrences(s, D(2026, 9, 1), D(2026, 9, 1)) == [Occurrence(D(2026, 9, 1), T1700, T1900)]


def test_season_bounds_are_inclusive() -> None:
    s = schedule(season={"start": "2026-09-01", "end": "2026-09-08"}, exceptions=[])
    assert dates(s, D(2026, 1, 1), D(2027, 12, 31)) == [D(2026, 9, 1), D(2026, 9, 8)]


def test_every_n_weeks_counts_from_the_season_start() -> None:
    slots = [
        {"weekday": "tue", "start": "17:00", "end": "19:00", "every": 2},
        {"weekday": "thu", "start": "10:00", "end": "11:00", "every": 3},
    ]
    s = schedule(weekly=slots, exceptions=[])
    assert dates(s, D(2026, 10, 1), D(2026, 11, 5)) == [
        D(2026, 10, 13),  # Tue: 1, 15, 29 Sep, 13, 27 Oct, ...
        D(2026, 10, 15),  # Thu: 3, 24 Sep, 15 Oct, 5 Nov, ...
        D(2026, 10, 27),
        D(2026, 11, 5),
    ]


def test_dated_sessions_and_weekly_slots_merge_in_order() -> None:
    s = Schedule.model_validate(
        {"sessions": [session("2026-10-08"), session("2026-10-01"), session("2026-11-12")]}
    )
    assert dates(s, D(2026, 10, 1), D(2026, 11, 1)) == [D(2026, 10, 1), D(2026, 10, 8)]
    assert last_day(s) == D(2026, 11, 12)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 8, 1), D(2026, 9, 1)),  # before the season
        (D(2026, 9, 1), D(2026, 9, 1)),  # a meeting day is its own next session
        (D(2026, 9, 9), D(2026, 9, 22)),  # 15 Sep is a holiday
        (D(2026, 12, 16), D(2027, 1, 12)),  # over the Christmas break
        (D(2027, 5, 25), D(2027, 5, 25)),  # the last Tuesday of the season
        (D(2027, 5, 26), None),  # after it
    ],
)
def test_next_session(today: dt.date, expected: dt.date | None) -> None:
    assert next_session(schedule(), today) == expected


def test_next_session_agrees_with_the_list_of_sessions() -> None:
    """The shortcut that jumps over whole intervals finds the same day as walking."""
    slots = [
        {"weekday": "wed", "start": "12:00", "end": "13:00", "every": every} for every in (1, 3)
    ]
    for s in (
        schedule(),
        schedule(weekly=slots[1:]),
        schedule(weekly=slots, season={"start": "2025-01-01"}),
    ):
        for offset in range(0, 700, 5):
            today = D(2026, 8, 1) + dt.timedelta(days=offset)
            upcoming = dates(s, today, today + dt.timedelta(days=800))
            assert next_session(s, today) == (upcoming[0] if upcoming else None), today


def test_last_day() -> None:
    assert last_day(schedule()) == D(2027, 5, 31)
    assert last_day(schedule(season={"start": "2026-09-01"})) is None  # ongoing
    ongoing = schedule(season={"start": "2026-09-01"})
    assert next_session(ongoing, D(2030, 1, 1)) == D(2030, 1, 1)  # a Tuesday, years on


# --- status -------------------------------------------------------------------------------
def listing(**fields: Any) -> Activity:
    return Activity.model_validate(activity(schedule=SEASON, **fields))


def test_active_when_confirmed_and_sessions_remain() -> None:
    assert status(listing(verified="2026-09-01"), D(2026, 11, 22)) is Status.ACTIVE


def test_stale_after_twelve_months_without_confirmation() -> None:
    ongoing = {**SEASON, "season": {"start": "2025-01-07"}}
    a = Activity.model_validate(activity(schedule=ongoing, verified="2025-11-22"))
    assert status(a, D(2026, 11, 22)) is Status.ACTIVE  # exactly twelve months
    assert status(a, D(2026, 11, 23)) is Status.STALE


def test_stale_after_is_configurable() -> None:
    a = listing(verified="2026-09-01")
    assert status(a, D(2026, 11, 22), stale_after_months=3) is Status.ACTIVE
    assert status(a, D(2026, 12, 2), stale_after_months=3) is Status.STALE
    assert status(a, D(2026, 12, 2)) is Status.ACTIVE


def test_ended_after_valid_until() -> None:
    a = listing(verified="2026-09-01", valid_until="2026-12-31")
    assert status(a, D(2026, 12, 31)) is Status.ACTIVE
    assert status(a, D(2027, 1, 1)) is Status.ENDED


def test_lapsed_only_past_valid_until_with_sessions_to_come() -> None:
    """Its next session, the day after its valid_until while the schedule goes on; None
    on its last day, and for a listing without one or with no session left."""
    a = listing(verified="2026-09-01", valid_until="2026-12-31")
    assert lapsed(a, D(2026, 12, 31)) is None  # still its day
    after = lapsed(a, D(2027, 1, 1))
    assert after is not None and after == next_session(a.schedule, D(2027, 1, 1))
    assert lapsed(a, D(2027, 1, 1), upcoming=None) is None  # no session left: simply ended
    assert lapsed(listing(verified="2026-09-01"), D(2027, 1, 1)) is None


def test_ended_when_no_session_is_left_even_if_stale() -> None:
    a = listing(verified="2025-01-01")
    assert status(a, D(2026, 11, 22)) is Status.STALE
    assert status(a, D(2027, 5, 26)) is Status.ENDED
    series = Activity.model_validate(
        activity(schedule={"sessions": [session("2026-10-01"), session("2026-10-08")]})
    )
    assert status(series, D(2026, 10, 8)) is Status.ACTIVE
    assert status(series, D(2026, 10, 9)) is Status.ENDED


def test_a_known_next_session_gives_the_same_status() -> None:
    a = listing(verified="2025-01-01", valid_until="2027-03-01")
    for day in (D(2026, 11, 22), D(2027, 3, 2), D(2027, 5, 26)):
        upcoming = next_session(a.schedule, day)
        assert status(a, day, upcoming=upcoming) is status(a, day)
    assert status(a, D(2026, 11, 22), upcoming=None) is Status.ENDED  # none left
