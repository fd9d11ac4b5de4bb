"""Finland's public holidays, by name, in any year.

A copy of last season's listing moves its dates 52 weeks on, to the same weekdays
(:mod:`tukena.bot.nextseason`); a break on a public holiday must instead move to that
holiday in the new season, or a real session is cancelled and one held on the holiday
(Ascension Day falls on Thursday 14 May 2026 but on Thursday 6 May 2027). The holidays
are fixed dates, days counted from Easter, or a weekday within a fixed week (Midsummer,
All Saints' Day), so this needs nothing but the calendar.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

#: the fixed holidays: (month, day)
_FIXED = {
    "new_year": (1, 1),
    "epiphany": (1, 6),
    "may_day": (5, 1),
    "independence_day": (12, 6),
    "christmas_eve": (12, 24),
    "christmas_day": (12, 25),
    "boxing_day": (12, 26),
}
#: the holidays that move with Easter: days from Easter Sunday
_FROM_EASTER = {
    "good_friday": -2,
    "easter_sunday": 0,
    "easter_monday": 1,
    "ascension": 39,
    "whit_sunday": 49,
}
#: the holidays on a weekday within a week: (month, first day of the week, weekday)
_IN_WEEK = {
    "midsummer_eve": (6, 19, 4),  # the Friday of 19–25 June
    "midsummer_day": (6, 20, 5),  # the Saturday of 20–26 June
    "all_saints": (10, 31, 5),  # the Saturday of 31 October – 6 November
}


def easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` in the Gregorian calendar (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def on(name: str, year: int) -> dt.date:
    """The day of the holiday ``name`` (a key of :func:`holidays`) in ``year``."""
    if name in _FIXED:
        return dt.date(year, *_FIXED[name])
    if name in _FROM_EASTER:
        return easter(year) + dt.timedelta(days=_FROM_EASTER[name])
    month, first, weekday = _IN_WEEK[name]
    start = dt.date(year, month, first)
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7)


@cache
def holidays(year: int) -> dict[dt.date, str]:
    """The public holidays of ``year``: their names by day."""
    return {on(name, year): name for name in (*_FIXED, *_FROM_EASTER, *_IN_WEEK)}


def holiday(day: dt.date) -> str | None:
    """The name of the public holiday on ``day``, None on any other day."""
    return holidays(day.year).get(day)
