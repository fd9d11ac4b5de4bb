"""iCalendar content lines written by tukena.site.exports.icaltext: folded at 75 octets
without splitting a UTF-8 character or a backslash escape, and read back unchanged."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from tukena.site.exports.icaltext import (
    clock,
    day_digits,
    fold,
    lines,
    meeting_lines,
    text,
    wall,
    walls,
)

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _event(value: str) -> bytes:
    return lines(
        ("BEGIN", "VCALENDAR"),
        ("BEGIN", "VEVENT"),
        ("UID", "x@tukena"),
        ("SUMMARY", text(value)),
        ("END", "VEVENT"),
        ("END", "VCALENDAR"),
    )


@given(st.text(alphabet=st.sampled_from('aNä€😀\\;,:\n\r\t\x07 "<>'), max_size=400))
def test_folded_text_reads_back(value):
    data = _event(value)
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # no character split across lines
        stripped = line.rstrip(b"\\")
        assert (len(line) - len(stripped)) % 2 == 0, line  # no escape split
    event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    wanted = CONTROL.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
    assert str(event["summary"]) == wanted


def test_short_lines_are_not_folded():
    assert fold("SUMMARY:" + "a" * 67) == b"SUMMARY:" + b"a" * 67 + b"\r\n"
    folded = fold("SUMMARY:" + "a" * 68)
    assert folded == b"SUMMARY:" + b"a" * 67 + b"\r\n a\r\n"


def test_a_line_break_in_text_cannot_start_a_property():
    data = _event("title\nX-INJECTED:1\r\nBEGIN:VALARM")
    assert b"\nX-INJECTED" not in data and b"\nBEGIN:VALARM" not in data
    event = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
    assert "X-INJECTED" not in event and not event.walk("VALARM")


# --- the quick forms against the plain ones --------------------------------------------------


def _plain_fold(line: str) -> bytes:
    """Folding one cut at a time, as it was written first."""
    data, parts, limit = line.encode("utf-8"), [], 75
    while len(data) > limit:
        cut = limit
        while cut > 1 and (data[cut] & 0xC0) == 0x80:
            cut -= 1
        if (len(data[:cut]) - len(data[:cut].rstrip(b"\\"))) % 2:
            cut -= 1
        parts.append(data[:cut])
        data, limit = data[cut:], 74
    return b"\r\n ".join([*parts, data]) + b"\r\n"


@given(
    st.text(alphabet=st.sampled_from("aZ9 :;,-/ä€😀\\"), min_size=60, max_size=400)
    | st.text(alphabet=st.characters(codec="ascii"), min_size=60, max_size=400)
    | st.text(min_size=20, max_size=300)
)
def test_fold_equals_folding_one_cut_at_a_time(line):
    assert fold(line) == _plain_fold(line)
    assert lines(("X", line), ("Y", line[::-1])) == _plain_fold(f"X:{line}") + _plain_fold(
        f"Y:{line[::-1]}"
    )


@given(
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
    st.times(),
    st.lists(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)), max_size=4),
)
def test_wall_clock_times_equal_the_formatted_datetime(day, time, days):
    def plain(day: dt.date) -> str:
        helsinki = dt.datetime.combine(day, time, tzinfo=ZoneInfo("Europe/Helsinki"))
        return helsinki.isoformat(timespec="seconds")[:19].replace("-", "").replace(":", "")

    assert wall(day, time) == plain(day)
    assert walls(days, time) == ",".join(plain(d) for d in days)
    assert clock(time) == f"{time:%H%M}"


@given(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)), st.times(), st.times())
def test_meeting_times_equal_their_folded_lines(day, start, end):
    tzid = ";TZID=Europe/Helsinki"
    wanted = _plain_fold(f"DTSTART{tzid}:{wall(day, start)}")
    wanted += _plain_fold(f"DTEND{tzid}:{wall(day, end)}")
    assert meeting_lines(day, start, end) == wanted
    assert day_digits(day) == f"{day.year:04d}{day.month:02d}{day.day:02d}"
    if day.year >= 1000:  # strftime writes no leading zeros before
        assert day_digits(day) == f"{day:%Y%m%d}"
