"""Result data: what a result card shows, in chunks fetched only when shown.

The data of every result would exceed the budget before the first result by itself, so
results are split into chunks of :data:`CHUNK` consecutive documents
(``results/<document // CHUNK>.json``), each a JSON array with one object per document:

=====  =========================================================================
t      title in the UI language, else the listing's main language
s      summary, likewise
tl/sl  language of ``t`` / ``s`` when it is not the UI language (for ``lang=``)
u      address of the listing page, without ``results.prefix`` of the facet file
o      name of the organisation (``ol``: its language, as above)
v      date the organiser last confirmed the listing (YYYY-MM-DD)
p      name of the first place, when it has one (``pl``: its language, as above)
w      weekly times: ``[[weekday 0–6 (Monday 0), start minute, end minute], …]``
d      next dated sessions (at most three): ``[[days after today, start, end], …]``
=====  =========================================================================

Municipality, organisation, languages, cost, capacity and the next date are in the facet
file already; the card takes them from there.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tukena.occurrences import WEEKDAYS
from tukena.schemas.languages import pick
from tukena.search.documents import Listing

logger = logging.getLogger(__name__)

CHUNK = 32
SESSIONS_SHOWN = 3


def _minutes(time: dt.time) -> int:
    return time.hour * 60 + time.minute


def _times(item: Listing, today: dt.date) -> dict[str, Any]:
    """``w`` and ``d`` of the result object, when the listing has them."""
    schedule = item.activity.schedule
    times: dict[str, Any] = {}
    if schedule.weekly:
        times["w"] = [
            [WEEKDAYS.index(s.weekday), _minutes(s.start), _minutes(s.end)] for s in schedule.weekly
        ]
    upcoming = [s for s in schedule.sessions if s.date >= today][:SESSIONS_SHOWN]
    if upcoming:
        times["d"] = [[(s.date - today).days, _minutes(s.start), _minutes(s.end)] for s in upcoming]
    return times


def record(item: Listing, lang: str, today: dt.date, url: str) -> dict[str, Any]:
    """The result object of one listing."""
    a = item.activity
    out: dict[str, Any] = {}
    for key, field in (("t", "title"), ("s", "summary")):
        text, used = item.text(field, lang)
        out[key] = text
        if used != lang:
            out[key + "l"] = used
    out["u"] = url
    if item.organisation is not None:
        name, used = pick(item.organisation.name, lang, item.organisation.language)
        out["o"] = name
        if used != lang:
            out["ol"] = used
    out["v"] = a.verified.isoformat()
    names = [p.name for p in a.locations if p.name]
    if names:
        text, used = pick(names[0], lang, a.language)
        out["p"] = text
        if used != lang:
            out["pl"] = used
    out.update(_times(item, today))
    return out


@dataclass(frozen=True, slots=True)
class Card:
    """What a listing's result object (and its title, summary and keywords in the index)
    are made of, taken from the model once for every language: reading a model's fields
    costs more than picking a language from a dict (thousands of models do not stay in the
    processor's caches), and the dates and times are the same in every language."""

    title: dict[str, str]
    summary: dict[str, str]
    language: str
    keywords: str  # joined by spaces
    organisation: tuple[dict[str, str], str] | None  # its names and its language
    place: dict[str, str] | None  # the first place's names
    verified: str
    times: dict[str, Any]  # "w" and "d", when it has them


def card(item: Listing, today: dt.date) -> Card:
    """The :class:`Card` of one listing, as :func:`record` reads it."""
    a = item.activity
    org = item.organisation
    names = [p.name for p in a.locations if p.name]
    return Card(
        a.title,
        a.summary,
        a.language,
        " ".join(a.keywords),
        None if org is None else (org.name, org.language),
        names[0] if names else None,
        a.verified.isoformat(),
        _times(item, today),
    )


def from_card(made: Card, lang: str, url: str) -> dict[str, Any]:
    """:func:`record`'s object, from the listing's :class:`Card`."""
    out: dict[str, Any] = {}
    text, used = pick(made.title, lang, made.language)
    out["t"] = text
    if used != lang:
        out["tl"] = used
    text, used = pick(made.summary, lang, made.language)
    out["s"] = text
    if used != lang:
        out["sl"] = used
    out["u"] = url
    if made.organisation is not None:
        names, language = made.organisation
        text, used = pick(names, lang, language)
        out["o"] = text
        if used != lang:
            out["ol"] = used
    out["v"] = made.verified
    if made.place is not None:
        text, used = pick(made.place, lang, made.language)
        out["p"] = text
        if used != lang:
            out["pl"] = used
    out.update(made.times)
    return out


def url_prefix(urls: list[str]) -> str:
    """The longest common prefix of the addresses, ending at a slash."""
    prefix = os.path.commonprefix(urls) if urls else ""
    return prefix[: prefix.rfind("/") + 1]


def build(
    listings: list[Listing],
    lang: str,
    today: dt.date,
    url_for: Callable[[str], str],
    cards: list[Card] | None = None,
) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    """The URL prefix and the chunks, by file name relative to the language's folder.

    ``cards`` are the listings' :func:`card`, when the caller made them for every language.
    """
    if cards is None:
        cards = [card(item, today) for item in listings]
    urls = [url_for(item.slug) for item in listings]
    prefix = url_prefix(urls)
    cut = len(prefix)
    records = [from_card(made, lang, url[cut:]) for made, url in zip(cards, urls, strict=True)]
    chunks = {
        f"results/{start // CHUNK}.json": records[start : start + CHUNK]
        for start in range(0, len(records), CHUNK)
    }
    logger.debug("%s result chunks for %s", len(chunks), lang)
    return prefix, chunks
