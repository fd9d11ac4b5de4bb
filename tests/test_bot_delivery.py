"""Delivery to the local forge, asserted with git itself on a bare repository."""

from __future__ import annotations

import json
from pathlib import Path

from tests.bot.helpers import (
    activity_pairs,
    fresh_token,
    git,
    make_client,
    make_settings,
    submission_id,
    submit,
)
from tukena import documents, loader
from tukena.bot import pullbody

pytest_plugins = ["tests.bot.fixtures"]


def send(client, clock, title: str, **changes) -> str:
    response = submit(client, activity_pairs(title=title, **changes), fresh_token(client, clock))
    assert response.status_code == 200, response.text[:2000]
    return submission_id(response.text)


def records(repo) -> dict:
    return json.loads((repo.bare / "tukena-bot" / "forge.json").read_text())


def test_a_submission_becomes_one_branch_one_commit_and_one_pull_request(client, clock, repo):
    sid = send(client, clock, "Läksykerho", _note="Kiitos! @maintainer <img src=https://x/y.png>")
    bot = client.app.state.bot
    assert bot.worker.drain() == ["delivered", "idle"]
    branch = f"tukena-bot/{sid}"
    assert repo.bot_branches() == [branch]
    assert repo.commits(branch) == 1
    assert repo.files_changed(branch) == ["content/activities/laksykerho-espoo.md"]
    message = git(repo.bare, "log", "-1", "--format=%B", branch)
    assert message.startswith("New activity: Läksykerho") and pullbody.marker(sid) in message
    author = git(repo.bare, "log", "-1", "--format=%an <%ae>", branch).strip()
    assert author == "tukena bot <bot@tukena.invalid>"
    text = repo.show(branch, "content/activities/laksykerho-espoo.md")
    item, problems = loader.validate(documents.parse(text, True), loader.ACTIVITIES, "x.md")
    assert problems == [] and item.title == {"fi": "Läksykerho"}
    pulls = records(repo)["pulls"]
    assert [(p["number"], p["branch"], p["state"]) for p in pulls] == [(1, branch, "open")]
    body = pulls[0]["body"]
    assert "~~~~text\nKiitos! @maintainer <img src=https://x/y.png>\n~~~~" in body
    assert body.count("@maintainer") == 1  # only inside the code block
    # when it meets, in the words of the site's cards: the form said Wednesdays 15-17
    assert "| When | `Wednesdays 15:00–17:00, from 1 Sep 2026` |" in body
    sub = bot.store.get(sid)
    assert sub.state == "opened" and sub.pr_number == 1 and sub.branch == branch
    page = client.get(f"/status/{sid}?lang=en")
    assert (
        "Being reviewed by the maintainers." in page.text and 'href="/local/pulls/1"' in page.text
    )


def test_the_submitters_email_is_never_committed_or_shown(client, clock, repo):
    sid = send(client, clock, "Yksityinen", _email="private.person@example.fi")
    bot = client.app.state.bot
    bot.worker.drain()
    branch = f"tukena-bot/{sid}"
    everything = git(repo.bare, "log", "-p", branch) + json.dumps(records(repo))
    assert "private.person" not in everything
    assert bot.store.get(sid).submitter_email == "private.person@example.fi"
    assert "private.person" not in client.get(f"/status/{sid}").text


def test_merge_and_close_are_seen_and_the_email_is_erased(client, clock, repo):
    merged = send(client, clock, "Yhdistetään", _email="a@example.fi")
    closed = send(client, clock, "Suljetaan", _email="b@example.fi")
    bot = client.app.state.bot
    bot.worker.drain()
    git(
        repo.bare, "update-ref", "refs/heads/main", f"refs/heads/tukena-bot/{merged}"
    )  # fast-forward
    git(repo.bare, "branch", "-D", f"tukena-bot/{closed}")
    assert bot.worker.poll(force=True) == 2
    assert bot.store.get(merged).state == "merged" and bot.store.get(merged).submitter_email is None
    assert bot.store.get(closed).state == "closed" and bot.store.get(closed).submitter_email is None
    page = client.get(f"/status/{merged}?lang=en").text
    assert "Accepted: it will be on the site after the next update of the site." in page
    assert "published" not in page  # the site shows it once it is built again


