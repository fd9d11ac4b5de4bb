"""Cells of a CSV file that a spreadsheet shows as they are and never runs as formulas:
the open data's ``activities.csv`` and ``coverage.csv``, and the maintainers' report of
stale listings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

#: A spreadsheet treats a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA = frozenset(FORMULA_START)
assert all(len(start) == 1 for start in FORMULA_START)
#: Lists are joined with it in one cell; a spreadsheet told to split on it starts a cell
#: after each one.
LIST_SEPARATOR = ";"
_PART_FORMULA = re.compile(f"{LIST_SEPARATOR}(?=[{re.escape(''.join(FORMULA_START))}])")


def _safe_parts(text: str) -> str:
    """``text`` with each part after a :data:`LIST_SEPARATOR` that starts a formula
    neutralised by an apostrophe, as a cell's start is."""
    return _PART_FORMULA.sub(f"{LIST_SEPARATOR}'", text)


def safe_cells(row: Iterable[Any]) -> list[Any]:
    """Booleans as true/false; every text with a leading formula character neutralised by an
    apostrophe (phones start with +, too), and so each of its parts after a ``;`` (a list's
    item, a cell of its own where a spreadsheet splits on ``;``); other values (numbers,
    dates) as they are. Texts, eight cells in ten, are asked about first, and their first
    character looked up in a set: ``startswith`` with a tuple costs more (a row is made for
    each of tens of thousands of activities); few texts hold a ``;``."""
    return [
        ("'" + v if v[:1] in _FORMULA else v)
        if isinstance(v, str) and LIST_SEPARATOR not in v
        else ("'" + _safe_parts(v) if v[:1] in _FORMULA else _safe_parts(v))
        if isinstance(v, str)
        else ("true" if v else "false")
        if v is True or v is False
        else v
        for v in row
    ]
