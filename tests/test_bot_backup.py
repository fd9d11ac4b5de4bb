"""``tukena bot backup``: a consistent copy of the bot's SQLite database while it runs."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest

from tests.bot.helpers import FakeClock
from tukena.bot.cli import main as bot_main
from tukena.bot.records import NewSubmission
from tukena.bot.remindlog import ReminderLog
from tukena.bot.store import Store

PHOTO = "images/uploads/" + "a" * 32 + ".jpg"


def filled(tmp_path):
    """A store with a queued submission, a photo and a stopped address, all still in the
    write-ahead log (the store stays open, so nothing was checkpointed into the file)."""
    store = Store(tmp_path / "state" / "bot.sqlite3", clock=FakeClock())
    submission, _ = store.add(
        NewSubmission(
            form="activity-new",
            kind="activity",
            lang="fi",
            title="Läksykerho",
            data={"title": {"fi": "Läksykerho"}},
        )
    )
    store.hold_photo(PHOTO, b"\xff\xd8 photo bytes")
    ReminderLog(store).stop("kerho@olohuone.example")
    return store, submission


def test_the_copy_holds_what_was_committed_even_while_someone_writes(tmp_path, monkeypatch, capsys):
    store, submission = filled(tmp_path)
    assert (tmp_path / "state" / "bot.sqlite3-wal").stat().st_size > 0
    writer = sqlite3.connect(tmp_path / "state" / "bot.sqlite3", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # a write in progress: not in the copy, not waited for
    writer.execute("INSERT INTO meta (key, value) VALUES ('unfinished', 'x')")
    monkeypatch.setenv("TUKENA_BOT_STATE_DIR", str(tmp_path / "state"))
    target = tmp_path / "backups" / "bot-copy.sqlite3"
    target.parent.mkdir()
    assert bot_main(["backup", str(target)]) == 0
    printed = capsys.readouterr().out
    assert "submissions 1" in printed and "photos 1" in printed and "reminder_stops 1" in printed
    writer.execute("ROLLBACK")
    writer.close()
    assert sorted(p.name for p in target.parent.iterdir()) == ["bot-copy.sqlite3"]  # one file
    # a rollback-journal file, not WAL: it opens from read-only storage too
    assert target.read_bytes()[18:20] == b"\x01\x01"
    copy = Store(target)
    assert copy.get(submission.id) == store.get(submission.id)
    assert copy.photo(PHOTO) == b"\xff\xd8 photo bytes"
    assert ReminderLog(copy).stopped("KERHO@olohuone.example")
    assert copy.get_meta("unfinished") is None


def test_an_earlier_copy_is_replaced_only_when_asked(tmp_path, monkeypatch, capsys):
    filled(tmp_path)
    monkeypatch.setenv("TUKENA_BOT_STATE_DIR", str(tmp_path / "state"))
    target = tmp_path / "copy.sqlite3"
    target.write_bytes(b"an earlier copy")
    assert bot_main(["backup", str(target)]) == 1
    assert "exists" in capsys.readouterr().err and target.read_bytes() == b"an earlier copy"
    assert bot_main(["backup", "--force", str(target)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.sqlite3", "state"]
    assert Store(target).counts()["queued"] == 1


def test_without_a_database_nothing_is_written(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TUKENA_BOT_STATE_DIR", str(tmp_path / "none"))
    assert bot_main(["backup", str(tmp_path / "copy.sqlite3")]) == 2
    assert f"no bot state folder {tmp_path / 'none'}" in capsys.readouterr().err
    (tmp_path / "none").mkdir()
    assert bot_main(["backup", str(tmp_path / "copy.sqlite3")]) == 2
    assert "has no bot database bot.sqlite3" in capsys.readouterr().err
    assert not (tmp_path / "copy.sqlite3").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["none"]


def test_a_copy_into_a_missing_folder_names_the_folder(tmp_path, monkeypatch, capsys):
    filled(tmp_path)
    monkeypatch.setenv("TUKENA_BOT_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)
    assert bot_main(["backup", "missing/dir/copy.sqlite3"]) == 1
    error = capsys.readouterr().err
    assert f"the folder {tmp_path / 'missing' / 'dir'} does not exist" in error
    assert "unable to open" not in error and not (tmp_path / "missing").exists()


@pytest.fixture
def open_umask():
    """A umask that lets every file be read by everyone (a careless service's)."""
    before = os.umask(0)
    yield
    os.umask(before)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_database_and_its_copies_are_readable_by_their_owner_only(
    tmp_path, monkeypatch, capsys, open_umask
):
    """They hold submitters' e-mail addresses."""
    filled(tmp_path)
    state = tmp_path / "state"
    files = sorted(p.name for p in state.iterdir())
    assert files == ["bot.sqlite3", "bot.sqlite3-shm", "bot.sqlite3-wal"]
    assert {name: mode(state / name) for name in files} == dict.fromkeys(files, 0o600)
    monkeypatch.setenv("TUKENA_BOT_STATE_DIR", str(state))
    target = tmp_path / "copy.sqlite3"
    assert bot_main(["backup", str(target)]) == 0
    assert mode(target) == 0o600


def test_a_database_made_readable_to_others_before_is_made_private(tmp_path):
    store, _ = filled(tmp_path)
    store.close()
    for path in (tmp_path / "state").iterdir():
        path.chmod(0o644)
    Store(tmp_path / "state" / "bot.sqlite3")
    assert {mode(p) for p in (tmp_path / "state").iterdir()} == {0o600}
