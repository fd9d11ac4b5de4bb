"""Atom feeds (RFC 4287) in every UI language: new and updated activities, and news.

``feeds/activities.atom.xml`` lists the most recently verified activities still running
(an activity is "updated" when its organiser confirms it again); ``feeds/news.atom.xml``
the latest news, events, trainings and open job ads; the feeds of each municipality and
each language are described in :mod:`tukena.site.exports.localfeeds`. Swedish and English feeds live under ``sv/`` and ``en/``. Entries are in
the UI language when the listing has it, otherwise in its main language, with
``xml:lang`` saying which; an activity's entry is the same in every feed that has it (its
``id`` too), so it is made once per language. Every text goes through :func:`element`,
which drops what XML cannot hold and escapes the rest, so no text can break the XML
(ElementTree's serialiser took a second for a thousand feeds); addresses are absolute when
SITEURL is set.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import uuid
from functools import lru_cache
from pathlib import Path

from tukena import __version__
from tukena.schemas.languages import pick
from tukena.schemas.vocabulary import NewsKind, label
from tukena.site import urls
from tukena.site.catalogue import Catalogue
from tukena.site.exports.localfeeds import digest, local_feeds
from tukena.site.exports.memo import Memo
from tukena.site.i18n import gettext
from tukena.site.links import absolute
from tukena.site.recurrence import ZONE
from tukena.site.templating import escape_text

logger = logging.getLogger(__name__)
_ = gettext  # ``_(lang, message)``: extracted as the UI strings are (babel.cfg)

ATOM = "http://www.w3.org/2005/Atom"
XML_LANG = "xml:lang"
FEED_SIZE = 50
FEEDS = {"activities": "feeds/activities.atom.xml", "news": "feeds/news.atom.xml"}
_NOT_XML = re.compile(r"[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def clean(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold (control characters)."""
    return _NOT_XML.sub("", text)


@lru_cache(maxsize=4096)
def timestamp(day: dt.date | dt.datetime) -> str:
    """RFC 3339 time in Helsinki: a date stands for its midnight (memoised: entries share
    a few hundred days)."""
    if not isinstance(day, dt.datetime):
        day = dt.datetime.combine(day, dt.time(0))
    return day.replace(tzinfo=ZONE).isoformat()


def identifier(*parts: str, path: str = "") -> str:
    """A stable ``urn:uuid:`` for a feed or an entry, independent of the site's host. A
    site under a ``path`` (:attr:`SiteConfig.base_path`) puts it first: another site on
    its host (a GitHub Pages owner's other project site) has a listing of the same slug,
    and a reader following both would take their entries, and their feeds, for one. A site
    at its host's root keeps the ids it had."""
    named = (path, *parts) if path else parts
    return uuid.uuid5(uuid.NAMESPACE_URL, "tukena:" + ":".join(named)).urn


def _escaped(value: str) -> str:
    """``&``, ``<``, ``>``, ``"`` and ``'`` as entities (markupsafe's C code), a carriage
    return too (a parser reads a bare one as a line feed), and what XML cannot hold left
    out: text for an element or a double-quoted attribute."""
    escaped = escape_text(clean(value))
    return escaped.replace("\r", "&#13;") if "\r" in escaped else escaped


def _attribute(value: str) -> str:
    escaped = _escaped(value)
    if "\n" in escaped or "\t" in escaped:  # kept, not read as spaces
        escaped = escaped.replace("\n", "&#10;").replace("\t", "&#9;")
    return escaped


def element(tag: str, text: str | None = None, attrs: dict[str, str] | None = None) -> str:
    """One element as XML: its text and attributes escaped (a line break in an attribute
    too), what XML cannot hold left out; empty when it has no text."""
    quoted = "".join([f' {name}="{_attribute(value)}"' for name, value in (attrs or {}).items()])
    if text is None:
        return f"<{tag}{quoted} />"
    return f"<{tag}{quoted}>{_escaped(text)}</{tag}>"


