"""The service worker (``sw.js`` at the site's root) and what the offline pages need.

A visitor's phone keeps a copy of each page opened on the site, and shows it when the
network fails; a page never opened gets the offline page of its language
(``offline.html``, ``sv/…``, ``en/…``), which lists the pages kept. The worker's code is
the theme's (``theme/worker/sw.js``); the build puts one line of settings before it, from
here, so that the names and paths the worker and the offline page share are made in one
place. The settings carry a version of the build's code, theme and site settings: when a
new build changes them, browsers install the new worker, which fetches the new offline
pages and drops the old ones.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from urllib.parse import urlsplit

from tukena.schemas.languages import language_name
from tukena.site import incremental, render, urls
from tukena.site.catalogue import Catalogue
from tukena.site.config import SiteConfig, storage_prefix
from tukena.site.exports.memo import write_file
from tukena.site.links import absolute

logger = logging.getLogger(__name__)

NAME = urls.WORKER
SOURCE = Path("worker") / "sw.js"  # in the theme
OFFLINE = urls.OFFLINE
#: the caches' names, after the site's :func:`cache_prefix`: its pages, its other files (the
#: theme's are in one named by the build's version)
PAGES_CACHE = "pages"
FILES_CACHE = "files"
#: how many pages and other files a visitor's browser keeps (the newest): about 12 kB a
#: page compressed, so a few megabytes at most
MAX_PAGES = 100
MAX_FILES = 200
#: the start of every page's main content (``base.html``): in a saved copy it serves for
#: want of a network, the worker puts the notice (``partials/saved_copy.html``) after it
MAIN = '<main id="main" tabindex="-1">'
NOTICE = "partials/saved_copy.html"
#: where the dated notice names the day its copy was saved; the worker puts the day in
DATE_SLOT = "{date}"
#: days as the site's pages write them: 6.12.2026 in Finnish and Swedish, 6 Dec 2026 in
#: English (``Intl.DateTimeFormat`` options; the locale is the language's in Finland)
NUMERIC_DATE = {"day": "numeric", "month": "numeric", "year": "numeric"}
DATE_STYLES = {"en": {"day": "numeric", "month": "short", "year": "numeric"}}
#: the theme's files the offline page needs, kept when the worker is installed
THEME_FILES = ("css/site.css", "js/offline-page.js", "img/icon.svg")


def version(config: SiteConfig, theme_version: str, code: str | None = None) -> str:
    """Changes whenever the offline pages or the theme's files could: tukena's code, the
    theme, the catalogs (``code``, the build's :func:`~tukena.site.incremental.code_fingerprint`,
    made when not given), the site's settings."""
    code = code or incremental.code_fingerprint(config.theme)
    digest = hashlib.sha256(code.encode())
    digest.update(f"{theme_version}\n{config.siteurl}\n{config.sitename}\n".encode())
    digest.update("\n".join(config.languages).encode())
    return digest.hexdigest()[:12]


def cache_prefix(config: SiteConfig) -> str:
    """What the names of the site's caches in a visitor's browser start with: ``tukena-``
    for a site at its host's root, as ever; under a path, that path (``tukena/tukena/`` for
    ``https://www.example.fi/tukena``). A browser keeps caches by origin, not by the
    worker's scope, so two sites on one origin (two GitHub Pages project sites of one owner,
    a city's production and test sites) would otherwise share them, and each site's worker
    would delete the other's. The worker deletes only caches named with its own prefix and
    no ``/`` after it, which no other site's names are."""
    return storage_prefix(config.siteurl)


def skipped(config: SiteConfig) -> list[str]:
    """Paths inside the site the worker leaves alone: the form bot's, when it is served
    under the site's own address (a reverse proxy's ``/bot/``). Its pages carry one-time
    links and answers that must never be kept."""
    if not config.bot_url:
        return []
    bot, site = urlsplit(config.bot_url), urlsplit(config.siteurl)
    if site.netloc and (bot.scheme, bot.netloc) != (site.scheme, site.netloc):
        return []  # another origin: the worker never sees its requests
    base = site.path.rstrip("/") + "/"
    path = bot.path if bot.path.endswith("/") else bot.path + "/"
    inner = path[len(base) :] if path.startswith(base) else ""
    return [inner] if inner else []


