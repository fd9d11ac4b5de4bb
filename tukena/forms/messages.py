"""Map pydantic validation errors to form fields, with messages in fi, sv and en.

:func:`form_errors` turns a :class:`pydantic.ValidationError` into :class:`FormError`
records named like the form's inputs; :func:`message` writes one in a UI language. The
common error kinds (missing, bad time, bad date, bad e-mail, unknown municipality ...) and
every rule of the models' own validators have a translation; anything else shows a
translated lead-in with the English detail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError

from tukena.forms import datefaults, ui
from tukena.forms.catalogue import MESSAGES
from tukena.forms.nodes import Field, FormSpec, Group
from tukena.forms.parse import FormError, resolve

#: Rules of the models' own validators: English message → key, and the field it is about,
#: relative to where pydantic reports it (None: the reported place itself).
RULES: list[tuple[re.Pattern[str], str, str | None]] = [
    (re.compile(p), key, target)
    for p, key, target in [
        (r"an activity needs locations, online", "place_or_online", "locations"),
        (r"cannot also be its own partner", "own_partner", "partners"),
        (r"valid_until \(.*\) is before the verified date", "valid_until_past", "valid_until"),
        (r"a contact needs an email, a phone or a link", "contact_needed", None),
        (r"online participation needs a link or instructions", "online_needed", None),
        (
            r"a local organisation needs its municipalities",
            "local_needs_municipalities",
            "municipalities",
        ),
        (r"a regional organisation needs", "regional_needs_area", "regions"),
        (r"a paid activity needs a fee text", "fee_needed", "fee"),
        (r"registration is required: say how", "registration_how", "instructions"),
        (r"max age \(.*\) is below min age", "age_order", "max"),
        (r"^the (season|break) ends \(", "date_order", "end"),
        (r"^ends \(.*\) before it starts", "time_order", "end"),
        (r"weekly slots need a season", "season_needed", "season.start"),
        (r"a season needs at least one weekly slot", "weekly_needed", "weekly"),
        (r"a single one-off event is not an activity", "not_one_off", "weekly"),
        (r"is not a valid business ID", "business_id", None),
        (r"is not an association register number", "register_number", None),
        (r"not a valid email address", "email", None),
        (r"tell us what is wrong", "details_needed", "details"),
        (r"unknown listing", "unknown_listing", None),
    ]
]
_BY_TYPE = {
    "missing": "required",
    "bool_parsing": "boolean",
    "bool_type": "boolean",
    "date_parsing": "date",
    "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date",
    "date_type": "date",
    "time": "time",
    "int_parsing": "whole_number",
    "int_from_float": "whole_number",
    "int_type": "whole_number",
    "float_parsing": "number",
    "float_type": "number",
    "finite_number": "number",
    "enum": "choice",
    "literal_error": "choice",
    "municipality": "municipality",
    "region": "region",
    "language": "language",
    "phone": "phone",
    "url": "url",
    "email": "email",
    "value_error.email": "email",
    "postal_code": "postal_code",
    "localised": "localised",
    "slug": "choice",
    "string_too_long": "too_long",
}
#: the messages of a date that is none (:mod:`tukena.forms.datefaults`)
DATES = frozenset(datefaults.DATE_MESSAGES)
_SUGGESTION = re.compile(r"""did you mean ['"]([^'"]+)['"]""")


def _name(path: tuple[str | int, ...]) -> str:
    return ".".join(str(p) for p in path)


def _locate(spec: FormSpec, loc: tuple[Any, ...]) -> str:
    """The longest prefix of ``loc`` that names a field or group of the form."""
    clean = [
        p for p in loc if p != "[key]" and not (isinstance(p, str) and p.startswith("function-"))
    ]
    for end in range(len(clean), 0, -1):
        name = _name(tuple(clean[:end]))
        found = resolve(spec, name)
        if found is None:
            continue
        node = found[0]
        if isinstance(node, Field) and (node.multiple or node.widget == "localised"):
            return _collapse(name, node)
        return name
    return ""


def _collapse(name: str, node: Field) -> str:
    """A localised text's or a list field's errors belong to the whole field."""
    depth = node.name.count(".") + 1
    return ".".join(name.split(".")[:depth])


def _target(spec: FormSpec, where: str, relative: str | None) -> str:
    if relative is None:
        return where
    candidate = f"{where}.{relative}" if where else relative
    return candidate if resolve(spec, candidate) is not None else where


def _key(
    error: dict[str, Any], spec: FormSpec, name: str
) -> tuple[str, dict[str, Any], str | None]:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    message = str(error.get("msg", "")).removeprefix("Value error, ")
    if kind == "value_error" or kind == "assertion_error":
        for pattern, key, target in RULES:
            if pattern.search(message):
                return key, {}, target
        return "invalid", {}, None
    if kind in ("greater_than_equal", "greater_than"):
        return "at_least", {"limit": ctx.get("ge", ctx.get("gt"))}, None
    if kind in ("less_than_equal", "less_than"):
        return "at_most", {"limit": ctx.get("le", ctx.get("lt"))}, None
    if kind == "too_short":
        return "choose_at_least", {"min_length": ctx.get("min_length", 1)}, None
    if kind == "string_too_short":
        return "too_short", {"min_length": ctx.get("min_length", 1)}, None
    if kind == "string_too_long":
        return "too_long", {"max_length": ctx.get("max_length")}, None
    if kind == "municipality":
        match = _SUGGESTION.search(message)
        if match:
            return "municipality_suggestion", {"suggestion": match[1]}, None
    node = spec.node(".".join(p for p in name.split(".") if not p.isdigit()))
    if kind == "missing" and isinstance(node, Group) and not node.repeat:
        # a part left empty that asks one thing (the cost: free or not): that question
        needed = [child for child in node.children if child.required]
        if len(needed) == 1 and isinstance(needed[0], Field):
            return _missing(needed[0]), {"min_length": 1}, needed[0].key
        return "required_part", {}, None
    if kind == "missing" and isinstance(node, Field):
        return _missing(node), {"min_length": 1}, None
    if _BY_TYPE.get(kind) == "date" and (impossible := datefaults.fault(error.get("input"))):
        return *impossible, None  # written as asked, but no such day: say why
    return _BY_TYPE.get(kind, "invalid"), {}, None


def _missing(field: Field) -> str:
    """The message of a field left empty: to write, to choose or to answer yes or no."""
    if field.widget == "localised":
        return "localised"
    if field.multiple:
        return "choose_at_least"
    if field.widget in ("boolean", "radio", "select"):
        return "boolean" if field.widget == "boolean" else "choice"
    return "required"


def form_errors(
    spec: FormSpec, exc: ValidationError, rules: Iterable[dict[str, Any]] = ()
) -> list[FormError]:
    """One :class:`FormError` per pydantic error, named like the form's inputs; ``rules``
    are more errors in pydantic's shape (:func:`tukena.forms.rules.rule_errors`)."""
    found: list[FormError] = []
    for error in [*exc.errors(include_url=False), *rules]:
        where = _locate(spec, tuple(error["loc"]))
        key, params, relative = _key(error, spec, where)
        name = _target(spec, where, relative)
        detail = str(error.get("msg", "")).removeprefix("Value error, ")
        found.append(FormError(name, key, params, detail))
    return _unique(found)


