"""Listings that need a maintainer's attention: stale ones, and those about to become stale;
the same for organisations' details, when they give the date they were last confirmed.

A listing is stale once its organiser last confirmed it more than the site's staleness
period ago (:func:`tukena.status.status`); the site then shows a "may be out of date"
notice on it. This report lists those listings, and the ones that will turn stale within a
few days, with whom to ask, so that a maintainer can remind the organisers in time. Ended
listings are left out unless asked for: they are kept only so that old links still work.
Asked for, they come after the others, the longest ended first, each with the day it ended
and why (its valid_until, its last session, its season's end), for a maintainer to decide
which to archive. One is always listed, though: a listing past its ``valid_until`` while its schedule goes
on ("lapsed"). The site shows it as ended, yet its sessions may well go on: the organiser
is to say whether they do (and move ``valid_until``) or end the schedule.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import runpy
from dataclasses import dataclass
from pathlib import Path

from dateutil.relativedelta import relativedelta

from tukena.loader import ContentSet
from tukena.occurrences import next_session
from tukena.schemas.languages import pick
from tukena.spreadsheet import safe_cells
from tukena.status import (
    STALE_AFTER_MONTHS,
    Status,
    ending,
    lapsed,
    out_of_date,
    stale_before,
    status,
)

logger = logging.getLogger(__name__)

ONE_DAY = dt.timedelta(days=1)
COLUMNS = (
    "path",
    "state",
    "verified",
    "stale_from",
    "title",
    "organisation",
    "email",
    "valid_until",
    "contact",
    "phone",
    "ended_on",
    "ended_by",
)


@dataclass(frozen=True)
class Due:
    """One listing in the report."""

    path: str
    slug: str
    #: "stale", "due" (turns stale within the window), "lapsed" (past its valid_until while
    #: its sessions go on) or "ended"
    state: str
    verified: dt.date
    stale_from: dt.date  #: the first day the site shows it as out of date
    title: str
    organisation: str
    email: str  #: the listing's contact address, else its organisation's
    valid_until: dt.date | None = None  #: the last day the organiser gave, if any
    contact: str = ""  #: the listing's contact person or role, if it names one
    phone: str = ""  #: the listing's contact phone, else its organisation's: to call
    #: a listing shown as ended ("ended", "lapsed"): the last day it was current
    ended_on: dt.date | None = None
    ended_by: str = ""  #: and what ended it: a :class:`tukena.status.EndReason` value


def stale_period(settings: Path) -> int:
    """The site's staleness period, TUKENA_STALE_AFTER_MONTHS, from its Pelican settings
    file (run as Pelican runs it); the default when the file or the setting is absent."""
    if not settings.is_file():
        return STALE_AFTER_MONTHS
    values = runpy.run_path(str(settings))
    return int(values.get("TUKENA_STALE_AFTER_MONTHS", STALE_AFTER_MONTHS))


def _stale_from(verified: dt.date, months: int) -> dt.date:
    """The first day on which a listing verified on ``verified`` counts as stale: the day
    after the period, found with the same rule the site applies (months are uneven, and a
    month's end is clipped, so step from the estimate to the exact day)."""
    day = verified + relativedelta(months=months)
    while stale_before(day, months) > verified:
        day -= ONE_DAY
    while stale_before(day, months) <= verified:
        day += ONE_DAY
    return day


def due(
    content: ContentSet,
    today: dt.date,
    months: int = STALE_AFTER_MONTHS,
    within: int = 30,
    ended: bool = False,
) -> list[Due]:
    """Stale listings and those turning stale within ``within`` days, the least recently
    confirmed first; with ``ended``, the ended ones after them, the longest ended first."""
    horizon = today + dt.timedelta(days=within)
    out = []
    for slug, activity in content.activities.items():
        upcoming = next_session(activity.schedule, today)
        state = status(activity, today, months, upcoming=upcoming)
        label = state.value
        if state is Status.ENDED and lapsed(activity, today, upcoming=upcoming) is not None:
            label = "lapsed"
        elif state is Status.ENDED and not ended:
            continue
        end = ending(activity, today, upcoming=upcoming) if state is Status.ENDED else None
        stale_from = _stale_from(activity.verified, months)
        if state is Status.ACTIVE:
            if stale_from > horizon:
                continue
            label = "due"
        organisation = content.organisations[activity.organisation]  # checked by the loader
        out.append(
            Due(
                path=content.paths[("activities", slug)],
                slug=slug,
                state=label,
                verified=activity.verified,
                stale_from=stale_from,
                title=pick(activity.title, activity.language, activity.language)[0],
                organisation=pick(organisation.name, activity.language, organisation.language)[0],
                email=activity.contact.email or organisation.email or "",
                valid_until=activity.valid_until,
                contact=(
                    pick(activity.contact.name, activity.language)[0]
                    if activity.contact.name
                    else ""
                ),
                phone=activity.contact.phone or organisation.phone or "",
                ended_on=end.day if end else None,
                ended_by=end.reason.value if end else "",
            )
        )
    out.sort(key=_order)
    logger.info("%s listing(s) need attention", len(out))
    return out


def _order(row: Due) -> tuple[bool, dt.date, str]:
    """Those to ask first, the least recently confirmed first; then the ended ones, the
    longest ended first."""
    if row.state == "ended" and row.ended_on is not None:
        return True, row.ended_on, row.path
    return False, row.verified, row.path


def organisations_due(
    content: ContentSet, today: dt.date, months: int = STALE_AFTER_MONTHS, within: int = 30
) -> list[Due]:
    """Organisations whose details are stale (their page warns that they may be out of
    date) or turn stale within ``within`` days, oldest first. One that never gave a date
    of confirmation is not listed: nothing on its page says it is out of date."""
    horizon = today + dt.timedelta(days=within)
    out = []
    for slug, organisation in content.organisations.items():
        if organisation.verified is None:
            continue
        stale = out_of_date(organisation.verified, today, months)
        stale_from = _stale_from(organisation.verified, months)
        if not stale and stale_from > horizon:
            continue
        name = pick(organisation.name, organisation.language, organisation.language)[0]
        out.append(
            Due(
                path=content.paths[("organisations", slug)],
                slug=slug,
                state="stale" if stale else "due",
                verified=organisation.verified,
                stale_from=stale_from,
                title=name,
                organisation=name,
                email=organisation.email or "",
                phone=organisation.phone or "",
            )
        )
    out.sort(key=lambda d: (d.verified, d.path))
    logger.info("%s organisation(s) need attention", len(out))
    return out


_WHEN = {
    "stale": "stale since {stale_from}",
    "due": "turns stale on {stale_from}",
    "lapsed": "shown as ended since its valid_until {valid_until} passed, but its sessions go on",
    "ended": "ended {ended_on} ({ended_by})",
}
#: what ended a listing, as the text report says it (:class:`tukena.status.EndReason`)
_ENDED_BY = {
    "valid_until": "its valid_until",
    "last_session": "its last session",
    "season_end": "the last meeting of its season",
    "breaks": "its last meeting: its breaks leave none ahead",
}


def as_text(rows: list[Due]) -> str:
    """One line a listing: file, state and dates, title, organisation (unless the row is
    the organisation's own) and how to reach them: person, address, phone."""
    lines = []
    for row in rows:
        when = _WHEN[row.state].format(
            stale_from=row.stale_from,
            valid_until=row.valid_until,
            ended_on=row.ended_on,
            ended_by=_ENDED_BY.get(row.ended_by, row.ended_by),
        )
        reach = [row.contact, f"<{row.email}>" if row.email else "", row.phone]
        who = [
            row.organisation if row.organisation != row.title else "",
            " ".join(filter(None, reach)),
        ]
        lines.append(
            f"{row.path}: {when}, verified {row.verified}: {row.title} ({'; '.join(filter(None, who))})"
        )
    return "".join(line + "\n" for line in lines)


def as_csv(rows: list[Due]) -> str:
    """The report as CSV, one row a listing, for a spreadsheet or a mail merge."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        cells = (
            row.path,
            row.state,
            row.verified.isoformat(),
            row.stale_from.isoformat(),
            row.title,
            row.organisation,
            row.email,
            row.valid_until.isoformat() if row.valid_until else "",
            row.contact,
            row.phone,
            row.ended_on.isoformat() if row.ended_on else "",
            row.ended_by,
        )
        writer.writerow(safe_cells(cells))
    return buffer.getvalue()
