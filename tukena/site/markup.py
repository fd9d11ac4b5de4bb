"""Markdown to safe HTML: CommonMark (cmark-gfm, in C) then the nh3 sanitiser.

Organisers paste from Word, e-mail and web pages: raw HTML in Markdown goes through the
converter and the sanitiser keeps its text and what it allows (the tags Markdown makes, plus
``<b>``, ``<i>`` and ``<div>``, which pasted text is full of), and drops the rest: a tag it
does not allow (its text stays), every attribute but a link's address and title and a
table cell's alignment, a script's, a style's or a frame's content, comments. Only http(s)
and mailto links survive, and every link gets ``rel="noopener noreferrer"``. Each text is
converted once per process (memoised).
The two steps are apart (:func:`convert`, :func:`sanitise`) so that ``tukena validate`` can
tell what the second took away from the first (:mod:`tukena.markuploss`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import nh3
from cmarkgfm.cmark import Options, markdown_to_html_with_extensions

from tukena.site.markuptables import scrolling_tables

_OPTIONS = Options.CMARK_OPT_SMART | Options.CMARK_OPT_GITHUB_PRE_LANG
#: GitHub's extensions but its tag filter, which would write a raw ``<script>`` or
#: ``<iframe>`` out as text for the page to show: the sanitiser drops them with their content
_EXTENSIONS = ["table", "autolink", "strikethrough", "tasklist"]
_TAGS = {
    "p",
    "div",
    "br",
    "strong",
    "em",
    "b",
    "i",
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
#: elements whose content goes with them: code, styles, embedded pages and what stands in
#: for them, form controls' text, a document's title
CONTENT_DROPPED = {
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "applet",
    "noscript",
    "noembed",
    "noframes",
    "template",
    "textarea",
    "select",
    "title",
    "xmp",
    "svg",
    "math",
}
_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}}
#: One sanitiser for every text: ``nh3.clean`` builds its settings again on each call.
_CLEANER = nh3.Cleaner(
    tags=_TAGS,
    attributes=_ATTRIBUTES,
    url_schemes={"http", "https", "mailto"},
    link_rel="noopener noreferrer",
    strip_comments=True,
    clean_content_tags=CONTENT_DROPPED,
)


#: a link nh3 emptied of a dangerous address (none, or ``href=""``): its title kept, then
#: the rel it added
_NOWHERE = re.compile(r'<a(?: href="")?((?: title="[^"]*")?) rel="noopener noreferrer">')


def demote_headings(html: str) -> str:
    """The page has its own h1: a description's headings start at h2. (``<h1`` rather than
    ``<h1>``: with source positions a heading has an attribute; ``<hr`` is not matched.)"""
    if "<h" not in html:  # no heading (most texts): six scans of the text spared
        return html
    for level in (3, 2, 1):
        html = html.replace(f"<h{level}", f"<h{level + 1}").replace(
            f"</h{level}>", f"</h{level + 1}>"
        )
    return html


def convert(text: str, positions: bool = False, raw: bool = True) -> str:
    """Markdown to HTML, not yet sanitised. ``positions`` marks each block with the lines
    of the text it came from (``data-sourcepos="3:1-4:20"``), which :func:`sanitise` drops.
    Without ``raw`` each piece of raw HTML is left out, a comment in its place
    (:mod:`tukena.markuploss` finds it in the text by them)."""
    options = _OPTIONS | Options.CMARK_OPT_SOURCEPOS if positions else _OPTIONS
    if raw:
        options |= Options.CMARK_OPT_UNSAFE
    html = markdown_to_html_with_extensions(text, options=options, extensions=_EXTENSIONS)
    return demote_headings(html)


def sanitise(html: str) -> str:
    """What of :func:`convert`'s HTML the page may show."""
    clean = _CLEANER.clean(html)
    # A link nh3 emptied (javascript:, data:) goes nowhere: it keeps neither an href nor the
    # rel nh3 gave it (HTML allows rel only on a link with an href).
    return _NOWHERE.sub(r"<a\1>", clean)


#: Languages whose quotation marks close a quote with the mark that opens it (Finnish,
#: Swedish and Northern Sámi: ”lainaus”, ’sitaatti’). The converter's smart punctuation
#: writes English ones (“quote”, ‘quote’), which readers of these languages do not use.
#: Inari and Skolt Sámi (``smn``, ``sms``) quote so too, but a listing cannot name them:
#: they have no ISO 639-1 code (:data:`tukena.schemas.languages.LANGUAGE_CODES`).
SAME_MARK_BOTH_SIDES = frozenset({"fi", "sv", "se"})
_CLOSING_MARKS = str.maketrans({"\u201c": "\u201d", "\u2018": "\u2019"})
#: What keeps the marks the writer typed: code; a tag, whose attributes hold a link's
#: address (a raw ``<a href>`` keeps its characters as typed); an address written out as
#: the text of its link (``https://…``, ``www.…``), which the reader copies
_KEPT = re.compile(
    r"(<pre\b.*?</pre>|<code\b.*?</code>|<[^>]*>|(?:https?://|www\.)[^\s<]*)", re.DOTALL
)
#: a link's title, which is read as text: it has the text's marks
_TITLE = re.compile(r'(?<= title=")[^"]*')


def _marked(kept: str) -> str:
    """A part :data:`_KEPT` matched: a tag with its title's marks changed, else as it is."""
    if kept.startswith("<") and not kept.startswith(("<pre", "<code")):
        return _TITLE.sub(lambda title: title.group().translate(_CLOSING_MARKS), kept)
    return kept


def quotation_marks(html: str, lang: str | None) -> str:
    """``html`` with the quotation marks of ``lang``: in Finnish, Swedish and Northern Sámi
    (:data:`SAME_MARK_BOTH_SIDES`) each opening English mark becomes the closing one, in the
    text and a link's title, not in code, addresses or other attributes."""
    if lang not in SAME_MARK_BOTH_SIDES:
        return html
    parts = _KEPT.split(html)
    return "".join(
        _marked(p) if i % 2 else p.translate(_CLOSING_MARKS) for i, p in enumerate(parts)
    )


@lru_cache(maxsize=65536)
def to_html(text: str, lang: str | None = None) -> str:
    """Render Markdown as sanitised HTML, with the quotation marks of the text's language
    ``lang`` (see :func:`quotation_marks`), each table in a region that scrolls it
    (:func:`tukena.site.markuptables.scrolling_tables`)."""
    return scrolling_tables(quotation_marks(sanitise(convert(text)), lang))
