"""``tukena bot status`` and ``tukena bot review``: what the queue holds and what waits for
a maintainer, registered by :mod:`tukena.bot.cli`."""

from __future__ import annotations

import argparse
import json
import sys

from tukena.bot import story
from tukena.bot.cli import state_settings
from tukena.bot.terminal import safe, safe_json, when


def cmd_status(args: argparse.Namespace) -> int:
    from tukena.bot.remindlog import ReminderLog
    from tukena.bot.store import STATES, Store

    settings = state_settings(args)
    store = Store(settings.database)
    if args.retry:
        done = store.requeue(args.retry)
        print(f"{args.retry}: {'queued again' if done else 'not a failed submission'}")
        return 0 if done else 1
    if args.id:
        sub = store.get(args.id)
        if sub is None:
            print(f"no submission {args.id}", file=sys.stderr)
            return 1
        shown = {k: v for k, v in vars(sub).items() if k not in ("data", "token_hash")}
        if args.json:
            print(safe_json(json.dumps(shown, indent=2, ensure_ascii=False, default=str)))
            return 0
        print("\n".join(story.lines(sub, store.events(sub.id))))
        return 0
    counts = store.counts()
    photos, photo_bytes = store.photo_totals()
    paused = float(store.get_meta("pause_until") or 0)
    failed = store.listing(("failed",))
    reminded = ReminderLog(store).totals()
    if args.json:
        data = {
            "counts": counts,
            "photos": {"kept": photos, "bytes": photo_bytes},
            "reminders": reminded,
            "paused_until": paused or None,
            "failed": [{"id": s.id, "reason": s.reason} for s in failed],
        }
        print(safe_json(json.dumps(data, indent=2)))
        return 0
    print("  ".join(f"{state}: {counts[state]}" for state in STATES))
    print(f"photos kept: {photos} ({photo_bytes / 1_000_000:.1f} MB)")
    print(
        f"reminders: {reminded.get('sent', 0)} listing(s) reminded, "
        f"{reminded.get('refused', 0)} refused, {reminded['stopped']} address(es) stopped them"
    )
    if paused:
        since = float(store.get_meta("paused_since") or 0)
        reason = safe(store.get_meta("pause_reason"))
        print(f"queue paused since {when(since)} until {when(paused)}: {reason}")
    for sub in failed:
        print(f"FAILED {sub.id} {sub.form} {safe(sub.title or '')[:40]}  {safe(sub.reason)}")
    if failed:
        print("retry one with: tukena bot status --retry ID")
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from tukena.bot.forges.local import LocalForge
    from tukena.bot.localreview import LocalReview
    from tukena.bot.store import Store

    settings = state_settings(args)
    if settings.forge != "local":
        store = Store(settings.database)
        for sub in store.listing(("opened",)):
            print(f"#{sub.pr_number} {safe(sub.title or sub.id)}  {safe(sub.pr_url)}")
        return 0
    forge = LocalForge(settings.target_repository, settings.work_dir, settings.public_url)
    if args.close:
        done = forge.set_state("pulls", args.close, "closed")
        print(f"#{args.close}: {'closed' if done else 'no such pull request'}")
        return 0 if done else 1
    records = forge.records()
    pulls = [p for p in records["pulls"] if p["state"] == "open"]
    pulls = [p for p in pulls if forge.pull_state(p["number"]) == "open"]
    review = LocalReview(settings.target_repository, settings.content_root)
    for pull in pulls:
        print(f"#{pull['number']} {pull['branch']}  {safe(pull['title'])}")
        commands = review.commands(pull["base"], pull["branch"])
        print(f"    review: {commands.review}")
        print(f"    accept: {commands.accept}")
        print(f"    reject: {commands.reject}")
    issues = [i for i in records["issues"] if i["state"] == "open"]
    for issue in issues:
        print(f"issue #{issue['number']} {safe(issue['title'])}")
    if not pulls and not issues:
        print("nothing to review")
    return 0
