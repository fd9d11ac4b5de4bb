"""A schedule's one line on cards and results (:func:`tukena.site.scheduleline.summary`):
the next session said once, a season without an end, a rhythm of several weeks and only the
breaks still ahead, in every UI language."""

from __future__ import annotations

import datetime as dt

import pytest

from tukena.schemas.schedule import Schedule
from tukena.site import breaks, humanize, scheduleline
from tukena.site.texts import Text

D = dt.date
SERIES = Schedule(
    sessions=[
        {"date": day, "start": "17:00", "end": "19:00"}
        for day in ("2026-10-20", "2026-11-24", "2026-12-10", "2027-01-26")
    ]
)


@pytest.mark.parametrize(
    ("today", "upcoming", "lang", "expected"),
    [
        # the next is the first of those ahead: its date is said once, after them
        ("2026-11-22", "2026-11-24", "fi", "3 kertaa 26.1.2027 asti, seuraavan kerran 24.11.2026"),
        (
            "2026-11-22",
            "2026-11-24",
            "sv",
            "3 träffar till och med 26.1.2027, nästa gång 24.11.2026",
        ),
        ("2026-11-22", "2026-11-24", "en", "3 sessions until 26 Jan 2027, next 24 Nov 2026"),
        # one left, and it is the next: neither a range nor "until"
        ("2026-12-11", "2027-01-26", "fi", "1 kerta, seuraavan kerran 26.1.2027"),
        ("2026-12-11", "2027-01-26", "sv", "1 träff, nästa gång 26.1.2027"),
        ("2026-12-11", "2027-01-26", "en", "1 session, next 26 Jan 2027"),
        # the next is not the first ahead (a session today was cancelled): both said
        (
            "2026-11-24",
            "2026-12-10",
            "en",
            "3 sessions, 24 Nov 2026 – 26 Jan 2027, next 10 Dec 2026",
        ),
    ],
)
def test_the_next_session_is_said_once_after_the_sessions(today, upcoming, lang, expected):
    said = scheduleline.summary(SERIES, lang, D.fromisoformat(today), D.fromisoformat(upcoming))
    assert said == expected


#: Every third Tuesday from 1 Sep 2026, no end; one break past, one ending on the day of the
#: build (still said: it is a break of that day), one ahead over New Year.
ONGOING = Schedule.model_validate(
    {
        "season": {"start": "2026-09-01"},
        "weekly": [{"weekday": "tue", "start": "17:00", "end": "19:00", "every": 3}],
        "exceptions": [
            "2026-11-10",
            {"start": "2026-11-17", "end": "2026-11-22"},
            {"start": "2026-12-21", "end": "2027-01-06"},
        ],
    }
)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fi",
            "Joka 3. viikko, tiistai 17.00–19.00, 1.9.2026 alkaen, "
            "ei 17.11.–22.11.2026, 21.12.2026–6.1.2027, seuraavan kerran 24.11.2026",
        ),
        (
            "sv",
            "Var 3:e vecka, tisdag 17.00–19.00, från 1.9.2026, "
            "inte 17.11–22.11.2026, 21.12.2026–6.1.2027, nästa gång 24.11.2026",
        ),
        (
            "en",
            "Every 3 weeks on Tuesday 17:00–19:00, from 1 Sep 2026, "
            "not on 17 Nov – 22 Nov 2026, 21 Dec 2026 – 6 Jan 2027, next 24 Nov 2026",
        ),
    ],
)
def test_an_open_season_every_few_weeks_says_only_the_breaks_ahead(lang, expected):
    assert scheduleline.summary(ONGOING, lang, D(2026, 11, 22), D(2026, 11, 24)) == expected


def test_without_a_day_every_break_is_said():
    """An organisation's page of ended listings and the calendar say all of them."""
    said = scheduleline.line(ONGOING, "en")
    assert said.endswith("not on 10 Nov 2026, 17 Nov – 22 Nov 2026, 21 Dec 2026 – 6 Jan 2027")


def test_a_page_says_the_breaks_ahead_with_their_reasons():
    """From the day a break ends, not before; each reason in the page's language, else in
    the listing's (marked as such)."""
    reasons = [None, {"en": "Autumn break", "fi": "Syysloma"}, {"fi": "Joulutauko"}]
    schedule = ONGOING.model_copy(
        update={
            "exceptions": [
                e.model_copy(update={"reason": r})
                for e, r in zip(ONGOING.exceptions, reasons, strict=True)
            ]
        }
    )
    said = breaks.breaks(schedule, "en", "fi", after=D(2026, 11, 22))
    assert said is not None
    assert str(said) == (
        "not on 17 Nov – 22 Nov 2026 (Autumn break), 21 Dec 2026 – 6 Jan 2027 (Joulutauko)"
    )
    assert said.items[1].reason == Text("Joulutauko", "fi", fallback=True)
    assert breaks.breaks(schedule, "en", "fi", after=D(2027, 1, 7)) is None


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", "tiistai 20.10.2026 17.00–19.00"),
        ("sv", "tisdag 20.10.2026 17.00–19.00"),
        ("en", "Tuesday 20 Oct 2026 17:00–19:00"),
    ],
)
def test_a_session_of_a_series_says_its_weekday(lang, expected):
    assert humanize.session(SERIES.sessions[0], lang) == expected
