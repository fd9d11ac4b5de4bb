"""Facet data: per document, the codes the search page filters and counts by.

Kept out of the lunr index. Each column is one string of base-32 numbers
(:func:`tukena.search.compact.numbers`), one number per document, or for a list-valued
column (``municipality``, ``language``, ``help``) the count and then the values, per document.
Values are indexes into the tables of the same file, bit masks over a table, or days.
The columns are the same in every UI language (:func:`columns`, made once per build); only
the tables' labels differ. ``tables.otherNames`` gives the places' names in the other
official language, which "Find a municipality" also finds them by (:mod:`.placenames`).

Columns (``flags`` bits are listed in the file under ``flags``):

===============  =====================================================================
municipality     list of indexes into ``tables.municipality`` (empty: online only)
organisation     organisation number (its name is in the result data, ``o``)
form             bit mask over ``tables.form``
group            bit mask over ``tables.group`` (target groups)
category         index into ``tables.category``
language         list of indexes into ``tables.language`` (languages spoken), in the
                 organiser's order (a card names them so)
help             list of indexes into ``tables.help``: the languages a client gets by in
                 there (:func:`helped_in`), so that a client's language ticked in both
                 filters finds the activities held in it; the organiser's order
level            index into ``tables.level`` (Finnish or Swedish needed)
capacity         index into ``tables.capacity``
days             bit mask of weekdays, Monday = 1 … Sunday = 64
times            bit mask of start times: morning 1 (< 12:00), afternoon 2, evening 4 (≥ 17:00)
slots            the two together: bit ``weekday * 3 + time`` (Monday morning 1, Monday
                 afternoon 2, Monday evening 4, Tuesday morning 8 … Sunday evening 2**20)
flags            bit mask, see ``flags``
youngest         youngest age it is for (0: no lower limit)
oldest           oldest age it is for (``ageLimit``, 120: no upper limit)
next             next session: days after ``today``; ``noNext`` while paused, so that it
                 sorts last and no "within days" or "today" choice finds it
verified         days from the verified date to ``today`` (the "most recently confirmed" order)
sessions         bit mask of the days with a session in the 28 days from ``today`` (bit 0:
                 ``today``; :mod:`.sessiondays`): what "this week" and "next week" read
===============  =====================================================================
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tukena import invites, reference
from tukena.schemas import Activity
from tukena.schemas.languages import language_name
from tukena.schemas.participation import AGE_LIMIT
from tukena.schemas.vocabulary import (
    ActivityForm,
    Capacity,
    Category,
    LanguageLevel,
    TargetGroup,
    label,
)
from tukena.search.compact import number
from tukena.search.documents import Listing, weekdays_and_times
from tukena.search.placenames import other_names
from tukena.search.sessiondays import WINDOW_DAYS, session_days

logger = logging.getLogger(__name__)

FLAGS = {
    "free": 1,
    "online": 2,
    "inPerson": 4,
    "referrals": 8,
    "childcare": 16,
    "stepFree": 32,
    "stale": 64,
    "registration": 128,
}
#: The ``next`` of a listing without a session to go to (paused): beyond any next session,
#: which is at most about two years ahead (:func:`tukena.occurrences.next_session`).
NO_NEXT = 9999
VOCABULARIES: dict[str, type[StrEnum]] = {
    "form": ActivityForm,
    "group": TargetGroup,
    "category": Category,
    "level": LanguageLevel,
    "capacity": Capacity,
}


def _vocabulary(enum: type[StrEnum], lang: str) -> list[list[str]]:
    return [[v.value, label(v, lang)] for v in enum]


#: Each vocabulary's values by position (iterating an enum is slow, and this is per listing).
_POSITIONS: dict[type[StrEnum], dict[StrEnum, int]] = {
    enum: {value: i for i, value in enumerate(enum)} for enum in VOCABULARIES.values()
}


def _mask(values: Iterable[StrEnum], enum: type[StrEnum]) -> int:
    positions = _POSITIONS[enum]
    mask = 0
    for value in values:  # a value given twice sets its bit twice
        mask |= 1 << positions[value]
    return mask


def helped_in(activity: Activity) -> list[str]:
    """The languages a client gets by in there (the "Held in or with help in" filter):
    those someone helps in and those it is held in. Finnish too: it counted the one activity
    with help in Finnish alone, under a label that says "held in", while most are held in
    it; a professional whose client gets by in Finnish ticks it with the client's own
    language and finds every place the client can manage in."""
    return list(dict.fromkeys([*activity.help_languages, *activity.languages]))


#: The bits of :data:`FLAGS`, in its order (as :func:`_flags` lists the conditions).
_FLAG_BITS = tuple(FLAGS.values())


def _flags(listing: Listing) -> int:
    a = listing.activity
    step_free = any(p.accessibility and p.accessibility.step_free for p in a.locations)
    conditions = (  # in FLAGS order: free, online, inPerson, referrals, childcare, …
        a.cost.free,
        a.online is not None,
        a.locations,
        invites.takes_referrals(a),  # not while paused (an ended one is not searchable)
        a.childcare,
        step_free,
        listing.stale,
        a.registration.required,
    )
    bits = 0
    for bit, on in zip(_FLAG_BITS, conditions, strict=True):
        if on:
            bits |= bit
    return bits


def _values(
    item: Listing,
    today: dt.date,
    municipalities: _Table,
    organisations: _Table,
    languages: dict[str, int],
    helps: dict[str, int],
) -> dict[str, Any]:
    """One listing's value of every column (lists for the list-valued ones)."""
    a = item.activity
    days, times, slots = weekdays_and_times(item, today)
    return {
        "municipality": [municipalities(m) for m in item.municipalities],
        "organisation": organisations(a.organisation),
        "form": _mask(a.forms, ActivityForm),
        "group": _mask(a.target_groups, TargetGroup),
        "category": _POSITIONS[Category][a.category],
        # in the organiser's order, as the activity's page and the lists name them: a card
        # reads the languages from these columns
        "language": list(dict.fromkeys(languages[c] for c in a.languages)),
        "help": [helps[c] for c in helped_in(a)],
        "level": _POSITIONS[LanguageLevel][a.language_level],
        "capacity": _POSITIONS[Capacity][a.capacity],
        "days": days,
        "times": times,
        "slots": slots,
        "flags": _flags(item),
        "youngest": (a.age.min or 0) if a.age else 0,
        "oldest": AGE_LIMIT if a.age is None or a.age.max is None else a.age.max,
        "next": NO_NEXT if item.next_session is None else (item.next_session - today).days,
        "verified": max(0, (today - a.verified).days),
        "sessions": session_days(item, today),
    }


