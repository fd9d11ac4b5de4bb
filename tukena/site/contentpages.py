"""What ``page.html`` gets for a content page (``content/pages/<slug>.<lang>.md``): its
Markdown as this site shows it (the parts of :mod:`tukena.site.pageparts` for a site with
or without the web forms) and, with the forms, where they are."""

from __future__ import annotations

import logging
import re

from markupsafe import Markup, escape

from tukena.site import pageparts, submitforms
from tukena.site.catalogue import Catalogue
from tukena.site.markup import to_html

logger = logging.getLogger(__name__)

_ROOT_LINK = re.compile(r' href="/(?!/)')


def _rooted(html: Markup, siteurl: str) -> Markup:
    """A content page's root-relative links (``/about/``) under SITEURL, which may have a path."""
    if not siteurl:
        return html
    prefix = f' href="{escape(siteurl)}/'
    return Markup(_ROOT_LINK.sub(lambda _: prefix, str(html)))  # noqa: S704 - our own HTML


def context(cat: Catalogue, slug: str, lang: str) -> dict:
    """What ``page.html`` gets: the page, its body as this site shows it and, with the
    forms, where they are (the bot's pages in the page's language)."""
    page = cat.pages[(slug, lang)]
    bot_url = cat.config.bot_url
    body = pageparts.select(page.body or "", forms=bool(bot_url))
    html = Markup(to_html(body, lang))  # noqa: S704 - sanitised by nh3
    return {
        "page": page,
        "page_slug": slug,
        "body_html": _rooted(html, cat.config.siteurl),
        "forms_base": f"{submitforms.bot_base(bot_url)}/{lang}" if bot_url else None,
    }
