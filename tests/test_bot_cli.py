"""``tukena bot status|review|worker`` through ``tukena.bot.cli``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
import shlex
import time
from zoneinfo import ZoneInfo

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
from tukena.bot import cli

pytest_plugins = ["tests.bot.fixtures"]


@pytest.fixture(autouse=True)
def logging_kept():
    """``serve`` and ``worker`` set up the process's logging: undone after each test."""
    root, bot = logging.getLogger(), logging.getLogger("tukena")
    handlers, levels = list(root.handlers), (root.level, bot.level)
    formatters = [(h, h.formatter) for h in handlers]
    yield
    for handler in [h for h in root.handlers if h not in handlers]:
        root.removeHandler(handler)
    for handler, formatter in formatters:
        handler.setFormatter(formatter)
    root.setLevel(levels[0])
    bot.setLevel(levels[1])


@pytest.fixture
def env(tmp_path, repo, monkeypatch):
    for name, value in {
        "TUKENA_BOT_STATE_DIR": str(tmp_path / "state"),
        "TUKENA_BOT_CONTENT_ROOT": str(repo.site),
        "TUKENA_BOT_LOCAL_REPOSITORY": str(repo.bare),
        "TUKENA_BOT_ALLOWED_ORIGINS": json.dumps([ORIGIN]),
    }.items():
        monkeypatch.setenv(name, value)
    return tmp_path


def test_add_parser_registers_the_commands():
    parser = argparse.ArgumentParser(prog="tukena")
    sub = parser.add_subparsers(dest="command", required=True)
    cli.add_parser(sub)
    for argv in (["bot", "serve", "--port", "9000"], ["bot", "worker", "--drain"],
                 ["bot", "status", "--json"], ["bot", "review"]):
        args = parser.parse_args(argv)
        assert callable(args.run)


