"""The installed package carries every file its code reads: each tracked file under
``tukena/`` that is not Python matches its package's ``package-data`` in pyproject.toml
(an editable install reads them from the checkout, so no other test would notice one
missing from a wheel)."""

from __future__ import annotations

import subprocess
import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: tracked for people, not read by the code: the translators' catalogue template
NOT_READ = {"tukena/site/locale/messages.pot"}


def _package(path: Path) -> Path:
    """The innermost package (a folder with ``__init__.py``) holding ``path``."""
    folder = path.parent
    while not (ROOT / folder / "__init__.py").is_file():
        folder = folder.parent
    return folder


def test_every_data_file_of_the_package_is_in_its_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]
    tracked = subprocess.run(
        ["git", "ls-files", "tukena"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    data = [Path(p) for p in tracked if not p.endswith(".py") and p not in NOT_READ]
    assert any(p.suffix == ".js" for p in data)  # the forms' script, among others
    missing = []
    for path in data:
        package = _package(path)
        relative = path.relative_to(package).as_posix()
        patterns = globs.get(".".join(package.parts), [])
        if not any(fnmatch(relative, pattern) for pattern in patterns):
            missing.append(path.as_posix())
    assert missing == []


#: words each licence's own text contains, to tell which licence a file holds
LICENCE_WORDS = {
    "EUPL-1.2": ("EUROPEAN UNION PUBLIC LICENCE v. 1.2",),
    "MIT": ("Permission is hereby granted, free of charge",),
    "MPL-1.1": ("MOZILLA PUBLIC LICENSE", "Version 1.1"),
}


def test_each_licence_in_the_expression_has_its_text_among_the_licence_files():
    """``license`` names the licences and ``license-files`` must carry their texts (the
    EUPL's in ``LICENSE``, tracked, so that a clone and a wheel both hold it)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    named = set(project["license"].split(" AND "))
    assert named == set(LICENCE_WORDS)
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    files = [p for p in tracked if any(fnmatch(p, g) for g in project["license-files"])]
    assert "LICENSE" in files
    texts = [(ROOT / p).read_text("utf-8") for p in files]
    for licence, words in LICENCE_WORDS.items():
        holding = [t for t in texts if all(w in t for w in words)]
        assert holding, f"no licence file holds the {licence} text"
    assert texts[files.index("LICENSE")].startswith(LICENCE_WORDS["EUPL-1.2"][0])
