"""The Nu Html Checker, the W3C's (vnu.jar, pinned in package.json), run on Debian's Java.

npm never runs the package's installer (``.npmrc``: ``ignore-scripts``), which would fetch
a Java runtime from elsewhere; ``make test`` installs Debian's. Only errors are reported:
the checker's warnings about a page's Content-Security-Policy are artefacts of reading
files, which have no origin (it takes a site's own style sheets for blocked), and the
browser tests load the pages under that policy, over HTTP.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from tests.site_helpers import REPO

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def errors(folder: Path, skip: Callable[[Path], bool] | None = None) -> list[str]:
    """The checker's errors for every HTML file under ``folder`` (but those ``skip`` is true
    of, by their path in it): "file:line: message"."""
    pages = (
        [folder]
        if skip is None
        else [page for page in sorted(folder.rglob("*.html")) if not skip(page.relative_to(folder))]
    )
    proc = subprocess.run(
        ["java", "-jar", str(VNU), "--format", "json", "--errors-only", "--skip-non-html", *pages],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(proc.stderr)  # the checker writes its report to standard error
    assert proc.returncode == (1 if report["messages"] else 0), proc.stderr
    return [
        f"{Path(m['url'].removeprefix('file:')).relative_to(folder)}:{m.get('lastLine')}: "
        f"{m['message']}"
        for m in report["messages"]
        if m["type"] == "error"
    ]
