"""Schedules and other facts in plain words, in a UI language.

``Tuesdays and Thursdays 17:00–19:00`` · ``2 Sep – 9 Dec 2026`` · ``not on 14 Oct 2026``
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from tukena.schemas.location import Accessibility
from tukena.schemas.schedule import DateException, Schedule, Season, Session, WeeklySlot
from tukena.site.i18n import format_day, format_time, gettext, memoised

_ = gettext  # memoised: ``_(lang, message)``


def N_(message: str) -> str:  # noqa: N802 - the marker name Babel extracts by default
    """Mark a message for extraction; it is translated where it is used."""
    return message


WEEKDAYS_PLURAL = {
    "mon": N_("Mondays"),
    "tue": N_("Tuesdays"),
    "wed": N_("Wednesdays"),
    "thu": N_("Thursdays"),
    "fri": N_("Fridays"),
    "sat": N_("Saturdays"),
    "sun": N_("Sundays"),
}

WEEKDAYS = {
    "mon": N_("Monday"),
    "tue": N_("Tuesday"),
    "wed": N_("Wednesday"),
    "thu": N_("Thursday"),
    "fri": N_("Friday"),
    "sat": N_("Saturday"),
    "sun": N_("Sunday"),
}


#: Notices of texts a page lacks in its UI language, by what lacks them: a listing (all its
#: texts), some of a listing's texts that describe it, an organisation's description, and
#: a news item, event, training or job ad (which has one language only); then by language.
MISSING = {
    "listing": {
        "fi": N_("This listing is not available in Finnish."),
        "sv": N_("This listing is not available in Swedish."),
        "en": N_("This listing is not available in English."),
    },
    "partly": {
        "fi": N_("Some details of this listing are not available in Finnish."),
        "sv": N_("Some details of this listing are not available in Swedish."),
        "en": N_("Some details of this listing are not available in English."),
    },
    "description": {
        "fi": N_("The description is not available in Finnish."),
        "sv": N_("The description is not available in Swedish."),
        "en": N_("The description is not available in English."),
    },
    "item": {
        "fi": N_("This item is not available in Finnish."),
        "sv": N_("This item is not available in Swedish."),
        "en": N_("This item is not available in English."),
    },
}

#: What a place offers, by the field of its accessibility that says so.
ACCESSIBILITY = {
    "step_free": N_("step-free access"),
    "accessible_toilet": N_("accessible toilet"),
    "induction_loop": N_("induction loop"),
}


#: An age range in words, by the ends it has; the search page's cards word it with the same
#: messages (``theme/templates/search.html``).
AGES = {
    "range": N_("{min}–{max} years"),
    "up_to": N_("up to {max} years"),
    "up_to_one": N_("up to 1 year"),
    "from": N_("{min} years and over"),
    "from_one": N_("1 year and over"),
    "under_one": N_("under 1 year"),
    "one": N_("1 year"),
    "exactly": N_("{age} years"),
}


def ages(youngest: int | None, oldest: int | None, lang: str) -> str | None:
    """``6–12 years``, ``up to 6 years``, ``60 years and over``; one age said once (``5
    years``, ``1 year``), 0 to 0 as ``under 1 year``; a limit of 1 in the singular (``up
    to 1 year``, ``1 year and over``); None for no limit. A youngest age of 0 is no lower
    limit."""
    if oldest is None:
        if youngest == 1:
            return _(lang, AGES["from_one"])
        return _(lang, AGES["from"]).format(min=youngest) if youngest else None
    if oldest == 0:
        return _(lang, AGES["under_one"])
    if youngest == oldest:
        return _(lang, AGES["one"]) if oldest == 1 else _(lang, AGES["exactly"]).format(age=oldest)
    if not youngest:
        return (
            _(lang, AGES["up_to_one"]) if oldest == 1 else _(lang, AGES["up_to"]).format(max=oldest)
        )
    return _(lang, AGES["range"]).format(min=youngest, max=oldest)


def missing_language(lang: str, what: str = "listing") -> str:
    """The notice on a page that lacks texts in the UI language (:data:`MISSING`: what lacks
    them); plain text: templates escape it."""
    notices = MISSING[what]
    return _(lang, notices.get(lang, notices["en"]))


def accessibility(access: Accessibility | None, lang: str) -> list[str]:
    """``step-free access``, ``accessible toilet``, ``induction loop``: what is there."""
    if access is None:
        return []
    return [_(lang, message) for name, message in ACCESSIBILITY.items() if getattr(access, name)]


def _plural(lang: str, weekday: str) -> str:
    return _(lang, WEEKDAYS_PLURAL[weekday])


def _singular(lang: str, weekday: str) -> str:
    return _(lang, WEEKDAYS[weekday])


#: ``date.weekday()`` (Monday 0) → the weekday's key in :data:`WEEKDAYS`.
WEEKDAY_KEYS = tuple(WEEKDAYS)


@memoised
def day(value: dt.date, lang: str, year: bool = True) -> str:
    """A single day with its weekday: ``torstai 10.12.2026``, ``Thursday 10 Dec 2026``
    (without the year: ``torstai 10.12.``).

    For a date people act on (the next session, a session of a series, an event): the
    weekday tells at a glance whether it suits them, without a calendar at hand."""
    return f"{_singular(lang, WEEKDAY_KEYS[value.weekday()])} {format_day(value, lang, year)}"


def time_range(start: dt.time, end: dt.time, lang: str) -> str:
    """``17.00–19.00`` (fi, sv), ``17:00–19:00`` (en): see :func:`format_time`."""
    return f"{format_time(start, lang)}–{format_time(end, lang)}"


def date_range(start: dt.date, end: dt.date, lang: str) -> str:
    """``2.9.–9.12.2026``, or with both years when the range crosses a year."""
    if start == end:
        return format_day(start, lang)
    if start.year == end.year:
        sep = " – " if lang == "en" else "–"
        return f"{format_day(start, lang, year=False)}{sep}{format_day(end, lang)}"
    sep = " – " if lang == "en" else "–"
    return f"{format_day(start, lang)}{sep}{format_day(end, lang)}"


def slot(slot: WeeklySlot, lang: str) -> str:
    """``Tuesdays 17:00–19:00`` or ``Every other Tuesday 17:00–19:00``: one slot on its own."""
    return _capital(_said((slot.weekday,), slot.start, slot.end, slot.every, lang))


#: The UI languages that write a weekday with a capital letter mid-sentence, as English
#: does ("on Tuesdays"); Finnish and Swedish write it in lower case ("tiistaisin").
CAPITAL_WEEKDAYS = frozenset({"en"})

#: How many weekdays in a row a range names by its ends: three or more
#: ("Mondays to Thursdays"); two are said as two ("Mondays and Tuesdays").
RANGE_FROM = 3


def _capital(text: str) -> str:
    return f"{text[:1].upper()}{text[1:]}"


def weekly_word(weekday: str, lang: str) -> str:
    """``tiistaisin``, ``tisdagar``, ``Tuesdays``: the weekday's plural as it is written
    mid-sentence (the catalogues hold it as it starts a sentence)."""
    word = _plural(lang, weekday)
    return word if lang in CAPITAL_WEEKDAYS else f"{word[:1].lower()}{word[1:]}"


def _listed(items: list[str], lang: str) -> str:
    """``a, b and c``: the last joined by the language's "and"."""
    if len(items) == 1:
        return items[0]
    return _(lang, "{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def _runs(weekdays: tuple[str, ...]) -> list[list[str]]:
    """The weekdays in week order, split where a day is skipped (Monday to Sunday)."""
    order = sorted(set(weekdays), key=WEEKDAY_KEYS.index)
    runs: list[list[str]] = []
    for key in order:
        if runs and WEEKDAY_KEYS.index(runs[-1][-1]) + 1 == WEEKDAY_KEYS.index(key):
            runs[-1].append(key)
        else:
            runs.append([key])
    return runs


@memoised
def _said(weekdays: tuple[str, ...], start: dt.time, end: dt.time, every: int, lang: str) -> str:
    """Slots that differ only in their weekday, in words as mid-sentence: ``tiistaisin ja
    torstaisin 16.00–18.00``, ``maanantaisin–torstaisin 10.00–14.00``; one every few
    weeks: ``joka toinen tiistai 17.00–19.00``. Memoised: most slots recur (the same
    evening hours on the same weekdays), and every page, card and search result of an
    activity shows them."""
    times = time_range(start, end, lang)
    if every == 1:
        items = []
        for run in _runs(weekdays):
            words = [weekly_word(key, lang) for key in run]
            if len(run) >= RANGE_FROM:
                items.append(_(lang, "{first} to {last}").format(first=words[0], last=words[-1]))
            else:
                items.extend(words)
        return f"{_listed(items, lang)} {times}"
    (weekday,) = weekdays  # every few weeks: one slot at a time (see :func:`slots`)
    if every == 2:
        day = _(lang, "every other {weekday}").format(weekday=_singular(lang, weekday))
    else:
        day = _(lang, "every {n} weeks on {weekday}").format(
            n=every, weekday=_singular(lang, weekday)
        )
    return f"{day} {times}"


def slots(weekly: list[WeeklySlot], lang: str) -> list[str]:
    """The weekly slots in words, as a person writes them: the weekly ones with the same
    times together (``Tiistaisin ja torstaisin 16.00–18.00``, ``Maanantaisin–torstaisin
    10.00–14.00``), each group where its first slot is; only the first capitalised, as it
    starts the sentence the rest continue (``…, keskiviikkoisin 10.00–12.00``).

    Only slots that differ in nothing but their weekday are said together. Those every two
    or more weeks stay one by one: "joka toinen tiistai ja torstai" reads as every other
    Tuesday and every Thursday."""
    groups: dict[tuple, list[str]] = {}
    for index, s in enumerate(weekly):
        key = (s.start, s.end, 1) if s.every == 1 else (s.start, s.end, s.every, index)
        groups.setdefault(key, []).append(s.weekday)
    said = [_said(tuple(days), key[0], key[1], key[2], lang) for key, days in groups.items()]
    return [_capital(said[0]), *said[1:]] if said else []


def season(season: Season, lang: str) -> str:
    if season.end is None:
        return _(lang, "from {date}").format(date=format_day(season.start, lang))
    return date_range(season.start, season.end, lang)


def break_dates(start: dt.date, end: dt.date | None, lang: str) -> str:
    """One break: ``14.10.2026`` or ``21.12.2026–6.1.2027``, always with its year, as a
    season and a session are said. Without it a reader guesses: "25.12., 1.1." spans two
    years, and a printed shortlist or a saved page is read after New Year."""
    return date_range(start, end or start, lang)


def in_date_order(gaps: Iterable[DateException]) -> list[DateException]:
    """Breaks as they fall: by first day, then last. A file may list them in any order
    (a break added later at the end); read out in it, ``14.10., 23.12.–6.1., 9.9.`` sends a
    reader back and forth."""
    return sorted(gaps, key=lambda e: (e.start, e.last))


def exceptions(schedule: Schedule, lang: str, after: dt.date | None = None) -> str:
    """``not on 14.10.2026, 21.12.2026–6.1.2027``: breaks still ahead (all when ``after`` is
    None) in date order, without the organiser's reasons: the one line on cards stays short
    (:mod:`tukena.site.breaks` says them with their reasons)."""
    ranges = tuple(
        (e.start, e.end)
        for e in in_date_order(schedule.exceptions)
        if after is None or e.last >= after
    )
    return _exceptions(ranges, lang) if ranges else ""


@memoised
def _exceptions(ranges: tuple[tuple[dt.date, dt.date | None], ...], lang: str) -> str:
    """:func:`exceptions`' text for these breaks, memoised: listings share their breaks
    (school holidays, public holidays) far more often than not."""
    dates = ", ".join(break_dates(start, end, lang) for start, end in ranges)
    return _(lang, "not on {dates}").format(dates=dates)


def session(item: Session, lang: str) -> str:
    """One session of a series: ``torstai 10.12.2026 17.00–19.00``."""
    return f"{day(item.date, lang)} {time_range(item.start, item.end, lang)}"
