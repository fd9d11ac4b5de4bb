"""Compact pickling for content models.

Validated models cross a process boundary when a helper process reads part of a large
content folder, and they are pickled into the build cache. Pydantic pickles a model as its
state: the ``__dict__``, and a new set of the set field names, the empty extra values and
the empty private values, each under its name, for every model. A content model forbids
extra keys and has no private attributes, so its ``__dict__`` and its set fields say
everything, and the set fields are one frozenset shared by every model with the same ones
(pickle writes an object it has already written as a short reference). An activity with its
dozen nested models pickles in 38 µs rather than 50 and unpickles in 38 µs rather than 48,
into 2.2 rather than 2.4 kB.

A model holding extra or private values falls back to pydantic's own state, so what is
restored is always the model that was pickled.
"""

from __future__ import annotations

import copyreg
import logging
from typing import Any

from pydantic import BaseModel

logger = logging.getLogger(__name__)

_object_setattr = object.__setattr__
_MISSING = object()


def _slot(name: str) -> Any:
    """A setter for one of pydantic's slots: the slot's own descriptor is about a third
    quicker than ``object.__setattr__`` (unpickling sets three slots in every model)."""
    setter = getattr(BaseModel.__dict__.get(name), "__set__", None)
    return setter or (lambda model, value: _object_setattr(model, name, value))


_set_fields = _slot("__pydantic_fields_set__")
_set_extra = _slot("__pydantic_extra__")
_set_private = _slot("__pydantic_private__")

#: for each class, one frozenset object for each set of set fields seen
_field_sets: dict[type, dict[frozenset[str], frozenset[str]]] = {}


def register(cls: type[BaseModel]) -> None:
    """Pickle ``cls``'s models with :func:`reduce` (copyreg's table is looked up by exact
    class, so each class is registered; pickle then calls :func:`reduce` directly)."""
    copyreg.pickle(cls, reduce)


def reduce(model: BaseModel) -> tuple[Any, tuple]:
    """How to pickle ``model``: its ``__dict__`` and set fields, or pydantic's whole state
    when the model holds extra or private values."""
    if (
        model.__pydantic_extra__ is None
        and getattr(model, "__pydantic_private__", _MISSING) is None
    ):
        cls = type(model)
        given = frozenset(model.__pydantic_fields_set__)
        shared = _field_sets.get(cls)
        if shared is None:
            shared = _field_sets[cls] = {}
        fields = shared.setdefault(given, given)
        return _plain, (cls, model.__dict__, fields)
    return _state, (type(model), model.__getstate__())


def _plain(cls: type[BaseModel], state: dict[str, Any], fields: frozenset[str]) -> BaseModel:
    model = cls.__new__(cls)
    _object_setattr(model, "__dict__", state)
    _set_fields(model, set(fields))
    _set_extra(model, None)
    _set_private(model, None)
    return model


def _state(cls: type[BaseModel], state: dict[str, Any]) -> BaseModel:
    model = cls.__new__(cls)
    model.__setstate__(state)
    return model
