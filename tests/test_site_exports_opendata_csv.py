"""activities.csv of the built sample site keeps the columns it always had, in their order,
and appends what it lacked: the dated sessions with their times and the breaks, so that a
timetable made from the file schedules nothing during a break (as the JSON and the pages)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.site_helpers import DAY, REPO, edited, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena.occurrences import is_excepted
from tukena.site import catalogue
from tukena.site.config import SiteConfig
from tukena.site.exports import opencsv

#: The columns before session_times and breaks were added: existing spreadsheets and scripts
#: read them by position.
EARLIER = [
    "slug", "url", "status", "next_session", "verified", "valid_until", "language",
    "title", "title_fi", "title_sv", "title_en",
    "summary", "summary_fi", "summary_sv", "summary_en",
    "organisation", "organisation_name", "partners", "forms", "category", "phases",
    "level", "target_groups", "age_min", "age_max", "languages", "language_level",
    "support_languages", "municipalities", "municipality_codes", "addresses", "online",
    "season_start", "season_end", "weekly", "sessions", "free", "registration_required",
    "capacity", "referrals_accepted", "childcare", "contact_email", "contact_phone",
    "contact_link", "keywords",
]  # fmt: skip


@pytest.fixture(scope="session")
def rows(tmp_path_factory) -> list[dict[str, str]]:
    site: Path = _sample_site(tmp_path_factory).check().output
    text = (site / "data" / "activities.csv").read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_the_earlier_columns_keep_their_order_and_the_new_ones_come_last(rows):
    assert list(rows[0]) == [*EARLIER, "session_times", "breaks"]


def test_dated_sessions_come_with_their_times(rows):
    content, _ = sample_content()
    seen = 0
    for row in rows:
        sessions = content.activities[row["slug"]].schedule.sessions
        wanted = [f"{s.date} {s.start:%H:%M}-{s.end:%H:%M}" for s in sessions]
        assert (row["session_times"].split(";") if row["session_times"] else []) == wanted
        assert row["sessions"] == ";".join(str(s.date) for s in sessions), "as it was"
        seen += bool(sessions)
    assert seen, "the sample has dated sessions"


def _break_days(cell: str) -> list[tuple[str, str, str]]:
    """(first day, last day, reason) of each break written in a cell."""
    out = []
    for part in cell.split(";") if cell else []:
        days, _, reason = part.partition(" ")
        first, _, last = days.partition("/")
        out.append((first, last or first, reason))
    return out


def test_breaks_give_iso_days_and_the_reason_in_the_listings_language(rows):
    by_slug = {row["slug"]: row for row in rows}
    assert _break_days(by_slug["kohtaamispaikka-kotisatama-turku"]["breaks"]) == [
        ("2026-12-21", "2027-01-06", "Joulutauko"),
        ("2027-03-26", "2027-03-29", "Pääsiäinen"),
    ]
    assert _break_days(by_slug["ukrainalaisten-aitien-kahvila-lahti"]["breaks"])[0] == (
        "2026-10-15",
        "2026-10-15",
        "",
    )
    content, _ = sample_content()
    for row in rows:
        schedule = content.activities[row["slug"]].schedule
        written = _break_days(row["breaks"])
        assert len(written) == len(schedule.exceptions), row["slug"]
        for (first, last, _), gap in zip(written, schedule.exceptions, strict=True):
            assert (first, last) == (str(gap.start), str(gap.last)), row["slug"]
            assert is_excepted(schedule, gap.start) and is_excepted(schedule, gap.last)


def test_a_semicolon_in_a_keyword_or_an_address_does_not_split_the_list():
    """Lists are joined by ";" in one cell: a keyword or a street address holding one is
    written with a comma, as a break's reason is, so that the list has its items."""
    content, _ = sample_content()
    slug = next(s for s, a in content.activities.items() if len(a.locations) == 1)
    activity = content.activities[slug]
    place = activity.locations[0].model_copy(update={"street_address": "Katu 1; B-rappu"})
    changed = activity.model_copy(
        update={"keywords": ["kahvi; tee", "kirjasto"], "locations": [place]}
    )
    config = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY)
    cat = catalogue.build(edited(content, "activities", slug, changed), config)
    row = dict(zip(opencsv.csv_header(config.languages), opencsv.csv_row(cat, slug), strict=True))
    assert row["keywords"].split(";") == ["kahvi, tee", "kirjasto"]
    (address,) = row["addresses"].split(";")
    assert address.startswith("Katu 1, B-rappu")
