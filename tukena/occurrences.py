"""The sessions a schedule defines, and what derives from them (next session, last day).

All dates and times are local to Europe/Helsinki; times are naive wall-clock times.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from tukena.schemas.schedule import Schedule, WeeklySlot

TIMEZONE = "Europe/Helsinki"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True, order=True)
class Occurrence:
    """One meeting: its date and wall-clock start and end."""

    date: dt.date
    start: dt.time
    end: dt.time


def first_date(slot: WeeklySlot, season_start: dt.date) -> dt.date:
    """The slot's first meeting: its weekday on or after the season start."""
    offset = (WEEKDAYS.index(slot.weekday) - season_start.weekday()) % 7
    return season_start + dt.timedelta(days=offset)


def is_excepted(schedule: Schedule, day: dt.date) -> bool:
    """True when ``day`` falls on an exception date or inside an exception range."""
    return any(e.start <= day <= e.last for e in schedule.exceptions)


def _weekly(
    schedule: Schedule, slot: WeeklySlot, start: dt.date, end: dt.date
) -> Iterator[Occurrence]:
    assert schedule.season is not None  # guaranteed by the model for weekly slots
    day = first_date(slot, schedule.season.start)
    last = min(end, schedule.season.end) if schedule.season.end else end
    step = dt.timedelta(weeks=slot.every)
    if day < start:  # jump ahead without walking every week
        skipped = (start - day).days // step.days
        day += step * skipped
        if day < start:
            day += step
    while day <= last:
        if not is_excepted(schedule, day):
            yield Occurrence(day, slot.start, slot.end)
        day += step


def occurrences(schedule: Schedule, start: dt.date, end: dt.date) -> list[Occurrence]:
    """Every meeting from ``start`` to ``end`` inclusive, in order."""
    found = [
        Occurrence(s.date, s.start, s.end) for s in schedule.sessions if start <= s.date <= end
    ]
    for slot in schedule.weekly:
        found.extend(_weekly(schedule, slot, start, end))
    return sorted(found)


#: How far ahead a schedule's dated sessions count for the days it meets on (a year).
HORIZON_DAYS = 366
#: Monday 0 … Sunday 6 by weekday code (a look-up rather than ``WEEKDAYS.index``).
_WEEKDAY_NUMBERS = {code: number for number, code in enumerate(WEEKDAYS)}


def meeting_starts(schedule: Schedule, today: dt.date) -> list[tuple[int, dt.time]]:
    """The weekdays (Monday = 0) and start times it meets at: its weekly slots, and its
    dated sessions from ``today`` to :data:`HORIZON_DAYS` ahead (the search's weekday and
    time-of-day facets and the coverage pages' weekday tables count the same)."""
    starts = [(_WEEKDAY_NUMBERS[s.weekday], s.start) for s in schedule.weekly]
    ahead = today + dt.timedelta(days=HORIZON_DAYS)
    starts += [(s.date.weekday(), s.start) for s in schedule.sessions if today <= s.date <= ahead]
    return starts


def next_session(schedule: Schedule, today: dt.date) -> dt.date | None:
    """The date of the next meeting on or after ``today``, or None when none is left.

    Looks ahead at most two years plus the longest interval, which any real season fits in.
    """
    horizon = today + dt.timedelta(days=2 * 366 + 8 * 7)
    candidates = [s.date for s in schedule.sessions if s.date >= today]
    for slot in schedule.weekly:
        upcoming = next(_weekly(schedule, slot, today, horizon), None)
        if upcoming is not None:
            candidates.append(upcoming.date)
    return min(candidates, default=None)


def last_day(schedule: Schedule) -> dt.date | None:
    """The last day the schedule can meet, or None when a season is ongoing."""
    days = [s.date for s in schedule.sessions]
    if schedule.weekly:
        assert schedule.season is not None
        if schedule.season.end is None:
            return None
        days.append(schedule.season.end)
    return max(days, default=None)