def _unique(errors: list[FormError]) -> list[FormError]:
    seen: set[tuple[str, str]] = set()
    out = []
    for error in errors:
        if (error.name, error.key) not in seen:
            seen.add((error.name, error.key))
            out.append(error)
    return out


def message(error: FormError, lang: str) -> str:
    """The message of an error in a UI language."""
    texts = MESSAGES.get(error.key, MESSAGES["invalid"])
    text = texts.get(lang, texts["en"])
    params = datefaults.in_language(error.params, lang) if error.key in DATES else error.params
    try:
        text = text.format(**params)
    except (KeyError, IndexError, ValueError):
        pass
    if error.key == "invalid" and error.detail:
        text = f"{text} ({error.detail})"
    return text


def catalogue() -> dict[str, dict[str, str]]:
    """Every message in every UI language, for client-side checks."""
    return {key: dict(texts) for key, texts in MESSAGES.items()}


#: the warnings forms.js gives as well as the bot, by their keys in the page's catalogue:
#: a map point's latitude and longitude the wrong way round (:mod:`tukena.forms.mapwarnings`)
SCRIPT_WARNINGS = {"map_swapped_field": "map.swapped.field", "map_swapped": "map.swapped"}


def for_script(lang: str) -> dict[str, str]:
    """What forms.js shows in ``lang``, embedded in a form's page as JSON: every message
    (its hints next to a field; the bot's answer has the summary), and the warnings it
    gives too (:data:`SCRIPT_WARNINGS`), their ``{lat}`` and ``{lon}`` for it to fill."""
    found = {key: texts.get(lang, texts["en"]) for key, texts in MESSAGES.items()}
    return found | {key: ui.text(name, lang) for key, name in SCRIPT_WARNINGS.items()}


def group_or_field(spec: FormSpec, name: str) -> str:
    """``field`` or ``group``: how the renderer shows an error for a name."""
    found = resolve(spec, name) if name else None
    return "group" if found is None or isinstance(found[0], Group) else "field"
