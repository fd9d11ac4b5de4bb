"""Turn a flat POSTed form into model data, and model data back into form values.

A form arrives as ``(name, value)`` pairs. Each name is resolved against the form
description: an unknown name, a row number beyond the form's limit or a language code
that does not exist is an :class:`UnknownFields` error, never silently dropped. Values are
cleaned (:mod:`tukena.forms.text`); empty inputs are left out so that an empty row or an
optional group left blank disappears, and the model decides what is missing.

Control fields (the form token, the UI language, the submitter's note ...) start with an
underscore and are returned apart, without control characters and bidirectional overrides
(:func:`tukena.forms.text.scrub`); the names are listed in :data:`CONTROL_NAMES`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from tukena.exceptions import TukenaError
from tukena.forms import text
from tukena.forms.nodes import Field, FormSpec, Group, Node
from tukena.schemas.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES

CONTROL_NAMES = {
    "token": "_token",
    "form": "_form",
    "lang": "_lang",
    "target": "_target",
    "source": "_source",
    "action": "_action",
    "text_language": "_text_language",
    #: the fields a form shows fixed, not to be chosen (a problem report's listing, when its
    #: link named one): kept in every round, so the form keeps its shape after an error
    "fixed": "_fixed",
    "submitter_email": "_email",
    "submitter_note": "_note",
}
_CONTROL = frozenset(CONTROL_NAMES.values())
_FI_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\Z")
#: A row's number in a field's name: ASCII digits only (``str.isdigit`` also takes "²" and
#: "١", which ``int`` refuses or reads as another row).
ROW_NUMBER = re.compile(r"[0-9]{1,3}\Z")
MAX_CONTROL = 500


class UnknownFields(TukenaError, ValueError):
    """The form carried names that no field of the form has."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        super().__init__("unknown form fields: " + ", ".join(repr(n[:80]) for n in names[:10]))


@dataclass(frozen=True)
class FormError:
    """One problem, located by the form name it belongs to, as a message key and parameters."""

    name: str
    key: str
    params: dict[str, Any] = field(default_factory=dict)
    detail: str = ""


@dataclass
class Parsed:
    """The result of parsing a form."""

    data: dict[str, Any]
    control: dict[str, str]
    errors: list[FormError]
    honeypot: bool = False


def resolve(spec: FormSpec, name: str) -> tuple[Node, tuple[str | int, ...], str | None] | None:
    """The node a form name belongs to, its model path, and the language for localised texts."""
    parts = name.split(".")
    node: Node = spec.root
    path: list[str | int] = []
    i = 0
    while i < len(parts):
        if not isinstance(node, Group):
            if isinstance(node, Field) and node.widget == "localised" and i == len(parts) - 1:
                code = parts[i]
                return (node, tuple(path) + (code,), code) if code in LANGUAGE_CODES else None
            return None
        child = next((c for c in node.children if c.key == parts[i]), None)
        if child is None:
            return None
        path.append(child.key)
        i += 1
        if isinstance(child, Group) and child.repeat:
            if i >= len(parts) or not ROW_NUMBER.match(parts[i]):
                return (child, tuple(path), None) if i >= len(parts) else None
            row = int(parts[i])
            if row >= child.max_rows:
                return None
            path.append(row)
            i += 1
        node = child
    if isinstance(node, Field) and node.widget == "localised":
        return node, tuple(path), None
    return node, tuple(path), None


def number(value: str) -> str:
    """A number as typed ("60,17", "1 200") as the model reads it ("60.17", "1200")."""
    return value.replace(",", ".").replace(" ", "").replace("\u00a0", "")


def iso_date(value: str) -> str:
    """A date as typed ("1.9.2026") as the model reads it ("2026-09-01"); anything else as
    it is."""
    match = _FI_DATE.match(value)
    return f"{match[3]}-{int(match[2]):02d}-{int(match[1]):02d}" if match else value


def _convert(node: Field, value: str) -> str:
    if node.widget == "number":
        return number(value)
    return iso_date(value) if node.widget == "date" else value


def _put(root: dict, path: tuple[str | int, ...], value: Any, append: bool) -> None:
    current: dict = root
    for part in path[:-1]:
        current = current.setdefault(part, {})
    last = path[-1]
    if append:
        current.setdefault(last, []).append(value)
    else:
        current[last] = value


def _finish(value: Any, node: Node | None, main: str) -> Any:
    """Rows keyed by number become lists; empty mappings and lists disappear; a proper name
    given only in the main language ``main`` is plain again (:attr:`Field.proper_name`)."""
    if isinstance(node, Group) and node.repeat and isinstance(value, dict):
        rows = [
            _finish(value[k], _row(node), main)
            for k in sorted(k for k in value if isinstance(k, int))
        ]
        rows = [r for r in rows if r not in (None, {}, [])]
        return rows or None
    if isinstance(value, dict) and (isinstance(node, Group) or node is None):
        children = {c.key: c for c in node.children} if isinstance(node, Group) else {}
        out = {}
        for key, item in value.items():
            finished = _finish(item, children.get(key), main)
            if finished not in (None, {}, []):
                out[key] = finished
        return out or None
    if isinstance(node, Field) and node.proper_name and isinstance(value, dict):
        if set(value) == {main}:  # where a plain name is shown: plain it stays
            return value[main]
    return value


