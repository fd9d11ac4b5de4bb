"""Breaks are said in date order wherever they are worded, whatever order the listing's file
writes them in: the cards' and the search's line, the forms' check page and the pull
request's table (:func:`tukena.site.scheduleline.summary`), the activity's page
(:func:`tukena.site.breaks.breaks`) and its calendar's description; the listing itself
keeps its own order."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.site_helpers import sample_content
from tukena.forms.check import schedule_words
from tukena.schemas import Activity
from tukena.schemas.schedule import Schedule
from tukena.site import scheduleline
from tukena.site.breaks import breaks, calendar_line

#: written out of order: a break added at the end, before the others
WRITTEN = [
    {"start": "2026-10-14", "reason": {"fi": "Syysloma"}},
    {"start": "2026-12-23", "end": "2027-01-06", "reason": {"fi": "Joulutauko"}},
    {"start": "2026-09-09"},
    {"start": "2026-12-23", "end": "2026-12-24"},  # starts with the longer one, ends first
]
SCHEDULE = Schedule.model_validate(
    {
        "season": {"start": "2026-08-17", "end": "2027-05-28"},
        "weekly": [{"weekday": "wed", "start": "17:00", "end": "19:00"}],
        "exceptions": WRITTEN,
    }
)
IN_ORDER = {
    "fi": ["9.9.2026", "14.10.2026", "23.12.–24.12.2026", "23.12.2026–6.1.2027"],
    "en": ["9 Sep 2026", "14 Oct 2026", "23 Dec – 24 Dec 2026", "23 Dec 2026 – 6 Jan 2027"],
}


def _positions(text: str, dates: list[str]) -> list[int]:
    found = [text.find(d) for d in dates]
    assert all(at >= 0 for at in found), (text, dates)
    return found


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_activity_page_says_breaks_in_date_order(lang):
    said = breaks(SCHEDULE, lang, "fi")
    assert said is not None
    words = [item.dates for item in said.items]
    assert sorted(words, key=IN_ORDER[lang].index) == words
    assert len(words) == len(WRITTEN)
    # each break keeps its own reason
    reasons = {item.dates: str(item.reason) if item.reason else None for item in said.items}
    assert reasons[IN_ORDER[lang][1]] == "Syysloma"
    assert reasons[IN_ORDER[lang][3]] == "Joulutauko"


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_calendar_description_says_breaks_in_date_order(lang):
    line = calendar_line(SCHEDULE, lang, "fi")
    positions = _positions(line, IN_ORDER[lang])
    assert positions == sorted(positions), line


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_cards_and_the_search_say_breaks_in_date_order(lang):
    line = scheduleline.line(SCHEDULE, lang)
    positions = _positions(line, IN_ORDER[lang])
    assert positions == sorted(positions), line


def test_breaks_still_ahead_are_in_date_order_too():
    line = scheduleline.summary(SCHEDULE, "fi", dt.date(2026, 10, 1))
    assert "9.9.2026" not in line  # past
    positions = _positions(line, IN_ORDER["fi"][1:])
    assert positions == sorted(positions), line


def test_the_check_page_and_the_pull_request_say_breaks_in_date_order():
    activity = Activity.model_validate(_activity())
    words, _next = schedule_words(activity, "en", dt.date(2026, 8, 1))
    positions = _positions(words, IN_ORDER["en"])
    assert positions == sorted(positions), words
    # the listing keeps the order its file has
    assert [e.start.isoformat() for e in activity.schedule.exceptions] == [
        w["start"] for w in WRITTEN
    ]
    assert [e.start.isoformat() for e in SCHEDULE.exceptions] == [w["start"] for w in WRITTEN]


def _activity() -> dict:
    content, _ = sample_content()
    data = next(iter(content.activities.values())).model_dump(mode="json", exclude_none=True)
    data["schedule"] = SCHEDULE.model_dump(mode="json", exclude_none=True)
    return data
