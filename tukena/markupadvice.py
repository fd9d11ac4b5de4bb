"""What to tell a contributor of each thing the page leaves out of a Markdown text
(:mod:`tukena.markuploss`): what happens to it, and what to write instead, in plain words."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

INSTEAD = "write it in Markdown instead"
_RAW = {
    **dict.fromkeys(("b", "strong"), "write **bold text** instead"),
    **dict.fromkeys(("i", "em", "cite"), "write *italic text* instead"),
    **dict.fromkeys(("s", "del", "strike"), "write ~~struck text~~ instead"),
    "u": "Markdown has no underline: write *italic* or **bold** text instead",
    "br": "for a line break end the line with a backslash (\\) instead",
    "a": "write a link as [text](https://…) instead",
    "img": "link to the image as [text](https://…) instead; a listing names its photos under"
    " images:",
    "p": "separate paragraphs with a blank line instead",
    **dict.fromkeys(
        ("h1", "h2", "h3", "h4", "h5", "h6"), "write a heading as a line starting with ## instead"
    ),
    **dict.fromkeys(("ul", "ol", "li"), "write a list as lines starting with - or 1. instead"),
    **dict.fromkeys(("code", "pre", "kbd", "tt"), "put code between `backticks` instead"),
    "blockquote": "start each line of a quotation with > instead",
    **dict.fromkeys(
        ("table", "thead", "tbody", "tr", "td", "th"), "write a Markdown table (| a | b |) instead"
    ),
    "hr": "write a line of *** instead",
    **dict.fromkeys(
        ("script", "iframe", "object", "embed", "video", "audio", "form", "style", "svg"),
        "a text cannot embed a page, a script, a form or a player: link to it instead, as"
        " [text](https://…)",
    ),
}
#: what the sanitiser drops of what Markdown made, by tag
_MADE = {
    "img": "an image in the text (![…](…)) is not shown: link to it as [text](https://…)"
    " instead; a listing names its photos under images:",
    "input": "a task list's checkbox ([ ] or [x]) is not shown: write a plain list item instead",
    **dict.fromkeys(
        ("h5", "h6"), "a heading of five or six # is shown as plain text: use one to four #"
    ),
}


#: HTML blocks that end at their closing tag rather than at a blank line
UNTIL_CLOSED = frozenset({"script", "pre", "style", "textarea"})


def raw(name: str, what: str, block: bool) -> str:
    """Raw HTML ``what`` (a tag ``name`` with its attributes) that the converter dropped:
    alone in the flow of the text, or starting an HTML block, which goes with it."""
    advice = _RAW.get(name, INSTEAD)
    if block:
        until = f"</{name}>" if name in UNTIL_CLOSED else "the next blank line"
        return f"raw HTML {what} is not shown, nor anything after it up to {until}: {advice}"
    return f"raw HTML {what} is removed (the text in it stays): {advice}"


def made(name: str) -> str:
    """A tag Markdown made that the sanitiser does not keep."""
    return _MADE.get(name, f"<{name}> is not shown on the page")


def link(text: str, address: str) -> str:
    """A link whose address the sanitiser removed (the converter empties some itself)."""
    to = f" to {address}" if address else ""
    return (
        f'the link "{text}"{to} is shown as plain text: the page links only to https://,'
        " http:// and mailto: addresses and its own pages"
    )


def start(number: str) -> str:
    """A numbered list that does not start at 1, which the page numbers from 1."""
    return (
        f"a numbered list starting at {number} is numbered from 1 on the page: start it at 1,"
        f" or write {number}\\. to show the number as text"
    )
