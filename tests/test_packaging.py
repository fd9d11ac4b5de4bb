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
