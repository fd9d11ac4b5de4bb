"""What an update changes, in the form's own labels.

The check page of an update (:mod:`tukena.forms.check`) lists each field whose value
differs from the listing as it is now, with both values: an organiser sees the change they
meant, and any they did not mean (a time slipped, a box unticked). Both sides are model
data put into form values (:func:`tukena.forms.parse.flatten`), so that a time written
"9:00" and kept as "09:00" is no change; a choice shows its label, not its code. A value
in a language of its own keeps it, as the check page's answers do: a text in one of the
listing's languages, and a name from the content (an organisation's, a listing's title)
with the ``lang`` and ``dir`` its option has (WCAG 3.1.2).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from tukena.forms.views import FieldView, GroupView

SEPARATOR = " › "


class Shown(NamedTuple):
    """A value as the form shows it; ``lang`` and ``dir`` when it is in a language other
    than the form's, or in the language a text input asks for."""

    text: str
    lang: str = ""
    dir: str = ""


@dataclass
class Change:
    """One field an update changes: its label (with its group's and row's) and its values
    before and after, as the form shows them."""

    label: str
    before: list[Shown]
    after: list[Shown]


class Labelled(NamedTuple):
    """An input as the form names it: its label (after those of the groups and rows it is
    in), its options by value, whether it is a date, and the language of a text input's
    values (as :class:`Shown` takes them: text empty)."""

    label: str
    options: dict[str, Shown]
    date: bool = False
    language: Shown = Shown("")


def labelled(views: Sequence[FieldView | GroupView], prefix: str = "") -> dict[str, Labelled]:
    """Every input of a form's view by name, in the form's order (:class:`Labelled`)."""
    out: dict[str, Labelled] = {}
    for v in views:
        if isinstance(v, GroupView):
            for row in v.rows if v.repeat else [v]:
                out.update(labelled(row.children, f"{prefix}{row.label}{SEPARATOR}"))
        elif v.kind == "localised":
            for i in v.inputs:
                language = Shown("", i.code, i.dir)
                out[i.name] = Labelled(f"{prefix}{v.label} ({i.label})", {}, language=language)
        else:
            options = {o.value: Shown(o.label, o.lang, o.dir) for o in v.options}
            out[v.name] = Labelled(f"{prefix}{v.label}", options, v.kind == "date")
    return out


def changes(
    before_views: Sequence[FieldView | GroupView],
    after_views: Sequence[FieldView | GroupView],
    before: Mapping[str, Sequence[str]],
    after: Mapping[str, Sequence[str]],
    dated: Callable[[str], str] = str,
) -> list[Change]:
    """The fields whose values differ between ``before`` and ``after`` (form values), in
    the form's order: labelled by the form shown with each (a row or a language that only
    one side has is only in its form); a choice's values in another order are no change."""
    labels = {**labelled(before_views), **labelled(after_views)}
    order = [*labelled(after_views), *labelled(before_views)]
    out = []
    for name in dict.fromkeys(order):
        old, new = list(before.get(name, [])), list(after.get(name, []))
        if sorted(old) == sorted(new):
            continue
        field = labels[name]
        shown = [[_shown(v, field, dated) for v in values] for values in (old, new)]
        out.append(Change(field.label, *shown))
    return out


def _shown(value: str, field: Labelled, dated: Callable[[str], str]) -> Shown:
    """A form value of ``field`` as the form shows it: a date in words, a choice its
    option's label (in the option's language), a text in its input's language."""
    if field.date:
        return Shown(dated(value))
    return field.options.get(value) or field.language._replace(text=value)
