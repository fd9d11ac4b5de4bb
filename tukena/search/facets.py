"""Facet data: per document, the codes the search page filters and counts by.

Kept out of the lunr index. Each column is one string of base-32 numbers
(:func:`tukena.search.compact.numbers`), one number per document, or for a list-valued
column (``municipality``, ``language``) the count and then the values, per document.
Values are indexes into the tables of the same file, bit masks over a table, or days.

Columns (``flags`` bits are listed in the file under ``flags``):

===============  =====================================================================
municipality     list of indexes into ``tables.municipality`` (empty: online only)
organisation     organisation number (its name is in the result data, ``o``)
form             bit mask over ``tables.form``
group            bit mask over ``tables.group`` (target groups)
category         index into ``tables.category``
language         list of indexes into ``tables.language`` (languages spoken)
level            index into ``tables.level`` (Finnish or Swedish needed)
capacity         index into ``tables.capacity``
days             bit mask of weekdays, Monday = 1 … Sunday = 64
times            bit mask of start times: morning 1 (< 12:00), afternoon 2, evening 4 (≥ 17:00)
flags            bit mask, see ``flags``
next             next session: days after ``today``
verified         whole months (30 days) from the verified date to ``today``
===============  =====================================================================
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from tukena import reference
from tukena.schemas.languages import language_name
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
VOCABULARIES: dict[str, type[StrEnum]] = {
    "form": ActivityForm,
    "group": TargetGroup,
    "category": Category,
    "level": LanguageLevel,
    "capacity": Capacity,
}


def _vocabulary(enum: type[StrEnum], lang: str) -> list[list[str]]:
    return [[v.value, label(v, lang)] for v in enum]


def _mask(values: Iterable[StrEnum], enum: type[StrEnum]) -> int:
    order = list(enum)
    return sum(1 << order.index(v) for v in set(values))


def _flags(listing: Listing) -> int:
    a = listing.activity
    step_free = any(p.accessibility and p.accessibility.step_free for p in a.locations)
    bits = {
        "free": a.cost.free,
        "online": a.online is not None,
        "inPerson": bool(a.locations),
        "referrals": a.referrals.accepted,
        "childcare": a.childcare,
        "stepFree": step_free,
        "stale": listing.stale,
        "registration": a.registration.required,
    }
    return sum(FLAGS[name] for name, on in bits.items() if on)


class _Table:
    """Values in first-seen order, with their index."""

    def __init__(self) -> None:
        self.index: dict[Any, int] = {}

    def __call__(self, value: Any) -> int:
        return self.index.setdefault(value, len(self.index))


def build(listings: list[Listing], lang: str, today: dt.date) -> tuple[dict[str, Any], list[str]]:
    """The facet file's content for ``listings`` (in document order), and the slugs of the
    organisations in organisation-number order."""
    data = reference.load()
    municipalities, organisations = _Table(), _Table()
    spoken = Counter(code for item in listings for code in item.activity.languages)
    languages = {code: i for i, (code, _) in enumerate(spoken.most_common())}
    columns: dict[str, list[str]] = {name: [] for name in _COLUMNS}
    for item in listings:
        a = item.activity
        days, times = weekdays_and_times(item, today)
        codes = [municipalities(m) for m in item.municipalities]
        values: dict[str, Any] = {
            "municipality": codes,
            "organisation": organisations(a.organisation),
            "form": _mask(a.forms, ActivityForm),
            "group": _mask(a.target_groups, TargetGroup),
            "category": list(Category).index(a.category),
            "language": sorted({languages[c] for c in a.languages}),
            "level": list(LanguageLevel).index(a.language_level),
            "capacity": list(Capacity).index(a.capacity),
            "days": days,
            "times": times,
            "flags": _flags(item),
            "next": (item.next_session - today).days,
            "verified": max(0, (today - a.verified).days) // 30,
        }
        for name, value in values.items():
            if isinstance(value, list):
                columns[name].append(number(len(value)) + "".join(number(v) for v in value))
            else:
                columns[name].append(number(value))
    regions = _Table()
    counties = _Table()
    municipality_rows = []
    for code in municipalities.index:
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
        "language": [[code, language_name(code, lang)] for code in languages],
    }
    tables.update({name: _vocabulary(enum, lang) for name, enum in VOCABULARIES.items()})
    logger.debug("facets of %s documents in %s", len(listings), lang)
    facets = {
        "today": today.isoformat(),
        "n": len(listings),
        "flags": FLAGS,
        "tables": tables,
        "columns": {name: "".join(parts) for name, parts in columns.items()},
    }
    return facets, list(organisations.index)


_COLUMNS = (
    "municipality", "organisation", "form", "group", "category", "language", "level",
    "capacity", "days", "times", "flags", "next", "verified",
)  # fmt: skip


def decode(facets: dict[str, Any], column: str) -> list[Any]:
    """One column as a list per document (ints, or lists for list-valued columns)."""
    from tukena.search.compact import decode as numbers

    values = numbers(facets["columns"][column])
    if column not in ("municipality", "language"):
        return values
    out, i = [], 0
    while i < len(values):
        count = values[i]
        out.append(values[i + 1 : i + 1 + count])
        i += 1 + count
    return out
