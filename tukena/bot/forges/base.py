"""What every forge adapter offers, and the data they exchange with the worker."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from tukena.bot import photos

BRANCH = re.compile(r"[a-z0-9][a-z0-9/_-]{0,120}\Z")


@dataclass(frozen=True)
class FileChange:
    """A file to write: a path under ``content/`` and its whole text, or the bytes of a
    photo (``data``; ``text`` is then empty)."""

    path: str
    text: str
    create: bool  # True: the file must not exist yet on the base branch
    data: bytes | None = None

    @property
    def content(self) -> bytes:
        """The file's bytes: the photo's, or the text in UTF-8."""
        return self.data if self.data is not None else self.text.encode("utf-8")


@dataclass(frozen=True)
class Change:
    """One commit on a new branch made from the base branch."""

    branch: str
    base: str
    files: tuple[FileChange, ...]
    message: str
    author_name: str
    author_email: str
    timestamp: float  # commit date: the submission's, so a rebuilt commit is identical

    def __post_init__(self) -> None:
        if not BRANCH.match(self.branch) or ".." in self.branch:
            raise ValueError(f"unsafe branch name {self.branch!r}")
        for change in self.files:
            check_path(change.path)


#: The photos the bot writes, named by their bytes' hash (:mod:`tukena.bot.photos`).
PHOTO = re.compile(rf"content/{photos.FOLDER}/{photos.NAME.pattern}\Z")


def check_path(path: str) -> str:
    """A repository path the bot may write: ``content/<folder>/<name>`` for a listing,
    ``content/images/uploads/<hash>.jpg`` for a photo, and nothing else."""
    if PHOTO.match(path):
        return path
    parts = path.split("/")
    if (
        len(parts) != 3
        or parts[0] != "content"
        or parts[1] not in ("activities", "organisations")
        or any(p in ("", ".", "..") or p.startswith(".") for p in parts)
        or not re.fullmatch(r"[\w-]+\.(md|ya?ml)", parts[2])
        or "\\" in path
    ):
        raise ValueError(f"refusing to write outside content/: {path!r}")
    return path


@dataclass(frozen=True)
class PullRef:
    """A pull (merge) request or an issue on the forge."""

    number: int
    url: str
    state: str = "open"  # open, merged or closed


class Forge(Protocol):
    """A git host. Every method is idempotent or reports :class:`AlreadyExists`."""

    name: str

    def push_branch(self, change: Change) -> None:
        """Create ``change.branch`` with one commit; AlreadyExists when the branch exists."""

    def branch_message(self, branch: str) -> str | None:
        """The commit message at the tip of a branch, or None when there is no such branch."""

    def open_pull(
        self, branch: str, base: str, title: str, body: str, labels: list[str]
    ) -> PullRef:
        """Open a pull request; AlreadyExists when one is open for the branch."""

    def find_pull(self, branch: str) -> PullRef | None:
        """The pull request of a branch, in any state."""

    def pull_state(self, number: int) -> str:
        """open, merged or closed."""

    def open_issue(self, title: str, body: str, labels: list[str]) -> PullRef:
        """Open an issue."""

    def find_issue(self, marker: str) -> PullRef | None:
        """An issue whose body contains the marker line."""

    def issue_state(self, number: int) -> str:
        """open or closed."""

    def close(self) -> None:
        """Release connections."""
