"""Skip a build when nothing it reads has changed and everything it wrote is still there.

A complete build records, in its state, a digest of what it was made from (the code
fingerprint, the settings and the date, and the path, size and modification time of every
file under ``content/``) and the list of files it left in the output folder. The next build
compares both before it reads a single model: when they match, every page, calendar, search
file and export would come out byte for byte the same, so there is nothing to do. This is
the same test the incremental build applies file by file (a file's signature is its size
and modification time), made once for the whole site.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

from tukena.site import incremental
from tukena.site.config import SiteConfig
from tukena.site.exports.memo import OutputFiles

logger = logging.getLogger(__name__)


def _content_files(root: Path) -> list[tuple[str, int, int]]:
    """Every file under ``root/content``: relative path, modification time, size."""
    top = os.path.join(root, "content")
    found: list[tuple[str, int, int]] = []
    folders = [top]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except (FileNotFoundError, NotADirectoryError):
            continue
        for entry in entries:
            if entry.is_dir():
                folders.append(entry.path)
            else:
                stat = entry.stat()
                found.append((os.path.relpath(entry.path, top), stat.st_mtime_ns, stat.st_size))
    return sorted(found)


def inputs(config: SiteConfig) -> str:
    """A digest of everything a build is made from; "" without a cache folder to keep it."""
    if incremental.state_path(config) is None:
        return ""
    code = incremental.code_fingerprint(config.theme)
    digest = hashlib.sha256(f"{code}\n{config!r}\n".encode())
    for path, mtime, size in _content_files(config.root):
        digest.update(f"{path}\0{mtime}\0{size}\n".encode())
    return digest.hexdigest()


def outputs(output: Path) -> tuple[str, ...]:
    """Every file in the output folder, as paths relative to it."""
    top = os.fspath(output)
    found: list[str] = []
    for folder, _, files in os.walk(top):
        relative = os.path.relpath(folder, top)
        prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
        found.extend(prefix + name for name in files)
    return tuple(sorted(found))


def unchanged(config: SiteConfig, made_from: str) -> bool:
    """True when the last complete build was made from ``made_from`` (:func:`inputs`) too
    and every file it left is still there."""
    path = incremental.state_path(config)
    if not made_from or path is None or not path.is_file():
        return False
    state = incremental.read_state(path)
    if state is None or state.inputs != made_from:
        return False
    present = OutputFiles(config.output)
    missing = next((name for name in state.outputs if not present.exists(name)), None)
    if missing is not None:
        logger.info("%s is missing from the output: building again", missing)
        return False
    return True