class Feed:
    """One Atom document being built: its head, then entries as XML text."""

    def __init__(
        self, cat: Catalogue, lang: str, kind: str, title: str, page: str | None = None
    ) -> None:
        self.cat = cat
        self.lang = lang
        self.page = urls.page(lang) if page is None else page  # what the feed follows
        self.siteurl = cat.config.siteurl
        self.path = cat.config.base_path
        self.kind = kind
        self.title = f"{cat.config.sitename}: {title}"
        self.entries: list[tuple[str, str]] = []  # (updated, the entry's XML)

    def link(self, url: str) -> str:
        return absolute(self.siteurl, url)

    def entry(
        self, kind: str, key: str, lang: str, title: str, updated: str, url: str
    ) -> list[str]:
        """The opening of an entry (``kind`` and ``key`` make its id); :meth:`add` it once
        the rest is appended."""
        # an id (urn:uuid:) and a time (RFC 3339) are ASCII with nothing to escape
        named = identifier(kind, key, self.lang, path=self.path)
        return [
            f'<entry xml:lang="{_attribute(lang)}"><id>{named}</id>',
            f'<title type="text">{_escaped(title)}</title><updated>{updated}</updated>',
            f'<link rel="alternate" type="text/html" href="{_attribute(self.link(url))}" />',
        ]

    def add(self, updated: str, parts: list[str] | str) -> str:
        """Add an entry (its parts, or its XML made for another feed); return its XML."""
        xml = parts if isinstance(parts, str) else "".join(parts) + "</entry>"
        self.entries.append((updated, xml))
        return xml

    def to_xml(self, path: str) -> bytes:
        newest = max((u for u, _ in self.entries), default=timestamp(self.cat.config.today))
        link = {"type": "application/atom+xml", "href": self.link(path)}
        head = [
            "<?xml version='1.0' encoding='utf-8'?>\n",
            f'<feed xmlns="{ATOM}" xml:lang="{_attribute(self.lang)}">',
            element("id", identifier("feed", self.kind, self.lang, path=self.path)),
            element("title", self.title, {"type": "text"}),
            element("updated", newest),
            element("link", None, {"rel": "self", **link}),
            element(
                "link",
                None,
                {"rel": "alternate", "type": "text/html", "href": self.link(self.page)},
            ),
            "<author>" + element("name", self.cat.config.sitename) + "</author>",
            element("generator", "tukena", {"version": __version__}),
        ]
        body = "".join(xml for _, xml in self.entries)
        return ("".join(head) + body + "</feed>").encode("utf-8")


def _activity_entry(cat: Catalogue, feed: Feed, slug: str) -> list[str]:
    a = cat.activities[slug]
    lang = feed.lang
    title, title_lang = pick(a.title, lang, a.language)
    parts = feed.entry(
        "activities", slug, title_lang, title, timestamp(a.verified), urls.activity(lang, slug)
    )
    summary, summary_lang = pick(a.summary, lang, a.language)
    attrs = (
        {"type": "text", XML_LANG: summary_lang} if summary_lang != title_lang else {"type": "text"}
    )
    parts.append(element("summary", summary, attrs))
    org = cat.content.organisations[a.organisation]
    name = element("name", pick(org.name, lang, org.language)[0])
    uri = element("uri", feed.link(urls.organisation(lang, a.organisation)))
    parts.append(f"<author>{name}{uri}</author>")
    parts += [_category(f.value, label(f, lang)) for f in a.forms]
    return parts


@lru_cache(maxsize=1024)
def _category(term: str, text: str) -> str:
    """A ``<category>`` (the same few dozen in every feed)."""
    return element("category", None, {"term": term, "label": text})


def activities(
    cat: Catalogue,
    lang: str,
    newest: list[str] | None = None,
    kind: str = "activities",
    title: str | None = None,
    page: str | None = None,
    made: dict[str, str] | None = None,
) -> Feed:
    """The most recently verified activities that are still listed (``newest``: those of
    :meth:`Catalogue.newest`, found once for every language: it sorts every listing; or
    another listing's newest, with its own ``kind`` and ``title``). ``made``: entries made
    for other feeds of the language, by slug, to reuse and to add to."""
    feed = Feed(cat, lang, kind, title or gettext(lang, "New and updated activities"), page)
    made = {} if made is None else made
    for slug in cat.newest(FEED_SIZE) if newest is None else newest:
        updated = timestamp(cat.activities[slug].verified)
        found = made.get(slug)
        made[slug] = feed.add(
            updated, found if found is not None else _activity_entry(cat, feed, slug)
        )
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
        url = urls.news_item(lang, slug)
        parts = feed.entry("news", slug, item.language, item.title, updated, url)
        parts.append(element("published", updated))
        parts.append(element("summary", item.summary, {"type": "text"}))
        parts.append(
            element("category", None, {"term": item.kind.value, "label": label(item.kind, lang)})
        )
        feed.add(updated, parts)
    return feed


def write(cat: Catalogue, output: Path) -> int:
    """Write every feed in every UI language: the activities, the news, and each
    municipality's and language's activities. A local feed whose sources did not change
    since the last build (and whose file exists) is left alone: an edit reaches the feeds
    of its own municipalities and languages only. When feeds are switched off, the feeds
    an earlier build made are removed."""
    store = Memo.load(cat, "feeds")
    if not cat.config.feeds:
        store.save(output)
        return 0
    count = 0
    newest = cat.newest(FEED_SIZE)
    local = [(feed, digest(cat, store, feed)) for feed in local_feeds(cat)]
    for lang in cat.config.languages:
        entries: dict[str, str] = {}  # an activity's entry, the same in every feed
        made = [
            (urls.prefix(lang) + FEEDS["activities"], activities(cat, lang, newest, made=entries)),
            (urls.prefix(lang) + FEEDS["news"], news(cat, lang)),
        ]
        for spec, known in local:
            path = spec.path(lang)
            if store.known(output, path, known):
                count += 1
                continue
            feed = activities(
                cat,
                lang,
                spec.slugs,
                kind=spec.kind,
                title=spec.title(lang),
                page=spec.page(lang),
                made=entries,
            )
            made.append((path, feed))
        for path, feed in made:
            Memo.write(output, path, feed.to_xml(path))
            store.new.setdefault(path, "")  # the site-wide feeds: recorded to find them later
            count += 1
    store.save(output)
    logger.info("%s feeds", count)
    return count