def _row(node: Group) -> Group:
    return Group(node.key, node.path, node.name, {}, {}, True, False, children=node.children)


def parse(
    spec: FormSpec, pairs: Iterable[tuple[str, str]], honeypot_field: str | None = None
) -> Parsed:
    """Parse ``(name, value)`` pairs; raise :class:`UnknownFields` for names the form lacks."""
    data: dict[str, Any] = {}
    control: dict[str, str] = {}
    errors: list[FormError] = []
    unknown: list[str] = []
    honeypot = False
    for name, raw in pairs:
        if honeypot_field and name == honeypot_field:
            honeypot = honeypot or bool(raw.strip())
            continue
        if name in _CONTROL:
            scrubbed = text.scrub(raw[:MAX_CONTROL])
            control[name] = text.normalise(scrubbed, multiline=name == "_note")
            continue
        found = resolve(spec, name)
        if (
            found is None
            or not isinstance(found[0], Field)
            or (found[0].widget == "localised" and found[2] is None)
        ):
            unknown.append(name)
            continue
        node, path, _code = found
        assert isinstance(node, Field)
        value, problem = text.clean(raw, multiline=node.multiline)
        if problem is not None:
            errors.append(
                FormError(
                    name, problem.kind, {"codepoint": problem.codepoint, "char": problem.name}
                )
            )
            continue
        if len(value) > node.maxlength:
            errors.append(FormError(name, "too_long", {"max_length": node.maxlength}))
            continue
        if not value:
            continue
        if node.widget == "lines":
            for line in value.split("\n"):
                if line.strip():
                    _put(data, path, line.strip(), append=True)
        else:
            _put(data, path, _convert(node, value), append=node.multiple)
    if unknown:
        raise UnknownFields(unknown)
    main = data.get("language")
    main = main if isinstance(main, str) and main in LANGUAGE_CODES else DEFAULT_LANGUAGE
    return Parsed(_finish(data, spec.root, main) or {}, control, errors, honeypot)


#: Answers a new form starts with besides the models' defaults.
NEW_FORM_DEFAULTS = {
    "cost.free": "true",
    "registration.required": "false",
    "referrals.accepted": "true",
    "schedule.weekly.0.every": "1",
}


def defaults(spec: FormSpec) -> dict[str, list[str]]:
    """The values of a new, empty form: the models' defaults for fields outside lists."""
    out: dict[str, list[str]] = {}
    for node in spec.walk():
        if isinstance(node, Field) and node.default is not None and "{i}" not in node.name:
            out[node.name] = [node.default]
    for name, value in NEW_FORM_DEFAULTS.items():
        if resolve(spec, name) is not None:
            out[name] = [value]
    return out


def _flatten(value: Any, node: Field, name: str, out: dict[str, list[str]], main: str) -> None:
    if value is None or value == [] or value == {}:
        return
    if node.widget == "localised":
        plain = main if node.proper_name else DEFAULT_LANGUAGE
        texts = value if isinstance(value, Mapping) else {plain: value}
        for code, item in texts.items():
            out[f"{name}.{code}"] = [str(item)]
    elif node.widget == "lines":
        out[name] = ["\n".join(str(v) for v in value)]
    elif node.multiple:
        out[name] = [str(v) for v in value]
    elif node.widget == "boolean":
        out[name] = ["true" if value else "false"]
    else:
        out[name] = [str(value)]


def flatten(spec: FormSpec, data: Mapping[str, Any]) -> dict[str, list[str]]:
    """Model data (as ``model_dump(mode="json")``) to form values, for prefilled forms."""
    out: dict[str, list[str]] = {}
    main = data.get("language") or DEFAULT_LANGUAGE
    for node in spec.children:
        if node.key in data:
            if isinstance(node, Group):
                _flatten_group(data[node.key], node, f"{node.key}.", out, main)
            elif isinstance(node, Field):
                _flatten(data[node.key], node, node.key, out, main)
    return out


def _flatten_group(
    value: Any, node: Group, prefix: str, out: dict[str, list[str]], main: str
) -> None:
    if value is None:
        return
    rows = list(enumerate(value)) if node.repeat else [(None, value)]
    for index, row in rows:
        base = f"{prefix}{index}." if index is not None else prefix
        if not isinstance(row, Mapping):
            continue
        for child in node.children:
            if child.key not in row:
                continue
            if isinstance(child, Group):
                _flatten_group(row[child.key], child, f"{base}{child.key}.", out, main)
            elif isinstance(child, Field):
                _flatten(row[child.key], child, f"{base}{child.key}", out, main)
