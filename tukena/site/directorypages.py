"""The organisation directory in pages, like the volumes of an encyclopedia: a city with
hundreds of organisations made one page of about 200 kB, heavy on a phone on a slow link.

Each page holds :attr:`~tukena.site.config.SiteConfig.directory_page_size` organisations
in alphabetical order and is named by the initial letters it covers ("A–D"); a letter
may go on over two pages, whose names then say where (:func:`_label`). Every page carries the whole letter index, each letter linking
to the page (and the heading) where its organisations begin, so a person reaches any
name in one step, with or without JavaScript. The pages are cut by count, not by letter,
so every UI language has as many pages (the names, and so the order, differ a little
between languages: Alavus, Alavo) and each page has its counterpart in the others.

Page 1 keeps the directory's address (``organisations/``); page 2 is
``organisations/2/``, a folder beside the organisations' own ``<slug>.html`` pages.
Everything here is pure: it takes the names in order as the page shows them.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from tukena.site import paging, urls
from tukena.site.collation import DIGITS, initial

logger = logging.getLogger(__name__)

SECTION = "organisations"
PREFIX = 3  # letters of a name that say where a page starts or ends within a letter
#: the initials of names without a letter first (tukena.site.collation.initial)
GROUPS = frozenset({"#", DIGITS})


def address(lang: str, number: int) -> str:
    """The address of page ``number`` of the directory in ``lang``."""
    if number == 1:
        return urls.page(lang, SECTION)
    return urls.page(lang, SECTION, str(number))


def count(members: int, size: int) -> int:
    """How many pages ``members`` organisations take (one when ``size`` is 0)."""
    return paging.count(members, size)


@dataclass(frozen=True, slots=True)
class Page:
    """One page: its number, the slice of the list it shows and the letters it covers."""

    number: int
    start: int  # index of its first organisation in the whole list
    stop: int  # one past its last
    label: str  # "A–D", or "D" when it holds one letter


@dataclass(frozen=True, slots=True)
class Letter:
    """One entry of the letter index: the letter, the id of its heading and the page
    where its organisations begin."""

    letter: str
    id: str
    page: int


def split(names: list[str], size: int) -> list[Page]:
    """The pages of a list of ``names`` (in alphabetical order), ``size`` a page."""
    initials = [initial(name) for name in names]
    if size <= 0:
        size = max(1, len(names))
    starts = range(0, len(names), size) or [0]
    return [
        Page(n, start, min(start + size, len(names)), _label(names, initials, start, size))
        for n, start in enumerate(starts, start=1)
    ]


def _label(names: list[str], initials: list[str], start: int, size: int) -> str:
    """The letters a page covers; where a letter goes on over the edge of the page, the
    start of the name there instead ("A–Kau", "Kau–Kot"), so two pages in the same
    letter say which part of it each one holds.

    The groups that are not letters, "#" and "0–9" (first in the order), are named on
    their own before the letters ("0–9, A–C"): "0–9–C" would read as a range of ranges."""
    stop = min(start + size, len(names))
    if start >= stop:
        return ""
    split_before = start > 0 and initials[start - 1] == initials[start]
    split_after = stop < len(names) and initials[stop] == initials[stop - 1]
    groups: list[str] = []
    while initials[start] in GROUPS and initials[start] != initials[stop - 1]:
        groups.append(initials[start])
        while start < stop - 1 and initials[start] == groups[-1]:
            start += 1
        split_before = False
    if initials[start] == initials[stop - 1]:  # a page within one letter ("Kau–Kuu")
        split_before = split_after = split_before or split_after
    first = _start(names[start]) if split_before else initials[start]
    last = _start(names[stop - 1]) if split_after else initials[stop - 1]
    return ", ".join([*groups, first if first == last else f"{first}–{last}"])


def _start(name: str) -> str:
    """The first letters of a name (from its first letter or digit, as it sorts), without
    a sign they end in ("4H" of "4H-yhdistys")."""
    begin = next((i for i, char in enumerate(name) if char.isalnum()), 0)
    said = name[begin : begin + PREFIX].strip()
    while len(said) > 1 and not said[-1].isalnum():
        said = said[:-1]
    return said


def letters(names: list[str], size: int) -> list[Letter]:
    """The letter index: each letter once, in order, with the page of its first name."""
    found: dict[str, int] = {}
    for index, letter in enumerate(map(initial, names)):
        if letter not in found:
            found[letter] = index // size + 1 if size > 0 else 1
    return [Letter(letter, f"letter-{n}", page) for n, (letter, page) in enumerate(found.items())]