def test_status_review_and_retry(env, tmp_path, repo, clock, capsys):
    settings = make_settings(tmp_path, repo)
    with make_client(settings, clock) as client:
        ok = submission_id(submit(client, activity_pairs(title="Hyvä kerho"), fresh_token(client, clock)).text)
        bad = submission_id(submit(client, activity_pairs(title="Huono kerho"), fresh_token(client, clock)).text)
        submit(client, activity_pairs(title="Roskaa", extra_notes="spam"), fresh_token(client, clock))
        client.app.state.bot.store.hold_photo(f"images/uploads/{'a' * 32}.jpg", bytes(1_500_000))
    git(repo.bare, "branch", f"tukena-bot/{bad}", "main")  # a foreign branch: that one fails
    assert cli.main(["worker", "--drain"]) == 0
    capsys.readouterr()
    assert cli.main(["status"]) == 0
    out = capsys.readouterr().out
    assert "queued: 0  opened: 1" in out and "failed: 1" in out and "rejected: 1" in out
    assert "photos kept: 1 (1.5 MB)" in out
    assert f"FAILED {bad}" in out and "is not this submission's" in out
    assert cli.main(["status", ok]) == 0
    assert "opened" in capsys.readouterr().out
    assert cli.main(["review"]) == 0
    out = capsys.readouterr().out
    assert f"#1 tukena-bot/{ok}  New activity: Hyvä kerho" in out
    assert f"    review: git -C {repo.bare} diff main...tukena-bot/{ok}\n" in out
    git(repo.bare, "branch", "-D", f"tukena-bot/{bad}")
    assert cli.main(["status", "--retry", bad]) == 0
    assert cli.main(["worker", "--drain"]) == 0
    capsys.readouterr()
    assert cli.main(["status", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["opened"] == 2 and data["failed"] == []
    assert data["photos"] == {"kept": 1, "bytes": 1_500_000}
    assert cli.main(["review", "--close", "1"]) == 0


def test_status_prints_what_submitters_wrote_with_control_characters_escaped(env, tmp_path, capsys):
    """A note or a title stored with an escape sequence (OSC 52 writes the terminal's
    clipboard) or a bidi override reaches a maintainer's terminal escaped."""
    from tukena.bot.records import NewSubmission
    from tukena.bot.store import Store

    store = Store(tmp_path / "state" / "bot.sqlite3")
    evil = "\x1b]52;c;ZWNobyBwd25lZA==\x07\u202e"
    sub, _ = store.add(NewSubmission(form="activity-new", kind="activity", lang="fi",
                                     title=f"Kerho{evil}", note=f"Hei{evil}\nrivi",
                                     reason=f"syy{evil}"))  # fmt: skip
    store.mark_failed(sub.id, f"forge said{evil}")
    for argv in (["status", sub.id], ["status", "--json", sub.id], ["status"], ["status", "--json"]):
        assert cli.main(argv) == 0
        out = capsys.readouterr().out
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, argv
    assert cli.main(["status", sub.id]) == 0
    out = capsys.readouterr().out
    assert "Hei\\x1b]52;c;ZWNobyBwd25lZA==\\x07\\u202e\\nrivi" in out
    assert cli.main(["status", "--json", sub.id]) == 0
    assert json.loads(capsys.readouterr().out)["note"] == f"Hei{evil}\nrivi"


@pytest.fixture
def helsinki(monkeypatch):
    """The machine's time zone is Finland's (status prints local times)."""
    monkeypatch.setenv("TZ", "Europe/Helsinki")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_status_of_one_submission_is_readable_lines_at_local_iso_times(
    env, tmp_path, repo, clock, capsys, helsinki
):
    settings = make_settings(tmp_path, repo)
    with make_client(settings, clock) as client:
        sid = submission_id(submit(client, activity_pairs(), fresh_token(client, clock)).text)
        client.app.state.bot.worker.drain()
        received = client.app.state.bot.store.get(sid).created_at
    assert cli.main(["status", sid]) == 0
    out = capsys.readouterr().out
    local = dt.datetime.fromtimestamp(received, ZoneInfo("Europe/Helsinki"))
    assert f"received          {local.isoformat(timespec='seconds')}" in out
    assert "+02:00" in out and str(received) not in out and str(int(received)) not in out
    assert "{" not in out and "'checks'" not in out
    assert "report:\n  checks:\n    - Valid against the content models" in out
    assert "pull request      #1 /local/pulls/1" in out
    events = out.split("events:\n", 1)[1].splitlines()
    assert [line.split()[1] for line in events] == ["queued", "attempt", "prepared", "opened"]
    assert all(re.fullmatch(r"  \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+02:00  .*", e) for e in events)


@pytest.mark.parametrize(
    "variable, value, expected",
    [
        ("TUKENA_BOT_ALLOWED_ORIGINS", "[https://x", "TUKENA_BOT_ALLOWED_ORIGINS='[https://x': give a JSON list"),
        ("TUKENA_BOT_ALLOWED_ORIGINS", "x.example", "TUKENA_BOT_ALLOWED_ORIGINS='x.example': 'x.example' is not an origin"),
        ("TUKENA_BOT_FORGE", "github", "TUKENA_BOT_REPOSITORY: the github forge needs the repository"),
        ("TUKENA_BOT_PORT", "abc", "TUKENA_BOT_PORT='abc': Input should be a valid integer"),
        ("TUKENA_BOT_SMTP_PORT", "0", "TUKENA_BOT_SMTP_PORT='0': Input should be greater than or equal to 1"),
    ],
)
def test_a_setting_that_cannot_work_is_one_line_naming_its_variable(env, monkeypatch, capsys, variable, value, expected):
    from tukena.cli import main as tukena_main

    monkeypatch.setenv(variable, value)
    commands = [["status"], ["serve"], ["worker"], ["review"], ["remind", "--dry-run"], ["backup", "copy.sqlite3"]]
    for command in commands:
        assert cli.main(command) == 2, command
        said = capsys.readouterr().err.splitlines()
        assert len(said) == 1 and said[0].startswith(expected), (command, said)
    assert tukena_main(["bot", "status"]) == 2
    assert capsys.readouterr().err.startswith(expected)
    assert not (env / "state").exists()


def test_a_forge_without_its_token_is_one_line_naming_the_variable(env, monkeypatch, capsys):
    monkeypatch.setenv("TUKENA_BOT_FORGE", "github")
    monkeypatch.setenv("TUKENA_BOT_REPOSITORY", "tukena/content")
    assert cli.main(["worker", "--drain"]) == 2
    said = [line for line in capsys.readouterr().err.splitlines() if " INFO " not in line]
    assert len(said) == 1 and said[0].startswith("TUKENA_BOT_FORGE_TOKEN: the github forge needs")


def test_allowed_origins_are_a_json_list_or_separated_by_commas(env, monkeypatch):
    from tukena.bot.settings import BotSettings

    monkeypatch.setenv("TUKENA_BOT_ALLOWED_ORIGINS", "https://tukena.example, http://localhost:8000/")
    assert BotSettings().allowed_origins == ["https://tukena.example", "http://localhost:8000/"]
    assert BotSettings().origins() == {"https://tukena.example", "http://localhost:8000"}
    monkeypatch.setenv("TUKENA_BOT_ALLOWED_ORIGINS", '["https://tukena.example"]')
    assert BotSettings().allowed_origins == ["https://tukena.example"]
    monkeypatch.setenv("TUKENA_BOT_LABELS", "from-form, needs-review")
    assert BotSettings().labels == ["from-form", "needs-review"]


def test_commands_that_read_the_state_refuse_where_there_is_none(env, monkeypatch, capsys, caplog):
    """Run in another folder, the default .tukena-bot is another, empty one: the commands
    that read the state say so rather than report zeros from a database made for them."""
    caplog.set_level(logging.INFO, logger="tukena.bot.startup")
    elsewhere = env / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    monkeypatch.delenv("TUKENA_BOT_STATE_DIR")
    state = elsewhere / ".tukena-bot"
    for command in (["status"], ["status", "--json"], ["review"], ["remind", "--dry-run"],
                    ["backup", "copy.sqlite3"]):  # fmt: skip
        assert cli.main(command) == 2, command
        said = capsys.readouterr().err.splitlines()
        assert len(said) == 1 and said[0].startswith(
            f"TUKENA_BOT_STATE_DIR: there is no bot state folder {state};"
        ), said
    assert list(elsewhere.iterdir()) == []
    assert cli.main(["worker", "--drain"]) == 0  # the worker (and serve) make it
    assert f"state folder {state} made (TUKENA_BOT_STATE_DIR)" in caplog.text
    assert cli.main(["status"]) == 0
    assert cli.main(["--state-dir", str(env / "state"), "status"]) == 2  # named, and not there
    assert f"no bot state folder {env / 'state'}" in capsys.readouterr().err


@pytest.mark.parametrize("found", ["does not exist", "is not a git repository"])
@pytest.mark.parametrize("command", [["serve"], ["worker"], ["worker", "--drain"]])
def test_a_local_repository_that_is_not_one_stops_the_start(env, monkeypatch, capsys, found, command):
    """Not a forge outage to retry forever: the bot does not start, and says which setting."""
    import uvicorn

    from tukena.bot.worker import Worker

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("the bot started"))
    monkeypatch.setattr(Worker, "run", lambda *a, **k: pytest.fail("the worker started"))
    wrong = env / "nonexistent.git"
    if found != "does not exist":
        wrong.mkdir()
    monkeypatch.setenv("TUKENA_BOT_LOCAL_REPOSITORY", str(wrong))
    assert cli.main(command) == 2
    assert capsys.readouterr().err == (
        f"TUKENA_BOT_LOCAL_REPOSITORY: {wrong} {found}; give the git repository (bare or not) "
        "that receives the bot's branches\n"
    )
    assert not (env / "state").exists()


def test_without_a_local_repository_the_content_checkout_must_be_one(env, monkeypatch, capsys):
    monkeypatch.delenv("TUKENA_BOT_LOCAL_REPOSITORY")
    monkeypatch.setenv("TUKENA_BOT_CONTENT_ROOT", str(env))
    assert cli.main(["worker", "--drain"]) == 2
    said = capsys.readouterr().err
    assert said.startswith(f"TUKENA_BOT_CONTENT_ROOT (TUKENA_BOT_LOCAL_REPOSITORY is not set): {env} is not")



@pytest.mark.parametrize("loudness", [[], ["-q"], ["-v"]])
def test_serve_logs_what_it_does_with_the_time_at_info_by_default(env, monkeypatch, capsys, loudness):
    import uvicorn

    started = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: started.update(options))
    assert cli.main(["serve", *loudness]) == 0
    said = capsys.readouterr().err
    state = env / "state"
    line = rf"\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d,\d{{3}} INFO tukena\.bot\.startup: state folder {re.escape(str(state))} made"
    assert bool(re.search(line, said)) == (loudness != ["-q"]), said
    assert started["log_config"] is None  # uvicorn's lines go to the same log, in the same form
    assert started["log_level"] == (logging.WARNING if loudness == ["-q"] else logging.INFO)
    assert started["access_log"] == (loudness == ["-v"])  # a line a request, with its address
    assert logging.getLogger("tukena.bot").isEnabledFor(logging.DEBUG) == (loudness == ["-v"])
    assert logging.getLogger("uvicorn.error").isEnabledFor(logging.DEBUG) is False


