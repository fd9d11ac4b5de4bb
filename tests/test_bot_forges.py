"""GitHub, Gitea/Forgejo and GitLab adapters against fakes of their documented HTTP APIs."""

from __future__ import annotations

import email.utils
import logging

import httpx
import pytest

from tests.bot.fakes import (
    FakeGitea,
    FakeGitHub,
    FakeGitLab,
    expired_token,
    rate_limited,
    server_error,
    timeout,
)
from tests.bot.helpers import (
    activity_pairs,
    fresh_token,
    make_client,
    make_settings,
    submission_id,
    submit,
)
from tukena.bot import faults, pullbody
from tukena.bot.forges import make_forge
from tukena.bot.forges.http import Pacer

TOKEN = "ghp_SECRETtokenVALUE1234567890"
FAKES = {"github": FakeGitHub, "gitea": FakeGitea, "forgejo": FakeGitea, "gitlab": FakeGitLab}
APIS = {"github": "", "gitea": "https://codeberg.org/api/v1", "forgejo": "https://codeberg.org/api/v1",
        "gitlab": "https://gitlab.com/api/v4"}

pytest_plugins = ["tests.bot.fixtures"]


class SimulatedCrash(BaseException):
    """Stands for the process dying at a step (in-process; the real kill -9 is elsewhere)."""


@pytest.fixture
def crash_at():
    def install(step: str) -> None:
        def hook(reached: str) -> None:
            if reached == step:
                faults.set_hook(None)
                raise SimulatedCrash(step)

        faults.set_hook(hook)

    yield install
    faults.set_hook(None)


def setup(tmp_path, repo, clock, kind: str, **changes):
    fake = FAKES[kind]()
    settings = make_settings(tmp_path, repo, forge=kind, repository="tukena/content",
                             forge_token=TOKEN, forge_api=APIS[kind], **changes)
    forge = make_forge(settings, transport=fake.transport(), clock=clock, sleep=clock.sleep)
    return fake, make_client(settings, clock, forge=forge)


def send(client, clock, title="Läksykerho") -> str:
    response = submit(client, activity_pairs(title=title), fresh_token(client, clock))
    assert response.status_code == 200, response.text[:1000]
    return submission_id(response.text)


@pytest.mark.parametrize("kind", ["github", "gitea", "forgejo", "gitlab"])
def test_delivery_makes_a_branch_and_a_pull_request(tmp_path, repo, clock, kind):
    fake, client = setup(tmp_path, repo, clock, kind)
    with client:
        sid = send(client, clock)
        bot = client.app.state.bot
        assert bot.worker.drain() == ["delivered", "idle"]
        branch = f"tukena-bot/{sid}"
        commit = fake.commits[fake.branches[branch]]
        assert pullbody.marker(sid) in commit["message"]
        assert list(commit["files"]) == ["content/activities/laksykerho-espoo.md"]
        assert "title:\n  fi: Läksykerho" in commit["files"]["content/activities/laksykerho-espoo.md"]
        assert len(fake.pulls) == 1 and fake.pulls[0]["branch"] == branch
        sub = bot.store.get(sid)
        assert sub.state == "opened" and sub.pr_number == fake.pulls[0]["number"]
        assert client.get(f"/status/{sid}", headers={"Accept": "application/json"}).json()["url"] == sub.pr_url
        if kind == "github":
            assert fake.pulls[0]["labels"] == ["from-form"]
            auth = fake.requests[0].headers["authorization"]
            assert auth == f"Bearer {TOKEN}"
            assert fake.requests[0].headers["x-github-api-version"] == "2022-11-28"
        elif kind == "gitlab":
            assert fake.requests[0].headers["private-token"] == TOKEN
        else:
            assert fake.requests[0].headers["authorization"] == f"token {TOKEN}"


