"""Derived state of a listing: active, stale or ended, as of a given day."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

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
    activity: Activity, today: dt.date, stale_after_months: int = STALE_AFTER_MONTHS
) -> Status:
    """Ended when past ``valid_until`` or without sessions left; stale when unconfirmed too long."""
    if activity.valid_until is not None and activity.valid_until < today:
        return Status.ENDED
    if next_session(activity.schedule, today) is None:
        return Status.ENDED
    if activity.verified < today - relativedelta(months=stale_after_months):
        return Status.STALE
    return Status.ACTIVE