def test_the_worker_logs_each_delivery_and_failure(env, tmp_path, repo, clock, capsys):
    settings = make_settings(tmp_path, repo)
    with make_client(settings, clock) as client:
        ok = submission_id(submit(client, activity_pairs(title="Hyvä kerho"), fresh_token(client, clock)).text)
        bad = submission_id(submit(client, activity_pairs(title="Huono kerho"), fresh_token(client, clock)).text)
    git(repo.bare, "branch", f"tukena-bot/{bad}", "main")  # a foreign branch: that one fails
    capsys.readouterr()
    assert cli.main(["worker", "--drain"]) == 0
    said = capsys.readouterr().err
    assert re.search(
        rf"INFO tukena\.bot\.deliver: submission {ok} delivered: pull request #1 from branch "
        rf"tukena-bot/{ok}, /local/pulls/1\n", said
    ), said
    assert re.search(rf"ERROR tukena\.bot\.worker: submission {bad} failed: .* not this submission's", said)
    assert "Hyvä kerho" not in said and "laksy@olohuone.example" not in said


def run_printed(line: str, cwd) -> str:
    """Run a command line ``tukena bot review`` printed, as a maintainer's shell would."""
    out = ""
    for command in line.split(" && "):
        out += git(cwd, *shlex.split(command)[1:])
    return out


