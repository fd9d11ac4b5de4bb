"""What a Markdown text loses on its way to the page, for ``tukena validate`` to tell.

The site converts a text (:func:`tukena.site.markup.convert`), raw HTML and all, then
sanitises the HTML (:func:`~tukena.site.markup.sanitise`), which drops what the page may not
show: of raw HTML, a tag it does not allow (a ``<u>``, a ``<font>``; its text stays), an
attribute (a ``style``, an ``onclick``, a ``javascript:`` address), a script or a frame with
what is in it; of what Markdown made, an image, a task list's checkbox, a heading of five #,
a list's first number, a link to an address of another kind. Neither says so. A text whose
tags and attributes come out of the sanitiser as they went in loses nothing (most texts: one
conversion and a comparison). Otherwise the text is converted again with each piece of raw
HTML left out, a marker in its place: the markers are paired with the raw HTML of the text
itself, in order, after what the converter has placed already (code spans left out), which
gives each raw tag its line; what the page does to each is asked of the sanitiser
(:mod:`tukena.markupprobe`), and what it does to Markdown's own tags is read off the
sanitised HTML, so the check cannot disagree with the page. Formatting that shows nothing
(a bare ``<span>``, a ``class``) is not reported. Each loss has the line of the text it came
from and, in plain words, what to write instead (:mod:`tukena.markupadvice`).
"""

from __future__ import annotations

import html
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from tukena import markupadvice, markupprobe
from tukena.site.markup import convert, sanitise

logger = logging.getLogger(__name__)

#: what the converter leaves where the text had raw HTML (one for each tag, or block)
OMITTED = "<!-- raw HTML omitted -->"

#: a tag or comment in the converter's or sanitiser's HTML: both quote every attribute
#: with ``"`` and write ``<`` in text as ``&lt;``
_MADE = re.compile(
    r'<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s"=/>]+(?:="[^"]*")?)*)\s*(/?)>|<!--.*?-->', re.S
)
_ATTRIBUTE = re.compile(r'([^\s"=/>]+)(?:="([^"]*)")?')
_POSITIONS = re.compile(r"(\d+):(\d+)-(\d+):(\d+)")
#: the attributes Markdown makes that the sanitiser may remove and a reader would miss: a
#: link's address, the first number of a numbered list
_SEEN_ATTRIBUTES = ("href", "start")

