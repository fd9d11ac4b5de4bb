"""Turn pydantic validation errors into located, readable :class:`Problem` records."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from tukena.exceptions import Problem
from tukena.impossibledates import date_problem, datetime_problem

_SIMPLE = {
    "missing": "required field is missing",
    "bool_parsing": 'must be true or false, got "{input}"',
    "bool_type": 'must be true or false, got "{input}"',
    "date_from_datetime_parsing": 'must be a date YYYY-MM-DD, got "{input}"',
    "date_parsing": 'must be a date YYYY-MM-DD, got "{input}"',
    "date_type": 'must be a date YYYY-MM-DD, got "{input}"',
    "datetime_from_date_parsing": 'must be a date and time YYYY-MM-DD HH:MM, got "{input}"',
    "datetime_parsing": 'must be a date and time YYYY-MM-DD HH:MM, got "{input}"',
    "datetime_type": 'must be a date and time YYYY-MM-DD HH:MM, got "{input}"',
    "int_parsing": 'must be a whole number, got "{input}"',
    "int_from_float": 'must be a whole number, got "{input}"',
    "float_parsing": 'must be a number, got "{input}"',
    "string_type": "must be text, not a list or a mapping",
    "list_type": "must be a list (lines starting with '- ')",
    "model_type": "must be a mapping of field: value",
    "dict_type": "must be a text, or a mapping of language code: text",
}


def field_path(loc: tuple[Any, ...]) -> str:
    """``("schedule", "weekly", 0, "start")`` → ``schedule.weekly[0].start``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part == "[key]" or (isinstance(part, str) and part.startswith("function-")):
            continue
        else:
            out += f".{part}" if out else str(part)
    return out


def line_for(loc: tuple[Any, ...], lines: dict[tuple, int], default: int = 1) -> int:
    """The line of the longest prefix of ``loc`` that the file has."""
    clean = tuple(p for p in loc if p != "[key]")
    for end in range(len(clean), 0, -1):
        line = lines.get(clean[:end])
        if line:
            return line
    return default


def _unwrap(annotation: Any) -> type[BaseModel] | None:
    """The model class inside ``X | None``, ``list[X]`` or ``X``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _unwrap(arg)
            if found:
                return found
    return None


def model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that validates the mapping at ``loc``."""
    current: type[BaseModel] | None = model
    for part in loc:
        if current is None:
            return None
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        current = _unwrap(field.annotation) if field else None
    return current


def _message(error: dict[str, Any], model: type[BaseModel]) -> str:
    kind = error["type"]
    loc = error["loc"]
    shown = error.get("input")
    shown = shown if isinstance(shown, (str, int, float)) else ""
    if kind == "extra_forbidden":
        parent = model_at(model, loc[:-1])
        message = "unknown field"
        if parent is not None:
            close = difflib.get_close_matches(str(loc[-1]), list(parent.model_fields), n=1)
            if close:
                message += f' (did you mean "{close[0]}"?)'
        return message
    if kind == "enum":
        return f'"{shown}" is not one of: {error["ctx"]["expected"].replace(chr(39), "")}'
    if kind == "too_short" and "min_length" in error.get("ctx", {}):
        return f"needs at least {error['ctx']['min_length']} item(s)"
    if kind == "string_too_short":
        return f"must be at least {error['ctx']['min_length']} characters long"
    if isinstance(shown, str) and kind.startswith(("date_", "datetime_")):
        # written as asked but no day or moment: say so, not the format again
        impossible = (date_problem if kind.startswith("date_") else datetime_problem)(shown)
        if impossible:
            return impossible
    if kind in _SIMPLE:
        return _SIMPLE[kind].format(input=shown)
    message = error["msg"]
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    return message.replace("Input should be", "must be")


def problems(
    exc: ValidationError,
    model: type[BaseModel],
    path: str,
    lines: dict[tuple, int],
    body_line: int = 0,
) -> list[Problem]:
    """One :class:`Problem` for each error pydantic found in one file."""
    found = []
    listed = exc.errors(include_url=False)
    swapped = _swapped(listed, model)
    for error in listed:
        loc = tuple(error["loc"])
        if loc[:-1] in swapped and loc[-1] in ("lat", "lon"):
            if loc[-1] == "lat":  # one problem for the pair, at the coordinates
                line = line_for(loc[:-1], lines)
                found.append(Problem(path, line, field_path(loc[:-1]), swapped[loc[:-1]]))
            continue
        line = line_for(loc, lines)
        if body_line and loc[:1] in {("description",), ("body",)} and loc[:2] not in lines:
            line = body_line
        found.append(Problem(path, line, field_path(loc), _message(error, model)))
    return found


def _swapped(listed: list[Any], model: type[BaseModel]) -> dict[tuple[Any, ...], str]:
    """The map points (by location) whose latitude and longitude are both out of range but
    would be valid the other way round, with the message that says so: no point in Finland
    has a latitude that could be its longitude, so a swap always fails validation."""
    out_of_range = {tuple(e["loc"]): e.get("input") for e in listed}
    found = {}
    for loc, lat in out_of_range.items():
        if loc[-1:] != ("lat",) or (*loc[:-1], "lon") not in out_of_range:
            continue
        lon = out_of_range[(*loc[:-1], "lon")]
        point = model_at(model, loc[:-1])
        if point is not None and swapped(point, lat, lon):
            found[loc[:-1]] = f"latitude and longitude look swapped: write lat: {lon}, lon: {lat}"
    return found


def swapped(point: type[BaseModel], lat: Any, lon: Any) -> bool:
    """Whether a map point (a model of ``lat`` and ``lon``) is invalid as written and valid
    the other way round: the validator's error above, and the forms' warning beside the
    map point (:mod:`tukena.forms.mapwarnings`), which have no error list. (In Finland's
    ranges such a point has both out of range, as the validator's errors show.)"""
    return (
        {"lat", "lon"} <= set(point.model_fields)
        and not _valid(point, {"lat": lat, "lon": lon})
        and _valid(point, {"lat": lon, "lon": lat})
    )


def _valid(point: type[BaseModel], values: dict[str, Any]) -> bool:
    try:
        point.model_validate(values)
    except ValidationError:
        return False
    return True
