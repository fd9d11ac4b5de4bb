"""Tables in organisers' texts scroll sideways in a region of their own.

A table of a description (Markdown's or pasted HTML) keeps its words whole, as the site's
own tables do (``site.css``: ``table { overflow-wrap: normal }``), so on a phone one of
several columns is wider than the screen. Each table that is not inside another goes in a
``<div class="table-scroll">`` that scrolls it, so the page never does (WCAG 1.4.10). The
region is focusable, for a keyboard to scroll it, and named after the table's header
cells, in the text's own language, as the element around it says.
"""

from __future__ import annotations

import html
import logging
import re

logger = logging.getLogger(__name__)

_TABLE_TAG = re.compile(r"<table\b[^>]*>|</table>")
_FIRST_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.DOTALL)
_HEADER_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
#: the most characters of the header cells a region's name holds
NAME_LENGTH = 120


def region_name(table: str) -> str:
    """The text of the table's first row's header cells, each once, joined by commas,
    shortened to :data:`NAME_LENGTH` characters; empty when it has none."""
    row = _FIRST_ROW.search(table)
    cells = _HEADER_CELL.findall(row.group(1)) if row else []
    words = [" ".join(html.unescape(_TAG.sub(" ", cell)).split()) for cell in cells]
    name = ", ".join(w for w in dict.fromkeys(words) if w)
    return name if len(name) <= NAME_LENGTH else name[: NAME_LENGTH - 1].rstrip() + "…"


def _opening(table: str) -> str:
    name = region_name(table)
    label = f' role="region" aria-label="{html.escape(name)}"' if name else ""
    return f'<div class="table-scroll"{label} tabindex="0">'


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
