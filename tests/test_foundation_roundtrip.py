"""Round trip: a valid model, written by :mod:`tukena.writer`, reads back as the same model.

The models are drawn by Hypothesis (``tests/content_strategies.py``) with texts YAML likes to
misread; each is written to a file in a temporary content repository and read back through
the loader, as the validator and the site build read it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings

from tests.content_strategies import activities, news_items, organisations
from tukena import loader, writer
from tukena.schemas import Activity, NewsItem, Organisation

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KINDS = {Organisation: loader.ORGANISATIONS, Activity: loader.ACTIVITIES, NewsItem: loader.NEWS}


@pytest.fixture(scope="module")
def root() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def round_trip(model: Any, root: Path) -> Any:
    """Write ``model`` into ``root`` and read it back through the loader."""
    kind = KINDS[type(model)]
    rel = f"content/{kind.folder}/item{writer.suffix(model)}"
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(writer.render(model).encode("utf-8"))
    found, problems = loader.read_item(path, kind, rel)
    assert problems == [], "\n".join(map(str, problems)) + "\n" + path.read_text("utf-8")
    return found


def validated(model: type, data: dict[str, Any]) -> Any:
    language = data.get("language", "fi")
    return model.model_validate(data, context={"language": language})


ACTIVITY_EXAMPLE = {
    "language": "ar",
    "title": {"ar": "مقهى اللغة", "fi": "no"},
    "summary": {"ar": "  # ليس تعليقا", "en": "a: b"},
    "description": {"ar": "فقرة\n\n- قائمة", "fi": "1.10"},
    "organisation": "on",
    "forms": ["language-cafe"],
    "category": "support",
    "target_groups": ["everyone"],
    "languages": ["ar"],
    "online": {"instructions": "'quoted' and \"double\""},
    "schedule": {"sessions": [
        {"date": "2026-10-01", "start": "9.30", "end": "11:00", "note": "---"},
        {"date": "2026-10-08", "start": "09:30", "end": "11:00"},
    ]},
    "cost": {"free": False, "fee": "2 € / kerta"},
    "registration": {"required": False},
    "referrals": {"accepted": True},
    "contact": {"email": "info@on.example"},
    "keywords": ["", "yes", "null", "~"],
    "verified": "2026-09-01",
}  # fmt: skip


@SETTINGS
@given(organisations())
def test_organisation(root: Path, data: dict[str, Any]) -> None:
    original = validated(Organisation, data)
    assert round_trip(original, root) == original


@SETTINGS
@given(activities())
@example(ACTIVITY_EXAMPLE)
def test_activity(root: Path, data: dict[str, Any]) -> None:
    original = validated(Activity, data)
    assert round_trip(original, root) == original


@SETTINGS
@given(news_items())
def test_news_item(root: Path, data: dict[str, Any]) -> None:
    original = validated(NewsItem, data)
    assert round_trip(original, root) == original


def test_written_file_is_what_a_person_would_write(root: Path) -> None:
    """Defaults are left out and the main language's description is the Markdown body."""
    activity = validated(Activity, ACTIVITY_EXAMPLE)
    text = writer.render(activity)
    front, _, body = text.removeprefix("---\n").partition("---\n")
    assert body == "فقرة\n\n- قائمة\n"
    assert "capacity" not in front and "childcare" not in front
    assert "\ndescription:\n  fi: '1.10'\n" in front
    assert round_trip(activity, root) == activity
