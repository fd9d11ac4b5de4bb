"""The view objects of a rendered form: plain data with concrete names, ids, labels in the
UI language and which help and error texts describe which input."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from tukena import images
from tukena.forms.spec import PHOTO_LONGEST

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def element_id(prefix: str, name: str) -> str:
    """An HTML id for a form name: ``f-schedule-weekly-0-start``."""
    return f"{prefix}-{_ID_UNSAFE.sub('-', name)}" if name else f"{prefix}-form"


@dataclass
class _Described:
    """What fields and groups share; ``aria-describedby`` lists the help, then the errors."""

    kind: str  # widget, or group / row
    name: str
    id: str
    label: str
    help: str
    help_id: str
    errors: list[str]
    error_id: str
    required: bool  # shown as required

    @property
    def describedby(self) -> str:
        ids = [self.help_id] if self.help else []
        return " ".join(ids + ([self.error_id] if self.errors else []))


@dataclass
class Option:
    value: str
    label: str
    selected: bool
    id: str = ""
    more: bool = False  # in the part that opens (:mod:`tukena.forms.multichoice`)
    lang: str = ""  # the label's language when not the form's (a name from the content)
    dir: str = ""  # and its direction


@dataclass
class Warned:
    """A warning of one kind beside an input (:mod:`.fieldwarnings`): ``markup``, what the
    page drops of a text; ``kurdish``, which Kurdish a ``ku`` text is; ``map``, a map
    point far from its municipality. Its lead says what to check; its items, what is
    wrong and what to do."""

    kind: str
    lead: str
    items: list[str]


@dataclass
class LangInput:
    code: str
    label: str
    name: str
    id: str
    value: str
    dir: str
    #: what to check in its text (:mod:`.fieldwarnings`)
    warnings: list[Warned] = field(default_factory=list)

    @property
    def warning_id(self) -> str:
        return f"w-{self.id}"


#: the ``<input>`` type of a text-like widget (others are ``text``)
INPUT_TYPES = {"email": "email", "url": "url", "tel": "tel", "date": "date", "time": "time"}
#: the shape of the values a date or time input shows (HTML's valid date and time strings)
FORMATS = {
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "time": re.compile(r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?"),
}


def shown(kind: str, value: str) -> bool:
    """Whether a date or time input shows ``value`` (else a browser shows it empty)."""
    if not FORMATS[kind].fullmatch(value):
        return False
    try:
        return kind != "date" or bool(dt.date.fromisoformat(value))
    except ValueError:  # 2026-02-31
        return False


@dataclass
class FieldView(_Described):
    required_attr: bool  # HTML required attribute
    only_if_filled: bool = False  # required only when the part it is in is filled in
    value: str = ""
    options: list[Option] = field(default_factory=list)
    inputs: list[LangInput] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    multiline: bool = False
    maxlength: int = 0
    nullable: bool = False
    #: the control that adds a language to the texts (:mod:`tukena.forms.textlanguages`)
    add_language: dict[str, Any] | None = None
    #: a link after the help text: (address, text), e.g. to the form for a new organisation
    help_link: tuple[str, str] | None = None

    @property
    def input_type(self) -> str:
        """The ``type`` of the field's ``<input>``. A date or time sent back as written when it
        was not one (a browser without a date picker, "31.2.2026") is a text input: a date
        input would show it empty, and the words beside the error would be lost."""
        kind = INPUT_TYPES.get(self.kind, "text")
        if self.value and kind in FORMATS and not shown(kind, self.value):
            return "text"
        return kind

    @property
    def anchor(self) -> str:
        if self.inputs:
            return self.inputs[0].id
        if self.kind in ("radio", "checkboxes", "multiselect", "boolean") and self.options:
            return self.options[0].id
        return self.id


@dataclass
class GroupView(_Described):
    only_if_filled: bool = False  # required only when the part it is in is filled in
    help_link: tuple[str, str] | None = None  # as a field's (none so far)
    children: list[Any] = field(default_factory=list)
    rows: list[GroupView] = field(default_factory=list)
    add: dict[str, str] | None = None
    repeat: bool = False
    #: what to check in its answers, together (a map point: :mod:`.mapwarnings`)
    warnings: list[Warned] = field(default_factory=list)

    @property
    def warning_id(self) -> str:
        return f"w-{self.id}"

    @property
    def anchor(self) -> str:
        for child in self.children or self.rows:
            return child.anchor
        return self.id


@dataclass
class FormView:
    """Everything a template needs to render one form."""

    lang: str
    dir: str
    kind: str
    form_id: str
    heading: str
    action: str
    control: dict[str, str]
    honeypot: str
    fields: list[Any]
    summary: list[tuple[str, str]]  # (anchor, text)
    notice: str = ""
    submit: str = ""
    #: the button that shows the check page (:mod:`tukena.forms.check`) before sending:
    #: its ``name``, ``value`` and ``label``; None on forms without one
    check: dict[str, str] | None = None
    texts: dict[str, str] = field(default_factory=dict)
    show_submitter: bool = True
    submitter: dict[str, str] = field(default_factory=dict)
    upload: bool = False  # has a photo field: sent as multipart/form-data
    photos_url: str = ""  # where the bot shows a photo it keeps for the form
    #: what a browser's copy of a chosen photo may be (photos.js): its longer side in pixels
    #: and, for a PNG kept as PNG, its bytes
    photo_limits: tuple[int, int] = (PHOTO_LONGEST, images.MAX_BYTES)
