"""A consistent copy of the bot's database while it runs: ``tukena bot backup PATH``.

The queue holds what no other place has yet: submissions not yet delivered as pull
requests, the photos sent with them, the reminders' record. Copying the SQLite file with
``cp`` while the bot writes can copy half a transaction, and misses what still sits in the
write-ahead log; SQLite's online backup copies a snapshot, pages and log alike, without
stopping the bot. The copy is written beside its target, checked, synced, then renamed into
place, so a failed backup never leaves a damaged file under the target's name; like the
database, it is readable by its owner only.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from tukena.bot.database import private
from tukena.bot.errors import BackupError

logger = logging.getLogger(__name__)


def backup(database: Path, target: Path, replace: bool = False) -> dict[str, int]:
    """Copy ``database`` to ``target``; return the copy's row counts by table."""
    if not database.is_file():
        raise BackupError(f"no database at {database}")
    if target.exists() and not replace:
        raise BackupError(f"{target} exists (replace it with --force)")
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent.absolute()} does not exist")
    partial = target.with_name(f".{target.name}.part")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30)
    try:
        private(partial)  # submitters' e-mail addresses: the owner's only, as the database
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            found = copy.execute("PRAGMA integrity_check").fetchone()[0]
            if found != "ok":
                raise sqlite3.DatabaseError(f"the copy fails its integrity check: {found}")
            tables = [
                row[0]
                for row in copy.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            counts = {
                name: copy.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]  # noqa: S608
                for name in tables
            }
        finally:
            copy.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    logger.info("database copied to %s", target)
    return counts
