"""iCalendar files of events and trainings: one VEVENT each, so that a person or a guidance
professional saves the date from the item's page ("Add to calendar").

A news item has one language, so it has one file, beside its page in that language
(``news/<slug>.ics``, ``sv/news/<slug>.ics``; in the first UI language when the item's own
is not one of them), and its pages in every UI language link to it. Start and end are
Europe/Helsinki wall-clock times with a VTIMEZONE, as in the activities' calendars; an item
without an end has none (RFC 5545: it ends when it starts). DTSTAMP is the publication
date and the UID derives from the slug, so the same content gives the same bytes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from tukena.site import urls
from tukena.site.catalogue import Catalogue
from tukena.site.exports import memo
from tukena.site.exports.ical import calendar, uid_site
from tukena.site.exports.icaltext import TZID, dtstamp, fold, text, wall
from tukena.site.links import absolute, location_text

logger = logging.getLogger(__name__)

_BEGIN = b"BEGIN:VEVENT\r\n"
_END = b"END:VEVENT\r\n"


def dated(cat: Catalogue) -> list[str]:
    """The news items that have a start (events and trainings), in content order."""
    return [slug for slug, item in cat.content.news.items() if item.start is not None]


def url(cat: Catalogue, slug: str) -> str:
    """Site-relative address of the item's calendar (every language's page links to it)."""
    return urls.news_calendar(slug, cat.content.news[slug].language, cat.config.languages)


def event(cat: Catalogue, slug: str) -> bytes:
    """The item's VEVENT, serialised."""
    item = cat.content.news[slug]
    assert item.start is not None, slug
    lang = urls.news_calendar_language(item.language, cat.config.languages)
    siteurl = cat.config.siteurl
    page = absolute(siteurl, urls.news_item(lang, slug))
    out = [_BEGIN, fold(f"UID:news-{slug}@{uid_site(siteurl)}"), dtstamp(item.date)]
    out.append(fold(f"DTSTART{TZID}:{wall(item.start.date(), item.start.time())}"))
    if item.end is not None:
        out.append(fold(f"DTEND{TZID}:{wall(item.end.date(), item.end.time())}"))
    out.append(fold("SUMMARY:" + text(item.title)))
    places = [item.place] if item.place else []
    location = location_text(places, item.online is not None, lang, item.language)
    if location:
        out.append(fold("LOCATION:" + text(location)))
    out.append(fold("DESCRIPTION:" + text(f"{item.summary}\n\n{page}")))
    if siteurl:
        out.append(fold("URL:" + page))
    out.append(_END)
    return b"".join(out)


def write(cat: Catalogue, output: Path) -> list[str]:
    """Write the calendar of every event and training; return their addresses. A file that
    already holds the same bytes is left alone; one the last build made for an item that is
    gone now is removed."""
    made = []
    written = 0
    store = memo.Memo.load(cat, "events")
    for slug in dated(cat):
        address = url(cat, slug)
        data = calendar(cat.content.news[slug].title, event(cat, slug))
        written += memo.write_file(f"{output}/{address}", data)
        made.append(address)
        store.new[address] = ""  # recorded only to find what is gone next time
    store.save(output)
    logger.info("%s event calendar(s) (%s written)", len(made), written)
    return made
