"""The rows of the bot's queue: the schema, a stored submission and a new one.

States: ``queued`` → ``opened`` (pull request or issue) → ``merged`` or ``closed``;
``failed`` (kept with its reason for the maintainers); ``rejected`` (spam, no data kept).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Any

STATES = ("queued", "opened", "merged", "closed", "failed", "rejected")
SCHEMA = """
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
CREATE TABLE IF NOT EXISTS photos (
    src TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    created_at REAL NOT NULL,
    held INTEGER -- its bytes while held for an unsent form (tukena.bot.photostore)
);
"""


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


@dataclass(kw_only=True)
class Submission(NewSubmission):
    """One row of the queue: what was stored, and how its delivery went."""

    seq: int
    id: str
    created_at: float
    updated_at: float
    attempts: int = 0
    last_error: str | None = None
    branch: str | None = None
    pr_number: int | None = None
    pr_url: str | None = None
    opened_at: float | None = None
    finished_at: float | None = None
    checked_at: float | None = None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Submission:
        values = dict(row)
        values["municipalities"] = json.loads(values["municipalities"] or "[]")
        values["data"] = json.loads(values["data"]) if values["data"] else None
        values["report"] = json.loads(values["report"] or "{}")
        return cls(**values)


def new_id(now: float) -> str:
    """A submission id: the UTC day and 40 random bits, e.g. ``20261122-9f3c2a1b7e``."""
    return time.strftime("%Y%m%d", time.gmtime(now)) + "-" + secrets.token_hex(5)


def to_json(value: Any) -> str | None:
    """A column's JSON text (None stays NULL)."""
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
