"""Finland's public holidays: Easter by the anonymous Gregorian algorithm, and the
holidays counted from it or set on a weekday of a week."""

from __future__ import annotations

import datetime as dt

import pytest

from tukena import holidays


@pytest.mark.parametrize(
    "sunday",
    [
        dt.date(2024, 3, 31),
        dt.date(2025, 4, 20),
        dt.date(2026, 4, 5),
        dt.date(2027, 3, 28),
        dt.date(2028, 4, 16),
        dt.date(2038, 4, 25),  # the latest it can be
        dt.date(2285, 3, 22),  # the earliest
    ],
)
def test_easter_sunday(sunday):
    assert holidays.easter(sunday.year) == sunday


def test_the_holidays_of_2027():
    days = {name: day for day, name in holidays.holidays(2027).items()}
    assert days == {
        "new_year": dt.date(2027, 1, 1),
        "epiphany": dt.date(2027, 1, 6),
        "good_friday": dt.date(2027, 3, 26),
        "easter_sunday": dt.date(2027, 3, 28),
        "easter_monday": dt.date(2027, 3, 29),
        "may_day": dt.date(2027, 5, 1),
        "ascension": dt.date(2027, 5, 6),
        "whit_sunday": dt.date(2027, 5, 16),
        "midsummer_eve": dt.date(2027, 6, 25),
        "midsummer_day": dt.date(2027, 6, 26),
        "all_saints": dt.date(2027, 11, 6),
        "independence_day": dt.date(2027, 12, 6),
        "christmas_eve": dt.date(2027, 12, 24),
        "christmas_day": dt.date(2027, 12, 25),
        "boxing_day": dt.date(2027, 12, 26),
    }


def test_holidays_on_a_weekday_of_a_week():
    assert holidays.on("midsummer_eve", 2026) == dt.date(2026, 6, 19)  # a Friday, the 19th
    assert holidays.on("midsummer_day", 2026) == dt.date(2026, 6, 20)
    assert holidays.on("all_saints", 2026) == dt.date(2026, 10, 31)  # a Saturday, the 31st
    assert holidays.on("all_saints", 2025) == dt.date(2025, 11, 1)


def test_a_day_is_named_only_when_it_is_a_holiday():
    assert holidays.holiday(dt.date(2026, 5, 14)) == "ascension"
    assert holidays.holiday(dt.date(2027, 5, 13)) is None
    assert holidays.holiday(dt.date(2026, 4, 3)) == "good_friday"
