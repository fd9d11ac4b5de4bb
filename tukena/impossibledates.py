"""Say why a date or a time written in the right shape still names no day or no moment.

``2026-02-30`` and ``25:00`` are written exactly as the validator asks (``YYYY-MM-DD``,
``HH:MM``); repeating the format to someone who followed it sends them looking for a typo
that is not there. These say what is wrong with the value itself instead: which month has
how many days, which range the hours or the minutes go in. A text in any other shape gets
``None``, and the caller keeps its message about the format.
"""

from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass

logger = logging.getLogger(__name__)

#: English month names whatever the locale (``calendar.month_name`` follows the locale)
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})\Z")
_TIME = re.compile(r"([0-9]{1,2})[:.]([0-9]{2})\Z")
_DATETIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([0-9]{2}:[0-9]{2})(?::[0-9]{2})?\Z")


@dataclass(frozen=True)
class DateFault:
    """Why a ``YYYY-MM-DD`` text is no date, as data, for a message in any language (the
    forms say it in fi, sv and en: :mod:`tukena.forms.datefaults`): ``month``, no such
    month; ``day_zero``, a day 00; ``days``, past the month's last day (``days`` of them)."""

    kind: str
    year: int
    month: int
    day: int
    days: int = 0


def date_fault(text: str) -> DateFault | None:
    """Why ``YYYY-MM-DD`` text is no date (``2026-02-30``, ``2026-13-01``), or ``None``."""
    match = _DATE.match(text.strip())
    if not match:
        return None
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        return DateFault("month", year, month, day)
    if not year:  # no year 0 in the calendar: the format message will do
        return None
    days = calendar.monthrange(year, month)[1]
    if day == 0:
        return DateFault("day_zero", year, month, day, days)
    if day > days:
        return DateFault("days", year, month, day, days)
    return None


def date_problem(text: str) -> str | None:
    """Why ``YYYY-MM-DD`` text is no date, in English (the validator's words), or ``None``."""
    fault = date_fault(text)
    if fault is None:
        return None
    if fault.kind == "month":
        return f"{text.strip()} is not a date: months go from 01 to 12"
    if fault.kind == "day_zero":
        return f"{text.strip()} is not a date: the days of a month go from 01"
    month = _MONTHS[fault.month - 1]
    return f"{text.strip()} is not a date: {month} {fault.year} has {fault.days} days"


def time_problem(text: str) -> str | None:
    """Why ``HH:MM`` text is no time of day (``25:00``, ``17:60``), or ``None``."""
    match = _TIME.match(text.strip())
    if not match:
        return None
    if int(match[1]) > 23:
        return f"{text.strip()} is not a time of day: hours go from 00 to 23"
    if int(match[2]) > 59:
        return f"{text.strip()} is not a time of day: minutes go from 00 to 59"
    return None


def datetime_problem(text: str) -> str | None:
    """Why ``YYYY-MM-DD HH:MM`` text names no moment, or ``None``: its date is checked
    first, then its time."""
    match = _DATETIME.match(text.strip())
    if not match:
        return None
    return date_problem(match[1]) or time_problem(match[2])
