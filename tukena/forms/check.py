"""The check page: a filled form shown back, read-only, before it is sent.

An organiser who presses "Check before sending" sees what the form says, in the form's
order and labels, and for an activity its schedule in the plain words its page and cards
will use ("Tuesdays 17:00–19:00, 1 Sep – 8 Dec 2026, not on 13 Oct") with the next session: the
dates are what goes wrong most often, and a wrong weekday or season is plain to see in
words. An update's page lists first what it changes (:mod:`tukena.forms.changes`); a
copy's, how it differs from the listing copied. A description (Markdown) is shown as its
page will show it, through the site's own converter and sanitiser, framed as a preview:
what the page drops of it (:mod:`tukena.forms.markupwarnings`) is not there.
Nothing is stored yet. The page keeps the answers in hidden inputs; one button sends
them as the form's own would, the other brings the form back with them to change (without
JavaScript, as the form's other buttons).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from tukena import invites
from tukena.forms import ui
from tukena.forms.changes import Change
from tukena.forms.fieldwarnings import Section
from tukena.forms.markupwarnings import MARKDOWN
from tukena.forms.parse import CONTROL_NAMES
from tukena.forms.views import FieldView, GroupView
from tukena.occurrences import next_session
from tukena.schemas import Activity
from tukena.site import humanize, scheduleline
from tukena.site.i18n import format_time
from tukena.site.markup import to_html

#: the ``_action`` values of the form's "check" button and of the check page's "change"
CHECK = "check"
EDIT = "edit"
#: the widgets whose answer is the labels of the options chosen
_CHOICES = frozenset({"select", "radio", "checkboxes", "multiselect", "boolean", "fixed"})


@dataclass
class Value:
    """One value of an answer; ``lang`` and ``dir`` for a text in a language of its own,
    ``note`` naming the language where the form asked for it (a chosen option's name in
    another language, as its option has them, has none)."""

    text: str
    lang: str = ""
    dir: str = ""
    note: str = ""  # "in Finnish"
    multiline: bool = False
    image: str = ""  # a photo the bot keeps for the form: its path under the bot's address
    input_id: str = ""  # a text with warnings (:mod:`tukena.forms.fieldwarnings`): its input
    #: a Markdown text (:data:`~tukena.forms.markupwarnings.MARKDOWN`) as its page will show
    #: it: the site's own conversion and sanitiser, so what the preview shows is what is
    #: published, bold, lists and links, and not what the page drops
    html: Markup | None = None


@dataclass
class Answer:
    label: str
    values: list[Value]


@dataclass
class Part:
    """A group of the form (a place, the schedule): its heading and its blocks."""

    heading: str
    blocks: list[Block]
    input_id: str = ""  # a group with warnings (a map point): its id


#: answers one after another (one list), or a group's part
Block = list[Answer] | Part


@dataclass
class Checking:
    """What the check page shows besides the form's answers."""

    pairs: list[tuple[str, str]]  # the fields as sent, for the hidden inputs
    edit: str = EDIT  # the ``_action`` of the page's "change" button
    schedule: str = ""  # an activity's schedule in the site's words
    next_session: str = ""
    texts: dict[str, str] = field(default_factory=dict)
    #: an update's listing as it is (a copy's: the listing copied) and as the form has it,
    #: as form values (both through the models); what differs is ``changes``
    #: (:mod:`tukena.forms.changes`)
    before: dict[str, list[str]] | None = None
    after: dict[str, list[str]] | None = None
    changes: list[Change] = field(default_factory=list)
    #: what to check before sending, by kind, each linking to its answer
    #: (:mod:`.fieldwarnings`)
    warnings: list[Section] = field(default_factory=list)


def offered(kind: str, form_id: str) -> bool:
    """Whether a form has the check: the activity and organisation forms, but the one that
    only confirms a listing is current."""
    return kind in ("activity", "organisation") and form_id != "activity-confirm"


def button(kind: str, form_id: str, lang: str) -> dict[str, str] | None:
    """The form's "check" button (:attr:`FormView.check`), on the forms :func:`offered`."""
    if not offered(kind, form_id):
        return None
    return {"name": CONTROL_NAMES["action"], "value": CHECK, "label": ui.text("check", lang)}


