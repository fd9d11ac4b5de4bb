"""Copying last season's listing: its dates moved to the next season.

An organiser who copies an activity that has ended wants the same weekly times in the
coming season. The copy form then starts with every date of the listing (the season,
the days without meetings, the dated sessions, the registration deadline and the last
day it is shown) moved forward by whole years of 52 weeks, so each stays on its weekday
and roughly in its week of the year (the autumn holiday week stays the autumn holiday
week), until the listing is current again. Whether new people can join is last
season's no more: a listing that was full, paused or had a waiting list starts open. The
form says so, and the organiser checks the dates, the places and the texts before sending.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from tukena.occurrences import last_day
from tukena.schemas import Activity
from tukena.schemas.vocabulary import Capacity

logger = logging.getLogger(__name__)

YEAR = dt.timedelta(weeks=52)
#: where an activity's dump holds dates: (path to a mapping or list of mappings, keys)
_DATES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("schedule", "season"), ("start", "end")),
    (("schedule", "exceptions"), ("start", "end")),
    (("schedule", "sessions"), ("date",)),
    (("registration",), ("deadline",)),
    ((), ("valid_until",)),
)


@dataclass(frozen=True)
class Moved:
    """A copied listing's data with its dates moved, and by how many weeks."""

    data: dict[str, Any]
    weeks: int


def _ended_on(activity: Activity, today: dt.date) -> dt.date | None:
    """The day an ended activity last met or was shown; None while it is current."""
    ends = [day for day in (last_day(activity.schedule), activity.valid_until) if day]
    if not ends or min(ends) >= today:
        return None
    return min(ends)


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
    _shift(data, years * YEAR)
    data["capacity"] = Capacity.OPEN.value  # last season's "full" says nothing of the next
    try:
        Activity.model_validate(data, context={"language": activity.language})
    except ValueError as exc:  # a rule about dates that the move broke: copy them as they are
        logger.info("the copy keeps its dates: moved, they do not validate (%s)", exc)
        return None
    return Moved(data, years * 52)
