"""Crash recovery with a real worker process killed by SIGKILL at each step of a delivery."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bot.helpers import (
    ORIGIN,
    activity_pairs,
    fresh_token,
    git,
    make_client,
    make_settings,
    submission_id,
    submit,
)
from tukena.bot import pullbody
from tukena.bot.store import Store

ROOT = Path(__file__).resolve().parents[1]

pytest_plugins = ["tests.bot.fixtures"]


def worker(tmp_path: Path, repo, fault: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TUKENA_", "GIT_"))}
    env.update(
        TUKENA_BOT_STATE_DIR=str(tmp_path / "state"),
        TUKENA_BOT_CONTENT_ROOT=str(repo.site),
        TUKENA_BOT_LOCAL_REPOSITORY=str(repo.bare),
        TUKENA_BOT_ALLOWED_ORIGINS=json.dumps([ORIGIN]),
        PYTHONPATH=str(ROOT),
    )
    if fault:
        env["TUKENA_FAULT_AT"] = fault
    return subprocess.run([sys.executable, "-m", "tukena.bot", "worker", "--drain"], env=env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=300)


def queue(tmp_path, repo, clock, titles) -> list[str]:
    settings = make_settings(tmp_path, repo)
    with make_client(settings, clock) as client:
        return [submission_id(submit(client, activity_pairs(title=t), fresh_token(client, clock)).text)
                for t in titles]


def assert_exactly_one_pull_request_each(tmp_path, repo, ids):
    pulls = json.loads((repo.bare / "tukena-bot" / "forge.json").read_text())["pulls"]
    assert sorted(p["branch"] for p in pulls) == sorted(f"tukena-bot/{sid}" for sid in ids)
    assert repo.bot_branches() == sorted(f"tukena-bot/{sid}" for sid in ids)
    store = Store(tmp_path / "state" / "bot.sqlite3")
    for sid in ids:
        branch = f"tukena-bot/{sid}"
        assert repo.commits(branch) == 1
        assert pullbody.marker(sid) in git(repo.bare, "log", "-1", "--format=%B", branch)
        sub = store.get(sid)
        assert sub.state == "opened"
        assert sub.pr_number == next(p["number"] for p in pulls if p["branch"] == branch)


@pytest.mark.parametrize("step", ["committed", "pushed", "pr-opened"])
def test_kill_9_at_each_step_then_restart_makes_one_pull_request_per_submission(tmp_path, repo, clock, step):
    ids = queue(tmp_path, repo, clock, ["Ensimmäinen kerho", "Toinen kerho"])
    killed = worker(tmp_path, repo, fault=step)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    store = Store(tmp_path / "state" / "bot.sqlite3")
    assert store.get(ids[0]).state == "queued"  # the crash came before it was recorded
    if step in ("pushed", "pr-opened"):
        assert repo.bot_branches() == [f"tukena-bot/{ids[0]}"]
    else:
        assert repo.bot_branches() == []
    restarted = worker(tmp_path, repo)
    assert restarted.returncode == 0, restarted.stderr
    assert restarted.stdout.split() == ["delivered", "delivered", "idle"]
    assert_exactly_one_pull_request_each(tmp_path, repo, ids)


def test_repeated_crashes_still_converge(tmp_path, repo, clock):
    ids = queue(tmp_path, repo, clock, ["Kolmas kerho", "Neljäs kerho", "Viides kerho"])
    for step in ("pr-opened", "pushed", "committed", "pr-opened"):
        assert worker(tmp_path, repo, fault=step).returncode == -signal.SIGKILL
    assert worker(tmp_path, repo).returncode == 0
    assert_exactly_one_pull_request_each(tmp_path, repo, ids)