#: raw HTML in Markdown, as CommonMark defines it: an open tag, a closing tag, a comment, a
#: processing instruction, a declaration, a CDATA section
_RAW = re.compile(
    r"""(?<!\\)<(?:
      (?P<open>[A-Za-z][A-Za-z0-9-]*)
        (?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*
        \s*/?>
    | /(?P<close>[A-Za-z][A-Za-z0-9-]*)\s*>
    | (?P<comment>!--.*?--)>
    | (?P<other>\?.*?\?|![A-Za-z][^>]*|!\[CDATA\[.*?\]\])>
    )""",
    re.S | re.X,
)
#: a code span (its raw HTML is shown as written): within a paragraph, so not across a
#: blank line
_CODE_SPAN = re.compile(r"(?<![`\\])(`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.S)
#: an open tag in the converter's or the sanitiser's HTML, raw HTML's quoted any way: its
#: name and its attributes as written (each alternative starts with a character of its
#: own: no backtracking on a tag left open)
_ANY_OPEN = re.compile(r"""<([A-Za-z][A-Za-z0-9]*)((?:[^>"'/]|/(?!>)|"[^"]*"|'[^']*')*)/?>""")
#: what no reader sees: the converter's positions, the rel the sanitiser gives a link, the
#: ``/`` of the converter's ``<br />``
_NOT_COMPARED = re.compile(r' (?:data-sourcepos|rel)="[^"]*"| /(?=>)')
#: leaf blocks: raw HTML in one is inline, in the text's flow; anywhere else it is a block
_LEAVES = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th"}


@dataclass(frozen=True, order=True)
class Loss:
    """Something of a text that the page does not show."""

    line: int  # of the text, from 1
    what: str  # the tag with its attributes' names, or what else: "<span onclick>", "a link"
    message: str  # what happens to it and what to write instead, in English
    #: the message in words any language can have (:meth:`markupadvice.Advice.say`)
    advice: markupadvice.Advice | None = field(default=None, compare=False)


def _loss(line: int, what: str, advice: markupadvice.Advice) -> Loss:
    return Loss(line, what, advice.say("en"), advice)


@dataclass
class _Block:
    """An element the converter marked with the lines of the text it came from."""

    name: str
    line: int
    at: int  # where its start tag ends in the converter's HTML
    end: int  # where it ends in the text


class _RawTags:
    """The raw HTML of a text in order, handed out one at a time from where the
    converter has got to (a position that only moves on)."""

    def __init__(self, text: str) -> None:
        self.rows = text.split("\n")
        starts = [0]
        for row in self.rows:
            starts.append(starts[-1] + len(row) + 1)
        self.starts = starts
        blanked = _CODE_SPAN.sub(lambda m: " " * len(m.group()), text)
        self.found = list(_RAW.finditer(blanked))
        self.text = text
        self.next = 0  # index into found
        self.at = 0  # offset in the text
        #: the end of the raw HTML the page drops with what is in it (a script's): the raw
        #: HTML before it is not looked at
        self.dropped_until = -1

    def offset(self, line: int, byte_column: int) -> int:
        """The text offset of a converter position (its columns count UTF-8 bytes)."""
        row = self.rows[min(line, len(self.rows)) - 1]
        column = len(row.encode("utf-8")[:byte_column].decode("utf-8", "ignore"))
        return self.starts[min(line, len(self.rows)) - 1] + column

    def line_of(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1

    def move_to(self, offset: int) -> None:
        self.at = max(self.at, offset)

    def take(self, block: bool) -> list[re.Match[str]]:
        """The next raw HTML from where the converter has got to; past it, or for an HTML
        block past the block's end (a blank line, or for a script its closing tag), with
        every other raw HTML in the block."""
        while self.next < len(self.found) and self.found[self.next].start() < self.at:
            self.next += 1
        if self.next >= len(self.found):
            return []
        match = self.found[self.next]
        self.next += 1
        end = match.end()
        if block:
            name = (match.group("open") or "").lower()
            if name in markupadvice.UNTIL_CLOSED:
                closing = re.compile(rf"</{name}\s*>", re.I).search(self.text, end)
                end = closing.end() if closing else len(self.text)
            elif match.group("open") or match.group("close"):
                blank = re.compile(r"\n[ \t]*\n").search(self.text, end)
                end = blank.start() if blank else len(self.text)
        taken = [match]
        while block and self.next < len(self.found) and self.found[self.next].start() < end:
            taken.append(self.found[self.next])
            self.next += 1
        self.move_to(end)
        return taken


def _raw_loss(match: re.Match[str], line: int) -> Loss | None:
    """What the page drops of one piece of raw HTML: None for a closing tag, a comment, or
    what looks like nothing."""
    if match.group("close") or match.group("comment"):
        return None
    if not match.group("open"):
        return _loss(line, match.group()[:20], markupadvice.unnamed())
    name = match.group("open").lower()
    dropped = markupprobe.dropped(match.group(), name, match.string[match.end() :])
    return _loss(line, *dropped) if dropped else None


def _shape(html_text: str) -> list[tuple[str, str]]:
    """Each element of ``html_text`` with its attributes as written, but what no reader
    sees: the same shape before and after the sanitiser means nothing was taken away (a
    difference in how an attribute is quoted or a name is written only costs a closer
    look)."""
    return _ANY_OPEN.findall(_NOT_COMPARED.sub("", html_text))


def _attributes(tag: str) -> dict[str, str]:
    return {m.group(1): html.unescape(m.group(2) or "") for m in _ATTRIBUTE.finditer(tag)}


def _link_text(converted: str, at: int) -> str:
    end = converted.find("</a>", at)
    text = re.sub(r"<[^>]*>", "", converted[at:end] if end >= 0 else "")
    return html.unescape(" ".join(text.split()))[:60]


def _made_losses(
    converted: str, sanitised: str, made: list[tuple[str, dict, int, int]]
) -> list[Loss]:
    """What the sanitiser took away from the converter's tags ``made`` (name, attributes,
    line, where the tag ends): a tag it never keeps, an attribute it removed."""
    kept: dict[str, list[dict[str, str]]] = {}
    for match in _MADE.finditer(sanitised):
        if match.group(2) and not match.group(1):
            kept.setdefault(match.group(2).lower(), []).append(_attributes(match.group(3)))
    found: list[Loss] = []
    seen: dict[str, int] = {}
    counts = Counter(name for name, *_ in made)
    for name, attributes, line, at in made:
        if name not in kept:  # the sanitiser drops a tag by its name, every time
            found.append(_loss(line, f"<{name}>", markupadvice.made(name)))
            continue
        index = seen[name] = seen.get(name, -1) + 1
        if len(kept[name]) != counts[name]:
            continue  # the sanitiser rebuilt the structure: no telling which is which
        lost = [a for a in _SEEN_ATTRIBUTES if a in attributes and a not in kept[name][index]]
        if "href" in lost:  # a link
            advice = markupadvice.link(_link_text(converted, at), attributes["href"])
            found.append(_loss(line, "a link", advice))
        if "start" in lost:  # a numbered list's first number
            found.append(_loss(line, f"<{name} start>", markupadvice.start(attributes["start"])))
    return found


def losses(text: str) -> list[Loss]:
    """What of ``text`` (Markdown) the page does not show, in the order of the text."""
    converted = convert(text, positions=True)
    if _shape(converted) == _shape(sanitise(converted)):
        return []  # what most texts do: every tag, every attribute kept
    without_raw = convert(text, positions=True, raw=False)
    found = _walk(text, without_raw, sanitise(without_raw))
    logger.debug("%s loss(es) in a text of %s characters", len(found), len(text))
    return found


def _raw_losses(taken: list[re.Match[str]], raw: _RawTags) -> list[Loss]:
    """What the page drops of each raw tag of ``taken``; the raw HTML inside a tag removed
    with everything in it (a script's) is not looked at."""
    found: list[Loss] = []
    for match in taken:
        if match.start() < raw.dropped_until:
            continue
        loss = _raw_loss(match, raw.line_of(match.start()))
        if loss is None:
            continue
        found.append(loss)
        if loss.advice is not None and loss.advice.whole:
            closing = re.compile(rf"</{loss.advice.name}\s*>", re.I).search(raw.text, match.end())
            raw.dropped_until = closing.end() if closing else len(raw.text)
    return found


def _walk(text: str, converted: str, sanitised: str) -> list[Loss]:
    """Go through the converter's HTML without raw HTML: place each marker of raw HTML in
    the text, and note each tag with its line for :func:`_made_losses`."""
    raw = _RawTags(text)
    open_blocks: list[_Block] = []
    made: list[tuple[str, dict[str, str], int, int]] = []
    found: list[Loss] = []
    for match in _MADE.finditer(converted):
        inside = open_blocks[-1] if open_blocks else None
        line = inside.line + converted.count("\n", inside.at, match.start()) if inside else 1
        if match.group() == OMITTED:
            block = inside is None or (
                inside.name not in _LEAVES and converted[match.start() - 1 : match.start()] == "\n"
            )
            taken = raw.take(block)
            if not taken:  # not found in the text: say so without a name
                found.append(_loss(line, "raw HTML", markupadvice.unnamed()))
            found.extend(_raw_losses(taken, raw))
            continue
        closing, name, void = match.group(1), (match.group(2) or "").lower(), match.group(4)
        if not name:
            continue  # a comment of another kind
        if closing:
            if inside is not None and inside.name == name:
                open_blocks.pop()
                raw.move_to(inside.end)  # nothing in a finished block is left to place
            continue
        attributes = _attributes(match.group(3) or "")
        positions = _POSITIONS.fullmatch(attributes.get("data-sourcepos", ""))
        if positions:
            start, _, end, end_column = (int(n) for n in positions.groups())
            line = start
            raw.move_to(raw.offset(start, 0))
            if not void:
                open_blocks.append(_Block(name, start, match.end(), raw.offset(end, end_column)))
        made.append((name, attributes, line, match.end()))
    found.extend(_made_losses(converted, sanitised, made))
    return sorted(set(found))