def test_emails_are_erased_after_the_retention_period(tmp_path, repo, clock):
    settings = make_settings(tmp_path, repo, email_retention_days=30)
    with make_client(settings, clock) as c:
        sid = send(c, clock, "Vanha", _email="old@example.fi")
        bot = c.app.state.bot
        assert bot.worker.forget_old_emails() == 0
        clock.advance(31 * 86400)
        assert bot.worker.forget_old_emails() == 1
        assert bot.store.get(sid).submitter_email is None


def test_the_forge_down_for_the_whole_test(client, clock, repo):
    moved = repo.bare.with_name("away.git")
    repo.bare.rename(moved)  # the forge is unreachable
    bot = client.app.state.bot
    ids = [
        send(client, clock, f"Kerho {n}", **{"locations.0.municipality": m})
        for n, m in zip(
            ("yksi", "kaksi", "kolme", "neljä"), ("091", "049", "092", "853"), strict=True
        )
    ]
    assert bot.worker.step() == "retry"
    assert (
        bot.store.get(ids[0]).last_error.startswith("cannot fetch main")
        or bot.store.get(ids[0]).last_error
    )
    assert bot.worker.step() == "paused"
    waits = []
    for _ in range(4):  # back-off doubles while it stays down
        until = bot.worker.paused_until()
        waits.append(until - clock())
        clock.now = until
        assert bot.worker.step() == "retry"
    assert waits == [5.0, 10.0, 20.0, 40.0]
    assert bot.store.counts()["queued"] == 4
    late = send(client, clock, "Kerho viisi")  # receipts keep coming while it is down
    ids.append(late)
    moved.rename(repo.bare)  # the forge is back
    clock.now = bot.worker.paused_until()
    assert bot.worker.drain() == ["delivered"] * 5 + ["idle"]
    numbers = [bot.store.get(sid).pr_number for sid in ids]
    assert numbers == [1, 2, 3, 4, 5]  # in the order received
    assert sorted(repo.bot_branches()) == sorted(f"tukena-bot/{sid}" for sid in ids)
    assert bot.store.counts()["queued"] == 0 and bot.store.counts()["opened"] == 5


def test_healthz_says_the_queue_is_paused_and_since_when_but_not_why(client, clock, repo):
    """The reason (a path on the server, the forge's own error) is for the maintainers."""
    assert client.get("/healthz").json()["paused"] is False
    started = clock()
    moved = repo.bare.with_name("away.git")
    repo.bare.rename(moved)
    bot = client.app.state.bot
    send(client, clock, "Kerho")
    failed_at = clock()
    assert bot.worker.step() == "retry"
    clock.now = bot.worker.paused_until()
    assert bot.worker.step() == "retry"  # a second failure: paused since the first one
    health = client.get("/healthz")
    data = health.json()
    assert data["paused"] is True and data["counts"]["queued"] == 1
    assert data["paused_since"] == failed_at > started
    assert data["paused_until"] == bot.worker.paused_until()
    assert str(repo.bare) not in health.text and "remote" not in health.text
    assert "pause_reason" not in data
    assert str(repo.bare) in bot.store.get_meta("pause_reason")  # kept for tukena bot status
    moved.rename(repo.bare)
    clock.now = bot.worker.paused_until()
    assert bot.worker.step() == "delivered"
    assert client.get("/healthz").json()["paused_since"] is None


