"""Titles and bodies of pull requests and issues, and commit messages.

User text only ever appears inside code spans or fenced code blocks, where forges render
no mentions, no images, no links and no HTML; the fence is always longer than any run of
its character in the text. Titles (plain text on every forge) get ``@`` and ``#`` replaced
by their full-width forms so they cannot mention anyone or link an issue. The submitter's
e-mail is never part of any of these.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from tukena.bot.forges.base import FileChange
from tukena.bot.store import Submission
from tukena.forms.report import PROBLEM_LABELS

MARKER = "Tukena-Submission:"
_RUN = {"`": re.compile(r"`+"), "~": re.compile(r"~+")}
_WHAT = {
    "activity-new": "New activity",
    "activity-copy": "New activity (copied)",
    "activity-update": "Update activity",
    "activity-confirm": "Activity still current",
    "organisation-new": "New organisation",
    "organisation-update": "Update organisation",
    "report": "Problem report",
}


def marker(submission_id: str) -> str:
    return f"{MARKER} {submission_id}"


def _plain(text: str, limit: int) -> str:
    """One line of printable text, at most ``limit`` characters."""
    cleaned = "".join(
        " " if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in text
    )
    cleaned = " ".join(cleaned.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def title_text(text: str, limit: int = 100) -> str:
    """Safe text for a title: one line, no mentions, no issue links."""
    return _plain(text, limit).replace("@", "\uff20").replace("#", "\uff03")


def code(text: str, limit: int = 200) -> str:
    """An inline code span holding any text."""
    shown = _plain(text, limit)
    longest = max((len(m) for m in _RUN["`"].findall(shown)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if shown.startswith("`") or shown.endswith("`") or not shown else ""
    return f"{ticks}{pad}{shown}{pad}{ticks}"


def block(text: str, info: str = "text") -> str:
    """A fenced code block holding any text."""
    longest = max((len(m) for m in _RUN["~"].findall(text)), default=0)
    fence = "~" * max(4, longest + 1)
    return f"{fence}{info}\n{text.rstrip()}\n{fence}"


def commit_message(submission: Submission) -> str:
    what = _WHAT.get(submission.form, submission.form)
    title = _plain(submission.title or submission.slug or "", 60)
    return (
        f"{what}: {title}\n\nFrom the form submission {submission.id}.\n\n{marker(submission.id)}\n"
    )


def pull_title(submission: Submission) -> str:
    what = _WHAT.get(submission.form, submission.form)
    return title_text(f"{what}: {submission.title or submission.slug}")


def _changes(report: dict[str, Any]) -> list[str]:
    lines = []
    for item in report.get("changes", [])[:80]:
        before = "—" if item.get("before") is None else code(str(item["before"]), 80)
        after = "—" if item.get("after") is None else code(str(item["after"]), 80)
        lines.append(f"- {code(item['field'], 80)}: {before} → {after}")
    return lines


def pull_body(submission: Submission, files: tuple[FileChange, ...]) -> str:
    report = submission.report or {}
    parts = [
        "This pull request was made by the tukena bot from a form on the site. "
        "Please review it like any other change.",
        "",
        "| | |",
        "|---|---|",
        f"| Submission | `{submission.id}` |",
        f"| Form | `{submission.form}` ({submission.lang}) |",
    ]
    for item in files:
        parts.append(f"| File | `{item.path}` ({'new' if item.create else 'changed'}) |")
    if report.get("source"):
        parts.append(f"| Copied from | `{report['source']}` |")
    if report.get("schedule"):  # in the site's words (made from the checked model)
        parts.append(f"| When | {code(report['schedule'], 300)} |")
    parts += ["", "### Validation report", ""]
    parts += [f"- ✅ {line}" for line in report.get("checks", [])]
    parts += [f"- ⚠️ {line}" for line in report.get("warnings", [])]
    changes = _changes(report)
    if changes:  # a copy's: from the listing it copies
        heading = "Changes from the copied listing" if report.get("source") else "Changes"
        parts += ["", f"### {heading}", "", *changes]
    if submission.note:
        parts += ["", "### Message from the submitter", "", block(submission.note)]
    for item in files:
        parts += ["", f"### `{item.path}`", ""]
        if item.data is not None:
            parts.append(f"A photo sent with the form ({len(item.data) // 1000} kB): see the diff.")
        else:
            parts.append(block(item.text, "yaml" if item.path.endswith(".yaml") else "markdown"))
    parts += ["", "---", marker(submission.id), ""]
    return "\n".join(parts)


def issue_title(submission: Submission) -> str:
    data = submission.data or {}
    problem = PROBLEM_LABELS.get(str(data.get("problem")), {}).get("en", "Problem")
    return title_text(f"Report: {problem}: {submission.title or data.get('target', '')}")


def issue_body(submission: Submission) -> str:
    data = submission.data or {}
    report = submission.report or {}
    problem = str(data.get("problem", ""))
    parts = [
        "A visitor reported a problem with a listing through the form on the site.",
        "",
        "| | |",
        "|---|---|",
        f"| Submission | `{submission.id}` |",
        f"| Listing | {code(str(data.get('target', '')), 120)} |",
        f"| File | {code(report.get('path') or '', 120)} |",
        f"| Problem | {PROBLEM_LABELS.get(problem, {}).get('en', problem)} |",
        f"| Language | `{submission.lang}` |",
    ]
    if data.get("details"):
        parts += ["", "### What is wrong", "", block(str(data["details"]))]
    if submission.note:
        parts += ["", "### Message from the submitter", "", block(submission.note)]
    parts += ["", "---", marker(submission.id), ""]
    return "\n".join(parts)
