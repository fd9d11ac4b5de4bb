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
h      when, in words: the schedule's line as the site's cards say it, without the next
       session (:func:`tukena.site.scheduleline.line`: ``Tuesdays 17:00–19:00, 1 Sep 2026
       – 25 May 2027, not on 21 Dec 2026 – 6 Jan 2027``, ``3 sessions until 16 Mar
       2027``), written by the same code so that the two cannot differ; its season, breaks
       and dated sessions are those still ahead on the build's day (the site is rebuilt
       nightly). The card adds the next session from the facet file.
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

from tukena.schemas.languages import UI_LANGUAGES, pick
from tukena.schemas.location import place_name_in, proper_direction
from tukena.search.documents import Listing
from tukena.site.scheduleline import line

logger = logging.getLogger(__name__)

CHUNK = 32


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
        if proper_direction(place, text):
            out["pd"] = "rtl"
    out["h"] = line(a.schedule, lang, today, item.next_session)
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
