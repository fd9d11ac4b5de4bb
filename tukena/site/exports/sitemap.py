"""sitemap.xml and robots.txt.

The sitemap lists every HTML page except the 404 pages, in every language, each with
``xhtml:link`` hreflang alternates to its translations (and ``x-default`` to the default
language's page). ``lastmod`` comes from the content: an activity's ``verified`` date, a
news item's date, and for listings the newest of those among what they list. Beyond
``MAX_URLS`` addresses (the protocol's limit) the pages are split into ``sitemap-N.xml``
files and ``sitemap.xml`` becomes their index.

Addresses are absolute when SITEURL is set and root-relative otherwise (development builds).
Every text is escaped with :mod:`xml.sax.saxutils`; paths are percent-encoded.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from tukena.schemas.vocabulary import ActivityForm, NewsKind, TargetGroup
from tukena.site import languages, locallists, municipality, render
from tukena.site.catalogue import Catalogue
from tukena.site.exports.memo import Memo
from tukena.site.exports.opendata import content_fingerprint
from tukena.site.routes import Job, pages

logger = logging.getLogger(__name__)

FILE_NAME = "sitemap.xml"
ROBOTS = "robots.txt"
MAX_URLS = 50_000
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
EXCLUDED_KINDS = frozenset({"not-found", "offline"})


def address(cat: Catalogue, url: str) -> str:
    """Absolute (with SITEURL) or root-relative address of a site-relative URL, encoded."""
    return f"{cat.config.siteurl}/{quote(url, safe='/')}"


class _Dates:
    """``lastmod`` of each page, from the dates in the content."""

    def __init__(self, cat: Catalogue) -> None:
        self.cat = cat
        self.verified = {slug: a.verified for slug, a in cat.activities.items()}
        self.news = {slug: n.date for slug, n in cat.content.news.items()}
        self.online = self.newest(municipality.online(cat), self.verified)

    def newest(self, slugs: Iterable[str], dates: dict[str, dt.date]) -> dt.date | None:
        return max((dates[s] for s in slugs), default=None)

    def of(self, job: Job) -> dt.date | None:
        cat, key = self.cat, job.key
        if job.kind == "activity":
            return self.verified[key]
        if job.kind == "news":
            return self.news[key]
        if job.kind == "organisation":  # its current and its ended activities
            slugs = [*cat.by_organisation.get(key, []), *cat.ended_by_organisation.get(key, [])]
            return self.newest(slugs, self.verified)
        if job.kind == "municipality":  # what it shows and counts, the online ones, events
            slugs = municipality.depends_on(cat, key)
            dates = (
                self.newest(slugs, self.verified),
                self.online,
                self.newest(municipality.events(cat, key), self.news),
            )
            return max(filter(None, dates), default=None)
        if job.kind == "form" or (job.kind == "coverage" and key):
            return self.newest(cat.by_form.get(ActivityForm(key), []), self.verified)
        if job.kind == "target-group":
            return self.newest(cat.by_group.get(TargetGroup(key), []), self.verified)
        if job.kind in ("language", "language-help"):
            return self.newest(languages.index(cat, job.kind).get(key, []), self.verified)
        if job.kind == locallists.KIND:
            return self.newest(locallists.index(cat).get(key, []), self.verified)
        if job.kind == "news-listing":
            kind = NewsKind(key)
            slugs = [*cat.news.get(kind, []), *cat.archived_events.get(kind, [])]
            return self.newest(slugs, self.news)
        if job.kind in (
            "home",
            "activities",
            "organisations",
            "municipalities",
            "forms",
            "target-groups",
            "languages",
            "coverage",
        ):
            return self.newest(cat.listed, self.verified)
        return None


@dataclass(frozen=True, slots=True)
class Entry:
    """One page of the sitemap: its address, lastmod and its group's ``xhtml:link`` elements."""

    url: str
    loc: str
    lastmod: dt.date | None
    alternates: str

    def xml(self) -> str:
        stamp = f"<lastmod>{self.lastmod.isoformat()}</lastmod>" if self.lastmod else ""
        return f"<url><loc>{self.loc}</loc>{stamp}{self.alternates}</url>"


def _alternates(cat: Catalogue, versions: list[Job], addresses: dict[str, str]) -> str:
    """The hreflang links of a page's versions (with x-default), shared by all of them."""
    if len(versions) < 2:
        return ""
    default = cat.config.default_language
    links = [(v.lang, v.url) for v in versions]
    links += [("x-default", v.url) for v in versions if v.lang == default]
    return "".join(
        [
            f'<xhtml:link rel="alternate" hreflang={_quoted(lang)} href={addresses[url]}/>'
            for lang, url in links
        ]
    )


_quoted = functools.cache(quoteattr)  # the few language codes, quoted for every link


