"""The git commands that review, accept or reject a pull request of the local forge, as
``tukena bot review`` prints them: each works from any folder (``git -C``), wherever the
branches are.

The branches are in the local forge's repository (``TUKENA_BOT_LOCAL_REPOSITORY``, by
default the content's checkout). A checkout merges there; a bare repository cannot merge,
so the branch is fetched into the content's checkout, merged there and pushed back.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path

from tukena.bot.git import Git


@dataclass(frozen=True)
class Commands:
    """How to review, accept and reject one branch."""

    review: str
    accept: str
    reject: str


def _git(folder: Path | None, *args: str) -> str:
    where = ["-C", str(folder)] if folder is not None else []
    return shlex.join(["git", *where, *args])


def _checkout(path: Path) -> bool:
    return (
        path.is_dir()
        and Git(path).run("rev-parse", "--is-inside-work-tree", check=False).stdout.strip()
        == "true"
    )


class LocalReview:
    """The commands for the branches of one local forge's ``repository``."""

    def __init__(self, repository: Path, content_root: Path) -> None:
        self.repository = repository.resolve()
        content = content_root.resolve()
        self.bare = not _checkout(self.repository)
        #: where a bare repository's branches are merged: the content's checkout (None: a
        #: checkout of the base branch that the maintainer chooses)
        self.checkout = content if self.bare and _checkout(content) else None

    def commands(self, base: str, branch: str) -> Commands:
        repository = self.repository
        review = _git(repository, "diff", f"{base}...{branch}")
        reject = _git(repository, "branch", "-D", branch)
        if not self.bare:
            return Commands(review, _git(repository, "merge", "--no-ff", branch), reject)
        here = self.checkout
        accept = " && ".join(
            [
                _git(here, "fetch", str(repository), branch),
                _git(here, "merge", "--no-ff", "FETCH_HEAD"),
                _git(here, "push", str(repository), base),
            ]
        )
        if here is None:
            accept += f"  (in a checkout of {base})"
        return Commands(review, accept, reject)
