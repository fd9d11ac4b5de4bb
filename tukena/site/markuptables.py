"""Tables in organisers' texts scroll sideways in a region of their own.

A table of a description (Markdown's or pasted HTML) keeps its words whole, as the site's
own tables do (``site.css``: ``table { overflow-wrap: normal }``), so on a phone one of
several columns is wider than the screen. Each table that is not inside another goes in a
``<div class="table-scroll">`` that scrolls it, so the page never does (WCAG 1.4.10). The
region is focusable, for a keyboard to scroll it, and named after the table's header
cells, in the text's own language, as the element around it says: a focusable region
needs a name, so a table without header text is named after its first row's cells, or
else its first words, and one without any text is left unfocusable, with nothing to read.
"""

from __future__ import annotations

import html
import logging
import re

logger = logging.getLogger(__name__)

_TABLE_TAG = re.compile(r"<table\b[^>]*>|</table>")
_FIRST_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.DOTALL)
_HEADER_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.DOTALL)
_CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
#: the most characters of the header cells a region's name holds
NAME_LENGTH = 120


def _words(fragment: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def region_name(table: str) -> str:
    """The text of the table's first row's header cells, each once, joined by commas; of
    its first row's cells when none of its header cells has any; else the table's text.
    Shortened to :data:`NAME_LENGTH` characters; empty only for a table without text."""
    row = _FIRST_ROW.search(table)
    first = row.group(1) if row else ""
    name = ""
    for cells in (_HEADER_CELL.findall(first), _CELL.findall(first)):
        name = ", ".join(w for w in dict.fromkeys(_words(cell) for cell in cells) if w)
        if name:
            break
    name = name or _words(table)
    return name if len(name) <= NAME_LENGTH else name[: NAME_LENGTH - 1].rstrip() + "…"


def _opening(table: str) -> str:
    name = region_name(table)
    if not name:  # nothing to name it by, nor to read: not a stop for the keyboard
        return '<div class="table-scroll">'
    return f'<div class="table-scroll" role="region" aria-label="{html.escape(name)}" tabindex="0">'


def scrolling_tables(text: str) -> str:
    """``text`` (sanitised HTML) with each outermost table in a scrolling region."""
    if "<table" not in text:
        return text
    out, depth, start, done = [], 0, 0, 0
    for tag in _TABLE_TAG.finditer(text):
        if tag.group().startswith("</"):
            if depth == 0:
                continue  # a stray end tag: nothing to close
            depth -= 1
            if depth == 0:
                end = tag.end()
                table = text[start:end]
                out += [text[done:start], _opening(table), table, "</div>"]
                done = end
        else:
            if depth == 0:
                start = tag.start()
            depth += 1
    if depth:  # a table left open: the browser closes it at the end of the text
        logger.debug("a table is not closed in a text of %s characters", len(text))
        out += [text[done:start], _opening(text[start:]), text[start:], "</div>"]
        done = len(text)
    out.append(text[done:])
    return "".join(out)
