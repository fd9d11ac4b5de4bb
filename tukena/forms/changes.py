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

from tukena.forms.views import FieldView, GroupView

SEPARATOR = " › "


#: marks a date field among :func:`labelled`'s options
DATE = "\x00date"


@dataclass
class Change:
    """One field an update changes: its label (with its group's and row's) and its values
    before and after, as the form shows them."""

    label: str
    before: list[str]
    after: list[str]


def labelled(
    views: Sequence[FieldView | GroupView], prefix: str = ""
) -> dict[str, tuple[str, dict[str, str]]]:
    """Every input of a form's view by name, in the form's order: its label, after those of
    the groups and rows it is in, and its options' labels by value."""
    out: dict[str, tuple[str, dict[str, str]]] = {}
    for v in views:
        if isinstance(v, GroupView):
            for row in v.rows if v.repeat else [v]:
                out.update(labelled(row.children, f"{prefix}{row.label}{SEPARATOR}"))
        elif v.kind == "localised":
            for i in v.inputs:
                out[i.name] = (f"{prefix}{v.label} ({i.label})", {})
        elif v.kind == "date":  # said as the check page says it: see :func:`changes`
            out[v.name] = (f"{prefix}{v.label}", {DATE: DATE})
        else:
            out[v.name] = (f"{prefix}{v.label}", {o.value: o.label for o in v.options})
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
        label, options = labels[name]
        said = dated if DATE in options else (lambda v, o=options: o.get(v, v))
        out.append(Change(label, [said(v) for v in old], [said(v) for v in new]))
    return out
