"""The bot's durable queue: one SQLite database in WAL mode with full fsync.

A submission is committed before the bot answers the visitor, so a crash after the
receipt loses nothing. Its form token (hashed) is unique: a repeated POST finds the same
row. The submitter's e-mail lives only here and is erased when the pull request is
closed or merged, or after the retention period. Forge tokens are never stored.

States: ``queued`` → ``opened`` (pull request or issue) → ``merged`` or ``closed``;
``failed`` (kept with its reason for the maintainers); ``rejected`` (spam, no data kept).
"""

from __future__ import annotations

import json
import logging
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

STATES = ("queued", "opened", "merged", "closed", "failed", "rejected")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS submissions (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    token_hash TEXT UNIQUE,
    form TEXT NOT NULL,
    kind TEXT NOT NULL,
    lang TEXT NOT NULL,
    target TEXT,
    slug TEXT,
    path TEXT,
    title TEXT,
    organisation TEXT,
    municipalities TEXT,
    data TEXT,
    report TEXT,
    note TEXT,
    state TEXT NOT NULL,
    reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    branch TEXT,
    pr_number INTEGER,
    pr_url TEXT,
    submitter_email TEXT,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    opened_at REAL,
    finished_at REAL,
    checked_at REAL
);
CREATE INDEX IF NOT EXISTS submissions_state ON submissions (state, seq);
CREATE INDEX IF NOT EXISTS submissions_slug ON submissions (kind, slug);
CREATE INDEX IF NOT EXISTS submissions_organisation ON submissions (organisation, state);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    submission TEXT NOT NULL,
    at REAL NOT NULL,
    event TEXT NOT NULL,
    detail TEXT
);
CREATE INDEX IF NOT EXISTS events_submission ON events (submission, seq);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


@dataclass
class Submission:
    """One row of the queue."""

    seq: int
    id: str
    form: str
    kind: str
    lang: str
    state: str
    created_at: float
    updated_at: float
    target: str | None = None
    slug: str | None = None
    path: str | None = None
    title: str | None = None
    organisation: str | None = None
    municipalities: list[str] = field(default_factory=list)
    data: dict[str, Any] | None = None
    report: dict[str, Any] = field(default_factory=dict)
    note: str | None = None
    reason: str | None = None
    attempts: int = 0
    last_error: str | None = None
    branch: str | None = None
    pr_number: int | None = None
    pr_url: str | None = None
    submitter_email: str | None = None
    opened_at: float | None = None
    finished_at: float | None = None
    checked_at: float | None = None
    token_hash: str | None = None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Submission:
        values = dict(row)
        values["municipalities"] = json.loads(values["municipalities"] or "[]")
        values["data"] = json.loads(values["data"]) if values["data"] else None
        values["report"] = json.loads(values["report"] or "{}")
        return cls(**values)


@dataclass
class NewSubmission:
    """What the web service stores for an accepted (or rejected) submission."""

    form: str
    kind: str
    lang: str
    state: str = "queued"
    token_hash: str | None = None
    target: str | None = None
    slug: str | None = None
    path: str | None = None
    title: str | None = None
    organisation: str | None = None
    municipalities: list[str] = field(default_factory=list)
    data: dict[str, Any] | None = None
    report: dict[str, Any] = field(default_factory=dict)
    note: str | None = None
    reason: str | None = None
    submitter_email: str | None = None


def new_id(now: float) -> str:
    """A submission id: the UTC day and 40 random bits, e.g. ``20261122-9f3c2a1b7e``."""
    return time.strftime("%Y%m%d", time.gmtime(now)) + "-" + secrets.token_hex(5)


