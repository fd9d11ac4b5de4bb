"""A weekly slot as a recurrence rule: first meeting, last day and the days it skips.

The calendar files (RRULE and EXDATE) and the JSON-LD ``Schedule`` both describe a slot
this way; the dates match :func:`tukena.occurrences.occurrences` exactly.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from tukena.occurrences import TIMEZONE, first_date
from tukena.schemas.schedule import Schedule, WeeklySlot

ZONE = ZoneInfo(TIMEZONE)
#: iCalendar and schema.org names of the weekdays, in the order of :class:`Weekday`
ICAL_DAYS = {
    "mon": "MO",
    "tue": "TU",
    "wed": "WE",
    "thu": "TH",
    "fri": "FR",
    "sat": "SA",
    "sun": "SU",
}
SCHEMA_DAYS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}


@dataclass(frozen=True)
class Rule:
    """One weekly slot: every ``every`` weeks on ``weekday`` from ``first`` to ``until``."""

    slot: WeeklySlot
    first: dt.date
    until: dt.date | None
    skipped: tuple[dt.date, ...]

    @property
    def weekday(self) -> str:
        return str(self.slot.weekday)

    def local(self, day: dt.date, time: dt.time) -> dt.datetime:
        """A wall-clock time on ``day`` in Europe/Helsinki."""
        return dt.datetime.combine(day, time, tzinfo=ZONE)


def skipped_days(schedule: Schedule, slot: WeeklySlot, first: dt.date) -> list[dt.date]:
    """The slot's meeting days that fall on an exception (within the season), in order.

    Counted in day numbers (ordinals): date arithmetic made a timedelta and a date for
    every step, and calendars and pages ask for every slot of every activity."""
    if not schedule.exceptions:
        return []
    season_end = schedule.season.end if schedule.season else None
    end = season_end.toordinal() if season_end else None
    step = 7 * slot.every
    base = first.toordinal()
    days: set[int] = set()
    for exception in schedule.exceptions:
        start = max(exception.start.toordinal(), base)
        last = (exception.end or exception.start).toordinal()
        if end is not None and end < last:
            last = end
        days.update(range(start + (base - start) % step, last + 1, step))
    return [dt.date.fromordinal(day) for day in sorted(days)]


def rules(schedule: Schedule) -> list[Rule]:
    """A :class:`Rule` for every weekly slot of the schedule."""
    if schedule.season is None:
        return []
    out = []
    for slot in schedule.weekly:
        first = first_date(slot, schedule.season.start)
        until = schedule.season.end
        if until is not None and first > until:
            continue  # the season is too short to reach this weekday
        out.append(Rule(slot, first, until, tuple(skipped_days(schedule, slot, first))))
    return out
