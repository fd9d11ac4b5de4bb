"""Confirming a listing is still current: one button, and a pull request of one line."""

from __future__ import annotations

import json

import pytest

from tests.bot.helpers import (
    ACTIVITY,
    ORGANISATION,
    TODAY,
    form_pairs,
    git,
    make_client,
    make_settings,
    submission_id,
    submit,
)
from tukena.bot import files

pytest_plugins = ["tests.bot.fixtures"]

SLUG = "kielikahvila-tapiola"
PATH = f"content/activities/{SLUG}.md"


def confirm(client, clock, lang="fi"):
    page = client.get(f"/{lang}/activity/{SLUG}/confirm")
    assert page.status_code == 200
    pairs, _ = form_pairs(page.text)
    clock.advance(60)
    return page, submit(client, pairs)


def test_a_confirmation_changes_only_the_date_line(client, clock, repo):
    page, response = confirm(client, clock)
    assert "Vahvista tiedot ajantasaisiksi: Kielikahvila Tapiolassa" in page.text
    assert "Pitävätkö ilmoituksen tiedot yhä paikkansa?" in page.text
    assert not [
        n for n, _ in form_pairs(page.text)[0] if not n.startswith("_") and n != "extra_notes"
    ]
    assert response.status_code == 200, response.text[:3000]
    sid = submission_id(response.text)
    bot = client.app.state.bot
    assert bot.worker.drain() == ["delivered", "idle"]
    branch = f"tukena-bot/{sid}"
    assert repo.files_changed(branch) == [PATH]
    expected = ACTIVITY.replace("verified: 2026-09-01", f"verified: {TODAY.isoformat()}")
    assert expected != ACTIVITY and repo.show(branch, PATH) == expected
    assert git(repo.bare, "log", "-1", "--format=%s", branch).startswith(
        "Activity still current: Kielikahvila Tapiolassa"
    )
    report = bot.store.get(sid).report
    assert report["changes"] == [
        {"field": "verified", "before": "2026-09-01", "after": TODAY.isoformat()}
    ]
    pull = json.loads((repo.bare / "tukena-bot" / "forge.json").read_text())["pulls"][0]
    assert pull["title"].startswith("Activity still current")


def test_confirming_twice_on_one_day_is_said_and_stores_nothing(tmp_path, repo, clock):
    text = ACTIVITY.replace("verified: 2026-09-01", f"verified: {TODAY.isoformat()}")
    (repo.site / PATH).write_text(text)
    with make_client(make_settings(tmp_path, repo), clock) as client:
        _, response = confirm(client, clock, "en")
        assert response.status_code == 422
        assert "The listing has already been confirmed today." in response.text
        assert "<h1>Confirm the listing is current: Language café in Tapiola</h1>" in response.text
        assert client.app.state.bot.store.queued_count() == 0


def test_a_confirmation_takes_no_fields_and_names_a_listing_that_exists(client, clock):
    page = client.get(f"/fi/activity/{SLUG}/confirm")
    pairs, _ = form_pairs(page.text)
    clock.advance(60)
    assert submit(client, [*pairs, ("title.fi", "Toinen nimi")]).status_code == 400
    assert client.get("/fi/activity/ei-ole/confirm").status_code == 404
    other = [(n, v) for n, v in pairs if n != "_target"] + [("_target", "ei-ole")]
    assert submit(client, other).status_code == 404


def test_a_file_without_one_date_line_is_written_whole():
    assert files.confirmed("---\ntitle: x\n---\nbody\n", "2026-11-22") is None
    text = "---\ntitle: x\nverified: 2026-09-01  # by phone\n---\nverified: in the body\n"
    assert files.confirmed(text, "2026-11-22") == (
        "---\ntitle: x\nverified: 2026-11-22\n---\nverified: in the body\n"
    )
    # an organisation's YAML file: the line replaced, else added last
    assert files.confirmed("name: x\nverified: 2025-01-02\n", "2026-11-22", False) == (
        "name: x\nverified: 2026-11-22\n"
    )
    assert files.confirmed("name: x\nnotes: |\n  y\n\n", "2026-11-22", False) == (
        "name: x\nnotes: |\n  y\nverified: 2026-11-22\n"
    )


@pytest.mark.parametrize("kind", ["activity", "organisation"])
def test_an_update_sent_unchanged_changes_only_its_date(client, clock, repo, kind):
    """The update form sent as it came is a confirmation: its pull request shows one line
    (an organisation that had no date gets one), not the file written anew."""
    slug = SLUG if kind == "activity" else "monikulttuurinen-olohuone"
    page = client.get(f"/en/{kind}/{slug}/update")
    pairs, _ = form_pairs(page.text)
    clock.advance(60)
    response = submit(client, pairs)
    assert response.status_code == 200, response.text[:3000]
    sid = submission_id(response.text)
    assert client.app.state.bot.worker.drain() == ["delivered", "idle"]
    path = PATH if kind == "activity" else f"content/organisations/{slug}.yaml"
    today = f"verified: {TODAY.isoformat()}"
    expected = (
        ACTIVITY.replace("verified: 2026-09-01", today)
        if kind == "activity"
        else f"{ORGANISATION}{today}\n"
    )
    assert repo.show(f"tukena-bot/{sid}", path) == expected


@pytest.mark.parametrize("kind", ["activity", "organisation"])
def test_an_update_changing_nothing_on_the_day_it_was_confirmed_is_said(
    tmp_path, repo, clock, kind
):
    """Sent unchanged when the listing was confirmed today already, an update would be a
    pull request without a changed line: the form says so and stores nothing; with one
    field changed it goes through."""
    today = f"verified: {TODAY.isoformat()}"
    if kind == "activity":
        slug, path = SLUG, repo.site / PATH
        path.write_text(ACTIVITY.replace("verified: 2026-09-01", today))
        field, value = "summary.fi", "Rentoa suomen kielen harjoittelua teen ääressä."
    else:
        slug = "monikulttuurinen-olohuone"
        path = repo.site / "content" / "organisations" / f"{slug}.yaml"
        path.write_text(f"{ORGANISATION}{today}\n")
        field, value = "email", "toimisto@olohuone.example"
    with make_client(make_settings(tmp_path, repo), clock) as client:
        page = client.get(f"/sv/{kind}/{slug}/update")
        pairs, _ = form_pairs(page.text)
        clock.advance(60)
        response = submit(client, pairs)
        assert response.status_code == 422
        assert "Inget har ändrats, och uppgifterna har redan bekräftats i dag." in response.text
        assert client.app.state.bot.store.queued_count() == 0
        changed = [(n, value if n == field else v) for n, v in pairs if n != "_token"]
        assert changed != [(n, v) for n, v in pairs if n != "_token"]
        page = client.get(f"/sv/{kind}/{slug}/update")
        token = dict(form_pairs(page.text)[0])["_token"]
        clock.advance(60)
        response = submit(client, [*changed, ("_token", token)])
        assert response.status_code == 200, response.text[:3000]
        assert client.app.state.bot.store.queued_count() == 1


def test_an_ended_listing_is_copied_not_confirmed(tmp_path, repo, clock):
    ended = ACTIVITY.replace(
        "  season: {start: 2026-09-01}", "  season: {start: 2025-09-02, end: 2025-12-09}"
    )
    assert ended != ACTIVITY
    (repo.site / PATH).write_text(ended)
    with make_client(make_settings(tmp_path, repo), clock) as client:
        _, response = confirm(client, clock, "en")
        assert response.status_code == 422
        assert "The activity has ended. If it goes on, copy it as a new listing" in response.text
        assert client.app.state.bot.store.queued_count() == 0
