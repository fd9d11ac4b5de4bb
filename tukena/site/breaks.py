"""A schedule's breaks with the organiser's reason for each, as the activity's page and its
calendar file say them: ``not on 21.12.2026–6.1.2027 (Christmas break), 2.3.2027``.

The reason ("Joulutauko", "Jullov", "Sportlov") tells a reader whether a break is the school
holiday they expect or something they should ask about. It is the organiser's own text, in
the page's language when they gave it in it, else in the listing's main language (as every
other text of a listing, :func:`tukena.site.texts.localise`), so the page marks it with
``lang`` and ``dir`` when it is in another language. Cards leave reasons out: their one
line (:mod:`tukena.site.scheduleline`) is read at a glance among dozens of cards, and the
dates alone say when it does not meet.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from tukena.schemas.schedule import Schedule
from tukena.site.humanize import break_dates, in_date_order
from tukena.site.i18n import gettext
from tukena.site.texts import Text, localise

logger = logging.getLogger(__name__)

_ = gettext  # memoised: ``_(lang, message)``


@dataclass(frozen=True)
class Break:
    """One break's dates in words and the organiser's reason, if they gave one."""

    dates: str
    reason: Text | None = None

    def __str__(self) -> str:
        return f"{self.dates} ({self.reason})" if self.reason else self.dates


@dataclass(frozen=True)
class Breaks:
    """The breaks and the words of the UI language around them: "not on {dates}" split at
    its placeholder, so that a template puts markup (a reason's ``lang``) in the list while
    the sentence stays one translated message, whatever its word order."""

    before: str
    items: tuple[Break, ...]
    after: str

    def __str__(self) -> str:
        return f"{self.before}{', '.join(map(str, self.items))}{self.after}"


def breaks(schedule: Schedule, lang: str, main: str, after: dt.date | None = None) -> Breaks | None:
    """The breaks still ahead on ``after`` (all when it is None) in date order in ``lang``,
    each with its reason in ``lang`` or else the listing's main language ``main``; None
    without any."""
    items = tuple(
        Break(break_dates(e.start, e.end, lang), localise(e.reason, lang, main))
        for e in in_date_order(schedule.exceptions)
        if after is None or e.last >= after
    )
    if not items:
        return None
    before, _placeholder, rest = _(lang, "not on {dates}").partition("{dates}")
    return Breaks(before, items, rest)


def calendar_line(schedule: Schedule, lang: str, main: str) -> str:
    """``Breaks: 21.12.2026–6.1.2027 (Christmas break), 2.3.2027`` for a calendar event's
    description, or "" without breaks. The calendar skips those meetings (EXDATE), which
    carries no words; this says why. All of them, not those ahead of the build: a calendar
    file is rewritten only when its listing changes."""
    said = breaks(schedule, lang, main)
    if said is None:
        return ""
    return _(lang, "Breaks: {dates}").format(dates=", ".join(map(str, said.items)))
