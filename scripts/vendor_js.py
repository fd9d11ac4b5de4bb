"""Copy the browser libraries the site needs from node_modules into the theme.

``make install`` runs this after ``npm ci``; the versions are pinned in package.json and
package-lock.json, and nothing is downloaded here. The destination,
``theme/static/vendor/``, is git-ignored. Each library's licence is copied beside it.
Scripts are written ASCII-only (non-ASCII characters as ``\\u`` escapes, see
:func:`ascii_only`), so they work whatever charset they are served with.

    python scripts/vendor_js.py [--dest theme/static/vendor] [--modules node_modules]
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
from pathlib import Path

logger = logging.getLogger("vendor_js")

REPO = Path(__file__).resolve().parent.parent

#: (package, file in the package, name under the destination's package folder)
FILES = (
    ("lunr", "lunr.js", "lunr.js"),
    ("lunr", "lunr.min.js", "lunr.min.js"),
    ("lunr", "LICENSE", "LICENSE"),
    ("lunr-languages", "lunr.stemmer.support.js", "lunr.stemmer.support.js"),
    ("lunr-languages", "lunr.fi.js", "lunr.fi.js"),
    ("lunr-languages", "lunr.sv.js", "lunr.sv.js"),
    ("lunr-languages", "min/lunr.stemmer.support.min.js", "lunr.stemmer.support.min.js"),
    ("lunr-languages", "min/lunr.fi.min.js", "lunr.fi.min.js"),
    ("lunr-languages", "min/lunr.sv.min.js", "lunr.sv.min.js"),
    ("lunr-languages", "LICENSE", "LICENSE"),
    ("lean-qr", "index.js", "lean-qr.js"),
    ("lean-qr", "LICENSE", "LICENSE"),
)
#: CommonJS modules made browser scripts: (package, file) to the global each defines.
WRAPPED = {("lean-qr", "index.js"): "leanQR"}
#: Versions tukena.search's Python pipelines are ports of (tukena/search/lunr_data.py).
EXPECTED = {"lunr": "2.3.9", "lunr-languages": "1.22.0"}
#: Other pinned libraries: only their version is checked.
PINNED = {"lean-qr": "2.7.4"}


def ascii_only(source: str) -> str:
    """JavaScript source with every non-ASCII character as a ``\\uXXXX`` escape.

    lunr-languages' files hold UTF-8 text (stop words, word characters); a browser that
    reads a script as windows-1252 (served without a charset, e.g. from a file: page)
    breaks lunr.fi's regular expressions. The characters only occur in strings, regular
    expressions and comments, where the escape means the same.
    """
    out = []
    for i, char in enumerate(source):
        if char.isascii():
            out.append(char)
            continue
        if i and source[i - 1] == "\\":
            raise ValueError(f"escaped non-ASCII character at {i}: cannot rewrite safely")
        for unit in range(0, len(raw := char.encode("utf-16-be")), 2):
            out.append(f"\\u{int.from_bytes(raw[unit : unit + 2], 'big'):04x}")
    return "".join(out)


def browser_global(source: str, name: str) -> str:
    """A CommonJS module's source as a classic browser script that defines ``name``: the
    module's ``exports`` object, and nothing else, on ``window``."""
    if not name.isidentifier():
        raise ValueError(f"not a JavaScript name: {name!r}")
    return (
        f'var {name} = (function () {{\n"use strict";\nvar exports = {{}};\n{source}\n'
        "return exports;\n}());\n"
    )


def _check_versions(modules: Path) -> None:
    for package, version in {**EXPECTED, **PINNED}.items():
        manifest = modules / package / "package.json"
        if not manifest.is_file():
            raise SystemExit(f"{manifest} is missing: run npm ci first")
        found = json.loads(manifest.read_text(encoding="utf-8"))["version"]
        if found == version:
            continue
        if package in EXPECTED:
            raise SystemExit(
                f"{package} is {found} but the search index is built for {version}: "
                "update tukena/search (pipelines, lunr_data.py) with package.json"
            )
        raise SystemExit(f"{package} is {found}, not {version} as pinned: run npm ci")


def vendor(modules: Path, dest: Path) -> list[Path]:
    """Copy every file of :data:`FILES` (wrapping those of :data:`WRAPPED`); fail if a
    package is missing or not the pinned version."""
    _check_versions(modules)
    written = []
    for package, source, name in FILES:
        target = dest / package / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".js":
            text = (modules / package / source).read_text(encoding="utf-8")
            if (package, source) in WRAPPED:
                text = browser_global(text, WRAPPED[package, source])
            target.write_text(ascii_only(text), encoding="ascii")
        else:
            shutil.copyfile(modules / package / source, target)
        written.append(target)
        logger.info("copied %s", target)
    versions = {**EXPECTED, **PINNED}
    (dest / "versions.json").write_text(json.dumps(versions, indent=1) + "\n", encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", default=str(REPO / "theme" / "static" / "vendor"))
    parser.add_argument("--modules", default=str(REPO / "node_modules"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(message)s"
    )
    written = vendor(Path(args.modules), Path(args.dest))
    print(f"vendored {len(written)} files into {args.dest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
