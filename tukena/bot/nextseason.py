"""Copying last season's listing: its dates moved to the next season.

An organiser who copies an activity that has ended wants the same weekly times in the
coming season. The copy form then starts with every date of the listing (the season,
the days without meetings, the dated sessions, the registration deadline and the last
day it is shown) moved forward by whole years of 52 weeks, so each stays on its weekday
and roughly in its week of the year (the autumn holiday week stays the autumn holiday
week), until the listing is current again. A break on a public holiday (or a few days
around one: an Easter break from Thursday to Monday) moves to that holiday instead, as
Easter, Ascension Day and Midsummer do not keep their weeks (:mod:`tukena.holidays`); any
other break (a school's autumn or winter holiday) moves by weekday, and the form asks the
organiser to check it (:mod:`tukena.forms.seasonwarnings`). Whether new people can join is last
season's no more: a listing that was full, paused or had a waiting list starts open. The
form says so, and the organiser checks the dates, the places and the texts before sending.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from tukena import holidays
from tukena.occurrences import last_day
from tukena.schemas import Activity
from tukena.schemas.vocabulary import Capacity

logger = logging.getLogger(__name__)

YEAR = dt.timedelta(weeks=52)
#: the longest break that moves with the public holiday in it; a longer one (a school's
#: Christmas holidays) is the school's, which moves by weekday and is asked about
AROUND_HOLIDAY = dt.timedelta(days=6)
#: where an activity's dump holds dates: (path to a mapping or list of mappings, keys)
_DATES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("schedule", "season"), ("start", "end")),
    (("schedule", "sessions"), ("date",)),
    (("registration",), ("deadline",)),
    ((), ("valid_until",)),
)


@dataclass(frozen=True)
class Moved:
    """A copied listing's data with its dates moved, and by how many weeks; the years of
    the season copied (what its texts may still speak of), and the first days of the
    breaks moved by weekday (ISO dates), which the organiser is asked to check."""

    data: dict[str, Any]
    weeks: int
    years: tuple[int, ...] = ()
    by_weekday: tuple[str, ...] = ()


def _ended_on(activity: Activity, today: dt.date) -> dt.date | None:
    """The day an ended activity last met or was shown; None while it is current."""
    ends = [day for day in (last_day(activity.schedule), activity.valid_until) if day]
    if not ends or min(ends) >= today:
        return None
    return min(ends)


def running(activity: Activity, today: dt.date) -> bool:
    """Whether the listing has not ended by ``today``: a copy of it keeps its dates
    (:mod:`tukena.forms.runningwarnings`)."""
    return _ended_on(activity, today) is None


def _shift(data: dict[str, Any], by: dt.timedelta) -> None:
    for path, keys in _DATES:
        found: Any = data
        for part in path:
            found = found.get(part) if isinstance(found, dict) else None
        for item in found if isinstance(found, list) else [found]:
            if not isinstance(item, dict):
                continue
            for key in keys:
                if item.get(key):
                    item[key] = (dt.date.fromisoformat(item[key]) + by).isoformat()


def _holiday_in(start: dt.date, last: dt.date) -> tuple[str, dt.date] | None:
    """The first public holiday of a break from ``start`` to ``last``, and its day; None
    for a break without one, or one too long to be a holiday's (:data:`AROUND_HOLIDAY`)."""
    if last - start > AROUND_HOLIDAY:
        return None
    day = start
    while day <= last:
        if name := holidays.holiday(day):
            return name, day
        day += dt.timedelta(days=1)
    return None


def _move_breaks(schedule: dict[str, Any], years: int) -> list[str]:
    """Move the breaks of a schedule (``model_dump(mode="json")``) ``years`` seasons on:
    one on a public holiday to that holiday, any other by weekday; the first days of
    those moved by weekday."""
    season = schedule.get("season") or {}
    opens = dt.date.fromisoformat(season["start"]) if season.get("start") else None
    closes = dt.date.fromisoformat(season["end"]) if season.get("end") else None
    by_weekday = []
    for gap in schedule.get("exceptions") or []:
        start = dt.date.fromisoformat(gap["start"])
        last = dt.date.fromisoformat(gap["end"]) if gap.get("end") else start
        by, found = years * YEAR, _holiday_in(start, last)
        if found is not None:
            name, day = found
            to = holidays.on(name, day.year + years) - day
            # a holiday the moved season misses (Easter weeks earlier) cancels nothing
            if (opens is None or last + to >= opens) and (closes is None or start + to <= closes):
                by = to
            else:
                found = None
        if found is None:
            by_weekday.append((start + by).isoformat())
        gap["start"] = (start + by).isoformat()
        if gap.get("end"):
            gap["end"] = (last + by).isoformat()
    return by_weekday


def next_season(activity: Activity, today: dt.date) -> Moved | None:
    """The listing's data (``model_dump(mode="json")``) with its dates in the next season
    that has not ended by ``today``; None when the listing has not ended."""
    ended = _ended_on(activity, today)
    if ended is None:
        return None
    years = 1
    while ended + years * YEAR < today:
        years += 1
    data = activity.model_dump(mode="json")
    _shift(data, years * YEAR)  # the season first: the breaks move within it
    by_weekday = _move_breaks(data["schedule"], years)
    data["capacity"] = Capacity.OPEN.value  # last season's "full" says nothing of the next
    try:
        Activity.model_validate(data, context={"language": activity.language})
    except ValueError as exc:  # a rule about dates that the move broke: copy them as they are
        logger.info("the copy keeps its dates: moved, they do not validate (%s)", exc)
        return None
    season, sessions = activity.schedule.season, activity.schedule.sessions
    began = min([s.date for s in sessions] + ([season.start] if season else []), default=ended)
    return Moved(data, years * 52, tuple(range(began.year, ended.year + 1)), tuple(by_weekday))
