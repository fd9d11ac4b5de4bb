"""``tukena bot remind`` and ``tukena bot backup``: the commands a server runs from cron,
registered by :mod:`tukena.bot.cli`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from tukena.bot.cli import state_settings
from tukena.bot.terminal import safe


def cmd_remind(args: argparse.Namespace) -> int:
    import smtplib
    import time

    from tukena import loader, maintenance
    from tukena.bot import reminders
    from tukena.bot.intake import HELSINKI
    from tukena.bot.remindlog import ReminderLog
    from tukena.bot.store import Store
    from tukena.bot.worker import WorkerLock
    from tukena.exceptions import ContentError

    settings = state_settings(args)
    missing = settings.reminders_missing()
    if missing and not args.dry_run:
        print(f"sending reminders needs {', '.join(missing)}", file=sys.stderr)
        return 2
    today = args.today or dt.datetime.now(HELSINKI).date()
    root = settings.content_root
    months = settings.stale_after_months or maintenance.stale_period(root / "pelicanconf.py")
    try:
        content = loader.load(root, today=today)
    except ContentError as exc:
        for found in exc.problems:
            print(found, file=sys.stderr)
        print("no reminders sent: the content has problems", file=sys.stderr)
        return 1
    log = ReminderLog(Store(settings.database))
    found = reminders.due(content, today, months, settings.remind_days_before)
    for path, who in reminders.unreachable(content, found):
        print(f"NO ADDRESS {path}: no e-mail to remind; {safe(who)}", file=sys.stderr)
    if args.dry_run:
        letters = reminders.plan(content, found, log)
        for letter in letters:
            listed = ", ".join(f"{i.kind} {i.slug} ({i.stage})" for i in letter.items)
            print(f"{safe(letter.address)} [{letter.lang}]: {safe(listed)}")
        print(f"{len(letters)} reminder(s) to send", file=sys.stderr)
        return 0
    assert settings.secret is not None  # reminders_missing names it
    key = settings.secret.get_secret_value().encode("utf-8")
    lock = WorkerLock(settings.state_dir / "remind.lock")
    if not lock.acquire():  # two runs at once would send the same reminders twice
        print("another reminder run is going on", file=sys.stderr)
        return 75
    try:
        letters = reminders.plan(content, found, log)
        done = reminders.send(letters, settings, log, key, months, time.time)
    except (OSError, smtplib.SMTPException) as exc:
        print(
            f"mail server {settings.smtp_host}:{settings.smtp_port}: {safe(exc)}", file=sys.stderr
        )
        return 75
    finally:
        lock.release()
    for letter, reason in done.refused:
        print(
            f"REFUSED {safe(letter.address)}: {safe(reason)} (fix the listing's contact)",
            file=sys.stderr,
        )
    print(
        f"reminders: {len(done.sent)} sent, {len(done.refused)} refused, "
        f"{len(done.deferred) + done.left} left for the next run"
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    import sqlite3

    from tukena.bot.backup import backup
    from tukena.bot.errors import BackupError

    settings = state_settings(args)
    target = Path(args.path)
    try:
        counts = backup(settings.database, target, replace=args.force)
    except (BackupError, sqlite3.Error) as exc:
        print(f"no backup made: {exc}", file=sys.stderr)
        return 1
    shown = ", ".join(f"{name} {count}" for name, count in counts.items())
    print(f"{target}: {shown}")
    return 0