def test_an_existing_branch_of_the_same_submission_is_reused(client, clock, repo):
    sid = send(client, clock, "Jo olemassa")
    bot = client.app.state.bot
    sub = bot.worker.deliverer.preparer.prepare(bot.store.get(sid))
    from tukena.bot import files
    from tukena.bot.forges.base import Change

    bot.forge.push_branch(
        Change(
            f"tukena-bot/{sid}",
            "main",
            files.changes(sub, bot.store.photo),
            pullbody.commit_message(sub),
            "x",
            "x@example.invalid",
            sub.created_at,
        )
    )
    assert bot.worker.drain()[0] == "delivered"
    assert repo.commits(f"tukena-bot/{sid}") == 1
    assert len(records(repo)["pulls"]) == 1


def test_a_foreign_branch_with_the_same_name_fails_the_submission_for_maintainers(
    client, clock, repo
):
    sid = send(client, clock, "Vieras haara")
    git(repo.bare, "branch", f"tukena-bot/{sid}", "main")
    bot = client.app.state.bot
    assert bot.worker.step() == "failed"
    sub = bot.store.get(sid)
    assert sub.state == "failed" and "is not this submission's" in sub.reason
    assert bot.store.requeue(sid) and bot.store.get(sid).state == "queued"


def test_a_report_becomes_an_issue(client, clock, repo):
    pairs = [
        ("_form", "report"),
        ("_lang", "fi"),
        ("target", "activities/kielikahvila-tapiola"),
        ("problem", "ended"),
        ("details", "Loppui syksyllä. <b>@all</b>"),
    ]
    sid = submission_id(submit(client, pairs, fresh_token(client, clock)).text)
    bot = client.app.state.bot
    assert bot.worker.drain()[0] == "delivered"
    issues = records(repo)["issues"]
    assert len(issues) == 1 and issues[0]["labels"] == ["listing-report"]
    assert "~~~~text\nLoppui syksyllä. <b>@all</b>\n~~~~" in issues[0]["body"]
    assert repo.bot_branches() == []
    bot.forge.set_state("issues", 1, "closed")
    bot.worker.poll(force=True)
    assert "Handled" in client.get(f"/status/{sid}?lang=en").text


def test_an_update_changes_the_existing_file(client, clock, repo):
    from tukena.forms.parse import flatten
    from tukena.forms.spec import form_spec

    existing = client.app.state.bot.content.content.activities["kielikahvila-tapiola"]
    values = flatten(form_spec("activity"), existing.model_dump(mode="json"))
    values["schedule.weekly.0.start"] = ["18:00"]
    pairs = [(n, v) for n, found in values.items() for v in found]
    pairs += [("_form", "activity-update"), ("_lang", "fi"), ("_target", "kielikahvila-tapiola")]
    sid = submission_id(submit(client, pairs, fresh_token(client, clock)).text)
    bot = client.app.state.bot
    bot.worker.drain()
    branch = f"tukena-bot/{sid}"
    assert repo.files_changed(branch) == ["content/activities/kielikahvila-tapiola.md"]
    text = repo.show(branch, "content/activities/kielikahvila-tapiola.md")
    item, _ = loader.validate(documents.parse(text, True), loader.ACTIVITIES, "x.md")
    assert item.schedule.weekly[0].start.hour == 18
    body = records(repo)["pulls"][0]["body"]
    assert "- `schedule.weekly[0].start`: `17:00` → `18:00`" in body


def test_a_relative_state_folder_delivers(tmp_path, repo, clock, monkeypatch):
    """The default state folder, ``.tukena-bot``, is relative to the working folder (as with
    ``make bot``): the local forge's clone lands in it, not in a folder of the same name
    inside it, where every later delivery found no clone and the queue stayed paused."""
    monkeypatch.chdir(tmp_path)
    settings = make_settings(tmp_path, repo, state_dir=Path(".tukena-bot"))
    with make_client(settings, clock) as client:
        sid = send(client, clock, "Läksykerho")
        assert client.app.state.bot.worker.drain() == ["delivered", "idle"]
    assert repo.bot_branches() == [f"tukena-bot/{sid}"]
    assert (tmp_path / ".tukena-bot" / "work" / ".git").is_dir()
