"""Unit tests of the Activity model and its schedule pieces, and of times of day.

The messages are what organisers see, so they are asserted word for word.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from tests.model_helpers import ACTIVITY, WEEKLY, activity, only, problems, session
from tukena.schemas import Activity
from tukena.schemas.common import TimeOfDay
from tukena.schemas.schedule import DateException, Season, Session, WeeklySlot


# --- TimeOfDay ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("written", "time"),
    [
        ("17:00", dt.time(17, 0)),
        ("9:05", dt.time(9, 5)),
        ("09.30", dt.time(9, 30)),
        (" 7:00 ", dt.time(7, 0)),
        ("00:00", dt.time(0, 0)),
        ("23:59", dt.time(23, 59)),
        (dt.time(8, 15), dt.time(8, 15)),
    ],
)
def test_time_of_day_accepted(written: Any, time: dt.time) -> None:
    adapter = TypeAdapter(TimeOfDay)
    parsed = adapter.validate_python(written)
    assert parsed == time
    assert adapter.dump_python(parsed) == f"{time:%H:%M}"


@pytest.mark.parametrize("written", ["1230", "noon", "", 9, "7:5", "17:00:00"])
def test_time_of_day_rejected(written: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(TimeOfDay).validate_python(written)
    assert caught.value.errors()[0]["msg"] == f'time must be HH:MM, got "{written}"'


@pytest.mark.parametrize(
    ("written", "why"),
    [("24:00", "hours go from 00 to 23"), ("12:60", "minutes go from 00 to 59")],
)
def test_time_of_day_impossible(written: str, why: str) -> None:
    """Written in the format asked for, so the message says what is wrong with the value."""
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(TimeOfDay).validate_python(written)
    error = caught.value.errors()[0]
    assert (error["type"], error["msg"]) == ("time", f"{written} is not a time of day: {why}")


# --- schedule pieces ----------------------------------------------------------------------
def test_season() -> None:
    assert Season.model_validate({"start": "2026-09-01"}).end is None
    assert only(Season, {"start": "2026-09-01", "end": "2026-08-01"}) == (
        "the season ends (2026-08-01) before it starts (2026-09-01)"
    )
    assert problems(Season, {"start": "2026-09-01", "end": "2026-09-01"}) == []


def test_weekly_slot() -> None:
    slot = WeeklySlot.model_validate({"weekday": "tue", "start": "17.00", "end": "19:00"})
    assert (slot.weekday, slot.start, slot.end, slot.every) == (
        "tue",
        dt.time(17),
        dt.time(19),
        1,
    )
    assert only(WeeklySlot, {"weekday": "tue", "start": "19:00", "end": "19:00"}) == (
        "ends (19:00) before it starts (19:00)"
    )
    assert only(WeeklySlot, {"weekday": "tuesday", "start": "17:00", "end": "19:00"}) == (
        'weekday: "tuesday" is not one of: mon, tue, wed, thu, fri, sat or sun'
    )
    slot = {"weekday": "tue", "start": "17:00", "end": "19:00"}
    assert only(WeeklySlot, {**slot, "every": 9}) == "every: must be less than or equal to 8"
    assert only(WeeklySlot, {**slot, "every": 0}) == "every: must be greater than or equal to 1"


@pytest.mark.parametrize("written", ["2026-12-24", dt.date(2026, 12, 24), {"start": "2026-12-24"}])
def test_date_exception_bare_date_shorthand(written: Any) -> None:
    exception = DateException.model_validate(written)
    assert (exception.start, exception.end, exception.last) == (
        dt.date(2026, 12, 24),
        None,
        dt.date(2026, 12, 24),
    )


def test_date_exception_range() -> None:
    exception = DateException.model_validate(
        {"start": "2026-12-21", "end": "2027-01-06", "reason": "Joulutauko"}
    )
    assert (exception.last, exception.reason) == (dt.date(2027, 1, 6), {"fi": "Joulutauko"})
    assert only(DateException, {"start": "2026-12-24", "end": "2026-12-20"}) == (
        "the break ends (2026-12-20) before it starts (2026-12-24)"
    )
    assert only(DateException, "joulu") == 'start: must be a date YYYY-MM-DD, got "joulu"'


def test_session() -> None:
    session = Session.model_validate(
        {"date": "2026-10-01", "start": "17:00", "end": "19:00", "note": "Kirjasto"}
    )
    assert (session.date, session.note) == (dt.date(2026, 10, 1), {"fi": "Kirjasto"})
    assert only(Session, {"date": "2026-10-01", "start": "17:00", "end": "16:00"}) == (
        "ends (16:00) before it starts (17:00)"
    )
    assert problems(Session, {"date": "2026-10-01", "start": "25:00", "end": "6 pm"}) == [
        "start: 25:00 is not a time of day: hours go from 00 to 23",
        'end: time must be HH:MM, got "6 pm"',
    ]


# --- Activity -----------------------------------------------------------------------------
def test_activity_minimal_and_defaults() -> None:
    a = Activity.model_validate(ACTIVITY)
    assert (a.language, a.title, a.summary) == (
        "fi",
        {"fi": "Kielikahvila"},
        {"fi": "Juttelua suomeksi."},
    )
    assert (a.capacity, a.level, a.language_level, a.childcare, a.valid_until) == (
        "open",
        "local",
        "none",
        False,
        None,
    )
    assert a.locations[0].municipality == "049"
    assert a.verified == dt.date(2026, 9, 1)


def test_activity_plain_text_in_its_main_language() -> None:
    a = Activity.model_validate(activity(language="en"), context={"language": "en"})
    assert a.title == {"en": "Kielikahvila"}
    mixed = Activity.model_validate(activity(title={"ar": "مقهى اللغة", "fi": "Kielikahvila"}))
    assert mixed.languages_written == ["fi", "ar"]


ONE_OFF = (
    "schedule: a single one-off event is not an activity: give weekly slots in a season or at "
    "least two sessions (publish a one-off event as a news item of kind event)"
)


@pytest.mark.parametrize(
    "schedule", [{"sessions": [session("2026-10-01")]}, {}, {"note": "Sovitaan erikseen"}]
)
def test_one_off_event_is_not_an_activity(schedule: dict) -> None:
    assert only(Activity, activity(schedule=schedule)) == ONE_OFF


def test_schedule_variants() -> None:
    series = Activity.model_validate(
        activity(schedule={"sessions": [session("2026-10-08"), session("2026-10-01")]})
    )
    assert [s.date for s in series.schedule.sessions] == [
        dt.date(2026, 10, 1),
        dt.date(2026, 10, 8),
    ]
    ongoing = Activity.model_validate(
        activity(schedule={"season": {"start": "2026-09-01"}, "weekly": WEEKLY["weekly"]})
    )
    assert ongoing.schedule.season is not None and ongoing.schedule.season.end is None
    holidays = Activity.model_validate(
        activity(
            schedule={
                **WEEKLY,
                "exceptions": ["2026-12-08", {"start": "2026-12-21", "end": "2027-01-06"}],
            }
        )
    )
    assert [e.last for e in holidays.schedule.exceptions] == [
        dt.date(2026, 12, 8),
        dt.date(2027, 1, 6),
    ]
    assert only(Activity, activity(schedule={"weekly": WEEKLY["weekly"]})) == (
        "schedule: weekly slots need a season with at least a start date"
    )
    assert only(Activity, activity(schedule={"season": {"start": "2026-09-01"}})) == (
        "schedule: a season needs at least one weekly slot"
    )


def test_valid_until() -> None:
    a = Activity.model_validate(activity(valid_until="2027-05-31"))
    assert a.valid_until == dt.date(2027, 5, 31)
    assert only(Activity, activity(valid_until="2026-08-01")) == (
        "valid_until (2026-08-01) is before the verified date (2026-09-01)"
    )


def test_age_range() -> None:
    assert Activity.model_validate(activity(age={"min": 13, "max": 29})).age.max == 29
    assert Activity.model_validate(activity(age={"min": 65})).age.max is None
    assert only(Activity, activity(age={"min": 12, "max": 10})) == (
        "age: max age (10) is below min age (12)"
    )
    assert problems(Activity, activity(age={"min": -1, "max": 130})) == [
        "age.min: must be greater than or equal to 0",
        "age.max: must be less than or equal to 120",
    ]


def test_locations_and_online() -> None:
    online = Activity.model_validate(
        activity(locations=[], online={"link": "https://meet.example/kahvila"})
    )
    assert online.online is not None and online.locations == []
    both = Activity.model_validate(activity(online={"instructions": "Linkki sähköpostilla."}))
    assert both.online is not None and both.online.instructions == {"fi": "Linkki sähköpostilla."}
    assert only(Activity, activity(locations=[])) == (
        "an activity needs locations, online participation, or both"
    )
    assert only(Activity, activity(online={})) == (
        "online: online participation needs a link or instructions"
    )
    assert only(
        Activity, activity(locations=[{"municipality": "Espoo", "postal_code": "2100"}])
    ) == ('locations[0].postal_code: postal code must be five digits, got "2100"')
    assert (
        only(
            Activity,
            activity(locations=[{"municipality": "Espoo", "coordinates": {"lat": 40, "lon": 25}}]),
        )
        == "locations[0].coordinates.lat: must be greater than or equal to 59"
    )


def test_referrals() -> None:
    a = Activity.model_validate(
        activity(referrals={"accepted": False, "instructions": "Soita ohjaajalle."})
    )
    assert (a.referrals.accepted, a.referrals.instructions) == (False, {"fi": "Soita ohjaajalle."})
    assert only(Activity, activity(referrals={})) == "referrals.accepted: required field is missing"
    assert only(Activity, activity(referrals={"accepted": "maybe"})) == (
        'referrals.accepted: must be true or false, got "maybe"'
    )


def test_taking_part_rules() -> None:
    assert (
        only(Activity, activity(cost={"free": False})) == "cost: a paid activity needs a fee text"
    )
    assert only(Activity, activity(registration={"required": True})) == (
        "registration: registration is required: say how (link, email, phone or instructions)"
    )
    assert (
        only(Activity, activity(contact={}))
        == "contact: a contact needs an email, a phone or a link"
    )
    assert only(Activity, activity(partners=["testiyhdistys"])) == (
        "the organisation cannot also be its own partner"
    )
    assert only(Activity, activity(forms=[])) == "forms: needs at least 1 item(s)"
    assert only(Activity, activity(target_groups=["pets"])).startswith(
        'target_groups[0]: "pets" is not one of: everyone, women, men,'
    )
