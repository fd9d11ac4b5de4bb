"""Markdown to safe HTML: CommonMark (cmark-gfm, in C) then the nh3 sanitiser.

Raw HTML in Markdown is dropped, only http(s) and mailto links survive, and every link gets
``rel="noopener noreferrer"``. Each text is converted once per process (memoised). The two
steps are apart (:func:`convert`, :func:`sanitise`) so that ``tukena validate`` can tell
what the second took away from the first (:mod:`tukena.markuploss`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import cmarkgfm
import nh3
from cmarkgfm.cmark import Options

_OPTIONS = Options.CMARK_OPT_SMART
_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "h2",
    "h3",
    "h4",
    "hr",
    "del",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
#: One sanitiser for every text: ``nh3.clean`` builds its settings again on each call.
_CLEANER = nh3.Cleaner(
    tags=_TAGS,
    attributes=_ATTRIBUTES,
    url_schemes={"http", "https", "mailto"},
    link_rel="noopener noreferrer",
    strip_comments=True,
)


#: a link nh3 emptied of a dangerous address (none, or ``href=""``): its title kept, then
#: the rel it added
_NOWHERE = re.compile(r'<a(?: href="")?((?: title="[^"]*")?) rel="noopener noreferrer">')


def _demote_headings(html: str) -> str:
    """The page has its own h1: a description's headings start at h2. (``<h1`` rather than
    ``<h1>``: with source positions a heading has an attribute; ``<hr`` is not matched.)"""
    if "<h" not in html:  # no heading (most texts): six scans of the text spared
        return html
    for level in (3, 2, 1):
        html = html.replace(f"<h{level}", f"<h{level + 1}").replace(
            f"</h{level}>", f"</h{level + 1}>"
        )
    return html


def convert(text: str, positions: bool = False) -> str:
    """Markdown to HTML, not yet sanitised. ``positions`` marks each block with the lines
    of the text it came from (``data-sourcepos="3:1-4:20"``), which :func:`sanitise` drops."""
    options = _OPTIONS | Options.CMARK_OPT_SOURCEPOS if positions else _OPTIONS
    return _demote_headings(cmarkgfm.github_flavored_markdown_to_html(text, options=options))


def sanitise(html: str) -> str:
    """What of :func:`convert`'s HTML the page may show."""
    clean = _CLEANER.clean(html)
    # A link nh3 emptied (javascript:, data:) goes nowhere: it keeps neither an href nor the
    # rel nh3 gave it (HTML allows rel only on a link with an href).
    return _NOWHERE.sub(r"<a\1>", clean)


@lru_cache(maxsize=65536)
def to_html(text: str) -> str:
    """Render Markdown as sanitised HTML."""
    return sanitise(convert(text))