def _attributes(cat: Catalogue, pages: list[str]) -> dict[str, str]:
    """``quoteattr(address(cat, url))`` of each URL, the site's address quoted once: what
    :func:`~urllib.parse.quote` leaves of a path (letters, digits, ``_.-~/%``) is the same
    in an attribute, and only the site's address can hold a quote deciding which to use."""
    left = quoteattr(address(cat, ""))
    start, end = left[:-1], left[-1]
    return {
        url: f"{start}{url if _UNQUOTED.fullmatch(url) else quote(url, safe='/')}{end}"
        for url in pages
    }


_UNQUOTED = re.compile(r"[A-Za-z0-9_.~/-]*")  # what quote(url, safe="/") leaves as it is


def entries(cat: Catalogue) -> list[Entry]:
    """Every page in the sitemap, in the order the pages are built."""
    groups: dict[tuple[str, str, int], list[Job]] = defaultdict(list)  # a page's versions
    every = [job for job in pages(cat) if job.kind not in EXCLUDED_KINDS]
    for job in every:
        groups[(job.kind, job.key, job.page)].append(job)
    attributes = _attributes(cat, [job.url for job in every])
    dates = _Dates(cat)
    shared = {
        group: (dates.of(versions[0]), _alternates(cat, versions, attributes))
        for group, versions in groups.items()
    }
    return [
        Entry(job.url, attributes[job.url][1:-1], *shared[(job.kind, job.key, job.page)])
        for job in every
    ]


def urlset(chunk: list[Entry]) -> str:
    """A ``<urlset>`` document of the given entries."""
    body = "\n".join(entry.xml() for entry in chunk)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<urlset xmlns={quoteattr(SITEMAP_NS)} xmlns:xhtml={quoteattr(XHTML_NS)}>\n"
        f"{body}\n</urlset>\n"
    )


def index(cat: Catalogue, names: list[str], lastmod: dt.date | None) -> str:
    """A ``<sitemapindex>`` document naming the given sitemap files."""
    stamp = f"<lastmod>{lastmod.isoformat()}</lastmod>" if lastmod else ""
    body = "\n".join(
        f"<sitemap><loc>{escape(address(cat, name))}</loc>{stamp}</sitemap>" for name in names
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<sitemapindex xmlns={quoteattr(SITEMAP_NS)}>\n{body}\n</sitemapindex>\n"
    )


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def documents(cat: Catalogue, max_urls: int = MAX_URLS) -> dict[str, str]:
    """File name → text of the sitemap file(s): one urlset, or an index and its parts."""
    every = entries(cat)
    if len(every) <= max_urls:
        return {FILE_NAME: urlset(every)}
    files = {
        f"sitemap-{n}.xml": urlset(chunk)
        for n, chunk in enumerate(_chunks(every, max_urls), start=1)
    }
    newest = max((e.lastmod for e in every if e.lastmod is not None), default=None)
    return {FILE_NAME: index(cat, list(files), newest), **files}


def robots(cat: Catalogue) -> str:
    """robots.txt: everything may be crawled; the sitemap's address. Crawlers read it only
    at a host's root: a site under a path says so, and allows its own path, so that its
    lines can go into the host's file as they are."""
    path = cat.config.base_path
    under = (
        f"# Crawlers read robots.txt only at the host's root, not under {path}/:\n"
        "# these lines belong in that file.\n"
        if path
        else ""
    )
    return (
        f"# {cat.config.sitename}: every page may be crawled and indexed.\n"
        f"{under}"
        "User-agent: *\n"
        f"Allow: {path}/\n"
        "\n"
        f"Sitemap: {address(cat, FILE_NAME)}\n"
    )


def write(cat: Catalogue, output: Path) -> list[Path]:
    """Write sitemap.xml (and its parts when there are many pages) and robots.txt."""
    if path := cat.config.base_path:
        logger.info(
            "robots.txt: the site is under %s/, where crawlers do not look for it: add its "
            "lines to the host's own robots.txt (or give search engines %s)",
            path,
            address(cat, FILE_NAME),
        )
    memo = Memo.load(cat, "sitemap")
    sources = (content_fingerprint(cat), repr(sorted(cat.pages)))
    if all([memo.fresh(output, name, *sources) for name in (FILE_NAME, ROBOTS)]):
        memo.save(output)
        logger.info("sitemap: unchanged")
        return [output / FILE_NAME, output / ROBOTS, *sorted(output.glob("sitemap-*.xml"))]
    files = {**documents(cat), ROBOTS: robots(cat)}
    for name, text in files.items():
        render.write(output, name, text)
    stale = set(output.glob("sitemap-*.xml")) - {output / name for name in files}
    for path in stale:  # parts of an earlier, bigger sitemap
        path.unlink()
    memo.save(output)
    logger.info("sitemap: %s file(s)", len(files) - 1)
    return [output / name for name in files]
