"""Skip export files whose sources did not change since the last build.

A small JSON file in the cache folder maps each file's URL to a fingerprint of what it was
made from: the code fingerprint, the settings (except the date) and the signatures of the
content files it shows. Without a cache folder or a build state every file is made again.
The same file lists what the last build made, so that a file it no longer makes (the
calendar of a deleted activity) is removed rather than left in the output folder.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import os
from collections.abc import Iterable
from pathlib import Path

from tukena.site.catalogue import Catalogue

logger = logging.getLogger(__name__)

_CREATE = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


def write_file(path: Path | str, data: bytes) -> bool:
    """Write unless the file already holds exactly ``data``; True when written.

    Plain ``os`` calls: tens of thousands of files go through here, and pathlib's stat,
    mkdir and write_bytes cost about twice the system calls themselves when a build
    starts from an empty output folder. A new file is created exclusively, and only a file
    that exists already is read and compared: a build into an empty folder made a failed
    probe for every file first (about 5 µs each, 0.1 s of CPU for the calendars alone).
    """
    name = os.fspath(path)
    try:
        fd = os.open(name, _NEW, 0o666)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(name), exist_ok=True)
        fd = os.open(name, _NEW, 0o666)
    except FileExistsError:
        if _holds(name, data):
            return False
        fd = os.open(name, _CREATE, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)
    return True


def remove_files(output: Path | str, relative: Iterable[str]) -> int:
    """Remove the files ``relative`` to ``output`` that exist, and the folders that leave
    empty (never ``output`` itself); return how many files were removed."""
    root = os.path.abspath(output)
    removed = 0
    for path in relative:
        name = os.path.abspath(os.path.join(root, path))
        if not name.startswith(root + os.sep):
            continue  # not under the output folder (a recorded name is never trusted)
        try:
            os.unlink(name)
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            continue
        removed += 1
        folder = os.path.dirname(name)
        while folder != root:
            try:
                os.rmdir(folder)  # only an empty one
            except OSError:
                break
            folder = os.path.dirname(folder)
    return removed


def _holds(name: str, data: bytes) -> bool:
    """Whether the existing file ``name`` holds exactly ``data`` (False when it is gone
    again, or is a link to nothing: it is written through then, as before)."""
    try:
        fd = os.open(name, os.O_RDONLY)
    except FileNotFoundError:
        return False
    with open(fd, "rb") as existing:
        return os.fstat(fd).st_size == len(data) and existing.read() == data


class OutputFiles:
    """Which files the output folder holds, each directory listed once when first asked.

    A no-change rebuild checks that each of tens of thousands of files still exists; one
    listing of a folder costs about as much as a few hundred ``stat`` calls.
    """

    def __init__(self, output: Path | str) -> None:
        self.root = os.fspath(output)
        self._folders: dict[str, frozenset[str]] = {}

    def exists(self, relative: str) -> bool:
        """Whether ``relative`` (``sv/activities/a.ics``) is a file in the output folder."""
        folder, _, name = relative.rpartition("/")
        names = self._folders.get(folder)
        if names is None:
            try:
                with os.scandir(os.path.join(self.root, folder)) as entries:
                    names = frozenset(e.name for e in entries if e.is_file())
            except (FileNotFoundError, NotADirectoryError):
                names = frozenset()
            self._folders[folder] = names
        return name in names


@dataclasses.dataclass
class Memo:
    """Fingerprints of one kind of export file, from the last build and this one."""

    path: Path | None
    base: str
    old: dict[str, str]
    new: dict[str, str] = dataclasses.field(default_factory=dict)
    present: OutputFiles | None = dataclasses.field(default=None, repr=False)
    #: every file the last build made, whatever its code and settings were
    made: frozenset[str] = frozenset()

    @classmethod
    def load(cls, cat: Catalogue, name: str) -> Memo:
        config = cat.config
        code = getattr(cat.state, "code", None)
        path = config.cache_dir / f"tukena-{name}.json" if config.cache_dir and code else None
        settings = repr(dataclasses.replace(config, today=dt.date.min))
        base = hashlib.sha256(f"{code}\n{settings}".encode()).hexdigest()
        old: dict[str, str] = {}
        made: frozenset[str] = frozenset()
        if path is not None and path.is_file():
            try:
                data = json.loads(path.read_text("utf-8"))
                made = frozenset(data["files"])
                old = data["files"] if data.get("base") == base else {}
            except (ValueError, KeyError, TypeError):
                logger.info("ignoring an unreadable export cache at %s", path)
        return cls(path, base, old, made=made)

    def fresh(self, output: Path | str, url: str, *sources: str) -> bool:
        """Record the file's fingerprint; True when it is unchanged and the file exists."""
        return self.known(output, url, self.digest(*sources))

    @staticmethod
    def digest(*sources: str) -> str:
        """The fingerprint of a file made from ``sources``: made once by a caller whose
        files in several languages share their sources (see :meth:`known`)."""
        return hashlib.sha256("\n".join(sources).encode()).hexdigest()[:32]

    def known(self, output: Path | str, url: str, digest: str) -> bool:
        """:meth:`fresh` with the fingerprint made already by :meth:`digest`."""
        self.new[url] = digest
        if self.old.get(url) != digest:
            return False
        if self.present is None or self.present.root != os.fspath(output):
            self.present = OutputFiles(output)
        return self.present.exists(url)

    @staticmethod
    def write(output: Path, url: str, data: bytes) -> bool:
        """Write the file unless it already holds exactly ``data``; True when written."""
        return write_file(output / url, data)

    def save(self, output: Path | str | None = None) -> int:
        """Write the fingerprints atomically (nothing without a cache folder); with
        ``output``, first remove the files the last build made and this one did not (this
        build's files must all be recorded by then). Return how many were removed."""
        removed = remove_files(output, self.made.difference(self.new)) if output else 0
        if removed:
            logger.info("removed %s file(s) the build no longer makes", removed)
        if self.path is None:
            return removed
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"base": self.base, "files": self.new}), "utf-8")
        os.replace(temporary, self.path)
        return removed
