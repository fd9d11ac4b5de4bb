"""The SQLite connection of the bot's queue: WAL mode, full fsync, one connection per
thread, write transactions, the event log and a small key-value table.

The database holds submitters' e-mail addresses: its file is readable and writable by its
owner only (0600, whatever the umask), and so are its write-ahead log and shared-memory
files, which SQLite creates with the database's own mode.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tukena.bot.records import SCHEMA, Submission

logger = logging.getLogger(__name__)


#: The endings of the files SQLite keeps beside a database in WAL mode.
WAL = ("-wal", "-shm")
PRIVATE = 0o600


def private(path: Path, create: bool = True) -> None:
    """Make the file ``path`` readable and writable by its owner only, creating it (empty)
    when ``create`` says so; a file that is not there and need not be is left alone."""
    flags = os.O_RDWR | (os.O_CREAT if create else 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        handle = os.open(path, flags, PRIVATE)
    except FileNotFoundError:
        if create:
            raise
        return
    except PermissionError:  # another user's file: SQLite says what it can do with it
        logger.warning("cannot make %s readable by its owner only", path)
        return
    try:
        if os.fstat(handle).st_mode & 0o777 != PRIVATE:
            os.fchmod(handle, PRIVATE)
    except PermissionError:
        logger.warning("cannot make %s readable by its owner only", path)
    finally:
        os.close(handle)


class Database:
    """One SQLite file; safe to use from several threads (one connection per thread)."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self.clock = clock
        self._local = threading.local()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        for path in (self.path, *(self.path.with_name(f"{self.path.name}{end}") for end in WAL)):
            private(path, create=path == self.path)
        self._connection().executescript(SCHEMA)

    def _connection(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
            db.row_factory = sqlite3.Row
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA busy_timeout=30000")
            self._local.db = db
        return db

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction, committed (and synced) on leaving the block."""
        db = self._connection()
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def _event(self, db: sqlite3.Connection, submission: str, event: str, detail: str = "") -> None:
        db.execute(
            "INSERT INTO events (submission, at, event, detail) VALUES (?, ?, ?, ?)",
            (submission, self.clock(), event, detail[:2000]),
        )

    def _update(self, sid: str, sql: str, params: tuple, event: str = "", detail: str = "") -> int:
        """One UPDATE in its own transaction, logged as ``event``; the rows changed."""
        with self.transaction() as db:
            changed = db.execute(sql, params).rowcount
            if event:
                self._event(db, sid, event, detail)
        return changed

    def _one(self, sql: str, params: tuple = ()) -> sqlite3.Row | None:
        return self._connection().execute(sql, params).fetchone()

    def _all(self, sql: str, params: tuple = ()) -> list[sqlite3.Row]:
        return self._connection().execute(sql, params).fetchall()

    def _submission(self, sql: str, params: tuple = ()) -> Submission | None:
        row = self._one(sql, params)
        return Submission.from_row(row) if row else None

    def _submissions(self, sql: str, params: tuple = ()) -> list[Submission]:
        return [Submission.from_row(r) for r in self._all(sql, params)]

    def events(self, sid: str) -> list[tuple[float, str, str]]:
        rows = self._all(
            "SELECT at, event, detail FROM events WHERE submission = ? ORDER BY seq", (sid,)
        )
        return [(r[0], r[1], r[2] or "") for r in rows]

    def get_meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else None

    def set_meta(self, key: str, value: Any) -> None:
        with self.transaction() as db:
            if value is None:
                db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )
