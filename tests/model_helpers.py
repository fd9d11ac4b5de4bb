"""A valid activity to vary, and the messages organisers would see for a mapping.

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


WEEKLY = {
    "season": {"start": "2026-09-01", "end": "2027-05-31"},
    "weekly": [{"weekday": "tue", "start": "17:00", "end": "19:00"}],
}
ACTIVITY: dict[str, Any] = {
    "title": "Kielikahvila",
    "summary": "Juttelua suomeksi.",
    "organisation": "testiyhdistys",
    "forms": ["language-cafe"],
    "category": "support",
    "target_groups": ["everyone"],
    "languages": ["fi"],
    "locations": [{"municipality": "Espoo"}],
    "schedule": WEEKLY,
    "cost": {"free": True},
    "registration": {"required": False},
    "referrals": {"accepted": True},
    "contact": {"email": "info@testi.example"},
    "verified": "2026-09-01",
}


def activity(**fields: Any) -> dict[str, Any]:
    return {**ACTIVITY, **fields}


def session(day: str) -> dict[str, str]:
    return {"date": day, "start": "17:00", "end": "19:00"}
