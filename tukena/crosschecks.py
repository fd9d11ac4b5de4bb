"""Checks across files: references to organisations, and listings that contradict the date.

Both report at the line of the offending key, with the closest match suggested.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable

from tukena.documents import RawDocument
from tukena.exceptions import Problem
from tukena.occurrences import next_session
from tukena.schemas import Activity


def _suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


def references(rel: str, raw: RawDocument, orgs: set[str]) -> list[Problem]:
    """Unknown organisations named by an activity file, valid or not."""
    named: list[tuple[tuple, str, object]] = [
        (("organisation",), "organisation", raw.data.get("organisation"))
    ]
    partners = raw.data.get("partners")
    if isinstance(partners, list):
        named += [(("partners", i), f"partners[{i}]", p) for i, p in enumerate(partners)]
    return [
        Problem(
            rel,
            raw.lines.get(key, 1),
            name,
            f'unknown organisation "{value}"{_suggest(value, orgs)}',
        )
        for key, name, value in named
        if isinstance(value, str) and value not in orgs
    ]


def expiry(
    activities: dict[str, Activity],
    paths: dict[tuple[str, str], str],
    lines: dict[str, int],
    today: dt.date,
) -> list[Problem]:
    """A listing past its valid_until while its schedule still goes on contradicts itself."""
    found: list[Problem] = []
    for slug, activity in activities.items():
        if activity.valid_until is None or activity.valid_until >= today:
            continue
        upcoming = next_session(activity.schedule, today)
        if upcoming is not None:
            rel = paths[("activities", slug)]
            found.append(
                Problem(
                    rel,
                    lines.get(rel, 1),
                    "valid_until",
                    f"{activity.valid_until} is in the past but the schedule continues "
                    f"(next session {upcoming:%Y-%m-%d}): confirm the listing and move "
                    "valid_until, or end the schedule",
                )
            )
    return found
