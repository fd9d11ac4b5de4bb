"""The languages a listing's texts are written in, beyond the UI languages.

An activity's page shows its texts in every language the listing has them in, and an
organisation's page its name and description (the site's ``tukena.site.othertexts``), so an
organiser may write them in the participants' languages too. The form has inputs in
Finnish, Swedish and English for every text; for those of :data:`FIELDS` it also has inputs
in each further language the listing already uses, in its main language, and in one the
organiser adds with the control under the description (a button that sends the form back
to be shown again, so it works without JavaScript, as adding a row does). A place's name
and accessibility notes, in rows of their own, take the three only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from tukena.forms import ui
from tukena.forms.nodes import Choice
from tukena.forms.parse import CONTROL_NAMES
from tukena.forms.spec import UI
from tukena.forms.views import element_id
from tukena.reference import fold
from tukena.schemas.languages import LANGUAGE_CODES, language_name

#: The texts that take further languages, by form kind: the name first (the control's
#: button leads back to it), then the others in the form's order.
FIELDS: dict[str, tuple[str, ...]] = {
    "activity": (
        "title",
        "summary",
        "description",
        "online.instructions",
        "schedule.note",
        "cost.fee",
        "registration.instructions",
        "referrals.instructions",
        "contact.name",
    ),
    "organisation": ("name", "description"),
}
#: the text the control follows, by form kind
CONTROL_AFTER = {"activity": "description", "organisation": "description"}
#: the ``_action`` value of the control's button
ACTION = "add-language"
#: the form field holding the main language of the listing
MAIN = "language"


def chosen(kind: str, values: Mapping[str, Sequence[str]]) -> list[str]:
    """The further languages of form ``kind``'s texts: its main language, if not a UI
    language, then those its texts have values for (an empty one too: a language just
    added), by code."""
    fields = FIELDS.get(kind, ())
    if not fields:
        return []
    found = {code for field, _, code in (key.rpartition(".") for key in values) if field in fields}
    main = next(iter(values.get(MAIN, ())), "")
    codes = sorted(code for code in found if code in LANGUAGE_CODES and code not in UI)
    if main in LANGUAGE_CODES and main not in UI:
        codes = [main, *(code for code in codes if code != main)]
    return codes


def add(kind: str, values: Mapping[str, Sequence[str]], code: str) -> dict[str, list[str]]:
    """``values`` with an empty text in language ``code`` (when it is one, and form ``kind``
    takes further languages), so the form is shown again with inputs in it."""
    out = {key: list(value) for key, value in values.items()}
    fields = FIELDS.get(kind, ())
    if fields and code in LANGUAGE_CODES and code not in UI:
        out.setdefault(f"{fields[0]}.{code}", [""])
    return out


def new(kind: str, values: Mapping[str, Sequence[str]], code: str) -> bool:
    """Whether ``code``, chosen in the control, is a further language form ``kind``'s texts
    have no inputs for yet. Chosen and then sent with another button than the control's
    own ("Send", "Check"), it is added all the same, and the form comes back with its inputs
    to fill (:func:`added`) instead of losing the choice."""
    return (
        bool(FIELDS.get(kind))
        and code in LANGUAGE_CODES
        and code not in UI
        and (code not in chosen(kind, values))
    )


def added(code: str, lang: str) -> str:
    """The notice of a form shown again with inputs in language ``code`` added."""
    return ui.text("add_language.added", lang, name=language_name(code, lang))


def options(sources: Sequence[Choice], lang: str, taken: Sequence[str]) -> list[tuple[str, str]]:
    """The languages the control offers, as ``(code, label)`` by label in ``lang``: every
    language but the UI languages and those ``taken``."""
    skip = {*UI, *taken}
    found = [(c.value, c.label.get(lang, c.value)) for c in sources if c.value not in skip]
    return sorted(found, key=lambda pair: fold(pair[1]))


def control(
    kind: str, lang: str, sources: Sequence[Choice], taken: Sequence[str]
) -> dict[str, Any]:
    """What the template needs to draw the control: a labelled choice of language and the
    button, which sends the form to the address of the first text's fieldset, so that the
    page shown again opens at the new inputs."""
    name = CONTROL_NAMES["text_language"]
    return {
        "id": element_id("f", name),
        "name": name,
        "label": ui.text(f"add_language.label.{kind}", lang),
        "help": ui.text(f"add_language.help.{kind}", lang),
        "help_id": element_id("h", name),
        "choose": ui.text("add_language.choose", lang),
        "options": options(sources, lang, taken),
        "action_name": CONTROL_NAMES["action"],
        "action": ACTION,
        "button": ui.text("add_language.button", lang),
        "anchor": element_id("f", FIELDS[kind][0]),
    }
