"""Copying last season's listing: the copy form starts with its dates in the next season."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.bot.helpers import (
    ACTIVITY,
    form_pairs,
    git,
    make_client,
    make_settings,
    submission_id,
    submit,
)
from tukena import documents, loader
from tukena.bot import nextseason
from tukena.schemas.vocabulary import Capacity

pytest_plugins = ["tests.bot.fixtures"]

ENDED = ACTIVITY.replace(
    "  season: {start: 2026-09-01}\n",
    "  season: {start: 2025-09-02, end: 2025-12-09}\n"
    "  exceptions:\n    - {start: 2025-10-14, reason: {fi: Syysloma}}\n",
).replace("registration: {required: no}", "registration: {required: yes, deadline: 2025-08-29,"
          " instructions: {fi: Soita}}")  # fmt: skip


def activity(text: str):
    item, problems = loader.validate(documents.parse(text, True), loader.ACTIVITIES, "x.md")
    assert problems == [], problems
    return item


def dates(data: dict) -> list[str]:
    schedule = data["schedule"]
    found = [schedule["season"]["start"], schedule["season"]["end"]]
    found += [e["start"] for e in schedule["exceptions"]]
    return [*found, data["registration"]["deadline"]]


@pytest.mark.parametrize(
    ("today", "years"),
    [
        (dt.date(2026, 11, 22), 1),  # last autumn's: this autumn
        (dt.date(2026, 12, 9), 2),  # this autumn's would end the day before: next autumn
        (dt.date(2028, 1, 15), 3),
    ],
)
def test_an_ended_listing_moves_by_whole_years_of_weeks_until_it_is_current(today, years):
    old = activity(ENDED)
    moved = nextseason.next_season(old, today)
    assert moved is not None and moved.weeks == 52 * years
    before, after = dates(old.model_dump(mode="json")), dates(moved.data)
    for a, b in zip(before, after, strict=True):
        a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
        assert (b - a).days == 364 * years and a.weekday() == b.weekday()
    end = dt.date.fromisoformat(moved.data["schedule"]["season"]["end"])
    assert end >= today > end - dt.timedelta(weeks=52)  # the nearest season not yet ended
    assert moved.data["schedule"]["weekly"] == old.model_dump(mode="json")["schedule"]["weekly"]


@pytest.mark.parametrize("capacity", list(Capacity))
def test_last_seasons_places_are_not_copied(capacity):
    """"Full" was last season's: the copy for the next starts open to new people."""
    old = activity(ENDED).model_copy(update={"capacity": capacity})
    moved = nextseason.next_season(old, dt.date(2026, 11, 22))
    assert moved is not None and moved.data["capacity"] == "open"
    assert old.capacity is capacity  # the listing copied is not changed


def test_a_current_listing_keeps_its_dates():
    assert nextseason.next_season(activity(ACTIVITY), dt.date(2026, 11, 22)) is None
    assert nextseason.next_season(activity(ENDED), dt.date(2025, 12, 9)) is None  # its last day


def test_the_copy_form_of_last_seasons_listing_starts_in_the_next_season(tmp_path, repo, clock):
    (repo.site / "content" / "activities" / "syyskerho.md").write_text(ENDED)
    git(repo.site, "add", ".")
    git(repo.site, "commit", "--quiet", "-m", "ended")
    git(repo.site, "push", "--quiet", "origin", "main")
    with make_client(make_settings(tmp_path, repo), clock) as client:
        page = client.get("/en/activity/syyskerho/copy")
        assert "its dates have been moved 52 weeks later" in page.text
        pairs, _ = form_pairs(page.text)
        found = dict(pairs)
        assert found["schedule.season.start"] == "2026-09-01"  # a Tuesday, as 2025-09-02
        assert found["schedule.season.end"] == "2026-12-08"
        assert found["schedule.exceptions.0.start"] == "2026-10-13"
        assert found["registration.deadline"] == "2026-08-28"
        clock.advance(60)
        response = submit(client, pairs)
        assert response.status_code == 200, response.text[:3000]
        stored = client.app.state.bot.store.get(submission_id(response.text))
        assert stored.form == "activity-copy"
        assert stored.data["schedule"]["season"] == {"start": "2026-09-01", "end": "2026-12-08"}
        # the pull request says how the copy differs from the listing copied: its dates
        client.app.state.bot.worker.drain()
        (pull,) = json.loads((repo.bare / "tukena-bot" / "forge.json").read_text())["pulls"]
        section = pull["body"].split("### Changes from the copied listing\n\n")[1]
        changed = section.split("\n\n")[0].splitlines()
        assert changed == [
            "- `registration.deadline`: `2025-08-29` → `2026-08-28`",
            "- `schedule.exceptions[0].start`: `2025-10-14` → `2026-10-13`",
            "- `schedule.season.end`: `2025-12-09` → `2026-12-08`",
            "- `schedule.season.start`: `2025-09-02` → `2026-09-01`",
            f"- `verified`: `2026-09-01` → `{client.app.state.bot.intake.today().isoformat()}`",
        ]
        # the update form of the same listing keeps its dates: it is about what happened
        update = dict(form_pairs(client.get("/en/activity/syyskerho/update").text)[0])
        assert update["schedule.season.start"] == "2025-09-02"
        current = client.get("/en/activity/kielikahvila-tapiola/copy").text
        assert "have been moved" not in current
        assert dict(form_pairs(current)[0])["schedule.season.start"] == "2026-09-01"