@pytest.mark.parametrize("kind", ["github", "gitea", "gitlab"])
@pytest.mark.parametrize("step", ["committed", "pushed", "pr-opened"])
def test_a_crash_at_any_step_still_makes_exactly_one_pull_request(tmp_path, repo, clock, crash_at, kind, step):
    fake, client = setup(tmp_path, repo, clock, kind)
    with client:
        sid = send(client, clock)
        bot = client.app.state.bot
        crash_at(step)
        with pytest.raises(SimulatedCrash):
            bot.worker.step()
        assert bot.store.get(sid).state == "queued"
        assert bot.worker.drain() == ["delivered", "idle"]
        assert len(fake.pulls) == 1
        assert [b for b in fake.branches if b.startswith("tukena-bot/")] == [f"tukena-bot/{sid}"]
        assert bot.store.get(sid).pr_number == fake.pulls[0]["number"]


@pytest.mark.parametrize("kind", ["github", "gitea", "gitlab"])
def test_already_exists_answers_are_reconciled(tmp_path, repo, clock, kind):
    fake, client = setup(tmp_path, repo, clock, kind)
    with client:
        sid = send(client, clock)
        bot = client.app.state.bot
        branch = f"tukena-bot/{sid}"
        # someone (an earlier run) made the branch and the pull request, unrecorded
        fake.commits["cX"] = {"message": f"x\n\n{pullbody.marker(sid)}\n", "tree": "t0", "files": {}}
        fake.branches[branch] = "cX"
        fake.pulls.append({"number": 41, "branch": branch, "title": "t", "body": "b", "state": "open", "labels": []})
        assert bot.worker.step() == "delivered"
        assert len(fake.pulls) == 1 and bot.store.get(sid).pr_number == 41
        answers = [(r.method, r.url.path) for r in fake.requests]
        assert any(m == "POST" for m, _ in answers), "the bot tried and was told it exists"


def test_github_documented_422_bodies_are_understood(tmp_path, repo, clock):
    fake, client = setup(tmp_path, repo, clock, "github")
    with client:
        sid = send(client, clock)
        bot = client.app.state.bot
        branch = f"tukena-bot/{sid}"
        fake.commits["cX"] = {"message": pullbody.marker(sid), "tree": "t0", "files": {}}
        fake.branches[branch] = "cX"
        fake.pulls.append({"number": 7, "branch": branch, "title": "t", "body": "b", "state": "open", "labels": []})
        bot.worker.step()
        statuses = [(r.method, r.url.path.rsplit("/", 2)[-2:]) for r in fake.requests if r.method == "POST"]
        assert statuses[-1] == ("POST", ["content", "pulls"])
        assert bot.store.get(sid).pr_number == 7


@pytest.mark.parametrize("failure, expected_wait", [
    (rate_limited(403, "60"), 60.0),
    (rate_limited(429, "120"), 120.0),
    (rate_limited(403, None), 60.0),  # secondary limit without headers: wait at least a minute
    (rate_limited(403, None, **{"x-ratelimit-remaining": "0", "x-ratelimit-reset": "1795000900"}), None),
])
def test_rate_limits_are_honoured(tmp_path, repo, clock, failure, expected_wait):
    fake, client = setup(tmp_path, repo, clock, "github")
    with client:
        sid = send(client, clock)
        bot = client.app.state.bot
        fake.fail_next = [failure]
        assert bot.worker.step() == "retry"
        wait = bot.worker.paused_until() - clock()
        if expected_wait is None:
            assert wait == pytest.approx(1795000900 - clock())
        else:
            assert wait == expected_wait
        before = len(fake.requests)
        clock.advance(wait - 1)
        assert bot.worker.step() == "paused" and len(fake.requests) == before  # nothing sent early
        clock.advance(1)
        assert bot.worker.step() == "delivered"
        assert bot.store.get(sid).state == "opened"