def review_commands(capsys) -> dict[str, dict[str, str]]:
    """The commands ``tukena bot review`` prints, by branch, by what they do."""
    assert cli.main(["review"]) == 0
    found: dict[str, dict[str, str]] = {}
    for line in capsys.readouterr().out.splitlines():
        if line.startswith("#"):
            commands = found[line.split()[1]] = {}
        else:
            what, command = line.strip().split(": ", 1)
            commands[what] = command
    return found


@pytest.mark.parametrize("separate", [True, False])
def test_the_review_commands_printed_work_where_the_branches_are(
    env, tmp_path, repo, clock, capsys, monkeypatch, separate
):
    """The branches in a bare repository of their own (no merge there: fetched into the
    content's checkout, merged and pushed back), or in the content's checkout itself."""
    target = repo.bare if separate else repo.site
    monkeypatch.setenv("TUKENA_BOT_LOCAL_REPOSITORY", str(target))
    settings = make_settings(tmp_path, repo, local_repository=target)
    with make_client(settings, clock) as client:
        ok = submission_id(submit(client, activity_pairs(title="Hyvä kerho"), fresh_token(client, clock)).text)
        bad = submission_id(submit(client, activity_pairs(title="Huono kerho"), fresh_token(client, clock)).text)
    assert cli.main(["worker", "--drain"]) == 0
    capsys.readouterr()
    elsewhere = tmp_path / "elsewhere"  # the maintainer's shell is in another folder
    elsewhere.mkdir()
    commands = review_commands(capsys)
    assert sorted(commands) == sorted([f"tukena-bot/{ok}", f"tukena-bot/{bad}"])
    good = commands[f"tukena-bot/{ok}"]
    if separate:  # a bare repository cannot merge: the content's checkout does
        assert good["accept"].startswith(f"git -C {repo.site} fetch {repo.bare} ")
    diff = run_printed(good["review"], elsewhere)
    assert diff.startswith("diff --git a/content/activities/hyva-kerho-espoo.md")
    run_printed(good["accept"], elsewhere)
    assert (repo.site / "content" / "activities" / "hyva-kerho-espoo.md").is_file()
    assert git(target, "branch", "--contains", f"tukena-bot/{ok}", "main").strip()
    commands = review_commands(capsys)  # the accepted one is merged: only the other is left
    assert list(commands) == [f"tukena-bot/{bad}"]
    run_printed(commands[f"tukena-bot/{bad}"]["reject"], elsewhere)
    assert cli.main(["review"]) == 0
    assert capsys.readouterr().out == "nothing to review\n"
    assert cli.main(["worker", "--drain"]) == 0  # which checks the pull requests
    capsys.readouterr()
    assert cli.main(["status", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)["counts"]
    assert (counts["merged"], counts["closed"], counts["opened"]) == (1, 1, 0)


def test_a_second_worker_says_that_it_waits_for_the_first(env, tmp_path, repo, caplog, monkeypatch):
    """Started while another worker (the web service's own) holds the lock, it said nothing
    and did nothing; it says so once, and when it takes over."""
    import threading

    from tukena.bot.worker import Worker, WorkerLock

    settings = make_settings(tmp_path, repo)
    first = WorkerLock(settings.state_dir / "worker.lock")
    assert first.acquire()
    monkeypatch.setattr(Worker, "LOCK_RETRY_SECONDS", 0.01)
    caplog.set_level(logging.INFO, logger="tukena.bot")
    stop = threading.Event()
    thread = threading.Thread(target=cli._worker(settings).run, args=(stop,))
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while "this one waits" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.1)  # many tries, one word
        first.release()
        while "delivers now" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        stop.set()
        thread.join(10)
    assert caplog.text.count("TUKENA_BOT_WORKER_IN_PROCESS=false") == 1
    assert "the other worker stopped: this one delivers now" in caplog.text
