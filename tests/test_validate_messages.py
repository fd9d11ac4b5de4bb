"""``tukena validate`` names the real cause of a problem a contributor cannot see or did not
make: a tab that indents a line (invisible in most editors, and reported by libyaml in the
same words as a text that begins with ``@``), and a date or a time written exactly in the
asked format that still names no day or no moment (``2026-02-30``, ``25:00``), where
repeating the format would send the writer looking for a typo that is not there."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.validate_helpers import LISTING, line_of, make_repo, validate, write

REL = "content/activities/a.md"
TAB_ADVICE = "YAML indents with spaces only; replace the tab with spaces"


@pytest.mark.parametrize(
    ("original", "tabbed", "column"),
    [
        ("  fi: Kielikahvila Tapiolassa", "\tfi: Kielikahvila Tapiolassa", 1),
        ("  sv: Språkcafé i Hagalund", "\tsv: Språkcafé i Hagalund", 1),
        ("organisation: monikulttuurinen", "\torganisation: monikulttuurinen", 1),
        ("    municipality: Espoo", "  \t  municipality: Espoo", 3),
    ],
    ids=["first nested key", "nested key after a spaced one", "top-level key", "after spaces"],
)
def test_a_tab_that_indents_a_line_is_named_on_its_line(
    tmp_path: Path, capsys, original: str, tabbed: str, column: int
) -> None:
    repo = make_repo(tmp_path)
    assert original in LISTING
    text = write(repo, REL, LISTING.replace(original, tabbed, 1))
    code, out = validate(repo, capsys)
    assert code == 1
    assert out[:1] == [
        f"{REL}:{line_of(text, tabbed)}: invalid YAML: a tab indents this line"
        f" (column {column}): {TAB_ADVICE}"
    ]


def test_a_text_that_begins_with_an_indicator_is_named_by_its_character(
    tmp_path: Path, capsys
) -> None:
    repo = make_repo(tmp_path)
    text = write(repo, REL, LISTING.replace("language_level: basic", "language_level: `basic"))
    code, out = validate(repo, capsys)
    assert code == 1
    assert out[:1] == [
        f"{REL}:{line_of(text, '`basic')}: invalid YAML: found character that cannot start any"
        " token: a text that begins with `; put it in quotes"
    ]


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("2026-02-30", "2026-02-30 is not a date: February 2026 has 28 days"),
        ("2028-02-30", "2028-02-30 is not a date: February 2028 has 29 days"),
        ("2026-04-31", "2026-04-31 is not a date: April 2026 has 30 days"),
        ("2026-09-00", "2026-09-00 is not a date: the days of a month go from 01"),
        ("2026-13-01", "2026-13-01 is not a date: months go from 01 to 12"),
        ("2026-9-1", 'must be a date YYYY-MM-DD, got "2026-9-1"'),
    ],
)
def test_an_impossible_date_is_told_apart_from_a_bad_format(
    tmp_path: Path, capsys, written: str, message: str
) -> None:
    repo = make_repo(tmp_path)
    verified = next(row for row in LISTING.split("\n") if row.startswith("verified: "))
    text = write(repo, REL, LISTING.replace(verified, f"verified: {written}"))
    code, out = validate(repo, capsys)
    assert code == 1
    assert out[:1] == [f"{REL}:{line_of(text, 'verified: ')}: verified: {message}"]


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("25:00", "25:00 is not a time of day: hours go from 00 to 23"),
        ("24:00", "24:00 is not a time of day: hours go from 00 to 23"),
        ("17:60", "17:60 is not a time of day: minutes go from 00 to 59"),
        ("5 pm", 'time must be HH:MM, got "5 pm"'),
    ],
)
def test_an_impossible_time_is_told_apart_from_a_bad_format(
    tmp_path: Path, capsys, written: str, message: str
) -> None:
    repo = make_repo(tmp_path)
    slot = next(row for row in LISTING.split("\n") if "weekday:" in row and "start:" in row)
    start = slot.split("start: ")[1].split(",")[0]
    text = write(repo, REL, LISTING.replace(slot, slot.replace(start, f'"{written}"', 1)))
    code, out = validate(repo, capsys)
    assert code == 1
    assert out[:1] == [f"{REL}:{line_of(text, written)}: schedule.weekly[0].start: {message}"]
