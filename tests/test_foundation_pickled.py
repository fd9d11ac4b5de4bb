"""Content models pickle as their field values (:mod:`tukena.schemas.pickled`) and come
back exactly as they were: equal, with the same fields set, the same dump and ``__dict__``."""

from __future__ import annotations

import datetime as dt
import pickle
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from pydantic import BaseModel, ConfigDict, PrivateAttr

from tests.content_strategies import activities, news_items, organisations
from tukena import loader, sample
from tukena.schemas.common import ContentModel

REPO = Path(__file__).resolve().parent.parent
DAY = dt.date(2026, 11, 22)
SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _same(before: Any, after: Any) -> None:
    """``after`` is ``before`` in every way a reader of the model could tell."""
    assert type(after) is type(before)
    if isinstance(before, BaseModel):
        assert after == before
        assert after.model_fields_set == before.model_fields_set
        assert list(after.__dict__) == list(before.__dict__)
        assert after.__pydantic_extra__ == before.__pydantic_extra__
        assert after.__pydantic_private__ == before.__pydantic_private__
        assert after.model_dump() == before.model_dump()
        assert after.model_dump(exclude_unset=True) == before.model_dump(exclude_unset=True)
        for name, value in before.__dict__.items():
            _same(value, after.__dict__[name])
    elif isinstance(before, (list, tuple)):
        assert len(after) == len(before)
        for one, other in zip(before, after, strict=True):
            _same(one, other)
    elif isinstance(before, dict):
        assert list(after) == list(before)
        for key, value in before.items():
            _same(value, after[key])
    else:
        assert after == before


def _round_trip(models: list[Any]) -> None:
    for protocol in (2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL):
        again = pickle.loads(pickle.dumps(models, protocol))
        for before, after in zip(models, again, strict=True):
            _same(before, after)


def _every_model(root: Path) -> list[Any]:
    content, problems = loader.check(root, today=DAY)
    assert problems == []
    return [*content.organisations.values(), *content.activities.values(), *content.news.values()]


def test_shipped_models_come_back_exactly():
    models = _every_model(REPO)
    assert models
    _round_trip(models)


def test_generated_models_come_back_exactly(tmp_path):
    sample.generate(tmp_path, activities=300, seed=11, today=DAY)
    _round_trip(_every_model(tmp_path))


@SETTINGS
@given(activities())
def test_drawn_activities_come_back_exactly(activity):
    _round_trip([activity])


@SETTINGS
@given(organisations())
def test_drawn_organisations_come_back_exactly(organisation):
    _round_trip([organisation])


@SETTINGS
@given(news_items())
def test_drawn_news_items_come_back_exactly(item):
    _round_trip([item])


def test_pickles_are_smaller_than_pydantic_state():
    model = _every_model(REPO)[-1]
    plain = pickle.dumps(model.__getstate__(), pickle.HIGHEST_PROTOCOL)
    assert len(pickle.dumps(model, pickle.HIGHEST_PROTOCOL)) < len(plain)


class _Open(ContentModel):
    model_config = ConfigDict(extra="allow", frozen=True)
    name: str
    count: int = 0


class _Private(ContentModel):
    name: str
    _secret: str = PrivateAttr(default="hidden")


def test_other_state_falls_back_to_pydantic_pickling():
    extra = _Open.model_validate({"name": "a", "colour": "red"})
    private = _Private(name="b")
    object.__setattr__(private, "_secret", "kept")
    _round_trip([extra, _Open(name="c", count=2), private])
    assert pickle.loads(pickle.dumps(private))._secret == "kept"
    assert pickle.loads(pickle.dumps(extra)).colour == "red"
