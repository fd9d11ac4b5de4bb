"""Derived state of a listing: active, stale or ended, as of a given day."""

from __future__ import annotations

import datetime as dt
import functools
from enum import StrEnum
from types import EllipsisType

from dateutil.relativedelta import relativedelta

from tukena.occurrences import next_session
from tukena.schemas import Activity

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


@functools.lru_cache(maxsize=8)
def stale_before(today: dt.date, months: int) -> dt.date:
    """Listings verified before this day are stale (the same for every listing of a build)."""
    return today - relativedelta(months=months)


def out_of_date(verified: dt.date | None, today: dt.date, months: int) -> bool:
    """Whether details confirmed on ``verified`` are stale by ``today`` (a listing's, an
    organisation's); details that give no date of confirmation never are."""
    return verified is not None and verified < stale_before(today, months)
