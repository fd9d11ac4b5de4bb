"""What the reminders to organisers have done, in the bot's database: which listing was
reminded at which stage, and which addresses asked for no more reminders.

A listing is reminded at most once a stage (``due``: before its page says it may be out of
date; ``stale``: once it does) for each date of confirmation: confirming it starts again. A
lapsed one (past its ``valid_until`` while its sessions go on) is recorded at the stage
``lapsed:<valid_until>``, once for each lapse (:mod:`tukena.bot.lapses`).
Addresses are kept only as hashes of their lower-case form.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable

from tukena.bot.database import Database

SCHEMA = """
CREATE TABLE IF NOT EXISTS reminders (
    kind TEXT NOT NULL,
    slug TEXT NOT NULL,
    verified TEXT NOT NULL,
    stage TEXT NOT NULL,
    address_hash TEXT NOT NULL,
    outcome TEXT NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (kind, slug, verified, stage)
);
CREATE TABLE IF NOT EXISTS reminder_stops (
    address_hash TEXT PRIMARY KEY,
    at REAL NOT NULL
);
"""
#: Forms whose pull request, while open, makes a reminder about the same listing needless.
CHANGING = ("activity-update", "activity-confirm", "organisation-update")


def normal(address: str) -> str:
    """An e-mail address as the reminders compare it: ``Cafe@X.example`` is ``cafe@x.example``."""
    return address.strip().lower()


def address_hash(address: str) -> str:
    """The stored form of an e-mail address."""
    return hashlib.sha256(normal(address).encode("utf-8")).hexdigest()


class ReminderLog:
    """The reminders' tables in the bot's database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        db._connection().executescript(SCHEMA)

    def reminded(self, kind: str, slug: str, verified: str, stage: str) -> bool:
        """Whether this listing was reminded of at this stage since it was last confirmed."""
        row = self.db._one(
            "SELECT 1 FROM reminders WHERE kind = ? AND slug = ? AND verified = ? AND stage = ?",
            (kind, slug, verified, stage),
        )
        return row is not None

    def waiting(self, kind: str, slug: str, verified: str) -> bool:
        """Whether an update or a confirmation of this listing waits for review, or was
        merged with a later date than ``verified``, the content's (not yet pulled)."""
        row = self.db._one(
            "SELECT 1 FROM submissions WHERE kind = ? AND slug = ? AND form IN (?, ?, ?) "
            "AND (state IN ('queued', 'opened') OR (state = 'merged' "
            "AND json_extract(data, '$.verified') > ?)) LIMIT 1",
            (kind, slug, *CHANGING, verified),
        )
        return row is not None

    def record(
        self, address: str, items: Iterable[tuple[str, str, str, str]], outcome: str = "sent"
    ) -> None:
        """Record one message's listings, each ``(kind, slug, verified, stage)``."""
        digest = address_hash(address)
        with self.db.transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO reminders "
                "(kind, slug, verified, stage, address_hash, outcome, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(*item, digest, outcome, self.db.clock()) for item in items],
            )

    def stopped(self, address: str) -> bool:
        """Whether this address asked for no more reminders."""
        row = self.db._one(
            "SELECT 1 FROM reminder_stops WHERE address_hash = ?", (address_hash(address),)
        )
        return row is not None

    def stop(self, address: str) -> None:
        """Send no more reminders to this address (asking twice changes nothing)."""
        with self.db.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO reminder_stops (address_hash, at) VALUES (?, ?)",
                (address_hash(address), self.db.clock()),
            )

    def totals(self) -> dict[str, int]:
        """Listings reminded by outcome, and the addresses that stopped reminders."""
        rows: list[sqlite3.Row] = self.db._all(
            "SELECT outcome, COUNT(*) FROM reminders GROUP BY outcome"
        )
        found = {row[0]: row[1] for row in rows}
        found["stopped"] = self.db._one("SELECT COUNT(*) FROM reminder_stops")[0]
        return found
