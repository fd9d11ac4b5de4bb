"""A lock-free ``cached_property`` for the page views."""

from __future__ import annotations

from collections.abc import Callable
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