class _Table:
    """Values in first-seen order, with their index."""

    def __init__(self) -> None:
        self.index: dict[Any, int] = {}

    def __call__(self, value: Any) -> int:
        return self.index.setdefault(value, len(self.index))


@dataclass(frozen=True)
class Columns:
    """The half of the facet file that is the same in every language: the columns, and the
    codes the tables they index list, in table order."""

    columns: dict[str, str]
    municipalities: list[str]
    organisations: list[str]  # slugs, in organisation-number order
    languages: list[str]
    helps: list[str]  # the languages someone helps in, most listings first


def columns(listings: list[Listing], today: dt.date) -> Columns:
    """The columns of ``listings`` (in document order)."""
    municipalities, organisations = _Table(), _Table()
    spoken = Counter(code for item in listings for code in item.activity.languages)
    languages = {code: i for i, (code, _) in enumerate(spoken.most_common())}
    helped = Counter(code for item in listings for code in helped_in(item.activity))
    helps = {code: i for i, (code, _) in enumerate(helped.most_common())}
    parts: dict[str, list[str]] = {name: [] for name in _COLUMNS}
    lists = [(name, parts[name]) for name in _LISTS]
    scalars = [(name, parts[name]) for name in _COLUMNS if name not in _LISTS]
    for item in listings:
        values = _values(item, today, municipalities, organisations, languages, helps)
        for name, column in lists:
            codes = values[name]
            column.append(number(len(codes)) + "".join(number(v) for v in codes))
        for name, column in scalars:
            column.append(number(values[name]))
    logger.debug("facet columns of %s documents", len(listings))
    return Columns(
        {name: "".join(column) for name, column in parts.items()},
        list(municipalities.index),
        list(organisations.index),
        list(languages),
        list(helps),
    )


def build(
    listings: list[Listing], lang: str, today: dt.date, shared: Columns | None = None
) -> tuple[dict[str, Any], list[str]]:
    """The facet file's content for ``listings`` (in document order), and the slugs of the
    organisations in organisation-number order. ``shared`` is ``columns(listings, today)``
    when the caller has it (it is the same in every language)."""
    data = reference.load()
    made = shared if shared is not None else columns(listings, today)
    regions = _Table()
    counties = _Table()
    municipality_rows = []
    for code in made.municipalities:
        m = data.municipalities[code]
        county = counties(m.county) if m.county else -1
        municipality_rows.append([code, m.name(lang), regions(m.region), county])
    tables: dict[str, Any] = {
        "municipality": municipality_rows,
        "region": [[c, data.regions[c].name(lang)] for c in regions.index],
        "county": [
            [c, data.counties[c].name(lang), data.counties[c].short_name(lang)]
            for c in counties.index
        ],
        "language": [[code, language_name(code, lang)] for code in made.languages],
        "help": [[code, language_name(code, lang)] for code in made.helps],
        # "Esbo" on the Finnish site, "Keski-Suomi" on the English one (placenames.py)
        "otherNames": other_names(data, lang, made.municipalities, regions.index, counties.index),
    }
    tables.update({name: _vocabulary(enum, lang) for name, enum in VOCABULARIES.items()})
    logger.debug("facets of %s documents in %s", len(listings), lang)
    facets = {
        "today": today.isoformat(),
        "n": len(listings),
        "flags": FLAGS,
        "ageLimit": AGE_LIMIT,
        "noNext": NO_NEXT,
        "window": WINDOW_DAYS,  # days the column ``sessions`` covers from ``today``
        "tables": tables,
        "columns": dict(made.columns),
    }
    return facets, list(made.organisations)


_COLUMNS = (
    "municipality", "organisation", "form", "group", "category", "language", "help", "level",
    "capacity", "days", "times", "slots", "flags", "youngest", "oldest", "next", "verified",
    "sessions",
)  # fmt: skip
#: The list-valued columns: a count, then the values.
_LISTS = ("municipality", "language", "help")


def decode(facets: dict[str, Any], column: str) -> list[Any]:
    """One column as a list per document (ints, or lists for list-valued columns)."""
    from tukena.search.compact import decode as numbers

    values = numbers(facets["columns"][column])
    if column not in _LISTS:
        return values
    out, i = [], 0
    while i < len(values):
        count = values[i]
        out.append(values[i + 1 : i + 1 + count])
        i += 1 + count
    return out
