"""What an update changes, in the form's own labels.

The check page of an update (:mod:`tukena.forms.check`) lists each field whose value
differs from the listing as it is now, with both values: an organiser sees the change they
meant, and any they did not mean (a time slipped, a box unticked). Both sides are model
data put into form values (:func:`tukena.forms.parse.flatten`), so that a time written
"9:00" and kept as "09:00" is no change; a choice shows its label, not its code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from tukena.forms.views import FieldView, GroupView

SEPARATOR = " › "


@dataclass
class Change:
    """One field an update changes: its label (with its group's and row's) and its values
    before and after, as the form shows them."""

    label: str
    before: list[str]
    after: list[str]


class Labelled(NamedTuple):
    """An input as the form names it: its label (after those of the groups and rows it is
    in), its options' labels by value, and whether it is a date."""

    label: str
    options: dict[str, str]
    date: bool = False


def labelled(views: Sequence[FieldView | GroupView], prefix: str = "") -> dict[str, Labelled]:
    """Every input of a form's view by name, in the form's order (:class:`Labelled`)."""
    out: dict[str, Labelled] = {}
    for v in views:
        if isinstance(v, GroupView):
            for row in v.rows if v.repeat else [v]:
                out.update(labelled(row.children, f"{prefix}{row.label}{SEPARATOR}"))
        elif v.kind == "localised":
            for i in v.inputs:
                out[i.name] = Labelled(f"{prefix}{v.label} ({i.label})", {})
        else:
            options = {o.value: o.label for o in v.options}
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
        label, options, date = labels[name]
        said = dated if date else (lambda v, o=options: o.get(v, v))
        out.append(Change(label, [said(v) for v in old], [said(v) for v in new]))
    return out
