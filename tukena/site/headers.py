"""Response headers: a strict Content-Security-Policy and a referrer policy, and long
caching of the theme's files.

No page has an inline script (only JSON data blocks), a ``style`` attribute, a ``<style>``
element or an event-handler attribute (tests/test_site_security.py checks every page), so
the policy allows the site's own files only. It reaches the browser in three ways, to suit
whichever host serves ``output/``:

- ``_headers`` in the output root: Netlify, Cloudflare Pages and hosts with the same format;
- ``.htaccess`` in the output root: Apache with ``mod_headers`` (AllowOverride FileInfo);
- ``<meta>`` tags in every page (``base.html``): any host, including those that cannot set
  headers, such as GitHub Pages. A policy in ``<meta>`` cannot carry ``frame-ancestors``
  (browsers ignore it there), so the tag leaves it out.

Forms may post to the site itself and, when ``TUKENA_BOT_URL`` is set, to the bot's origin.

Every page names a theme file with the theme's version in its query (``site.css?v=…``), a
new address when the theme changes, so a browser may keep the files under ``theme/`` for a
year without asking again: on a slow link, the second page loads without a round trip per
stylesheet and script. The service worker (``sw.js``) is asked for again at every check
(``no-cache``), so that a new build's reaches browsers at once. Pages and data files keep
the host's own caching.

The open data (``data/``), its schemas (``schemas/``) and the feeds (``feeds/`` in every
language) may be read by any site's scripts (``Access-Control-Allow-Origin: *``): a city's
own page may show the activities with a script of its own. Nothing on the site depends on a
visitor's cookies or login, so letting other origins read these public files gives away
nothing a plain download would not.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from tukena.exceptions import ConfigurationError
from tukena.site import urls
from tukena.site.config import SiteConfig

if TYPE_CHECKING:
    from tukena.site.catalogue import Catalogue

REFERRER_POLICY = "strict-origin-when-cross-origin"
#: for the theme's versioned files
THEME_CACHE = "public, max-age=31536000, immutable"
#: for the service worker (tukena/site/exports/serviceworker.py)
WORKER_CACHE = "no-cache"
#: for the open data, its schemas and the feeds: readable by any site's scripts
OPEN_ORIGIN = "*"
_HOST = re.compile(r"[A-Za-z0-9.-]+(:[0-9]{1,5})?\Z")


def origin(url: str) -> str:
    """``https://bot.example/submit`` → ``https://bot.example``, refusing anything odd."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not _HOST.match(parts.netloc):
        raise ConfigurationError(f"TUKENA_BOT_URL must be an http(s) address, got {url!r}")
    return f"{parts.scheme}://{parts.netloc}"


@cache
def policy(bot_url: str | None = None, meta: bool = False) -> str:
    """The Content-Security-Policy; ``meta`` leaves out what a ``<meta>`` tag cannot carry."""
    form_action = "'self'" + (f" {origin(bot_url)}" if bot_url else "")
    directives = [
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        f"form-action {form_action}",
    ]
    if not meta:
        directives.append("frame-ancestors 'none'")
    return "; ".join(directives)


def headers(config: SiteConfig) -> dict[str, str]:
    return {
        "Content-Security-Policy": policy(config.bot_url),
        "Referrer-Policy": REFERRER_POLICY,
        "X-Content-Type-Options": "nosniff",
    }


def netlify(config: SiteConfig) -> str:
    """``_headers``: one rule for every path, one each for the theme's files and the worker."""
    lines = ["/*"] + [f"  {name}: {value}" for name, value in headers(config).items()]
    lines += ["/theme/*", f"  Cache-Control: {THEME_CACHE}"]
    lines += [f"/{urls.WORKER}", f"  Cache-Control: {WORKER_CACHE}"]
    for folder in open_folders(config):
        lines += [f"/{folder}*", f"  Access-Control-Allow-Origin: {OPEN_ORIGIN}"]
    return "\n".join(lines) + "\n"


def apache(config: SiteConfig) -> str:
    """``.htaccess``: the headers, the 404 page and the calendar MIME type (the theme's
    caching needs Apache 2.4, for ``<If>``)."""
    base = config.base_path
    lines = [
        "# Written by tukena (tukena/site/headers.py) at every build.",
        "<IfModule mod_headers.c>",
    ]
    lines += [f'  Header always set {name} "{value}"' for name, value in headers(config).items()]
    lines += [
        f'  <If "%{{REQUEST_URI}} =~ m#^{re.escape(base)}/theme/#">',
        f'    Header set Cache-Control "{THEME_CACHE}"',
        "  </If>",
        f"  <If \"%{{REQUEST_URI}} == '{base}/{urls.WORKER}'\">",
        f'    Header set Cache-Control "{WORKER_CACHE}"',
        "  </If>",
        f'  <If "%{{REQUEST_URI}} =~ m#^{re.escape(base)}/({_alternatives(open_folders(config))})#">',
        f'    Header set Access-Control-Allow-Origin "{OPEN_ORIGIN}"',
        "  </If>",
    ]
    lines += ["</IfModule>", f"ErrorDocument 404 {base}/{urls.NOT_FOUND}"]
    for folder in _language_folders(config):  # a missing /sv/ page says so in Swedish
        lines += [
            f'<If "%{{REQUEST_URI}} =~ m#^{re.escape(base)}/{folder}#">',
            f"  ErrorDocument 404 {base}/{folder}{urls.NOT_FOUND}",
            "</If>",
        ]
    lines += ["AddType text/calendar .ics"]
    return "\n".join(lines) + "\n"


def _language_folders(config: SiteConfig) -> list[str]:
    """``sv/``, ``en/``: the folders of the languages not at the site's root."""
    return [urls.prefix(lang) for lang in config.languages if urls.prefix(lang)]


def open_folders(config: SiteConfig) -> list[str]:
    """``data/``, ``schemas/``, ``feeds/``, ``sv/feeds/``…: what other sites' scripts may read."""
    feeds = [f"{urls.prefix(lang)}feeds/" for lang in config.languages]
    return ["data/", "schemas/", *sorted(feeds)]


def _alternatives(folders: list[str]) -> str:
    return "|".join(re.escape(folder) for folder in folders)


def netlify_redirects(config: SiteConfig) -> str:
    """``_redirects``: a missing page under ``/sv/`` or ``/en/`` gets that language's 404
    page (Netlify gives the root's ``404.html`` to any other). A rule applies only where no
    file answers, so it never hides a page."""
    lines = ["# Written by tukena (tukena/site/headers.py) at every build."]
    lines += [f"/{folder}* /{folder}{urls.NOT_FOUND} 404" for folder in _language_folders(config)]
    return "\n".join(lines) + "\n"


def write(cat: Catalogue, output: Path) -> list[Path]:
    """Write ``_headers``, ``_redirects`` and ``.htaccess`` unless ``TUKENA_SECURITY_HEADERS``
    is off; when it is, remove those an earlier build wrote (the host would go on applying
    their policy), as a build removes any file it no longer makes
    (:class:`~tukena.site.exports.memo.Memo`)."""
    from tukena.site.exports.memo import Memo  # the exports package reaches the pages

    config = cat.config
    store = Memo.load(cat, "headers")
    written = []
    made = (
        {
            "_headers": netlify(config),
            "_redirects": netlify_redirects(config),
            ".htaccess": apache(config),
        }
        if config.security_headers
        else {}
    )
    for name, text in made.items():
        path = output / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
        store.new[name] = ""  # recorded only to find what is gone next time
        written.append(path)
    store.save(output)
    return written
