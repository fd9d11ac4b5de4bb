"""What the page drops of one tag of raw HTML, asked of the sanitiser itself.

:mod:`tukena.markuploss` names each raw tag of a text that the page changes. Rather than a
second list of what the sanitiser allows, which could drift from it, each tag is put to the
sanitiser (:func:`tukena.site.markup.sanitise`, after the converter's shift of headings)
alone with a word in it, inside the elements it needs (a table's cell is dropped outside a
table), and what comes out says whether the tag is kept, whether its text is, and which of
its attributes are. Pasted text repeats its tags (``<p class="MsoNormal">``): each answer
is memoised. What shows nothing is not a loss: a bare ``<span>`` or ``<font>``, a ``class``,
an ``id``.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from tukena import markupadvice
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
#: an attribute's name in a raw tag, as CommonMark has it (its value, if any, follows ``=``)
_RAW_ATTRIBUTE = re.compile(
    r"""\s([A-Za-z_:][A-Za-z0-9_.:-]*)(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?"""
)
#: a raw link's address: quoted either way, or not
_RAW_HREF = re.compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)
#: what a raw tag may lose without the page looking any different
_UNSEEN = frozenset({"class", "id", "lang", "dir", "name", "title", "rel", "target", "xmlns"})
_UNSEEN_PREFIXES = ("data-", "aria-")
#: elements that look like nothing of their own: dropped bare, they lose nothing
_NO_LOOK = frozenset({"span", "font"})


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


def _attribute_names(tag: str) -> list[str]:
    """The names of the attributes in ``tag`` (or what follows its name), lower case."""
    return [n.lower() for n in _RAW_ATTRIBUTE.findall(tag)]


def dropped(tag: str, name: str, after: str) -> tuple[str, markupadvice.Advice] | None:
    """What the page drops of the open tag ``tag`` (of element ``name``, lower case; the
    text ``after`` it holds a link's text): the tag with its attributes' names, or "a link",
    and what to tell of it; None when the page drops nothing a reader would see."""
    named = _attribute_names(tag[len(name) + 1 :])
    what = f"<{' '.join([name, *named])}>"
    found = kept(tag, name)
    if not found.text:
        return what, markupadvice.raw(name, what, whole=True)
    lost = [
        n
        for n in dict.fromkeys(named)
        if n not in found.attributes and n not in _UNSEEN and not n.startswith(_UNSEEN_PREFIXES)
    ]
    if not found.tag:
        if name in _NO_LOOK and not lost:
            return None
        return what, markupadvice.raw(name, what, whole=False)
    if name == "a" and "href" in lost:
        address = _RAW_HREF.search(tag)
        value = next((g for g in address.groups() if g is not None), "") if address else ""
        return "a link", markupadvice.link(_link_text(after), html.unescape(value))
    if lost:
        return what, markupadvice.attributes(name, what, lost)
    return None


def _link_text(after: str) -> str:
    """The text of a raw link, up to its closing tag (tags left out)."""
    end = re.search(r"</a\s*>", after, re.I)
    text = re.sub(r"<[^>]*>", "", after[: end.start()] if end else after[:200])
    return html.unescape(" ".join(text.split()))[:60]