class Store:
    """The queue database; safe to use from several threads (one connection per thread)."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self.clock = clock
        self._local = threading.local()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._connection().executescript(_SCHEMA)

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

    # --- the web service -------------------------------------------------------------

    def add(self, new: NewSubmission) -> tuple[Submission, bool]:
        """Store a submission; with a token already seen, return that one and False."""
        return self.add_many([new])[0]

    def add_many(self, batch: list[NewSubmission]) -> list[tuple[Submission, bool]]:
        """Store several submissions in one transaction: one disk sync for all (group
        commit). Each result is ``(submission, created)``; a token seen before, in the
        database or earlier in the batch, gives the stored one and False."""
        now = self.clock()
        results: list[tuple[Submission, bool]] = []
        with self.transaction() as db:
            for new in batch:
                if new.token_hash:
                    row = db.execute(
                        "SELECT * FROM submissions WHERE token_hash = ?", (new.token_hash,)
                    ).fetchone()
                    if row is not None:
                        results.append((Submission.from_row(row), False))
                        continue
                sid = self._insert(db, new, now)
                self._event(db, sid, new.state, new.reason or "")
                row = db.execute("SELECT * FROM submissions WHERE id = ?", (sid,)).fetchone()
                results.append((Submission.from_row(row), True))
        return results

    def _insert(self, db: sqlite3.Connection, new: NewSubmission, now: float) -> str:
        for _ in range(5):
            sid = new_id(now)
            try:
                db.execute(
                    "INSERT INTO submissions (id, token_hash, form, kind, lang, target, slug, "
                    "path, title, organisation, municipalities, data, report, note, state, "
                    "reason, submitter_email, created_at, updated_at) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        sid, new.token_hash, new.form, new.kind, new.lang, new.target, new.slug,
                        new.path, new.title, new.organisation, json.dumps(new.municipalities),
                        _json(new.data), _json(new.report), new.note, new.state, new.reason,
                        new.submitter_email, now, now,
                    ),
                )
                return sid
            except sqlite3.IntegrityError as exc:
                if "submissions.id" not in str(exc):
                    raise
        raise RuntimeError("could not allocate a submission id")  # pragma: no cover

    def by_token(self, token_hash: str) -> Submission | None:
        row = (
            self._connection()
            .execute("SELECT * FROM submissions WHERE token_hash = ?", (token_hash,))
            .fetchone()
        )
        return Submission.from_row(row) if row else None

    def get(self, sid: str) -> Submission | None:
        row = (
            self._connection().execute("SELECT * FROM submissions WHERE id = ?", (sid,)).fetchone()
        )
        return Submission.from_row(row) if row else None

    def queued_count(self) -> int:
        return (
            self._connection()
            .execute("SELECT count(*) FROM submissions WHERE state = 'queued'")
            .fetchone()[0]
        )

    def counts(self) -> dict[str, int]:
        rows = (
            self._connection()
            .execute("SELECT state, count(*) FROM submissions GROUP BY state")
            .fetchall()
        )
        found = dict.fromkeys(STATES, 0)
        found.update({state: n for state, n in rows})
        return found

    def pending(self, kind: str) -> list[Submission]:
        """Queued or open submissions of a kind (for duplicate and reference checks)."""
        rows = (
            self._connection()
            .execute(
                "SELECT * FROM submissions WHERE kind = ? AND state IN ('queued', 'opened') "
                "ORDER BY seq",
                (kind,),
            )
            .fetchall()
        )
        return [Submission.from_row(r) for r in rows]

    def slug_taken(self, kind: str, slug: str) -> bool:
        """Whether a waiting submission already writes this slug."""
        row = (
            self._connection()
            .execute(
                "SELECT 1 FROM submissions WHERE kind = ? AND slug = ? "
                "AND state IN ('queued', 'opened', 'failed') LIMIT 1",
                (kind, slug),
            )
            .fetchone()
        )
        return row is not None

    def pending_titles(self, organisation: str, limit: int = 500) -> list[tuple[str, str, list]]:
        """``(id, title, municipalities)`` of the latest waiting activities of an organisation."""
        rows = (
            self._connection()
            .execute(
                "SELECT id, title, municipalities FROM submissions WHERE organisation = ? "
                "AND kind = 'activity' AND state IN ('queued', 'opened') ORDER BY seq DESC "
                "LIMIT ?",
                (organisation, limit),
            )
            .fetchall()
        )
        return [(r[0], r[1] or "", json.loads(r[2] or "[]")) for r in rows]

    def pending_organisations(self) -> dict[str, dict[str, str]]:
        """Organisations waiting for review: slug → name by language."""
        rows = (
            self._connection()
            .execute(
                "SELECT slug, json_extract(data, '$.name') FROM submissions WHERE kind = "
                "'organisation' AND slug IS NOT NULL AND state IN ('queued', 'opened')"
            )
            .fetchall()
        )
        return {r[0]: (json.loads(r[1]) if r[1] else {"fi": r[0]}) for r in rows}

    # --- the worker --------------------------------------------------------------------

    def next_queued(self) -> Submission | None:
        row = (
            self._connection()
            .execute("SELECT * FROM submissions WHERE state = 'queued' ORDER BY seq LIMIT 1")
            .fetchone()
        )
        return Submission.from_row(row) if row else None

    def start_attempt(self, sid: str) -> int:
        with self.transaction() as db:
            db.execute(
                "UPDATE submissions SET attempts = attempts + 1, updated_at = ? WHERE id = ?",
                (self.clock(), sid),
            )
            attempts = db.execute(
                "SELECT attempts FROM submissions WHERE id = ?", (sid,)
            ).fetchone()
            self._event(db, sid, "attempt", str(attempts[0]))
        return int(attempts[0])

    def prepare(self, sid: str, slug: str | None, path: str | None, title: str | None,
                report: dict[str, Any]) -> None:
        """Store what the worker decided before it goes to the forge (file name, report)."""
        with self.transaction() as db:
            db.execute(
                "UPDATE submissions SET slug = ?, path = ?, title = ?, report = ?, updated_at = ? "
                "WHERE id = ?",
                (slug, path, title, _json(report), self.clock(), sid),
            )
            self._event(db, sid, "prepared", path or "")

    def record_error(self, sid: str, error: str) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE submissions SET last_error = ?, updated_at = ? WHERE id = ?",
                (error[:2000], self.clock(), sid),
            )
            self._event(db, sid, "error", error)

    def mark_opened(self, sid: str, branch: str | None, number: int, url: str) -> None:
        now = self.clock()
        with self.transaction() as db:
            db.execute(
                "UPDATE submissions SET state = 'opened', branch = ?, pr_number = ?, pr_url = ?, "
                "last_error = NULL, opened_at = ?, checked_at = ?, updated_at = ? "
                "WHERE id = ? AND state = 'queued'",
                (branch, number, url, now, now, now, sid),
            )
            self._event(db, sid, "opened", url)

    def mark_failed(self, sid: str, reason: str) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE submissions SET state = 'failed', reason = ?, last_error = ?, "
                "updated_at = ? WHERE id = ? AND state = 'queued'",
                (reason[:2000], reason[:2000], self.clock(), sid),
            )
            self._event(db, sid, "failed", reason)

    def mark_finished(self, sid: str, state: str) -> None:
        """Merged or closed: the submitter's e-mail is erased at once."""
        assert state in ("merged", "closed")
        now = self.clock()
        with self.transaction() as db:
            db.execute(
                "UPDATE submissions SET state = ?, submitter_email = NULL, finished_at = ?, "
                "updated_at = ? WHERE id = ? AND state = 'opened'",
                (state, now, now, sid),
            )
            self._event(db, sid, state)

    def checked(self, sid: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE submissions SET checked_at = ? WHERE id = ?", (self.clock(), sid))

    def due_for_check(self, before: float, limit: int = 50) -> list[Submission]:
        rows = (
            self._connection()
            .execute(
                "SELECT * FROM submissions WHERE state = 'opened' AND (checked_at IS NULL OR "
                "checked_at <= ?) ORDER BY checked_at, seq LIMIT ?",
                (before, limit),
            )
            .fetchall()
        )
        return [Submission.from_row(r) for r in rows]

    def forget_emails(self, created_before: float) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "UPDATE submissions SET submitter_email = NULL WHERE submitter_email IS NOT NULL "
                "AND created_at < ?",
                (created_before,),
            )
            return cursor.rowcount

    def requeue(self, sid: str) -> bool:
        """Put a failed submission back in the queue (a maintainer's decision)."""
        with self.transaction() as db:
            cursor = db.execute(
                "UPDATE submissions SET state = 'queued', reason = NULL, updated_at = ? "
                "WHERE id = ? AND state = 'failed'",
                (self.clock(), sid),
            )
            if cursor.rowcount:
                self._event(db, sid, "requeued")
            return bool(cursor.rowcount)

    def listing(self, states: tuple[str, ...] = STATES, limit: int = 200) -> list[Submission]:
        marks = ",".join("?" * len(states))
        rows = (
            self._connection()
            .execute(
                f"SELECT * FROM submissions WHERE state IN ({marks}) ORDER BY seq DESC LIMIT ?",  # noqa: S608
                (*states, limit),
            )
            .fetchall()
        )
        return [Submission.from_row(r) for r in rows]

    def events(self, sid: str) -> list[tuple[float, str, str]]:
        rows = (
            self._connection()
            .execute(
                "SELECT at, event, detail FROM events WHERE submission = ? ORDER BY seq", (sid,)
            )
            .fetchall()
        )
        return [(r[0], r[1], r[2] or "") for r in rows]

    def get_meta(self, key: str) -> str | None:
        row = self._connection().execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction() as db:
            if value is None:
                db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                db.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
