"""The rules between fields, checked in answers that have other errors too.

pydantic runs a model's own ``mode="after"`` validators (a weekly time needs a season; an
activity needs a place or joining online) only once every field of that model is valid. A
form sent with a wrong time and no season would say "wrong time" first, and "give the
season" only when sent again: errors in rounds. :func:`rule_errors` runs those same
validators, the models' own code, on what is valid in the answers: each field is validated
on its own, a part with errors of its own is checked the same way, one level down, and a
rule runs on the fields it reads when they are all valid. A rule that reads a field with
errors, or one left empty that has no default, is not run: it waits for that field to be put
right, so it never reports what is only a consequence of another error.

The errors come in pydantic's shape (``type``, ``loc``, ``msg``), for
:func:`tukena.forms.messages.form_errors` to name their fields.
"""

from __future__ import annotations

import logging
import types
import typing
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, TypeAdapter, ValidationError

logger = logging.getLogger(__name__)

Loc = tuple[str | int, ...]
_ABSENT = object()  # a field given with errors: not set, so a rule reading it does not run


@cache
def _adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    """A validator of one field: its type with its constraints (``ge``, ``max_length``,
    annotated validators). The model's ``field_validator`` methods are not in it; no rule
    between fields depends on what they change."""
    info = model.model_fields[name]
    annotation = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
    return TypeAdapter(annotation)


def _parts(annotation: Any) -> tuple[type[BaseModel] | None, bool]:
    """The model a field holds, alone or in a list (``list[Place]``, ``Season | None``),
    and whether it is a list; (None, False) for any other type."""
    args = typing.get_args(annotation)
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        models = [a for a in args if a is not type(None)]
        return _parts(models[0]) if len(models) == 1 else (None, False)
    if origin is list and args:
        inner, _ = _parts(args[0])
        return inner, inner is not None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    return None, False


def _field(
    model: type[BaseModel], name: str, value: Any, context: Any, loc: Loc, found: list[dict]
) -> Any:
    """The field's value when valid; a partial model (its own rules checked) when it holds a
    model with errors; else :data:`_ABSENT`."""
    try:
        return _adapter(model, name).validate_python(value, context=context)
    except ValidationError:
        pass
    inner, many = _parts(model.model_fields[name].annotation)
    if inner is None:
        return _ABSENT
    if many:
        if not isinstance(value, list):
            return _ABSENT
        items = [_partial(inner, v, context, (*loc, i), found) for i, v in enumerate(value)]
        return _ABSENT if any(item is _ABSENT for item in items) else items
    return _partial(inner, value, context, loc, found)


def _partial(model: type[BaseModel], data: Any, context: Any, loc: Loc, found: list[dict]) -> Any:
    """``model`` made of the valid part of ``data``, after running its rules on it; rules of
    the parts inside it are in ``found`` too. :data:`_ABSENT` when ``data`` is no mapping."""
    if not isinstance(data, dict):
        return _ABSENT
    values: dict[str, Any] = {}
    absent: list[str] = []
    for name, value in data.items():
        if name not in model.model_fields:
            continue  # an unknown key: the whole validation reports it
        checked = _field(model, name, value, context, (*loc, name), found)
        if checked is _ABSENT:
            absent.append(name)
        else:
            values[name] = checked
    partial = model.model_construct(**values)
    for name in absent:
        partial.__dict__.pop(name, None)  # not its default: reading it raises AttributeError
    _run_rules(model, partial, loc, found)
    return partial


def _run_rules(model: type[BaseModel], partial: BaseModel, loc: Loc, found: list[dict]) -> None:
    for decorator in model.__pydantic_decorators__.model_validators.values():
        if decorator.info.mode != "after":
            continue
        try:
            decorator.func(partial)
        except (ValueError, AssertionError) as exc:
            found.append({"type": "value_error", "loc": loc, "msg": str(exc), "input": None})
        except (AttributeError, TypeError):
            # a field it reads has errors or is missing: it runs once that is put right
            logger.debug("rule %s of %s waits for its fields", decorator.cls_var_name, loc)


def rule_errors(model: type[BaseModel], data: Any, context: Any = None) -> list[dict]:
    """The errors of ``model``'s rules between fields (and of the models inside it) in
    ``data``, where their fields are valid, whatever errors other fields have."""
    found: list[dict] = []
    _partial(model, data, context, (), found)
    return found
