"""Warnings of a copy of last season's listing: what the move to the next season could not
know.

A copy of an ended listing starts with its dates moved to the next season
(:mod:`tukena.bot.nextseason`). Two things the move cannot get right are left to the
organiser, and the form says which: a break that is not on a public holiday (a school's
autumn or winter holiday, which changes from year to year) was moved by weekday, and a
text that names a year of the season copied ("Kevään 2026 ryhmä on päättynyt") speaks of
last season. Each gets a warning beside its answer, in the UI language, and the check
page lists them (:mod:`.fieldwarnings`). A warning is not an error: the form can be sent.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tukena.forms import ui
from tukena.forms.views import FieldView, GroupView, Warned

logger = logging.getLogger(__name__)

#: the kind of these warnings (:class:`~tukena.forms.views.Warned`)
KIND = "season"
#: a year: four digits of any script (a Dari text writes ۲۰۲۶), not within a longer number
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


@dataclass(frozen=True)
class Copied:
    """What the form of a copy knows of the season copied: its years, how many weeks its
    dates were moved, and the first days (ISO dates) of the breaks moved by weekday; of a
    listing still running (nothing moved), when and where it meets
    (:mod:`.runningwarnings`)."""

    years: tuple[int, ...]
    weeks: int
    by_weekday: tuple[str, ...] = ()
    running: tuple[tuple[str, str], ...] = ()


def said(text: str, copied: Copied, lang: str) -> list[str]:
    """A warning in ``lang`` for each year of the season copied that ``text`` names."""
    years = dict.fromkeys(int(found) for found in _YEAR.findall(text))
    return [ui.text("season.year", lang, year=year) for year in years if year in copied.years]


def mark_text(view: FieldView, copied: Copied | None, lang: str) -> None:
    """Give each text of a field of a copy that names the season copied its warning."""
    if copied is None:
        return
    for text in view.inputs:
        items = said(text.value, copied, lang) if text.value.strip() else []
        if items:
            text.warnings.append(Warned(KIND, ui.text("season.field", lang), items))


def mark_break(
    row: GroupView, values: Mapping[str, Sequence[str]], copied: Copied | None, lang: str
) -> None:
    """Give a break (a row of ``schedule.exceptions``) of a copy its warning while it still
    starts on the day it was moved to by weekday."""
    if copied is None or not row.name.startswith("schedule.exceptions."):
        return
    start = (values.get(f"{row.name}.start") or [""])[0].strip()
    if start and start in copied.by_weekday:
        logger.debug("a copy's break moved by weekday: %s", start)
        item = ui.text("season.weekday", lang, weeks=copied.weeks)
        row.warnings.append(Warned(KIND, ui.text("season.break_field", lang), [item]))
