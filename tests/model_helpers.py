"""Validate a mapping against a content model and read the messages organisers would see.

Messages come through :func:`tukena.errors.problems` as ``field: message``, the form the
validator prints after ``file:line:``.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError

from tukena import errors


def problems(model: type[BaseModel], data: Any, context: dict | None = None) -> list[str]:
    """``field: message`` for every error, or [] when ``data`` is valid."""
    try:
        model.model_validate(data, context=context)
    except ValidationError as exc:
        return [
            f"{p.field}: {p.message}" if p.field else p.message
            for p in errors.problems(exc, model, "x", {})
        ]
    return []


def only(model: type[BaseModel], data: Any, context: dict | None = None) -> str:
    found = problems(model, data, context)
    assert len(found) == 1, found
    return found[0]
