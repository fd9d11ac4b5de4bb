"""``tukena validate`` warns of a break that falls on a dated session (tukena.sessionbreaks):
the session is still shown, listed and exported as a meeting beside "not on" its date."""

from __future__ import annotations

from pathlib import Path

from tests.validate_helpers import line_of, make_repo, validate, write

REL = "content/activities/sarja.md"
OK = "31 organisations, 1 activities, 0 news items: OK"
TEXT = """---
title: Työnhaun sarja
summary: Neljä kertaa työnhausta.
organisation: turun-kotisatama
forms: [job-seeking]
category: support
target_groups: [job-seekers]
languages: [fi]
locations:
  - municipality: Turku
schedule:
  sessions:
    - {date: 2026-12-02, start: "10:00", end: "12:00"}
    - {date: 2026-12-09, start: "10:00", end: "12:00"}
    - {date: 2026-12-16, start: "10:00", end: "12:00"}
  exceptions:
    - {start: 2026-12-05, end: 2026-12-10, reason: Tauko}
cost: {free: true}
registration: {required: false}
referrals: {accepted: true}
contact: {email: info@example.org}
verified: 2026-11-01
---
"""


def test_a_break_on_a_session_is_warned_of(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    text = write(repo, REL, TEXT)
    code, out = validate(repo, capsys)
    assert code == 0
    assert out == [
        f"{REL}:{line_of(text, 'reason: Tauko')}: schedule.exceptions[0]: the break falls on"
        " the dated session(s) of 2026-12-09, which the site, its calendars and the search"
        " still show as meetings: remove a session that is cancelled; a break stops only"
        " weekly meetings, which this listing has none of, so leave it out (warning)",
        f"{OK}, 1 warning(s)",
    ]


def test_with_weekly_slots_the_break_may_be_meant_for_them(tmp_path: Path, capsys) -> None:
    """Leaving the break out would bring the weekly meetings back on its days."""
    repo = make_repo(tmp_path)
    weekly = (
        "  season: {start: 2026-09-01, end: 2026-12-20}\n"
        "  weekly:\n"
        '    - {weekday: fri, start: "17:00", end: "19:00"}\n'
    )
    write(repo, REL, TEXT.replace("schedule:\n", "schedule:\n" + weekly))
    code, out = validate(repo, capsys)
    assert code == 0
    assert out[0].endswith(
        "remove a session that is cancelled; a break stops only the weekly meetings, so keep"
        " it if it is meant for them alone (warning)"
    )
    assert "leave it out" not in out[0]


def test_a_break_between_sessions_is_not(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    write(repo, REL, TEXT.replace("end: 2026-12-10", "end: 2026-12-08"))
    assert validate(repo, capsys) == (0, [OK])
