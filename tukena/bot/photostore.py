"""The photos the bot keeps for forms (a part of :class:`tukena.bot.store.Store`).

A photo sent with a form is kept, durably, before the form is answered: the form may come
back (with errors, for another row, to check) and carry the photo's path, not the photo.
Until a stored submission names it, the photo is *held*: its ``held`` column is its size
in bytes, and all held photos newer than the hold (``TUKENA_BOT_PHOTO_HOLD_DAYS``) take at
most ``TUKENA_BOT_PHOTO_HOLD_MAX_BYTES`` together; a photo past that is not kept. A stored
submission's photos are no longer held (``held`` is NULL): they wait for its pull request,
bounded by the queue's own cap. Photos past the hold that no waiting or failed submission
names are deleted by the worker (:meth:`PhotoStore.forget_photos`).

How many bytes one address may have kept is counted in memory, with its other allowances
(:mod:`tukena.bot.throttle`): no address, nor anything made from one, is stored here.
"""

from __future__ import annotations

import logging
import math
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from tukena.bot.database import Database

logger = logging.getLogger(__name__)


class PhotoStore(Database):
    """Photos kept for forms: their bytes by path, and which are held for unsent forms."""

    #: the log tells that the held photos reached their cap at most this often
    TELL_FULL_SECONDS = 3600.0

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        super().__init__(path, clock)
        _add_held_column(self._connection())
        self._told_full = -math.inf

    def hold_photo(
        self, src: str, data: bytes, max_held: int | None = None, since: float = 0.0
    ) -> bool:
        """Keep a sent photo (made by :mod:`tukena.bot.photos`) under its path, durably,
        before the form that carries it is answered; sent again, it is kept longer. With
        ``max_held``, only while the photos held since ``since``, this one with them, take
        no more bytes than that: False, and nothing kept, when they would."""
        with self.transaction() as db:
            if max_held is not None:
                held = db.execute(
                    "SELECT coalesce(sum(held), 0) FROM photos WHERE created_at >= ?", (since,)
                ).fetchone()[0]
                again = db.execute(
                    "SELECT coalesce(held, 0) FROM photos WHERE src = ? AND created_at >= ?",
                    (src, since),
                ).fetchone()
                if held - (again[0] if again else 0) + len(data) > max_held:
                    self._tell_full(max_held)
                    return False
            db.execute(
                "INSERT INTO photos (src, data, created_at, held) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(src) DO UPDATE SET created_at = excluded.created_at, "
                "held = excluded.held",
                (src, data, self.clock(), len(data)),
            )
        return True

    def _tell_full(self, max_held: int) -> None:
        """A warning at most once an hour (each photo sent meanwhile would repeat it)."""
        now = self.clock()
        warn = now - self._told_full >= self.TELL_FULL_SECONDS
        if warn:
            self._told_full = now
        logger.log(
            logging.WARNING if warn else logging.DEBUG,
            "a photo not kept: the photos held for forms not sent yet take the %s bytes of "
            "TUKENA_BOT_PHOTO_HOLD_MAX_BYTES; they go as their forms are sent or their hold "
            "(TUKENA_BOT_PHOTO_HOLD_DAYS) ends",
            max_held,
        )

    def _release_photos(self, db: sqlite3.Connection, sources: Iterable[str]) -> None:
        """The photos a stored submission names are no longer held for an unsent form."""
        for src in sources:
            db.execute("UPDATE photos SET held = NULL WHERE src = ?", (src,))

    def photo(self, src: str) -> bytes | None:
        """The bytes of a kept photo, None when there is no such photo (or no longer)."""
        row = self._one("SELECT data FROM photos WHERE src = ?", (src,))
        return bytes(row[0]) if row else None

    def photo_totals(self) -> tuple[int, int]:
        """How many photos are kept, and their bytes."""
        row = self._one("SELECT count(*), coalesce(sum(length(data)), 0) FROM photos")
        return int(row[0]), int(row[1])

    def held_bytes(self, since: float) -> int:
        """The bytes of the photos held for unsent forms since ``since``."""
        row = self._one("SELECT coalesce(sum(held), 0) FROM photos WHERE created_at >= ?", (since,))
        return int(row[0])

    def forget_photos(self, held_before: float) -> int:
        """Delete the photos kept before ``held_before`` that no submission waiting to be
        delivered, or failed (a maintainer may queue it again), names."""
        with self.transaction() as db:
            return db.execute(
                "DELETE FROM photos WHERE created_at < ? AND NOT EXISTS (SELECT 1 FROM "
                "submissions WHERE state IN ('queued', 'failed') AND instr(data, photos.src))",
                (held_before,),
            ).rowcount


def _add_held_column(db: sqlite3.Connection) -> None:
    """Give a database made before photos were counted its ``held`` column (NULL: its
    photos count in no cap, and go at the end of their hold as before), and the index the
    caps are summed from."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(photos)")}
    if "held" not in columns:
        db.execute("BEGIN IMMEDIATE")
        try:
            columns = {row[1] for row in db.execute("PRAGMA table_info(photos)")}
            if "held" not in columns:  # another process may have added it meanwhile
                db.execute("ALTER TABLE photos ADD COLUMN held INTEGER")
                logger.info("added the column of held photos to the database")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    db.execute("CREATE INDEX IF NOT EXISTS photos_held ON photos (created_at, held)")
