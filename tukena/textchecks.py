"""Markdown texts that the page shows only in part, as warnings of ``tukena validate``.

The texts are an activity's and an organisation's description in each language, a news
item's body and a content page's: those the site renders as Markdown (:func:`tukena.site.markup.to_html`). Each
loss :mod:`tukena.markuploss` finds is a :class:`Problem` on its line of the file, named by
its field: ``body`` for the Markdown body, else ``description.sv`` and the like. Only a file
with a loss is read again, for its lines: few are. The site's build does not run this: it
converts each text once, and a loss stops nothing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

from tukena import documents
from tukena.exceptions import FrontMatterError, Problem
from tukena.loader import ContentSet
from tukena.markuploss import Loss, losses
from tukena.schemas.page import Page

logger = logging.getLogger(__name__)

#: a YAML block scalar's header after its key (``sv: |``, ``body: >-``): its text starts on
#: the next line; a literal one (``|``) keeps one line of text to one line of the file
_BLOCK_SCALAR = re.compile(r":\s*([|>])[-+0-9]*\s*(#.*)?$")

#: texts by language ("" for a news item's body, which has one language)
Texts = dict[str, str]


def _texts(
    content: ContentSet, pages: dict[tuple[str, str], Page]
) -> Iterator[tuple[str, str, Texts]]:
    """(file, field, texts) of every Markdown text."""
    for folder in ("activities", "organisations"):
        for slug, item in getattr(content, folder).items():
            if item.description:
                yield content.paths[(folder, slug)], "description", dict(item.description)
    for slug, news in content.news.items():
        if news.body:
            yield content.paths[("news", slug)], "body", {"": news.body}
    for (slug, lang), page in sorted(pages.items()):  # rendered as a news item's body is
        if page.body:
            yield f"content/pages/{slug}.{lang}.md", "body", {"": page.body}


def problems(
    content: ContentSet, pages: dict[tuple[str, str], Page] | None = None
) -> list[Problem]:
    """A warning for each part of a Markdown text that the page does not show, in the
    listings and in the content ``pages`` (``content/pages/<slug>.<lang>.md``)."""
    found: list[Problem] = []
    for rel, field, texts in _texts(content, pages or {}):
        lost = {lang: items for lang, text in texts.items() if (items := losses(text))}
        if lost:
            found.extend(_located(content.root / rel, rel, field, texts, lost))
    logger.debug("%s Markdown loss(es)", len(found))
    return found


def _located(
    path: Path, rel: str, field: str, texts: Texts, lost: dict[str, list[Loss]]
) -> list[Problem]:
    """The losses of one file's texts as problems on the file's lines."""
    try:
        text = documents.decode(path.read_bytes())
        raw = documents.parse(text, path.suffix == ".md")
    except (OSError, FrontMatterError):  # changed since it was read: its first line will do
        return [Problem(rel, 1, field, loss.message, warning=True) for loss in _all(lost)]
    rows = text.split("\n")
    found = []
    for lang, items in lost.items():
        name, first, one_to_one = _where(raw, rows, field, lang, texts[lang])
        for loss in items:
            line = first + loss.line - 1 if one_to_one else first
            found.append(Problem(rel, line, name, loss.message, warning=True))
    return found


def _all(lost: dict[str, list[Loss]]) -> list[Loss]:
    return [loss for items in lost.values() for loss in items]


def _where(
    raw: documents.RawDocument, rows: list[str], field: str, lang: str, text: str
) -> tuple[str, int, bool]:
    """The name of the field that holds ``text``, the line of the file where the text
    starts, and whether each of its lines is one line of the file (not so for a text
    written on its key's line in the front matter, or folded: its first line will do).
    The model has the text without the blank lines that began it in the file."""
    if raw.body and raw.body.strip() == text:  # the Markdown body: the main language's
        first = raw.body_line
        while first <= len(rows) and rows[first - 1] == "":  # empty lines above the body
            first += 1
        return "body", first + _blank_lines(raw.body), True
    key = (field, lang) if lang and (field, lang) in raw.lines else (field,)
    name = ".".join(key)
    line = raw.lines.get(key, 1)
    block = _BLOCK_SCALAR.search(rows[line - 1]) if line <= len(rows) else None
    if block:  # a folded one (>) joins its lines: its first line will do
        value = raw.data.get(field)
        value = value.get(lang) if isinstance(value, dict) else value
        first = line + 1 + (_blank_lines(value) if isinstance(value, str) else 0)
        return name, first, block[1] == "|"
    return name, line, False


def _blank_lines(written: str) -> int:
    """How many lines of white space begin ``written``."""
    return written[: len(written) - len(written.lstrip())].count("\n")
