"""Warnings of a form's Kurdish texts under the plain ``ku``, as ``tukena validate`` gives.

``ku`` does not say which Kurdish a text is in, and Sorani and Kurmanji readers hardly
follow each other's (:mod:`tukena.kurdishtexts`). The forms offer Sorani (``ckb``) and
Kurmanji (``kmr``), but an older listing, or one whose organiser chose the plain ``ku``,
has its texts under it; the form then has inputs in ``ku``. Each such text is read as the
validator reads it (:func:`tukena.schemas.scripts.script`, :data:`~tukena.kurdishtexts.
SUGGESTED`): in Arabic letters it is likely Sorani, in Latin ones Kurmanji, and the
organiser is told which language to add with the form's control under the description, and
to move the text there. A text with as many letters of each (or none) gets nothing.
"""

from __future__ import annotations

import logging

from tukena.forms import sources, ui
from tukena.forms.views import FieldView, Warned
from tukena.kurdishtexts import CODE, SUGGESTED
from tukena.schemas.scripts import script

logger = logging.getLogger(__name__)

#: the kind of these warnings (:class:`~tukena.forms.views.Warned`)
KIND = "kurdish"


def _language(code: str, lang: str) -> str:
    """A language as the form's control to add one names it: "kurdi (sorani, ckb)"."""
    for choice in sources.languages():
        if choice.value == code:
            return choice.label.get(lang, code)
    return code


def said(text: str, lang: str) -> str:
    """Which Kurdish a ``ku`` text likely is and what to do, in ``lang``; empty when its
    letters do not tell."""
    written = script(text)
    if written is None:
        return ""
    code = SUGGESTED[written][0]
    logger.debug("a ku text in %s letters: likely %s", written, code)
    button = ui.text("add_language.button", lang)
    return ui.text(f"kurdish.{written}", lang, language=_language(code, lang), button=button)


def mark(view: FieldView, lang: str) -> None:
    """Give each ``ku`` text of a field its warning in the UI language ``lang``."""
    for text in view.inputs:
        item = said(text.value, lang) if text.code == CODE and text.value.strip() else ""
        if item:
            text.warnings.append(Warned(KIND, ui.text("kurdish.field", lang), [item]))
