"""Result data: what a result card shows, in chunks fetched only when shown.

The data of every result would exceed the budget before the first result by itself, so
results are split into chunks of :data:`CHUNK` consecutive documents
(``results/<document // CHUNK>.json``), each a JSON array with one object per document:

=====  =========================================================================
t      title in the UI language, else the listing's main language
s      summary, likewise
tl/sl  language of ``t`` / ``s`` when it is not the UI language (for ``lang=``)
u      address of the listing page, without ``results.prefix`` of the facet file
x      the title in further languages, ``[[language, title], …]``: those not UI languages
       nor ``t``'s, so a reader of Arabic recognises a listing written in it too
o      name of the organisation (``ol``: its language, as above)
v      date the organiser last confirmed the listing (YYYY-MM-DD)
p      name of the first place, when it has one (``pl``: its language, as above)
w      weekly times: ``[[weekday 0–6 (Monday 0), start minute, end minute], …]``, with a
       fourth number for a slot every 2 or more weeks: how many
d      next dated sessions (at most three): ``[[days after today, start, end], …]``; none
       while the activity is paused
b      the breaks still ahead on the build's day, as the site's cards say them
       (:func:`tukena.site.humanize.exceptions`: ``not on 21.12.2026–6.1.2027``), when
       it has any: the site is rebuilt nightly, so the card does not send a reader to
       a meeting that is not held
=====  =========================================================================

Municipality, organisation, languages, cost, capacity and the next date are in the facet
file already; the card takes them from there.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from typing import Any

from tukena.occurrences import WEEKDAYS
from tukena.schemas.languages import UI_LANGUAGES, pick
from tukena.schemas.location import place_name_in
from tukena.search.documents import Listing
from tukena.site.humanize import exceptions

logger = logging.getLogger(__name__)

CHUNK = 32
SESSIONS_SHOWN = 3


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def times(item: Listing, today: dt.date) -> dict[str, Any]:
    """``w`` and ``d`` of the result object, when the listing has them."""
    schedule = item.activity.schedule
    made: dict[str, Any] = {}
    if schedule.weekly:
        made["w"] = [
            [WEEKDAYS.index(s.weekday), _minutes(s.start), _minutes(s.end)]
            + ([s.every] if s.every > 1 else [])
            for s in schedule.weekly
        ]
    if item.next_session is None:  # paused: no date to go to (tukena.invites)
        return made
    upcoming = [s for s in schedule.sessions if s.date >= today][:SESSIONS_SHOWN]
    if upcoming:
        made["d"] = [[(s.date - today).days, _minutes(s.start), _minutes(s.end)] for s in upcoming]
    return made


def other_titles(title: dict[str, str], shown: str) -> list[list[str]]:
    """``x`` of the result object: the title in the languages that are neither UI
    languages nor ``shown``, in the listing's order."""
    return [
        [code, text] for code, text in title.items() if code not in UI_LANGUAGES and code != shown
    ]


def record(item: Listing, lang: str, today: dt.date, url: str) -> dict[str, Any]:
    """The result object of one listing."""
    a = item.activity
    out: dict[str, Any] = {}
    for key, field in (("t", "title"), ("s", "summary")):
        text, used = item.text(field, lang)
        out[key] = text
        if used != lang:
            out[key + "l"] = used
    others = other_titles(a.title, out.get("tl", lang))
    if others:
        out["x"] = others
    out["u"] = url
    if item.organisation is not None:
        name, used = pick(item.organisation.name, lang, item.organisation.language)
        out["o"] = name
        if used != lang:
            out["ol"] = used
    out["v"] = a.verified.isoformat()
    place = a.place_name()
    if place:
        text, used = place_name_in(place, lang, a.language)
        out["p"] = text
        if used != lang:
            out["pl"] = used
    out.update(times(item, today))
    breaks = exceptions(a.schedule, lang, after=today)
    if breaks:
        out["b"] = breaks
    return out


def url_prefix(urls: list[str]) -> str:
    """The longest common prefix of the addresses, ending at a slash."""
    prefix = os.path.commonprefix(urls) if urls else ""
    return prefix[: prefix.rfind("/") + 1]


def chunk_name(start: int) -> str:
    """The file of the chunk that begins with document ``start``."""
    return f"results/{start // CHUNK}.json"


def build(
    listings: list[Listing], lang: str, today: dt.date, url_for: Callable[[str], str]
) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    """The URL prefix and the chunks, by file name relative to the language's folder.

    The plain definition: :func:`tukena.search.cards.chunks` writes the same chunks as JSON
    text from the cards made once for every language."""
    urls = [url_for(item.slug) for item in listings]
    prefix = url_prefix(urls)
    chunks: dict[str, list[dict[str, Any]]] = {}
    for start in range(0, len(listings), CHUNK):
        part = zip(listings[start : start + CHUNK], urls[start : start + CHUNK], strict=True)
        chunks[chunk_name(start)] = [
            record(item, lang, today, url[len(prefix) :]) for item, url in part
        ]
    logger.debug("%s result chunks for %s", len(chunks), lang)
    return prefix, chunks
