"""Atom feeds (RFC 4287) in every UI language: new and updated activities, and news.

``feeds/activities.atom.xml`` lists the most recently verified activities still running
(an activity is "updated" when its organiser confirms it again); ``feeds/news.atom.xml``
the latest news, events, trainings and open job ads. Swedish and English feeds live under
``sv/`` and ``en/``. Entries are in the UI language when the listing has it, otherwise in
its main language, with ``xml:lang`` saying which. Written with ElementTree (unqualified
names under a default ``xmlns``), so no text can break the XML; addresses are absolute when SITEURL is set.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

from tukena import __version__
from tukena.schemas.languages import pick
from tukena.schemas.vocabulary import NewsKind, label
from tukena.site import urls
from tukena.site.catalogue import Catalogue
from tukena.site.exports.memo import Memo
from tukena.site.i18n import gettext
from tukena.site.links import absolute
from tukena.site.recurrence import ZONE

logger = logging.getLogger(__name__)

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEED_SIZE = 50
FEEDS = {"activities": "feeds/activities.atom.xml", "news": "feeds/news.atom.xml"}
_NOT_XML = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold (control characters)."""
    return _NOT_XML.sub("", text)


def timestamp(day: dt.date | dt.datetime) -> str:
    """RFC 3339 time in Helsinki: a date stands for its midnight."""
    if not isinstance(day, dt.datetime):
        day = dt.datetime.combine(day, dt.time(0))
    return day.replace(tzinfo=ZONE).isoformat()


def identifier(*parts: str) -> str:
    """A stable ``urn:uuid:`` for a feed or an entry, independent of where the site is."""
    return uuid.uuid5(uuid.NAMESPACE_URL, "tukena:" + ":".join(parts)).urn


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = clean(text)
    return element


class Feed:
    """One Atom document being built."""

    def __init__(self, cat: Catalogue, lang: str, kind: str, title: str) -> None:
        self.cat = cat
        self.lang = lang
        self.siteurl = cat.config.siteurl
        self.root = ET.Element("feed", {"xmlns": ATOM, XML_LANG: lang})
        self.kind = kind
        self.title = f"{cat.config.sitename}: {title}"
        self.entries: list[tuple[str, ET.Element]] = []

    def link(self, url: str) -> str:
        return absolute(self.siteurl, url)

    def entry(self, key: str, lang: str, title: str, updated: str, url: str) -> ET.Element:
        entry = ET.Element("entry", {XML_LANG: lang})
        _add(entry, "id", identifier(self.kind, key, self.lang))
        _add(entry, "title", title, type="text")
        _add(entry, "updated", updated)
        _add(entry, "link", rel="alternate", type="text/html", href=self.link(url))
        self.entries.append((updated, entry))
        return entry

    def to_xml(self, path: str) -> bytes:
        root = self.root
        _add(root, "id", identifier("feed", self.kind, self.lang))
        _add(root, "title", self.title, type="text")
        newest = max((u for u, _ in self.entries), default=timestamp(self.cat.config.today))
        _add(root, "updated", newest)
        _add(root, "link", rel="self", type="application/atom+xml", href=self.link(path))
        _add(root, "link", rel="alternate", type="text/html", href=self.link(urls.page(self.lang)))
        author = _add(root, "author")
        _add(author, "name", self.cat.config.sitename)
        _add(root, "generator", "tukena", version=__version__)
        root.extend(entry for _, entry in self.entries)
        return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def activities(cat: Catalogue, lang: str, newest: list[str] | None = None) -> Feed:
    """The most recently verified activities that are still listed (``newest``: those of
    :meth:`Catalogue.newest`, found once for every language: it sorts every listing)."""
    feed = Feed(cat, lang, "activities", gettext(lang, "New and updated activities"))
    for slug in cat.newest(FEED_SIZE) if newest is None else newest:
        a = cat.activities[slug]
        title, title_lang = pick(a.title, lang, a.language)
        url = urls.activity(lang, slug)
        entry = feed.entry(slug, title_lang, title, timestamp(a.verified), url)
        summary, summary_lang = pick(a.summary, lang, a.language)
        attrs = {XML_LANG: summary_lang} if summary_lang != title_lang else {}
        _add(entry, "summary", summary, type="text", **attrs)
        org = cat.content.organisations[a.organisation]
        author = _add(entry, "author")
        _add(author, "name", pick(org.name, lang, org.language)[0])
        _add(author, "uri", feed.link(urls.organisation(lang, a.organisation)))
        for form in a.forms:
            _add(entry, "category", term=form.value, label=label(form, lang))
    return feed


def news(cat: Catalogue, lang: str) -> Feed:
    """The latest news items of every kind; job ads only while open."""
    feed = Feed(cat, lang, "news", gettext(lang, "News"))
    items = cat.content.news
    slugs = [s for s, item in items.items() if item.kind is not NewsKind.JOB or cat.job_open(item)]
    slugs.sort(key=lambda s: (items[s].date, s), reverse=True)
    for slug in slugs[:FEED_SIZE]:
        item = items[slug]
        updated = timestamp(item.date)
        entry = feed.entry(slug, item.language, item.title, updated, urls.news_item(lang, slug))
        _add(entry, "published", updated)
        _add(entry, "summary", item.summary, type="text")
        _add(entry, "category", term=item.kind.value, label=label(item.kind, lang))
    return feed


def write(cat: Catalogue, output: Path) -> int:
    """Write both feeds in every UI language (nothing when feeds are switched off)."""
    if not cat.config.feeds:
        return 0
    count = 0
    newest = cat.newest(FEED_SIZE)
    for lang in cat.config.languages:
        for kind, feed in (
            ("activities", activities(cat, lang, newest)),
            ("news", news(cat, lang)),
        ):
            path = urls.prefix(lang) + FEEDS[kind]
            Memo.write(output, path, feed.to_xml(path))
            count += 1
    logger.info("%s feeds", count)
    return count
