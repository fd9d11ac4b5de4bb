"""What the page's sanitiser does to one tag of raw HTML, asked of the sanitiser itself.

:mod:`tukena.markuploss` names each raw tag of a text that the page changes. Rather than a
second list of what the sanitiser allows, which could drift from it, each tag is put to the
sanitiser (:func:`tukena.site.markup.sanitise`, after the converter's shift of headings)
alone with a word in it, inside the elements it needs (a table's cell is dropped outside a
table), and what comes out says whether the tag is kept, whether its text is, and which of
its attributes are. Pasted text repeats its tags (``<p class="MsoNormal">``): each answer
is memoised.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from tukena.markupadvice import VOID
from tukena.site.markup import demote_headings, sanitise

logger = logging.getLogger(__name__)

_WORD = "tukenaprobe"
#: the elements a tag needs around it to be kept at all
_CONTEXT: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("td", "th"), ("<table><tbody><tr>", "</tr></tbody></table>")),
    "tr": ("<table><tbody>", "</tbody></table>"),
    **dict.fromkeys(("tbody", "thead", "tfoot", "caption", "colgroup"), ("<table>", "</table>")),
    "col": ("<table><colgroup>", "</colgroup></table>"),
    "li": ("<ul>", "</ul>"),
}
#: an open tag as the sanitiser writes it (every attribute quoted with ``"``)
_OPEN = re.compile(r'<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"=/>]+(?:="[^"]*")?)*)\s*/?>')
_NAME = re.compile(r'([^\s"=/>]+)(?:="[^"]*")?')


@dataclass(frozen=True)
class Kept:
    """What the page keeps of one raw tag."""

    tag: bool  # the element (a heading one level down)
    text: bool  # what is in it
    attributes: frozenset[str]  # the names of its attributes the page keeps


@lru_cache(maxsize=4096)
def kept(tag: str, name: str) -> Kept:
    """What the sanitiser keeps of ``tag`` (an open tag as written, of element ``name``,
    lower case)."""
    before, after = _CONTEXT.get(name, ("", ""))
    closing = "" if name in VOID else f"</{name}>"
    out = sanitise(demote_headings(f"{before}{tag}{_WORD}{closing}{after}"))
    around = {m.group(1) for m in _OPEN.finditer(before)}
    own = [m for m in _OPEN.finditer(out) if m.group(1).lower() not in around]
    attributes = (
        frozenset(n.lower() for n in _NAME.findall(own[0].group(2))) if own else frozenset()
    )
    logger.debug("raw %s: kept %s", name, bool(own))
    return Kept(bool(own), _WORD in out, attributes)
