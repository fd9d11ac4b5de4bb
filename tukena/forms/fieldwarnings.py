"""Warnings of the forms: what ``tukena validate`` would warn a reviewer of, told to the
organiser who writes it, while it is easy to change.

Each kind has a module that marks the inputs it is about with a
:class:`~tukena.forms.views.Warned` in the UI language: what the page drops of a Markdown text
(:mod:`.markupwarnings`), a Kurdish text under the plain ``ku`` (:mod:`.kurdishwarnings`),
a map point far from its municipality or with its latitude and longitude swapped
(:mod:`.mapwarnings`), in a copy of last season's listing a text naming its year or a break
moved by weekday (:mod:`.seasonwarnings`), in a copy of a listing still running a schedule
and places still the listing's (:mod:`.runningwarnings`), a registration deadline already
past (:mod:`.deadlinewarnings`). The form shows each beside its
input (a text's, or a group's: the map point's latitude and longitude together); the check
page lists them by kind, each item a link to its answer (:func:`sections`). A warning is
not an error: the form can be sent with one, as validation passes with one."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tukena.forms import (
    deadlinewarnings,
    kurdishwarnings,
    mapwarnings,
    markupwarnings,
    runningwarnings,
    seasonwarnings,
    ui,
)
from tukena.forms.seasonwarnings import Copied
from tukena.forms.views import FieldView, GroupView

logger = logging.getLogger(__name__)

#: the kinds in the order the check page lists them
KINDS = (
    runningwarnings.KIND,
    seasonwarnings.KIND,
    deadlinewarnings.KIND,
    markupwarnings.KIND,
    kurdishwarnings.KIND,
    mapwarnings.KIND,
)


@dataclass
class Lost:
    """The warnings of one kind on one input: its label ("Kuvaus (suomeksi)", "Paikka 1:
    Karttapiste"), the id of its input (or group), and each warning in words."""

    label: str
    input_id: str
    items: list[str]


@dataclass
class Section:
    """The check page's list of the warnings of one kind: its heading and lead."""

    kind: str
    heading: str
    lead: str
    items: list[Lost]


def mark_texts(view: FieldView, kind: str, lang: str, copied: Copied | None = None) -> None:
    """Give each text of a field of a form of ``kind`` its warnings in ``lang``;
    ``copied``, the season a copy's form copies."""
    seasonwarnings.mark_text(view, copied, lang)
    markupwarnings.mark(view, kind, lang)
    kurdishwarnings.mark(view, lang)


def mark_group(
    view: GroupView,
    values: Mapping[str, Sequence[str]],
    lang: str,
    copied: Copied | None = None,
    today: dt.date | None = None,
) -> None:
    """Give a group its warnings in ``lang``, from the form's ``values``; ``copied``, what
    a copy's form knows of the listing copied; ``today``, the day the form is sent."""
    mapwarnings.mark(view, values, lang)
    deadlinewarnings.mark(view, values, today, lang)
    if copied is not None:
        runningwarnings.mark(view, values, copied.running, lang)


def mark_row(
    view: GroupView, values: Mapping[str, Sequence[str]], lang: str, copied: Copied | None
) -> None:
    """Give a row of a repeated group its warnings in ``lang``, from the form's ``values``."""
    seasonwarnings.mark_break(view, values, copied, lang)


def collected(views: Sequence[Any], kind: str, row: str = "") -> list[Lost]:
    """The warnings of ``kind`` of a form's fields (:attr:`FormView.fields`), in the form's
    order; ``row`` begins the labels of the fields in a repeated group's row."""
    out: list[Lost] = []
    for v in views:
        if isinstance(v, GroupView):
            items = [item for w in v.warnings if w.kind == kind for item in w.items]
            if items:
                out.append(Lost(f"{row}{v.label}", v.id, items))
            if v.repeat:
                for r in v.rows:
                    items = [item for w in r.warnings if w.kind == kind for item in w.items]
                    if items:
                        out.append(Lost(f"{row}{r.label}", r.id, items))
                    out += collected(r.children, kind, f"{r.label}: ")
            else:
                out += collected(v.children, kind, row)
        elif isinstance(v, FieldView):
            for i in v.inputs:
                items = [item for w in i.warnings if w.kind == kind for item in w.items]
                if items:
                    out.append(Lost(f"{row}{v.label} ({i.label})", i.id, items))
    return out


def sections(views: Sequence[Any], lang: str) -> list[Section]:
    """The check page's lists of warnings, one for each kind the form has."""
    out = []
    for kind in KINDS:
        found = collected(views, kind)
        if found:
            heading, lead = (ui.text(f"check.{kind}.{part}", lang) for part in ("heading", "lead"))
            out.append(Section(kind, heading, lead, found))
    if out:
        logger.debug("warnings of %s kind(s) on a check page", len(out))
    return out
