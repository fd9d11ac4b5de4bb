"""A lock-free ``cached_property`` for the page views, and the functions behind a view's
properties, for views that make all their values at once."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter
from typing import Any


class cached_property:  # noqa: N801 - a drop-in for functools.cached_property
    """``functools.cached_property`` without the lock that Python 3.11's takes on every
    first access (3.12 dropped it): a view lives in one thread, and pages read ~20 of them."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


@lru_cache(maxsize=8)
def getters(cls: type, fields: tuple[str, ...]) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """How a view of ``cls`` that makes every value of ``fields`` at once (a dict a page reads
    faster than properties, as :meth:`tukena.site.views.ActivityView.page`) gets each one:
    the property's own function, without the descriptor (each value is read once, from the
    dict); an attribute the view sets itself by name."""
    out = []
    for name in fields:
        attr = cls.__dict__.get(name)
        if isinstance(attr, property):
            out.append((name, attr.fget))
        elif isinstance(attr, cached_property):
            out.append((name, attr.func))
        else:
            out.append((name, attrgetter(name)))
    return tuple(out)
