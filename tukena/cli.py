"""The ``tukena`` command: validate content, list stale listings, write JSON Schema, generate
sample sets, run the form bot (``tukena bot …``)."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from pathlib import Path

from tukena import (
    areachecks,
    duplicates,
    jsonschema,
    kurdishtexts,
    loader,
    placechecks,
    sessionbreaks,
    textchecks,
)
from tukena.bot import cli as bot_cli
from tukena.exceptions import ContentError, Problem
from tukena.schemas.page import Page
from tukena.site import collector
from tukena.site.catalogue import load_pages
from tukena.site.config import UI_LANGUAGES


def _annotation(problem: Problem, level: str = "error") -> str:
    """A GitHub Actions workflow command that marks the problem on its file and line."""
    message = problem.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    title = (problem.field or "content").replace(",", "%2C").replace("::", "%3A%3A")
    line = f",line={problem.line}" if problem.line else ""
    return f"::{level} file={problem.path}{line},title={title}::{message}"


def _nothing_to_check(root: Path, paths: list[str]) -> list[str]:
    """Why a command would check nothing: no content folder, or paths not in it."""
    content = root / "content"
    if not content.is_dir():
        return [
            f"no content/ folder in {root.resolve()}: run this in the content repository's"
            " top folder, or give --root"
        ]
    faults = []
    for text in paths:
        path = Path(text) if Path(text).exists() else root / text
        if not path.exists():
            faults.append(f"{text}: no such file or folder")
        elif not path.resolve().is_relative_to(content.resolve()):
            faults.append(f"{text}: not in {content}")
    return faults


def _shown(problem: Problem, level: str) -> str:
    if level == "error":
        return str(problem)
    return f"{problem} (warning{'' if problem.warning else ': see make stale'})"


def _pages(root: Path) -> tuple[dict[tuple[str, str], Page], list[Problem]]:
    """The content pages in the site's UI languages, or the problems that stop the build."""
    try:
        return load_pages(root, UI_LANGUAGES), []
    except ContentError as exc:
        return {}, exc.problems


def cmd_validate(args: argparse.Namespace) -> int:
    """Every problem is an error, but for a listing past its valid_until while its sessions
    go on: the days made it so, not the change under review, so it is a warning (the site
    shows it as ended, ``tukena stale`` lists it) and does not fail every pull request.
    Warnings for the contributor and the reviewer, which the build does not look for, are
    added: Markdown the page does not show, listings that look like copies, map points far
    from their place's municipality, an organisation's regions that hold none of its
    municipalities, Kurdish texts under ``ku`` that could say which Kurdish
    they are. The content pages are checked as the build reads them (in the default UI
    languages)."""
    root = Path(args.root)
    faults = _nothing_to_check(root, args.paths)
    for fault in faults:
        print(fault, file=sys.stderr)
    if faults:
        return 2
    only = [Path(p) for p in args.paths] or None
    with collector.paused():  # no cyclic garbage: spare it walks over every model read
        content, problems = loader.check(root, only=only, today=args.today)
        pages, page_errors = _pages(root)
        warnings = textchecks.problems(content, pages) + duplicates.problems(content)
        warnings += placechecks.problems(content) + areachecks.problems(content)
        warnings += kurdishtexts.problems(content) + sessionbreaks.problems(content)
    problems = sorted(problems + loader.within(page_errors + warnings, root, only))
    errors = loader.blocking(problems)
    for problem in problems:
        level = "error" if problem in errors else "warning"
        if args.format == "github":
            print(_annotation(problem, level))
        else:
            print(_shown(problem, level))
    if errors:
        print(f"{len(errors)} problem(s) found", file=sys.stderr)
        return 1
    warned = f", {len(problems)} warning(s)" if problems else ""
    print(f"{content.summary()}: OK{warned}")
    return 0


def cmd_schemas(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if args.check:
        drifted = jsonschema.stale(out)
        for name in drifted:
            print(f"{out / name} is out of date: run make schemas", file=sys.stderr)
        return 1 if drifted else 0
    for path in jsonschema.write(out):
        print(f"wrote {path}")
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from tukena import sample

    written = sample.generate(
        Path(args.out), activities=args.activities, seed=args.seed, today=args.today
    )
    print(f"wrote {written} files under {args.out}")
    return 0


def cmd_stale(args: argparse.Namespace) -> int:
    from tukena import maintenance

    today = args.today or dt.date.today()
    root = Path(args.root)
    for fault in _nothing_to_check(root, []):
        print(fault, file=sys.stderr)
        return 2
    months = args.months or maintenance.stale_period(root / args.settings)
    try:
        content = loader.load(root, today=today)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) found: fix them first", file=sys.stderr)
        return 1
    rows = maintenance.due(content, today, months, args.within, args.ended)
    rows += maintenance.organisations_due(content, today, months, args.within)
    if args.format == "csv":
        sys.stdout.write(maintenance.as_csv(rows))
        return 0
    sys.stdout.write(maintenance.as_text(rows))
    states = ("stale", "due", "lapsed", "ended")
    counts = {state: sum(r.state == state for r in rows) for state in states}
    summary = f"{counts['stale']} stale, {counts['due']} turning stale within {args.within} days"
    if counts["lapsed"]:
        summary += f", {counts['lapsed']} past valid_until with sessions to come"
    if args.ended:
        summary += f", {counts['ended']} ended"
    print(f"{summary} (stale: last confirmed over {months} months ago)", file=sys.stderr)
    return 0


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="tukena", description=__doc__)
    p.add_argument("-v", "--verbose", action="store_true", help="log progress")
    sub = p.add_subparsers(dest="command", required=True)

    v = sub.add_parser("validate", help="validate content files; report every problem")
    v.add_argument("paths", nargs="*", help="files or folders to report on (default: all)")
    v.add_argument("--root", default=".", help="the content repository (default: .)")
    v.add_argument("--format", choices=("text", "github"), default="text")
    v.add_argument("--today", type=_date, default=None, help="check as of this date")
    v.set_defaults(run=cmd_validate)

    s = sub.add_parser("schemas", help="write the JSON Schema files")
    s.add_argument("--out", default="schemas")
    s.add_argument("--check", action="store_true", help="fail when the files are out of date")
    s.set_defaults(run=cmd_schemas)

    g = sub.add_parser("sample", help="generate a large synthetic content set")
    g.add_argument("--activities", type=int, default=10000)
    g.add_argument("--out", required=True)
    g.add_argument("--seed", type=int, default=1)
    g.add_argument("--today", type=_date, default=None)
    g.set_defaults(run=cmd_sample)
    r = sub.add_parser(
        "stale",
        help="listings and organisations' details out of date or about to be: whom to ask"
        " to confirm them",
    )
    r.add_argument("--root", default=".", help="the content repository (default: .)")
    r.add_argument(
        "--settings",
        default="pelicanconf.py",
        help="the site's settings, for TUKENA_STALE_AFTER_MONTHS (default: %(default)s)",
    )
    r.add_argument("--months", type=int, default=0, help="staleness period, instead")
    r.add_argument(
        "--within",
        type=int,
        default=30,
        help="also list those turning stale within this many days (default: %(default)s)",
    )
    r.add_argument(
        "--ended",
        action="store_true",
        help="list ended listings too, last, the longest ended first: the day each ended, and why",
    )
    r.add_argument("--format", choices=("text", "csv"), default="text")
    r.add_argument("--today", type=_date, default=None, help="report as of this date")
    r.set_defaults(run=cmd_stale)
    bot_cli.add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s"
    )
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
