"""The maintainers' report of stale listings (``tukena stale``)."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from tests.site_helpers import DAY, REPO, sample_content
from tukena import cli, maintenance
from tukena.schemas.schedule import Schedule
from tukena.status import Status, stale_before, status


@pytest.fixture(scope="module")
def sample():
    return sample_content()


def _with(content, slug: str, **changes):
    """``content`` with one activity changed (the rest shared)."""
    activities = dict(content.activities)
    activities[slug] = activities[slug].model_copy(update=changes)
    return dataclasses.replace(content, activities=activities)


def _active(states) -> str:
    return sorted(slug for slug, s in states.items() if s is Status.ACTIVE)[0]


def test_stale_listings_are_those_confirmed_over_the_period_ago(sample):
    content, states = sample
    cutoff = DAY - relativedelta(months=12)
    wanted = {
        content.paths[("activities", slug)]
        for slug, a in content.activities.items()
        if a.verified < cutoff and states[slug] is not Status.ENDED
    }
    rows = maintenance.due(content, DAY, months=12, within=0)
    assert wanted, "the sample should have stale listings"
    assert {r.path for r in rows} == wanted
    assert {r.state for r in rows} == {"stale"}
    assert [r.verified for r in rows] == sorted(r.verified for r in rows)


def test_a_listing_about_to_turn_stale_is_due(sample):
    content, states = sample
    slug = _active(states)
    verified = DAY - relativedelta(months=12) + dt.timedelta(days=10)
    changed = _with(content, slug, verified=verified)
    soon = {r.slug: r for r in maintenance.due(changed, DAY, months=12, within=30)}
    assert soon[slug].state == "due"
    assert stale_before(soon[slug].stale_from, 12) > verified
    assert slug not in {r.slug for r in maintenance.due(changed, DAY, months=12, within=5)}


def test_ended_listings_only_when_asked(sample):
    content, states = sample
    ended = {s for s, state in states.items() if state is Status.ENDED}
    assert ended
    assert not ended & {r.slug for r in maintenance.due(content, DAY)}
    listed = {r.slug: r.state for r in maintenance.due(content, DAY, ended=True)}
    assert {s for s, state in listed.items() if state == "ended"} == ended


def test_a_listing_past_its_valid_until_with_sessions_to_come_is_always_listed(sample):
    """The site shows it as ended, yet its organiser may still hold it: ask them."""
    content, states = sample
    slug = next(
        s
        for s, state in sorted(states.items())
        if state is Status.ACTIVE and content.activities[s].schedule.season is not None
    )
    verified = content.activities[slug].verified
    until = DAY - dt.timedelta(days=1)
    lapsed = _with(content, slug, valid_until=until)
    for ended in (False, True):
        rows = {r.slug: r for r in maintenance.due(lapsed, DAY, ended=ended)}
        assert (rows[slug].state, rows[slug].valid_until) == ("lapsed", until)
    line = maintenance.as_text([rows[slug]])
    assert (
        f"since its valid_until {until} passed, but its sessions go on, verified {verified}" in line
    )
    row = next(r for r in csv.DictReader(io.StringIO(maintenance.as_csv([rows[slug]]))))
    assert (row["state"], row["valid_until"]) == ("lapsed", until.isoformat())
    assert (row["ended_on"], row["ended_by"]) == (until.isoformat(), "valid_until")
    # with no session left it simply ended: listed only when asked for
    schedule = content.activities[slug].schedule
    season = schedule.season.model_copy(update={"end": until})
    ended = _with(lapsed, slug, schedule=schedule.model_copy(update={"season": season}))
    assert slug not in {r.slug for r in maintenance.due(ended, DAY)}
    assert {r.slug: r.state for r in maintenance.due(ended, DAY, ended=True)}[slug] == "ended"


def _schedule(**fields) -> Schedule:
    return Schedule.model_validate(fields)


WEEKLY_TUE = [{"weekday": "tue", "start": "17:00", "end": "19:00"}]
#: a spring season that ends on a Sunday: its last meeting is Tuesday 26 May 2026
SPRING = {"season": {"start": "2026-01-06", "end": "2026-05-31"}, "weekly": WEEKLY_TUE}
SERIES = {
    "sessions": [
        {"date": "2026-03-03", "start": "10:00", "end": "12:00"},
        {"date": "2026-03-10", "start": "10:00", "end": "12:00"},
    ]
}
#: a season without an end whose break runs for years: its last meeting is 26 May 2026
PAUSED = {
    "season": {"start": "2026-01-06"},
    "weekly": WEEKLY_TUE,
    "exceptions": [{"start": "2026-06-01", "end": "2030-12-31"}],
}
ENDINGS = {  # schedule, valid_until → the day it ended, and why
    "season": (SPRING, None, "2026-05-26", "season_end"),
    "valid-until-first": (SPRING, "2026-04-30", "2026-04-30", "valid_until"),
    "same-day": (SPRING, "2026-05-26", "2026-05-26", "season_end"),
    "series": (SERIES, "2026-08-31", "2026-03-10", "last_session"),
    "breaks": (PAUSED, None, "2026-05-26", "breaks"),
}
ENDED_BY_TEXT = {
    "season_end": "the last meeting of its season",
    "valid_until": "its valid_until",
    "last_session": "its last session",
    "breaks": "its last meeting: its breaks leave none ahead",
}


def test_an_ended_listing_says_the_day_it_ended_and_why(sample):
    """The day is the last one the site showed it as current: its valid_until, or the day
    it last met (not its season's last day, a Sunday); the reason is what came first."""
    content, states = sample
    active = sorted(s for s, state in states.items() if state is Status.ACTIVE)
    changed, cases = content, dict(zip(active, ENDINGS.values(), strict=False))
    for slug, (schedule, until, _, _) in cases.items():
        until = dt.date.fromisoformat(until) if until else None
        changed = _with(changed, slug, schedule=_schedule(**schedule), valid_until=until)
    rows = {r.slug: r for r in maintenance.due(changed, DAY, ended=True)}
    text = maintenance.as_text(list(rows.values()))
    by_path = {
        r["path"]: r for r in csv.DictReader(io.StringIO(maintenance.as_csv(list(rows.values()))))
    }
    for slug, (_, _, day, reason) in cases.items():
        row = rows[slug]
        assert (row.state, row.ended_on, row.ended_by) == (
            "ended",
            dt.date.fromisoformat(day),
            reason,
        )
        assert (
            f"{row.path}: ended {day} ({ENDED_BY_TEXT[reason]}), verified {row.verified}:" in text
        )
        assert (by_path[row.path]["ended_on"], by_path[row.path]["ended_by"]) == (day, reason)
        # the last day it was current: the site shows it as ended from the next day on
        activity = changed.activities[slug]
        assert status(activity, row.ended_on) is not Status.ENDED
        assert status(activity, row.ended_on + dt.timedelta(days=1)) is Status.ENDED


def test_every_ended_listing_ended_the_day_after_the_day_it_gives(sample):
    content, states = sample
    rows = [r for r in maintenance.due(content, DAY, ended=True) if r.state == "ended"]
    assert {r.slug for r in rows} == {s for s, state in states.items() if state is Status.ENDED}
    for row in rows:
        activity = content.activities[row.slug]
        assert row.ended_by in ENDED_BY_TEXT and row.ended_on < DAY
        assert status(activity, row.ended_on) is not Status.ENDED, row.slug
        assert status(activity, row.ended_on + dt.timedelta(days=1)) is Status.ENDED, row.slug


def test_ended_listings_come_last_the_longest_ended_first(sample):
    content, _ = sample
    rows = maintenance.due(content, DAY, ended=True)
    states = [r.state for r in rows]
    first_ended = states.index("ended")
    assert "ended" not in states[:first_ended] and set(states[first_ended:]) == {"ended"}
    ended = [r.ended_on for r in rows[first_ended:]]
    assert len(ended) > 1 and ended == sorted(ended)
    confirmed = [r.verified for r in rows[first_ended:]]
    assert confirmed != sorted(confirmed), "the sample should tell the two orders apart"
    current = rows[:first_ended]
    assert [r.verified for r in current] == sorted(r.verified for r in current)
    assert all(r.ended_on is None and r.ended_by == "" for r in current if r.state != "lapsed")


def test_the_command_reports_content_problems_without_a_traceback(tmp_path, capsys):
    root = tmp_path / "repo"
    (root / "content" / "activities").mkdir(parents=True)
    (root / "content" / "activities" / "broken.md").write_text("---\ntitle: x\n---\n", "utf-8")
    assert cli.main(["stale", "--root", str(root), "--today", DAY.isoformat()]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "content/activities/broken.md" in err and "problem(s) found: fix them first" in err
    assert "Traceback" not in err


def test_whom_to_ask_is_the_listing_contact_else_its_organisation(sample):
    content, states = sample
    slug = next(r.slug for r in maintenance.due(content, DAY))
    activity = content.activities[slug]
    organisation = content.organisations[activity.organisation]
    without = _with(content, slug, contact=activity.contact.model_copy(update={"email": None}))
    row = next(r for r in maintenance.due(without, DAY) if r.slug == slug)
    assert row.email == (organisation.email or "")
    with_own = _with(
        content, slug, contact=activity.contact.model_copy(update={"email": "own@x.example"})
    )
    row = next(r for r in maintenance.due(with_own, DAY) if r.slug == slug)
    assert row.email == "own@x.example"


def test_a_listing_reached_only_by_phone_shows_whom_to_call(sample):
    """Without an e-mail address anywhere, a maintainer calls: the report names whom."""
    content, _ = sample
    slug = next(r.slug for r in maintenance.due(content, DAY))
    activity = content.activities[slug]
    organisations = dict(content.organisations)
    organisations[activity.organisation] = organisations[activity.organisation].model_copy(
        update={"email": None, "phone": None}
    )
    contact = activity.contact.model_copy(
        update={"email": None, "phone": "+358401234567", "name": {activity.language: "Olga"}}
    )
    changed = dataclasses.replace(
        _with(content, slug, contact=contact), organisations=organisations
    )
    rows = maintenance.due(changed, DAY)
    line = next(x for x in maintenance.as_text(rows).splitlines() if f"/{slug}.md:" in x)
    assert line.endswith("; Olga +358401234567)")
    csv_row = next(
        r
        for r in csv.DictReader(io.StringIO(maintenance.as_csv(rows)))
        if r["path"].endswith(f"/{slug}.md")
    )
    assert (csv_row["email"], csv_row["contact"], csv_row["phone"]) == (
        "",
        "Olga",
        "+358401234567",  # a plain number cannot run as a formula: no apostrophe
    )


def test_an_organisations_row_names_it_once(sample):
    content, _ = sample
    rows = maintenance.organisations_due(content, DAY, months=12, within=0)
    line = maintenance.as_text(rows[:1])
    assert line.count(rows[0].title) == 1


def test_organisations_whose_details_are_stale_or_turn_stale_soon(sample):
    content, _ = sample
    cutoff = DAY - relativedelta(months=12)
    dated = {s: o.verified for s, o in content.organisations.items() if o.verified}
    stale = {s for s, day in dated.items() if day < cutoff}
    assert stale and len(dated) < len(content.organisations), "the sample should have each"
    rows = maintenance.organisations_due(content, DAY, months=12, within=0)
    assert {r.slug: r.state for r in rows} == dict.fromkeys(stale, "stale")
    row = rows[0]
    organisation = content.organisations[row.slug]
    assert row.path == content.paths[("organisations", row.slug)]
    assert row.email == (organisation.email or "")
    assert (
        stale_before(row.stale_from, 12)
        > row.verified
        >= stale_before(row.stale_from - dt.timedelta(days=1), 12)
    )
    # one confirmed a little under a year ago is due within a month, not within five days
    current = sorted(s for s, day in dated.items() if day >= cutoff)[0]
    soon = DAY - relativedelta(months=12) + dt.timedelta(days=10)
    organisations = dict(content.organisations)
    organisations[current] = organisations[current].model_copy(update={"verified": soon})
    changed = dataclasses.replace(content, organisations=organisations)
    due = {r.slug: r.state for r in maintenance.organisations_due(changed, DAY, 12, within=30)}
    assert due[current] == "due"
    assert current not in {r.slug for r in maintenance.organisations_due(changed, DAY, 12, 5)}


@given(
    st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)),
    st.sampled_from([1, 6, 12, 13, 24]),
)
def test_stale_from_is_the_first_day_the_site_calls_it_stale(verified, months):
    first = maintenance._stale_from(verified, months)
    for offset in range(-3, 4):
        day = first + dt.timedelta(days=offset)
        assert (stale_before(day, months) > verified) == (offset >= 0), (day, offset)