def test_a_retry_after_in_other_digits_than_ascii_pauses_the_queue(tmp_path, repo, clock):
    fake, client = setup(tmp_path, repo, clock, "github")
    with client:
        sid = send(client, clock)
        bot = client.app.state.bot
        superscript = [(b"retry-after", "\u00b2".encode("latin-1"))]  # "²", as latin-1 decodes it
        fake.fail_next = [lambda request: httpx.Response(429, headers=superscript, json={})]
        assert bot.worker.step() == "retry"
        assert bot.store.get(sid).state == "queued"


def test_retry_after_as_an_http_date(tmp_path, repo, clock):
    fake, client = setup(tmp_path, repo, clock, "gitlab")
    with client:
        send(client, clock)
        bot = client.app.state.bot
        fake.fail_next = [rate_limited(429, email.utils.formatdate(clock() + 300, usegmt=True))]
        assert bot.worker.step() == "retry"
        assert bot.worker.paused_until() - clock() == pytest.approx(300, abs=1)


@pytest.mark.parametrize("failure", [server_error(502), server_error(500), timeout])
def test_server_errors_and_timeouts_back_off(tmp_path, repo, clock, failure):
    fake, client = setup(tmp_path, repo, clock, "gitea")
    with client:
        send(client, clock)
        bot = client.app.state.bot
        fake.fail_next = [failure, failure]
        assert bot.worker.step() == "retry"
        assert bot.worker.paused_until() - clock() == 5.0
        clock.now = bot.worker.paused_until()
        assert bot.worker.step() == "retry"
        assert bot.worker.paused_until() - clock() == 10.0
        clock.now = bot.worker.paused_until()
        assert bot.worker.step() == "delivered"
        assert bot.worker.paused_until() == 0.0  # recovered: the back-off starts afresh


def test_an_expired_token_pauses_the_queue_and_is_never_logged(tmp_path, repo, clock, caplog):
    caplog.set_level(logging.DEBUG)
    fake, client = setup(tmp_path, repo, clock, "github")
    with client:
        sid = send(client, clock)
        bot = client.app.state.bot
        fake.fail_next = [expired_token]
        assert bot.worker.step() == "retry"
        assert bot.worker.paused_until() - clock() >= 60
        assert "renew TUKENA_BOT_FORGE_TOKEN" in bot.store.get(sid).last_error
        assert bot.store.get(sid).state == "queued"
        clock.now = bot.worker.paused_until()
        assert bot.worker.step() == "delivered"
        health = client.get("/healthz").text
    database = b"".join(p.read_bytes() for p in (tmp_path / "state").glob("bot.sqlite3*"))
    assert TOKEN.encode() not in database
    assert TOKEN not in caplog.text and TOKEN not in health
    assert TOKEN not in repr(bot.settings)


def test_a_permanent_forge_refusal_fails_one_submission_and_the_queue_goes_on(tmp_path, repo, clock):
    fake, client = setup(tmp_path, repo, clock, "github")
    with client:
        first, second = send(client, clock, "Yksi kerho"), send(client, clock, "Toinen kerho")
        bot = client.app.state.bot
        invalid = httpx.Response(422, json={"message": "Validation Failed", "errors": [
            {"resource": "PullRequest", "field": "title", "code": "custom",
             "message": "title is too long (maximum is 256 characters)"}]})
        fake.fail_on = [("POST", "/pulls", lambda request: invalid)]
        assert bot.worker.step() == "failed"
        assert bot.store.get(first).state == "failed"
        assert "title is too long" in bot.store.get(first).reason
        assert bot.worker.step() == "delivered" and bot.store.get(second).state == "opened"


@pytest.mark.parametrize("status", [403, 404])
def test_a_missing_repository_or_permission_pauses_the_queue(tmp_path, repo, clock, status):
    fake, client = setup(tmp_path, repo, clock, "github")
    with client:
        sid = send(client, clock)
        bot = client.app.state.bot
        fake.fail_next = [lambda request: httpx.Response(status, json={"message": "Not Found"})]
        assert bot.worker.step() == "retry"
        assert bot.store.get(sid).state == "queued"
        assert "check TUKENA_BOT_" in bot.store.get(sid).last_error
        assert bot.worker.paused_until() - clock() >= 60


