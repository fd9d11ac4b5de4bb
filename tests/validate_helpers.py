"""A content repository for the validator's warnings: the shipped organisations and images,
and the listings a test writes."""

from __future__ import annotations

import shutil
from pathlib import Path

from tukena import cli

REPO = Path(__file__).resolve().parent.parent

TODAY = ["--today", "2026-11-22"]
LISTING = (REPO / "content" / "activities" / "kielikahvila-tapiola.md").read_text("utf-8")
ORIGINAL_EN = "  en: |\n    Come and practise Finnish in a relaxed group. Volunteers help you.\n"
ORIGINAL_BODY = "---\nTervetuloa harjoittelemaan suomea!"


def line_of(text: str, fragment: str) -> int:
    """The line of ``text`` that holds ``fragment``."""
    return next(i for i, row in enumerate(text.split("\n"), 1) if fragment in row)


def make_repo(tmp_path: Path) -> Path:
    for folder in ("organisations", "images"):
        shutil.copytree(REPO / "content" / folder, tmp_path / "content" / folder)
    (tmp_path / "content" / "activities").mkdir()
    (tmp_path / "content" / "news").mkdir()
    return tmp_path


def write(repo: Path, rel: str, text: str) -> str:
    (repo / rel).write_text(text, "utf-8")
    return text


def validate(repo: Path, capsys, *args: str) -> tuple[int, list[str]]:
    code = cli.main(["validate", "--root", str(repo), *TODAY, *args])
    return code, capsys.readouterr().out.splitlines()