def test_csv_cells_never_run_as_formulas(sample):
    content, states = sample
    slug = next(r.slug for r in maintenance.due(content, DAY))
    activity = content.activities[slug]
    changed = _with(content, slug, title={activity.language: "=HYPERLINK(1)"})
    text = maintenance.as_csv(maintenance.due(changed, DAY))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(maintenance.COLUMNS)
    row = next(r for r in rows if r["path"].endswith(f"/{slug}.md"))
    assert row["title"] == "'=HYPERLINK(1)"
    assert row["state"] == "stale"


def test_command_reports_each_listing_and_a_summary(capsys):
    assert cli.main(["stale", "--root", str(REPO), "--today", DAY.isoformat()]) == 0
    out, err = capsys.readouterr()
    content, _ = sample_content()
    rows = maintenance.due(content, DAY)
    organisations = maintenance.organisations_due(content, DAY)
    assert out == maintenance.as_text(rows + organisations)
    folders = [line.split("/")[1] for line in out.splitlines()]
    assert folders == ["activities"] * len(rows) + ["organisations"] * len(organisations)
    assert err.startswith(f"{len(rows) + len(organisations)} stale, 0 turning stale within 30")
    assert (
        cli.main(["stale", "--root", str(REPO), "--today", DAY.isoformat(), "--format", "csv"]) == 0
    )
    out, _ = capsys.readouterr()
    assert out.splitlines()[0] == ",".join(maintenance.COLUMNS)
    assert len(out.splitlines()) == len(rows) + len(organisations) + 1


def test_the_period_comes_from_the_site_settings(tmp_path, capsys):
    settings = tmp_path / "conf.py"
    settings.write_text("TUKENA_STALE_AFTER_MONTHS = 3\n", "utf-8")
    assert maintenance.stale_period(settings) == 3
    assert maintenance.stale_period(tmp_path / "absent.py") == 12
    assert maintenance.stale_period(REPO / "pelicanconf.py") == 12
    args = ["stale", "--root", str(REPO), "--today", DAY.isoformat(), "--format", "csv"]
    assert cli.main([*args, "--settings", str(settings)]) == 0
    three = capsys.readouterr().out.splitlines()[1:]
    content, _ = sample_content()
    expected = maintenance.due(content, DAY, months=3, within=30)
    expected += maintenance.organisations_due(content, DAY, months=3, within=30)
    assert len(three) == len(expected)
    assert cli.main(args) == 0
    assert len(three) > len(capsys.readouterr().out.splitlines()[1:])
    assert cli.main([*args, "--settings", str(settings), "--months", "12"]) == 0
    assert len(three) > len(capsys.readouterr().out.splitlines()[1:])