def test_the_forge_down_for_the_whole_test_loses_nothing(tmp_path, repo, clock):
    fake, client = setup(tmp_path, repo, clock, "github")
    with client:
        fake.down = True
        bot = client.app.state.bot
        ids = []
        for n in range(6):
            ids.append(send(client, clock, f"Kerho numero {n}"))
            bot.worker.step()
            clock.advance(7)
        assert bot.store.counts()["queued"] == 6 and fake.pulls == []
        fake.down = False
        clock.now = bot.worker.paused_until() + 1
        assert bot.worker.drain() == ["delivered"] * 6 + ["idle"]
        assert [bot.store.get(sid).pr_number for sid in ids] == sorted(p["number"] for p in fake.pulls)
        assert [p["branch"] for p in fake.pulls] == [f"tukena-bot/{sid}" for sid in ids]


def test_content_creating_requests_are_paced_as_github_documents(tmp_path, repo, clock):
    fake, client = setup(tmp_path, repo, clock, "github")
    with client:
        for n in range(3):
            send(client, clock, f"Kerho {n}")
        bot = client.app.state.bot
        clock.slept.clear()
        bot.worker.drain()
        assert len(fake.pulls) == 3
        assert clock.slept and all(0 < s <= 1.0 for s in clock.slept)


def test_pacer_limits():
    pacer = Pacer()
    now = 1000.0
    for _ in range(80):
        now += pacer.wait(now)
        pacer.record(now)
    assert pacer.wait(now) == pytest.approx(1.0)  # one second apart: 80 fit in a minute
    spaced = Pacer(interval=0.0, per_minute=1000, per_hour=500)
    for i in range(500):
        spaced.record(float(i))
    assert spaced.wait(500.0) == pytest.approx(3600.0 - 500.0)
    minute = Pacer(interval=0.0, per_minute=80, per_hour=1000)
    for i in range(80):
        minute.record(i * 0.1)
    assert minute.wait(8.0) == pytest.approx(60.0 - 8.0)


@pytest.mark.parametrize("kind", ["github", "gitea", "gitlab"])
def test_reports_become_issues_once_even_after_a_crash(tmp_path, repo, clock, crash_at, kind):
    fake, client = setup(tmp_path, repo, clock, kind)
    with client:
        pairs = [("_form", "report"), ("_lang", "sv"), ("target", "activities/kielikahvila-tapiola"),
                 ("problem", "contact"), ("details", "Numret svarar inte @someone")]
        sid = submission_id(submit(client, pairs, fresh_token(client, clock)).text)
        bot = client.app.state.bot
        crash_at("pr-opened")
        with pytest.raises(SimulatedCrash):
            bot.worker.step()
        assert bot.worker.drain() == ["delivered", "idle"]
        assert len(fake.issues) == 1
        assert pullbody.marker(sid) in fake.issues[0]["body"]
        assert "~~~~text\nNumret svarar inte @someone\n~~~~" in fake.issues[0]["body"]
        fake.issues[0]["state"] = "closed"
        assert bot.worker.poll(force=True) == 1 and bot.store.get(sid).state == "closed"


@pytest.mark.parametrize("kind", ["github", "gitea", "gitlab"])
def test_merged_and_closed_pull_requests_are_recorded(tmp_path, repo, clock, kind):
    fake, client = setup(tmp_path, repo, clock, kind)
    with client:
        a, b = send(client, clock, "Yksi kerho"), send(client, clock, "Toinen kerho")
        bot = client.app.state.bot
        bot.worker.drain()
        fake.pulls[0]["state"], fake.pulls[1]["state"] = "merged", "closed"
        assert bot.worker.poll(force=True) == 2
        assert bot.store.get(a).state == "merged" and bot.store.get(b).state == "closed"
