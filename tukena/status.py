"""Derived state of a listing: active, stale or ended, as of a given day; when and why an
ended one ended."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from enum import StrEnum
from types import EllipsisType

from dateutil.relativedelta import relativedelta

from tukena.occurrences import next_session, occurrences
from tukena.schemas import Activity
from tukena.schemas.schedule import Schedule

STALE_AFTER_MONTHS = 12


class Status(StrEnum):
    """Whether a listing is shown as current."""

    ACTIVE = "active"
    STALE = "stale"
    ENDED = "ended"


def status(
    activity: Activity,
    today: dt.date,
    stale_after_months: int = STALE_AFTER_MONTHS,
    *,
    upcoming: dt.date | None | EllipsisType = ...,
) -> Status:
    """Ended when past ``valid_until`` or without sessions left; stale when unconfirmed too long.

    ``upcoming`` is the activity's next session on or after ``today`` when the caller has it.
    """
    if activity.valid_until is not None and activity.valid_until < today:
        return Status.ENDED
    if upcoming is ...:
        upcoming = next_session(activity.schedule, today)
    if upcoming is None:
        return Status.ENDED
    if out_of_date(activity.verified, today, stale_after_months):
        return Status.STALE
    return Status.ACTIVE


def lapsed(
    activity: Activity, today: dt.date, *, upcoming: dt.date | None | EllipsisType = ...
) -> dt.date | None:
    """The next session of a listing past its ``valid_until`` while its schedule goes on
    (shown as ended, yet it may go on: only its organiser can say); None for any other.
    ``upcoming`` as for :func:`status`."""
    until = activity.valid_until
    if until is None or until >= today:
        return None
    return next_session(activity.schedule, today) if upcoming is ... else upcoming


class EndReason(StrEnum):
    """What made a listing end."""

    VALID_UNTIL = "valid_until"  #: its valid_until passed
    LAST_SESSION = "last_session"  #: its last dated session is over
    SEASON_END = "season_end"  #: its season ended (at its last meeting)
    BREAKS = "breaks"  #: a season without an end whose breaks leave no meeting ahead


@dataclass(frozen=True)
class Ending:
    """When and why a listing ended."""

    day: dt.date  #: the last day it was current: its valid_until, or the day it last met
    reason: EndReason


def _last_meeting(schedule: Schedule, today: dt.date) -> dt.date | None:
    """The day of its last meeting before ``today``; None when it never met."""
    starts = [s.date for s in schedule.sessions]
    if schedule.season is not None:
        starts.append(schedule.season.start)
    if not starts:
        return None
    met = occurrences(schedule, min(starts), today - dt.timedelta(days=1))
    return met[-1].date if met else None


def ending(
    activity: Activity, today: dt.date, *, upcoming: dt.date | None | EllipsisType = ...
) -> Ending | None:
    """When and why a listing shown as ended by ``today`` ended: the earlier of its
    ``valid_until`` and its last meeting (its schedule's reason when both fall on the same
    day); None while it is not ended. ``upcoming`` as for :func:`status`."""
    if upcoming is ...:
        upcoming = next_session(activity.schedule, today)
    until = activity.valid_until
    if until is not None and until >= today:
        until = None
    if until is None and upcoming is not None:
        return None
    if until is not None and upcoming is not None:  # lapsed: its sessions go on
        return Ending(until, EndReason.VALID_UNTIL)
    schedule = activity.schedule
    last = _last_meeting(schedule, today)
    if until is not None and (last is None or until < last):
        return Ending(until, EndReason.VALID_UNTIL)
    season_end = schedule.season.end if schedule.season is not None else None
    if last is None:  # weekly slots that never met (every day a break, or none in the season)
        day = min(season_end or today, today - dt.timedelta(days=1))
    else:
        day = last
    if last is not None and any(s.date == last for s in schedule.sessions):
        return Ending(day, EndReason.LAST_SESSION)
    return Ending(day, EndReason.SEASON_END if season_end is not None else EndReason.BREAKS)


@functools.lru_cache(maxsize=8)
def stale_before(today: dt.date, months: int) -> dt.date:
    """Listings verified before this day are stale (the same for every listing of a build)."""
    return today - relativedelta(months=months)


def out_of_date(verified: dt.date | None, today: dt.date, months: int) -> bool:
    """Whether details confirmed on ``verified`` are stale by ``today`` (a listing's, an
    organisation's); details that give no date of confirmation never are."""
    return verified is not None and verified < stale_before(today, months)
