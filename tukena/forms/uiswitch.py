"""The language switcher of the pages shown after a form is sent.

A form page the organiser opened has links to itself in the other UI languages; the pages
that answer a sent form (the form again with its errors, after a row or language was added
or from the check page's "change", and the check page itself) are answers to a POST, which
a link cannot repeat without losing what was typed. Their switcher is a set of submit
buttons, tied to the page's form by its id (``form=``), that send the form's current
values back with ``_action=language:<code>:<page>``: the bot shows the same page in that
language (:mod:`tukena.bot.submit`), with the errors again on a page that had them, and
stores nothing, as the other round trips. Without JavaScript too.
"""

from __future__ import annotations

from dataclasses import dataclass

from tukena.forms.parse import CONTROL_NAMES
from tukena.forms.spec import UI

#: the start of a switcher button's ``_action``
PREFIX = "language:"
#: each language's name in itself, as the form pages' links say it
NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}
#: the page a switch comes from: the form (as it was), the form with its errors, the check
#: page
FORM, ERRORS, CHECK = "form", "errors", "check"


@dataclass(frozen=True)
class Switch:
    """What a switcher button asks: the page ``page`` again in UI language ``lang``."""

    lang: str
    page: str


def action(code: str, page: str) -> str:
    return f"{PREFIX}{code}:{page}"


def parse(value: str) -> Switch | None:
    """The switch a form's ``_action`` asks for; None when it is no switch (or a broken one)."""
    if not value.startswith(PREFIX):
        return None
    code, _, page = value.removeprefix(PREFIX).partition(":")
    if code not in UI or page not in (FORM, ERRORS, CHECK):
        return None
    return Switch(code, page)


def buttons(lang: str, page: str, form_id: str) -> dict[str, object]:
    """What the page template needs to draw the switcher: the id of the form the buttons
    send, the buttons' name and each UI language's button (``code``, ``name``, ``value``,
    ``current``)."""
    return {
        "form": form_id,
        "name": CONTROL_NAMES["action"],
        "buttons": [
            {
                "code": code,
                "name": NAMES[code],
                "value": action(code, page),
                "current": code == lang,
            }
            for code in UI
        ],
    }
