"""Warnings of Markdown that a form's texts will lose on the page.

``tukena validate`` warns a reviewer of what a description's page drops: of raw HTML (text
pasted from Word, an e-mail or a web page, which shows), a tag or attribute the page does
not allow (an underline, a colour, an ``onclick``) or a script with its content; an image, a
task list's box, a heading of five #, a list's first number, a link to a ``tel:`` address
(:mod:`tukena.markuploss`). The forms warn the organiser who
writes it: each text of a Markdown field (a description, in each of its languages) gets
its losses, in the UI language (:mod:`tukena.markupadvice`), on the form beside its input
and on the check page in a list that links to its answer. A warning is not an error: the
form can be sent, as validation passes with one.
"""

from __future__ import annotations

import logging

from tukena.forms import ui
from tukena.forms.views import FieldView, Warned
from tukena.markuploss import losses

logger = logging.getLogger(__name__)

#: the fields each kind of form has whose text the site shows as Markdown (those
#: :mod:`tukena.textchecks` reads)
MARKDOWN: dict[str, frozenset[str]] = {
    "activity": frozenset({"description"}),
    "organisation": frozenset({"description"}),
}
#: the kind of these warnings (:class:`~tukena.forms.views.Warned`)
KIND = "markup"


def said(text: str, lang: str) -> list[str]:
    """What of ``text`` (Markdown) the page will drop, and what to write instead, in
    ``lang``: one line for each loss, in the order of the text."""
    found = losses(text)
    if found:
        logger.debug("%s Markdown loss(es) in a form's text", len(found))
    return [
        ui.text("markup.line", lang, line=loss.line, message=loss.advice.say(lang, form=True))
        for loss in found
        if loss.advice is not None
    ]


def mark(view: FieldView, kind: str, lang: str) -> None:
    """Give each text of a Markdown field (a field of :data:`MARKDOWN` with a text in each
    language) its warnings in the UI language ``lang``."""
    if view.name not in MARKDOWN.get(kind, ()):
        return
    for text in view.inputs:
        items = said(text.value, lang) if text.value.strip() else []
        if items:
            text.warnings.append(Warned(KIND, ui.text("markup.field", lang), items))