def dated(value: str, lang: str) -> str:
    """A date answer as the site writes it, with its weekday (``tiistai 12.1.2027``): a
    wrong weekday is plain to see. What is not a date stays as typed."""
    try:
        return humanize.day(dt.date.fromisoformat(value), lang) if lang else value
    except ValueError:
        return value


def clock(value: str, lang: str) -> str:
    """A time answer as the site writes times in ``lang`` (``18.00``, en ``18:00``, as the
    schedule line above it says ``18.00–20.00``); what is not a time stays as typed."""
    try:
        return format_time(dt.time.fromisoformat(value), lang)
    except ValueError:
        return value


def preview(text: str, lang: str) -> Markup:
    """A Markdown text in ``lang`` as the site renders it (:func:`tukena.site.markup.to_html`)."""
    return Markup(to_html(text, lang))  # noqa: S704 - sanitised by nh3, as on the site


def _values(v: FieldView, lang: str, kind: str) -> list[Value]:
    if v.kind == "date" and v.value.strip():
        return [Value(dated(v.value.strip(), lang))]
    if v.kind == "time" and v.value.strip():
        return [Value(clock(v.value.strip(), lang))]
    if v.kind == "localised":
        markdown = v.name in MARKDOWN.get(kind, ())
        return [
            Value(
                i.value,
                i.code,
                i.dir,
                i.label,
                v.multiline,
                input_id=i.id if i.warnings else "",
                html=preview(i.value, i.code) if markdown else None,
            )
            for i in v.inputs
            if i.value.strip()
        ]
    if v.kind in _CHOICES:  # a name from the content keeps the language its option has
        return [Value(o.label, o.lang, o.dir) for o in v.options if o.selected and o.value]
    if v.kind == "photo":  # a photo sent with the form is shown; one in the listing named
        kept = v.value.startswith("images/uploads/")
        return [Value(v.value.rsplit("/", 1)[-1], image=v.value if kept else "")] if v.value else []
    text = v.value.strip()
    return [Value(text, multiline=v.kind in ("textarea", "lines"))] if text else []


def answers(views: Sequence[FieldView | GroupView], lang: str = "", kind: str = "") -> list[Block]:
    """The answers of a form's fields (:attr:`FormView.fields`), in its order: those one
    after another together, a group as a part of its own (each row of a repeated one too);
    fields and groups left empty out. ``kind``, the form's (``activity``), tells which texts
    are Markdown, shown as their page will show them."""
    out: list[Block] = []
    for v in views:
        if isinstance(v, GroupView):
            if v.repeat:
                rows = [
                    Part(
                        row.label, answers(row.children, lang, kind), row.id if row.warnings else ""
                    )
                    for row in v.rows
                ]
                inner: list[Block] = [row for row in rows if row.blocks]
            else:
                inner = answers(v.children, lang, kind)
            if inner:
                out.append(Part(v.label, inner, v.id if v.warnings else ""))
        elif values := _values(v, lang, kind):
            if not out or isinstance(out[-1], Part):
                out.append([])
            out[-1].append(Answer(v.label, values))
    return out


def fields(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The form's own fields among ``pairs`` as sent, without the page's controls (their
    names start with ``_``; the page has its own)."""
    return [(name, value) for name, value in pairs if not name.startswith("_")]


def schedule_words(model: Any, lang: str, today: dt.date) -> tuple[str, str]:
    """An activity's schedule as its cards put it (:mod:`tukena.site.humanize`), and its
    next session (or that it has none left, or that it is paused); two empty texts for anything else."""
    if not isinstance(model, Activity):
        return "", ""
    upcoming = next_session(model.schedule, today)
    if upcoming and invites.meets(model):
        when = humanize.day(upcoming, lang)
    else:  # as its page will say: none while it is paused (tukena.invites)
        when = ui.text("check.no_next" if invites.meets(model) else "check.paused", lang)
    return scheduleline.summary(model.schedule, lang, today), when


#: the texts of the list of changes, which a copy words as differences from its listing
_CHANGES = ("changes", "before", "after", "unchanged")


def texts(lang: str, copy: bool = False) -> dict[str, str]:
    """The check page's own texts in ``lang``; ``copy`` for a copy of a listing."""
    keys = ("heading", "lead", "schedule", "next", "change", "preview")
    out = {key: ui.text(f"check.{key}", lang) for key in (*keys, *_CHANGES)}
    if copy:
        out.update({key: ui.text(f"check.copy.{key}", lang) for key in _CHANGES})
    return out
