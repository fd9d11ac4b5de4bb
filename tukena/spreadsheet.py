"""Cells of a CSV file that a spreadsheet shows as they are and never runs as formulas:
the open data's ``activities.csv`` and ``coverage.csv``, and the maintainers' report of
stale listings.

A text that starts with a formula character gets a leading apostrophe (OWASP's advice on
CSV injection, ASVS 1.2.10, CWE-1236), except a plain number: digits with spaces, ``+``,
``-`` and parentheses only, such as a phone number (+358 40 123 4567). What makes formula
injection harmful is a function (HYPERLINK, WEBSERVICE, a DDE call such as cmd|...) or a
reference to a cell or file, and each needs a letter or another character outside that
set; a plain number can at most be read as arithmetic on numbers. The apostrophe would
corrupt such a value for every program that reads the file as data."""

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
#: A plain number (a phone number): no function, reference or text a formula could run.
#: The part before the first digit has none, so that matching takes one pass.
_PLAIN = re.compile(r"[-+() ]*[0-9][-+() 0-9]*\Z")


def _safe(text: str) -> str:
    """``text`` with an apostrophe before it when it starts a formula and is not a plain
    number."""
    return "'" + text if text[:1] in _FORMULA and not _PLAIN.match(text) else text


def _safe_parts(text: str) -> str:
    """``text`` with each of its parts (split on :data:`LIST_SEPARATOR`) made safe as a cell is."""
    return LIST_SEPARATOR.join([_safe(part) for part in text.split(LIST_SEPARATOR)])


def safe_cells(row: Iterable[Any]) -> list[Any]:
    """Booleans as true/false; every text with a leading formula character neutralised by an
    apostrophe unless it is a plain number (a phone number), and so each of its parts after
    a ``;`` (a list's item, a cell of its own where a spreadsheet splits on ``;``); other
    values (numbers, dates) as they are. Texts, eight cells in ten, are asked about first,
    and their first character looked up in a set: ``startswith`` with a tuple costs more (a
    row is made for each of tens of thousands of activities); few texts hold a ``;``."""
    return [
        ("'" + v if v[:1] in _FORMULA and not _PLAIN.match(v) else v)
        if isinstance(v, str) and LIST_SEPARATOR not in v
        else _safe_parts(v)
        if isinstance(v, str)
        else ("true" if v else "false")
        if v is True or v is False
        else v
        for v in row
    ]
