"""iCalendar content lines written by tukena.site.exports.icaltext: folded at 75 octets
without splitting a UTF-8 character or a backslash escape, and read back unchanged."""

from __future__ import annotations

import re

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from tukena.site.exports.icaltext import fold, lines, text

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
