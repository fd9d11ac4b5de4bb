"""Form descriptions derived from the content models.

Each model field becomes a :class:`Field` (one input, a group of checkboxes, or one input
per language for a localised text) or a :class:`Group` (a nested model, rendered as a
fieldset; repeated for lists of models). The same description drives the server-side
parser, the error mapping, the HTML templates and, as JSON (:func:`describe`), the
client-side checks.

Form names are model paths joined by dots, with row numbers for lists of models and
language codes for localised texts: ``schedule.weekly.0.start``, ``title.fi``.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from enum import StrEnum
from functools import cache
from typing import Any

import annotated_types
from pydantic import BaseModel, EmailStr
from pydantic_core import PydanticUndefined

from tukena.forms import helptexts, labels
from tukena.forms.nodes import MAX_TEXT, Choice, Field, FormSpec, Group, Node
from tukena.forms.report import PROBLEM_LABELS, ProblemKind, ProblemReport
from tukena.schemas import Activity, Organisation, common, languages, location
from tukena.schemas.vocabulary import LABELS as VOCABULARY

UI = languages.UI_LANGUAGES

#: Plain validators of the shared field types, by what they make a field.
_VALIDATED = {
    languages._language: "language",
    languages._wrap_plain: "localised",
    location._place_name: "proper_name",
    common._time: "time",
    common._municipality: "municipality",
    common._region: "region",
    common._phone: "tel",
    common._url: "url",
    common._email: "email",
    common._slug: "slug",
    common._postal_code: "postal_code",
}
TEXTAREAS = frozenset({"description", "instructions", "notes", "fee", "note", "reason", "details"})
SHORT_TEXTAREAS = frozenset({"summary"})
#: Rows shown at first, and the most a form may send, for lists of models.
ROWS = {
    "locations": (1, 10),
    "schedule.weekly": (1, 14),
    "schedule.exceptions": (1, 30),
    "schedule.sessions": (0, 60),
    "images": (1, 3),
}
#: Fields that take a picture file (a photo, a logo): the bot makes it fit for the site
#: (:mod:`tukena.bot.photos`) and the field then carries its path, ``images/uploads/<hash>.jpg``.
PHOTOS = frozenset({"images.src", "logo.src"})
#: the longer side of the bot's copy of a sent photo, and of the copy a browser makes before
#: sending it (photos.js): sharp on a 2× phone screen and in print
PHOTO_LONGEST = 1600
EXCLUDED = {
    "activity": frozenset({"verified"}),
    "organisation": frozenset({"verified"}),
    "report": frozenset(),
}
SOURCES = {"organisation": "organisations", "partners": "organisations", "target": "listings"}
MAX_TEXTAREA = 5000


def _choices(enum: type[StrEnum]) -> tuple[Choice, ...]:
    table = PROBLEM_LABELS if enum is ProblemKind else VOCABULARY.get(enum, {})
    return tuple(
        Choice(member.value, dict(table.get(member.value, dict.fromkeys(UI, member.value))))
        for member in enum
    )


def _unwrap(annotation: Any, metadata: list[Any]) -> tuple[str, Any, bool]:
    """``(kind, inner type, optional)`` of an annotation with its field metadata."""
    optional = False
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = typing.get_args(annotation)
        rest = [a for a in args if a is not type(None)]
        optional = len(rest) < len(args)
        annotation = rest[0]
    meta = list(metadata)
    if typing.get_origin(annotation) is typing.Annotated:
        annotation, *extra = typing.get_args(annotation)
        meta += extra
    for item in meta:
        kind = _VALIDATED.get(getattr(item, "func", None))
        if kind:
            return kind, annotation, optional
    if typing.get_origin(annotation) is list:
        kind, inner, _ = _unwrap(typing.get_args(annotation)[0], [])
        return f"{kind}[]", inner, optional
    if annotation is EmailStr:
        return "email", annotation, optional
    if isinstance(annotation, type):
        if issubclass(annotation, BaseModel):
            return "model", annotation, optional
        if issubclass(annotation, StrEnum):
            return "enum", annotation, optional
        simple = {bool: "bool", int: "int", float: "float", str: "str", dt.date: "date"}
        for cls, kind in simple.items():
            if annotation is cls:
                return kind, annotation, optional
    raise TypeError(f"no form widget for {annotation!r}")  # pragma: no cover - models are fixed


def _attrs(metadata: list[Any]) -> tuple[tuple[str, Any], ...]:
    found: list[tuple[str, Any]] = []
    for item in metadata:
        if isinstance(item, annotated_types.Ge):
            found.append(("min", item.ge))
        elif isinstance(item, annotated_types.Le):
            found.append(("max", item.le))
        elif isinstance(item, annotated_types.MinLen):
            found.append(("minlength", item.min_length))
    return tuple(found)


def _default(info: Any) -> str | None:
    value = info.default
    if value is PydanticUndefined or value is None or isinstance(value, (list, dict)):
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value.value if isinstance(value, StrEnum) else value)


def _field(kind: str, key: str, info: Any, inner: Any, optional: bool, base: dict) -> Field:
    """A Field for a classified model field."""
    leaf = key
    widget, extra = "text", {}
    base = {**base, "nullable": optional, "default": _default(info)}
    multiple = kind.endswith("[]")
    scalar = kind.removesuffix("[]")
    attrs = _attrs(info.metadata)
    if base["path"] in PHOTOS:
        widget, extra = "photo", {"maxlength": 100}
    elif scalar in ("localised", "proper_name"):
        multiline = leaf in TEXTAREAS or leaf in SHORT_TEXTAREAS
        widget = "localised"
        extra = {"multiline": multiline, "maxlength": MAX_TEXTAREA if multiline else MAX_TEXT}
        if leaf in SHORT_TEXTAREAS:
            extra["maxlength"] = 600
        extra["proper_name"] = scalar == "proper_name"  # a place's name: see Field
    elif scalar == "enum":
        choices = _choices(inner)
        widget = "checkboxes" if multiple else ("radio" if len(choices) <= 4 else "select")
        extra = {"choices": choices}
    elif scalar == "bool":
        widget = "boolean"
    elif scalar in ("language", "municipality", "region"):
        widget = "multiselect" if multiple else "select"
        extra = {
            "source": {"language": "languages", "region": "regions"}.get(scalar, "municipalities")
        }
    elif scalar == "slug" or key in SOURCES:
        widget = "multiselect" if multiple else "select"
        extra = {"source": SOURCES.get(key, "organisations")}
    elif scalar == "str" and multiple:
        widget, extra = "lines", {"multiline": True, "maxlength": 2000}
    elif scalar == "str" and leaf in TEXTAREAS:
        widget, extra = "textarea", {"multiline": True, "maxlength": MAX_TEXTAREA}
    elif scalar in ("int", "float"):
        widget = "number"
        attrs += (("step", 1 if scalar == "int" else "any"),)
        extra = {"maxlength": 20}
    elif scalar == "postal_code":
        attrs += (
            ("pattern", r"[0-9]{5}"),
            ("inputmode", "numeric"),
            ("autocomplete", "postal-code"),
        )
        extra = {"maxlength": 5}
    elif scalar in ("email", "url", "tel", "date", "time"):
        widget = scalar
    return Field(**base, widget=widget, multiple=multiple, attrs=attrs, **extra)


def _build(
    model: type[BaseModel], kind: str, prefix: str, name_prefix: str, always: bool
) -> tuple[Node, ...]:
    nodes: list[Node] = []
    for key, info in model.model_fields.items():
        path = f"{prefix}{key}"
        if path in EXCLUDED[kind]:
            continue
        field_kind, inner, optional = _unwrap(info.annotation, info.metadata)
        required = info.is_required()
        name = f"{name_prefix}{key}"
        base = {
            "key": key,
            "path": path,
            "name": name,
            "label": labels.labels(path, kind, info.description or ""),
            "help": helptexts.help_texts(path),
            "required": required,
            "always": always and required,
        }
        if field_kind in ("model", "model[]"):
            repeat = field_kind == "model[]"
            initial, most = ROWS.get(path, (1, 20)) if repeat else (1, 1)
            child_prefix = f"{name}.{{i}}." if repeat else f"{name}."
            children = _build(inner, kind, f"{path}.", child_prefix, base["always"] and not repeat)
            nodes.append(
                Group(**base, children=children, repeat=repeat, initial_rows=initial, max_rows=most)
            )
        else:
            nodes.append(_field(field_kind, key, info, inner, optional, base))
    return tuple(nodes)


@cache
def form_spec(kind: str) -> FormSpec:
    """The form of a kind of content: ``activity``, ``organisation`` or ``report``; or
    ``confirm``, which confirms an activity as it is and has no fields of its own."""
    if kind == "confirm":
        return FormSpec(kind, Activity, Group("", "", "", {}, {}, True, True))
    model: type[BaseModel] = {
        "activity": Activity,
        "organisation": Organisation,
        "report": ProblemReport,
    }[kind]
    children = _build(model, kind, "", "", True)
    root = Group("", "", "", {}, {}, True, True, children=children)
    spec = FormSpec(kind, model, root)
    spec.index.update({node.path: node for node in spec.walk()})
    return spec
