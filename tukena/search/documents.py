"""Which activities are searchable, in which order, and what each contributes.

Ended listings are left out. The others get document numbers in a fixed order, by
region, municipality, organisation and slug, so that the numbers of the listings of one
place are consecutive: facet columns then compress well and a search limited to a place
fetches few result chunks. Online-only listings come last.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass

from tukena import invites, reference
from tukena.loader import ContentSet
from tukena.occurrences import meeting_starts, next_session
from tukena.schemas import Activity, Organisation
from tukena.schemas.languages import pick
from tukena.status import Status, status

logger = logging.getLogger(__name__)

#: Start-time buckets of the time-of-day facet: morning < 12:00 ≤ afternoon < 17:00 ≤ evening.
AFTERNOON = dt.time(12, 0)
EVENING = dt.time(17, 0)


@dataclass(frozen=True)
class Listing:
    """A searchable activity with what its document needs beyond the model."""

    slug: str
    activity: Activity
    organisation: Organisation | None
    next_session: dt.date | None  #: None while paused (:mod:`tukena.invites`)
    stale: bool

    def text(self, field: str, lang: str) -> tuple[str, str]:
        """A localised field in ``lang``, else the listing's main language; with its language."""
        return pick(getattr(self.activity, field), lang, self.activity.language)

    @property
    def municipalities(self) -> list[str]:
        """Codes of the municipalities it meets in, in order, without repeats."""
        return list(dict.fromkeys(p.municipality for p in self.activity.locations))


def _order(listing: Listing) -> tuple:
    data = reference.load()
    codes = listing.municipalities
    if not codes:
        return (1, "", "", listing.activity.organisation, listing.slug)
    first = data.municipalities[codes[0]]
    return (0, first.region, first.code, listing.activity.organisation, listing.slug)


def listings(
    content: ContentSet,
    today: dt.date,
    statuses: Mapping[str, Status] | None = None,
    next_sessions: Mapping[str, dt.date | None] | None = None,
) -> list[Listing]:
    """Every activity that is not ended, in document-number order.

    ``statuses`` and ``next_sessions`` may give, by slug, what ``status(activity, today)``
    and ``next_session(activity.schedule, today)`` return, when the caller has them already
    (the site's catalogue): both are only computed here for the slugs they lack.
    """
    statuses = statuses or {}
    next_sessions = next_sessions or {}
    found = []
    for slug, activity in content.activities.items():
        state = statuses.get(slug) or status(activity, today)
        if state is Status.ENDED:
            continue
        upcoming = (
            next_sessions[slug] if slug in next_sessions else next_session(activity.schedule, today)
        )
        assert upcoming is not None  # not ended, so a session is left
        found.append(
            Listing(
                slug=slug,
                activity=activity,
                organisation=content.organisations.get(activity.organisation),
                next_session=invites.next_meeting(activity, upcoming),
                stale=state is Status.STALE,
            )
        )
    found.sort(key=_order)
    logger.debug("%s of %s activities are searchable", len(found), len(content.activities))
    return found


def weekdays_and_times(listing: Listing, today: dt.date) -> tuple[int, int, int]:
    """Bit masks of the weekdays (Monday = 1) and start-time buckets (morning = 1) it meets,
    and of the two together (bit ``weekday * 3 + bucket``: Monday morning = 1, Monday
    evening = 4, Tuesday morning = 8...), so that "Monday" and "evening" chosen together find
    a Monday evening, not a Monday noon and a Saturday evening."""
    days = times = slots = 0
    for weekday, start in meeting_starts(listing.activity.schedule, today):
        bucket = 0 if start < AFTERNOON else 1 if start < EVENING else 2
        days |= 1 << weekday
        times |= 1 << bucket
        slots |= 1 << (weekday * 3 + bucket)
    return days, times, slots
