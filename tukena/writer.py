"""Models back to content files: what the form bot commits and the round-trip tests read.

An organisation becomes a YAML file; an activity or a news item becomes YAML front matter
between ``---`` lines followed by its Markdown body (an activity's body is its description
in the listing's main language). Keys follow the models' field order; defaults are left
out, so a written file stays as short as one written by hand. Dates are written plain
(``verified: 2026-11-22``), as people write them; strings that any YAML reader would take
for another type are quoted (:mod:`tukena.yamlquote`).

:func:`revise` changes an existing file instead: only the top-level keys whose values
differ are written anew, so a pull request shows the organiser's changes and nothing else.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from pydantic import BaseModel

from tukena import yamlsafe
from tukena.exceptions import FrontMatterError
from tukena.schemas import Activity, NewsItem, Organisation

logger = logging.getLogger(__name__)
FENCE = "---"


def _dates(python: Any, json: Any) -> Any:
    """The JSON dump with the dates of the Python dump put back, so they are written plain."""
    if isinstance(python, dt.date) and not isinstance(python, dt.datetime):
        return python
    if isinstance(json, dict) and isinstance(python, dict):
        return {key: _dates(python.get(key), value) for key, value in json.items()}
    if isinstance(json, list) and isinstance(python, (list, tuple)) and len(python) == len(json):
        return [_dates(p, j) for p, j in zip(python, json, strict=True)]
    return json


def _data(model: BaseModel) -> dict[str, Any]:
    options: dict[str, Any] = {"exclude_defaults": True, "exclude_none": True}
    return _dates(model.model_dump(**options), model.model_dump(mode="json", **options))


def parts(model: BaseModel) -> tuple[dict[str, Any], str | None]:
    """The front matter data of a model and its Markdown body (None for an organisation)."""
    data = _data(model)
    if isinstance(model, Organisation):
        return data, None
    if isinstance(model, Activity):
        descriptions = dict(data.pop("description", {}) or {})
        body = descriptions.pop(model.language, "")
        if descriptions:
            data["description"] = descriptions
        return data, body
    if isinstance(model, NewsItem):
        return data, data.pop("body", "")
    raise TypeError(f"cannot write a {type(model).__name__}")


def _with_body(head: str, body: str) -> str:
    return f"{FENCE}\n{head}{FENCE}\n" + (body.rstrip("\n") + "\n" if body else "")


def render(model: BaseModel) -> str:
    """The file text of an organisation, an activity or a news item."""
    data, body = parts(model)
    return yamlsafe.dump(data) if body is None else _with_body(yamlsafe.dump(data), body)


def suffix(model: BaseModel) -> str:
    """The file ending a model is written with."""
    return ".yaml" if isinstance(model, Organisation) else ".md"


Edit = tuple[int, tuple[int, int], int, list[str]]  # first row, rank, rows replaced, new rows


def _blocks(
    rows: list[str], lines: dict[tuple, int], path: tuple, span: tuple[int, int], indent: int
) -> dict[str | int, tuple[int, int]]:
    """The rows ``[start, end)`` of each key (or item) of the mapping (or sequence) at
    ``path``, whose rows are ``span``: from its key to the next key, less the blank rows and
    comments no deeper than the key before the next key (they stay where they are)."""
    starts = sorted(
        (line - 1, key[-1])
        for key, line in lines.items()
        if len(key) == len(path) + 1 and key[:-1] == path and span[0] <= line - 1 < span[1]
    )
    found = {}
    for index, (start, key) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else span[1]
        while end > start + 1 and (
            not rows[end - 1].strip()
            or (rows[end - 1].lstrip().startswith("#") and _indent(rows[end - 1]) <= indent)
        ):
            end -= 1
        found[key] = (start, end)
    return found


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip(" "))


def _nested(
    rows: list[str], lines: dict[tuple, int], path: tuple, start: int, items: bool
) -> int | None:
    """The column of the keys of the block mapping (or the dashes of the block sequence of
    ``items``) at ``path``: its key alone on row ``start``, every key (item) on a row of its
    own below, all at one column. None when it is written otherwise (in flow style)."""
    if rows[start].strip() != f"{path[-1]}:":
        return None
    keys = [
        line - 1 for key, line in lines.items() if len(key) == len(path) + 1 and key[:-1] == path
    ]
    columns = {_indent(rows[row]) for row in keys}
    if not keys or min(keys) <= start or len(columns) != 1:
        return None
    column = columns.pop()
    return (
        column
        if column > _indent(rows[start]) or (items and column == _indent(rows[start]))
        else None
    )


def _items(
    rows: list[str],
    lines: dict[tuple, int],
    path: tuple,
    span: tuple[int, int],
    column: int,
    old: list[Any],
    new: list[Any],
) -> list[Edit]:
    """The edits that change the block sequence ``old`` at ``path`` to ``new``, of the same
    length: the rows of each changed item replaced by that item dumped anew."""
    blocks = _blocks(rows, lines, path, span, column)
    edits: list[Edit] = []
    for index, (before, after) in enumerate(zip(old, new, strict=True)):
        if before != after and index in blocks:
            first, last = blocks[index]
            dumped = yamlsafe.dump([after]).rstrip("\n").split("\n")
            edits.append((first, (1, 0), last - first, [" " * column + row for row in dumped]))
    return edits


def _edits(
    rows: list[str],
    lines: dict[tuple, int],
    path: tuple,
    span: tuple[int, int],
    indent: int,
    old: dict[str, Any],
    new: dict[str, Any],
) -> list[Edit]:
    """The edits that change the mapping ``old`` at ``path`` to ``new``: each changed key's
    rows replaced by the key dumped anew, or, for a block mapping in both, its own changed
    keys, for a block sequence of the same length in both, its own changed items; a key no longer written removed; a new key put after the key before it in
    ``new``, or before the first key."""
    blocks = _blocks(rows, lines, path, span, indent)
    edits: list[Edit] = []
    order = list(new)
    pad = " " * indent
    for key in dict.fromkeys([*old, *new]):
        if old.get(key) == new.get(key):
            continue
        value = new.get(key)
        was, inside = old.get(key), (*path, key)
        if key in blocks and isinstance(was, dict) and isinstance(value, dict):
            inner = _nested(rows, lines, inside, blocks[key][0], items=False)
            if inner is not None:
                edits += _edits(rows, lines, inside, blocks[key], inner, was, value)
                continue
        if key in blocks and isinstance(was, list) and isinstance(value, list):
            inner = _nested(rows, lines, inside, blocks[key][0], items=True)
            if inner is not None and len(was) == len(value):
                edits += _items(rows, lines, inside, blocks[key], inner, was, value)
                continue
        dumped = [pad + row for row in yamlsafe.dump({key: value}).rstrip("\n").split("\n")]
        if key not in new:
            dumped = []
        if key in blocks:
            first, last = blocks[key]
            edits.append((first, (1, 0), last - first, dumped))
        elif dumped:
            earlier = [k for k in order[: order.index(key)] if k in blocks]
            at = blocks[earlier[-1]][1] if earlier else min(s for s, _ in blocks.values())
            edits.append((at, (-len(path), order.index(key)), 0, dumped))
    return edits


def revise(text: str, before: BaseModel, after: BaseModel) -> str | None:
    """``text`` (the file of ``before``) changed to ``after`` key by key: the rows of a key
    whose value differs are replaced by that key dumped anew (within a block mapping, the
    rows of its changed keys alone), a key no longer written is removed, a new key goes
    after the key the model puts before it; every other row, the Markdown body included
    when unchanged, stays byte for byte. None when the file's shape is not one this can
    change (the caller then writes it whole)."""
    old, old_body = parts(before)
    new, new_body = parts(after)
    rows = text.split("\n")
    start, end = 0, len(rows)
    if new_body is not None:
        closing = [i for i, row in enumerate(rows[1:], start=1) if row.rstrip() == FENCE]
        if rows[0].rstrip() != FENCE or not closing:
            return None
        start, end = 1, closing[0]
    head = rows[start:end]
    try:
        _, lines = yamlsafe.load("\n".join(head))
    except FrontMatterError:
        return None
    if not any(len(path) == 1 for path in lines):
        return None
    # at one row, a replaced block is applied first and what is inserted there goes before
    # it: deeper keys first, then in the model's order
    edits = _edits(head, lines, (), (0, len(head)), 0, old, new)
    for first, _, count, dumped in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        head[first : first + count] = dumped
    if new_body is None:
        return "\n".join(head)
    tail = "\n".join(rows[end:])
    if new_body != old_body:
        tail = FENCE + "\n" + (new_body.rstrip("\n") + "\n" if new_body else "")
    return "\n".join([*rows[:start], *head, tail])
