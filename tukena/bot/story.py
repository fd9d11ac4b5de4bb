"""One submission as ``tukena bot status ID`` prints it: a line for each thing known of it,
its validation report point by point, and what happened to it, at ISO 8601 times in the
machine's time zone; what submitters wrote and forges answered is escaped
(:mod:`tukena.bot.terminal`)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from tukena.bot.records import Submission
from tukena.bot.terminal import safe, when

WIDTH = 17


def _plain(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _line(label: str, value: Any) -> str:
    shown = "-" if value is None or value == "" else safe(value)
    return f"{label:{WIDTH}} {shown}"


def report_lines(report: dict[str, Any]) -> list[str]:
    """The validation report: its checks, warnings and changes one a line."""
    out = []
    for key, value in report.items():
        if key == "prepared":
            continue
        if not isinstance(value, list):
            out.append(f"  {key}: {safe(_plain(value))}")
            continue
        out.append(f"  {key}:" if value else f"  {key}: -")
        for item in value:
            if isinstance(item, dict) and "field" in item:
                change = f"{_plain(item.get('before'))} -> {_plain(item.get('after'))}"
                out.append(f"    - {safe(item['field'])}: {safe(change)}")
            else:
                out.append(f"    - {safe(_plain(item))}")
    return out


def lines(sub: Submission, events: Iterable[tuple[float, str, str]]) -> list[str]:
    """What ``tukena bot status ID`` prints of ``sub`` and its ``events``."""
    pull = f"#{sub.pr_number} {sub.pr_url or ''}".strip() if sub.pr_number else None
    fields = {
        "id": sub.id,
        "form": f"{sub.form} ({sub.kind}, in {sub.lang})",
        "state": sub.state,
        "reason": sub.reason,
        "title": sub.title,
        "target": sub.target,
        "slug": sub.slug,
        "file": sub.path,
        "organisation": sub.organisation,
        "municipalities": ", ".join(sub.municipalities),
        "submitter e-mail": sub.submitter_email,
        "note": sub.note,
        "attempts": sub.attempts,
        "last error": sub.last_error,
        "branch": sub.branch,
        "pull request": pull,
        "received": when(sub.created_at),
        "updated": when(sub.updated_at),
        "opened": when(sub.opened_at),
        "finished": when(sub.finished_at),
        "checked": when(sub.checked_at),
    }
    out = [_line(label, value) for label, value in fields.items()]
    out += ["report:", *(report_lines(sub.report) or ["  -"])]
    out += ["events:"]
    out += [f"  {when(at)}  {event:9} {safe(detail)}".rstrip() for at, event, detail in events]
    return out