def settings(config: SiteConfig, theme_version: str, code: str | None = None) -> dict:
    """What the worker is told: every path relative to the site's root (its scope)."""
    prefixes = {lang: urls.prefix(lang) for lang in config.languages}
    theme = [render.static_url("", path, theme_version).lstrip("/") for path in THEME_FILES]
    named = cache_prefix(config)
    return {
        "version": version(config, theme_version, code),
        "prefix": named,
        "pages": named + PAGES_CACHE,
        "files": named + FILES_CACHE,
        "maxPages": MAX_PAGES,
        "maxFiles": MAX_FILES,
        "prefixes": prefixes,
        "offline": OFFLINE,
        "precache": [prefix + OFFLINE for prefix in prefixes.values()] + theme,
        "skip": skipped(config),
        "notice": {
            "after": MAIN,
            **notices(config, theme_version),
            "slot": DATE_SLOT,
            "date": {lang: date_format(lang) for lang in config.languages},
        },
    }


def date_format(lang: str) -> dict:
    """How the worker and the offline page write a day in ``lang``: a BCP 47 locale (the
    language as used in Finland) and ``toLocaleDateString`` options."""
    locale = render.OG_LOCALES.get(lang, lang).replace("_", "-")
    return {"locale": locale, "options": DATE_STYLES.get(lang, NUMERIC_DATE)}


def notices(config: SiteConfig, theme_version: str) -> dict[str, dict[str, str]]:
    """The saved copy's notice in each UI language, as HTML: ``dated`` names the day the
    copy was saved (at :data:`DATE_SLOT`), ``html`` is for a copy whose day is not known.
    Pages do not carry it: about 170 bytes compressed, 4% of an activity page, for a notice
    few pages are ever shown with."""
    out: dict[str, dict[str, str]] = {"html": {}, "dated": {}}
    for lang in config.languages:
        env = render.environment(
            str(config.theme), lang, config.siteurl, config.sitename, theme_version
        )
        template = env.get_template(NOTICE)
        out["html"][lang] = template.render().strip()  # one line, past its comment
        out["dated"][lang] = template.render(saved_on=DATE_SLOT).strip()
    return out


def script(config: SiteConfig, theme_version: str, code: str | None = None) -> str:
    """``sw.js``: the settings, then the theme's worker."""
    source = (config.theme / SOURCE).read_text("utf-8")
    data = json.dumps(settings(config, theme_version, code), ensure_ascii=False)
    return f"const SETTINGS = {data};\n{source}"


def page_data(config: SiteConfig, lang: str) -> dict:
    """What the offline page's script needs to list the pages kept: those of every language,
    as a visitor may have read some in one and some in another, each language's under its
    name in ``lang``, its own first (``languages``: code, path prefix and name of each)."""
    ordered = [lang, *(other for other in config.languages if other != lang)]
    return {
        "root": absolute(config.siteurl, ""),
        "cache": cache_prefix(config) + PAGES_CACHE,
        "files": cache_prefix(config) + FILES_CACHE,
        "languages": [
            {"code": code, "prefix": urls.prefix(code), "name": _heading(language_name(code, lang))}
            for code in ordered
        ],
        "date": date_format(lang),
        # the offline and 404 pages are kept by the worker, but are not pages anyone opened
        "own": [
            urls.prefix(other) + name
            for other in config.languages
            for name in (OFFLINE, urls.NOT_FOUND)
        ],
    }


def _heading(name: str) -> str:
    """A language's name as a heading: Finnish and Swedish write it in lower case."""
    return name[:1].upper() + name[1:]


def write(cat: Catalogue, output: Path) -> list[Path]:
    """Write ``sw.js`` into the output's root."""
    config = cat.config
    path = output / NAME
    code = cat.state.code if cat.state is not None else None
    write_file(path, script(config, render.static_version(config.theme), code).encode("utf-8"))
    logger.debug("service worker %s", path)
    return [path]
