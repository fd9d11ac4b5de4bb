"""The options of a choice in a form: yes and no, a fixed list, or a list of the content
(organisations, municipalities, languages) in the UI language's alphabetical order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tukena.forms import multichoice, ui
from tukena.forms.nodes import Choice, Field
from tukena.forms.views import Option, element_id
from tukena.reference import fold
from tukena.schemas.languages import text_direction


def label_in(texts: Mapping[str, str], lang: str) -> str:
    """A text in ``lang``, else in English, else empty."""
    return texts.get(lang) or texts.get("en") or ""


def _option(choice: Choice, lang: str, selected: bool, id_: str) -> Option:
    """An option, with the language and direction of its label when that is a name in
    another language than the form's (WCAG 3.1.2: a screen reader reads it in its own)."""
    label = label_in(choice.label, lang)
    option = Option(choice.value, label, selected, id_)
    code = choice.languages.get(lang, lang)
    if label and code != lang:
        option.lang, option.dir = code, text_direction(code, label)
    return option


def options(
    node: Field,
    lang: str,
    sources: Mapping[str, Sequence[Choice]],
    name: str,
    chosen: Sequence[str],
) -> list[Option]:
    """The options of the field ``name``, those in ``chosen`` selected."""
    base = element_id("f", name)
    if node.widget == "boolean":
        pairs = [("true", ui.text("yes", lang)), ("false", ui.text("no", lang))]
        if node.nullable:
            pairs.append(("", ui.text("unknown", lang)))
        return [
            Option(v, label, v in chosen or (v == "" and not chosen), f"{base}-{i}")
            for i, (v, label) in enumerate(pairs)
        ]
    choices = list(node.choices)
    if not choices:
        choices = sorted(
            sources.get(node.source or "", ()), key=lambda c: fold(label_in(c.label, lang))
        )
    known = {c.value for c in choices}
    found = [_option(c, lang, c.value in chosen, f"{base}-{i}") for i, c in enumerate(choices)]
    # keep a value the lists do not know (e.g. a municipality typed by name) visible
    for extra in (v for v in chosen if v and v not in known):
        found.append(Option(extra, extra, True, f"{base}-{len(found)}"))
    return multichoice.arranged(node, found, chosen) if node.widget == "multiselect" else found
