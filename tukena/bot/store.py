"""The bot's durable queue: one SQLite database in WAL mode with full fsync.

A submission is committed before the bot answers the visitor, so a crash after the
receipt loses nothing. Its form token (hashed) is unique: a repeated POST finds the same
row. The submitter's e-mail lives only here and is erased when the pull request is
closed or merged, or after the retention period. Forge tokens are never stored.
The rows are described in :mod:`tukena.bot.records`, the connection in
:mod:`tukena.bot.database`, the photos kept for forms in :mod:`tukena.bot.photostore`.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from typing import Any

from tukena.bot.photostore import PhotoStore
from tukena.bot.records import STATES, NewSubmission, Submission, new_id, to_json

logger = logging.getLogger(__name__)

__all__ = ["STATES", "NewSubmission", "Store", "Submission"]

_WAITING = "state IN ('queued', 'opened')"


class Store(PhotoStore):
    """The queue: what the web service stores and the worker delivers, and the photos kept
    for forms (:mod:`tukena.bot.photostore`)."""

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
                self._release_photos(db, new.report.get("photos", ()))
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
                        to_json(new.data), to_json(new.report), new.note, new.state, new.reason,
                        new.submitter_email, now, now,
                    ),
                )  # fmt: skip
                return sid
            except sqlite3.IntegrityError as exc:
                if "submissions.id" not in str(exc):
                    raise
        raise RuntimeError("could not allocate a submission id")  # pragma: no cover

    def by_token(self, token_hash: str) -> Submission | None:
        return self._submission("SELECT * FROM submissions WHERE token_hash = ?", (token_hash,))

    def get(self, sid: str) -> Submission | None:
        return self._submission("SELECT * FROM submissions WHERE id = ?", (sid,))

    def queued_count(self) -> int:
        return self._one("SELECT count(*) FROM submissions WHERE state = 'queued'")[0]

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(STATES, 0)
        found.update(
            {
                r[0]: r[1]
                for r in self._all("SELECT state, count(*) FROM submissions GROUP BY state")
            }
        )
        return found

    def pending(self, kind: str) -> list[Submission]:
        """Queued or open submissions of a kind (for duplicate and reference checks)."""
        return self._submissions(
            f"SELECT * FROM submissions WHERE kind = ? AND {_WAITING} ORDER BY seq",  # noqa: S608
            (kind,),
        )

    def slug_taken(self, kind: str, slug: str) -> bool:
        """Whether a waiting (or failed) submission already writes this slug."""
        row = self._one(
            "SELECT 1 FROM submissions WHERE kind = ? AND slug = ? "
            "AND state IN ('queued', 'opened', 'failed') LIMIT 1",
            (kind, slug),
        )
        return row is not None

    def pending_titles(self, organisation: str, limit: int = 500) -> list[tuple[str, str, list]]:
        """``(id, title, municipalities)`` of the latest waiting activities of an organisation."""
        rows = self._all(
            "SELECT id, title, municipalities FROM submissions WHERE organisation = ? "  # noqa: S608
            f"AND kind = 'activity' AND {_WAITING} ORDER BY seq DESC LIMIT ?",
            (organisation, limit),
        )
        return [(r[0], r[1] or "", json.loads(r[2] or "[]")) for r in rows]

    def pending_changes(self, kind: str, target: str) -> list[tuple[str, int | None]]:
        """``(id, pull request number)`` of the waiting updates and confirmations of one
        listing: a second change to a file is said as such, not as a possible duplicate."""
        rows = self._all(
            "SELECT id, pr_number FROM submissions WHERE kind = ? AND target = ? "  # noqa: S608
            "AND form IN ('activity-update', 'activity-confirm', 'organisation-update') "
            f"AND {_WAITING} ORDER BY seq",
            (kind, target),
        )
        return [(r[0], r[1]) for r in rows]

    def pending_organisations(self) -> dict[str, dict[str, str]]:
        """Organisations waiting for review: slug → name by language."""
        rows = self._all(
            "SELECT slug, json_extract(data, '$.name') FROM submissions WHERE kind = "  # noqa: S608
            f"'organisation' AND slug IS NOT NULL AND {_WAITING}"
        )
        return {r[0]: (json.loads(r[1]) if r[1] else {"fi": r[0]}) for r in rows}

    def listing(self, states: tuple[str, ...] = STATES, limit: int = 200) -> list[Submission]:
        marks = ",".join("?" * len(states))
        return self._submissions(
            f"SELECT * FROM submissions WHERE state IN ({marks}) ORDER BY seq DESC LIMIT ?",  # noqa: S608
            (*states, limit),
        )

    # --- the worker --------------------------------------------------------------------

    def next_queued(self) -> Submission | None:
        return self._submission(
            "SELECT * FROM submissions WHERE state = 'queued' ORDER BY seq LIMIT 1"
        )

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

    def prepare(
        self,
        sid: str,
        slug: str | None,
        path: str | None,
        title: str | None,
        report: dict[str, Any],
    ) -> None:
        """Store what the worker decided before it goes to the forge (file name, report)."""
        self._update(
            sid,
            "UPDATE submissions SET slug = ?, path = ?, title = ?, report = ?, updated_at = ? "
            "WHERE id = ?",
            (slug, path, title, to_json(report), self.clock(), sid),
            "prepared",
            path or "",
        )

    def record_error(self, sid: str, error: str) -> None:
        self._update(
            sid,
            "UPDATE submissions SET last_error = ?, updated_at = ? WHERE id = ?",
            (error[:2000], self.clock(), sid),
            "error",
            error,
        )

    def mark_opened(self, sid: str, branch: str | None, number: int, url: str) -> None:
        now = self.clock()
        self._update(
            sid,
            "UPDATE submissions SET state = 'opened', branch = ?, pr_number = ?, pr_url = ?, "
            "last_error = NULL, opened_at = ?, checked_at = ?, updated_at = ? "
            "WHERE id = ? AND state = 'queued'",
            (branch, number, url, now, now, now, sid),
            "opened",
            url,
        )

    def mark_failed(self, sid: str, reason: str) -> None:
        self._update(
            sid,
            "UPDATE submissions SET state = 'failed', reason = ?, last_error = ?, "
            "updated_at = ? WHERE id = ? AND state = 'queued'",
            (reason[:2000], reason[:2000], self.clock(), sid),
            "failed",
            reason,
        )

    def mark_finished(self, sid: str, state: str) -> None:
        """Merged or closed: the submitter's e-mail is erased at once."""
        if state not in ("merged", "closed"):
            raise ValueError(f"not a finished state: {state!r}")
        now = self.clock()
        self._update(
            sid,
            "UPDATE submissions SET state = ?, submitter_email = NULL, finished_at = ?, "
            "updated_at = ? WHERE id = ? AND state = 'opened'",
            (state, now, now, sid),
            state,
        )

    def checked(self, sid: str) -> None:
        self._update(sid, "UPDATE submissions SET checked_at = ? WHERE id = ?", (self.clock(), sid))

    def due_for_check(self, before: float, limit: int = 50) -> list[Submission]:
        return self._submissions(
            "SELECT * FROM submissions WHERE state = 'opened' AND (checked_at IS NULL OR "
            "checked_at <= ?) ORDER BY checked_at, seq LIMIT ?",
            (before, limit),
        )

    def forget_emails(self, created_before: float) -> int:
        return self._update(
            "",
            "UPDATE submissions SET submitter_email = NULL WHERE submitter_email IS NOT NULL "
            "AND created_at < ?",
            (created_before,),
        )

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
