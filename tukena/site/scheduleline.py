"""A schedule in one line, for cards and results: its weekly slots, season, breaks still
ahead, dated sessions and the next one to go to, said once each.

``Tuesdays 17:00–19:00, 3 sessions until 16.3.2027, next 24.11.2026``
"""

from __future__ import annotations

import datetime as dt

from tukena.schemas.schedule import Schedule
from tukena.site.humanize import date_range, exceptions, season, slots
from tukena.site.i18n import format_day, gettext, ngettext

_ = gettext  # memoised: ``_(lang, message)``


def summary(
    schedule: Schedule, lang: str, today: dt.date | None = None, upcoming: dt.date | None = None
) -> str:
    """The whole schedule as one line for cards and results: :func:`line`, then the next
    session to go to, ``upcoming`` (``next 24.11.2026``), said once: see :func:`_sessions`."""
    said = line(schedule, lang, today, upcoming)
    if upcoming is None:
        return said
    return ", ".join(filter(None, (said, next_date(upcoming, lang))))


def line(
    schedule: Schedule, lang: str, today: dt.date | None = None, upcoming: dt.date | None = None
) -> str:
    """:func:`summary` without the next session: its slots, season, breaks and dated
    sessions, from ``today`` (when given) those still ahead; a series with none left, all
    of it (the ended listings an organisation's page lists). The search page's cards show
    this text as the build wrote it (:mod:`tukena.search.cards`) and add the next session
    from the facet file, where its filters and order read it too."""
    parts = slots(schedule.weekly, lang)
    if schedule.season is not None:
        parts.append(season(schedule.season, lang))
    breaks = exceptions(schedule, lang, after=today)
    if breaks:
        parts.append(breaks)
    left = [s for s in schedule.sessions if today is None or s.date >= today]
    counted = left or schedule.sessions
    if counted:
        parts.append(_sessions(counted[0].date, counted[-1].date, len(counted), upcoming, lang))
    return ", ".join(parts)


def _sessions(
    first: dt.date, last: dt.date, count: int, upcoming: dt.date | None, lang: str
) -> str:
    """``3 sessions, 24.11.2026–16.3.2027``; where the next session, said after it, is the
    first, not its date again: ``3 sessions until 16.3.2027``, or ``1 session``."""
    if upcoming != first:
        said = ngettext(lang, "{count} session, {dates}", "{count} sessions, {dates}", count)
        return said.format(count=count, dates=date_range(first, last, lang))
    if count == 1:
        return ngettext(lang, "{count} session", "{count} sessions", count).format(count=count)
    said = ngettext(lang, "{count} session until {date}", "{count} sessions until {date}", count)
    return said.format(count=count, date=format_day(last, lang))


def next_date(value: dt.date, lang: str) -> str:
    """``seuraava 26.1.2027``: the next session as the search page's cards add it."""
    return _(lang, "next {date}").format(date=format_day(value, lang))
