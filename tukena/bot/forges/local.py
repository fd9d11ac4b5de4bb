"""The local forge: branches in a git repository on this machine, no account needed.

The bot keeps its own clone (``state_dir/work``) of the target repository (by default the
project's own checkout), commits there and pushes a branch per submission to the target.
"Pull requests" and "issues" are records in ``<git dir>/tukena-bot/forge.json`` next to the
branches; ``tukena bot review`` lists them. A maintainer merges a branch to publish it, or
deletes it (or ``tukena bot review --close N``) to close it.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tukena.bot import faults
from tukena.bot.errors import AlreadyExists, PermanentDeliveryError, TransientForgeError
from tukena.bot.forges.base import Change, PullRef, check_path
from tukena.bot.git import Git, GitError

logger = logging.getLogger(__name__)


class LocalForge:
    """Branches pushed to a local repository; pull requests recorded beside them."""

    name = "local"

    def __init__(self, repository: Path, work: Path, public_url: str = "") -> None:
        self.repository = Path(repository).resolve()
        # absolute now: git runs in the clone's parent folder, where a relative path (the
        # default state folder, .tukena-bot) would name a folder inside that one
        self.work = Path(work).absolute()
        self.public_url = public_url
        self._git_dir: Path | None = None

    # --- the repository ------------------------------------------------------------

    @property
    def target(self) -> Git:
        return Git(self.repository)

    def git_dir(self) -> Path:
        if self._git_dir is None:
            if not self.repository.is_dir():
                raise TransientForgeError(f"the local repository {self.repository} is missing")
            found = self.target.out("rev-parse", "--path-format=absolute", "--git-common-dir")
            self._git_dir = Path(found)
        return self._git_dir

    def _clone(self) -> Git:
        if not (self.work / ".git").is_dir():
            if not self.repository.is_dir():
                raise TransientForgeError(f"the local repository {self.repository} is missing")
            self.work.parent.mkdir(parents=True, exist_ok=True)
            Git(self.work.parent).run(
                "clone", "--quiet", "--no-checkout", "--", str(self.repository), str(self.work)
            )
        return Git(self.work)

    def _remote_sha(self, git: Git, branch: str) -> str | None:
        listed = git.out("ls-remote", "--heads", str(self.repository), f"refs/heads/{branch}")
        return listed.split()[0] if listed else None

    def push_branch(self, change: Change) -> None:
        git = self._clone()
        try:
            git.run(
                "fetch",
                "--quiet",
                str(self.repository),
                f"+refs/heads/{change.base}:refs/remotes/origin/{change.base}",
            )
        except GitError as exc:
            raise TransientForgeError(
                f"cannot fetch {change.base}: {exc.stderr.strip()[:200]}"
            ) from None
        git.run(
            "checkout",
            "--quiet",
            "--force",
            "-B",
            change.branch,
            f"refs/remotes/origin/{change.base}",
        )
        git.run("clean", "-fdxq")
        root = self.work.resolve()
        paths = []
        for item in change.files:
            target = (root / check_path(item.path)).resolve()
            if not target.is_relative_to(root / "content"):
                raise PermanentDeliveryError(f"refusing to write {item.path}")
            if item.create and target.exists():
                raise PermanentDeliveryError(f"{item.path} already exists on {change.base}")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.content)
            paths.append(item.path)
        git.run("add", "--", *paths)
        stamp = f"@{int(change.timestamp)} +0000"
        git.run(
            "commit",
            "--quiet",
            "--no-verify",
            "-F",
            "-",
            stdin=change.message,
            env={
                "GIT_AUTHOR_NAME": change.author_name,
                "GIT_AUTHOR_EMAIL": change.author_email,
                "GIT_COMMITTER_NAME": change.author_name,
                "GIT_COMMITTER_EMAIL": change.author_email,
                "GIT_AUTHOR_DATE": stamp,
                "GIT_COMMITTER_DATE": stamp,
            },
        )
        faults.checkpoint("committed")
        pushed = git.run(
            "push",
            "--quiet",
            "--no-verify",
            f"--force-with-lease=refs/heads/{change.branch}:",  # create only, never update
            str(self.repository),
            f"refs/heads/{change.branch}:refs/heads/{change.branch}",
            check=False,
        )
        if pushed.returncode != 0:
            if self._remote_sha(git, change.branch):
                raise AlreadyExists(f"branch {change.branch} already exists")
            raise TransientForgeError(f"cannot push {change.branch}: {pushed.stderr.strip()[:200]}")
        faults.checkpoint("pushed")

    def branch_message(self, branch: str) -> str | None:
        git = self._clone()
        sha = self._remote_sha(git, branch)
        if sha is None:
            return None
        git.run(
            "fetch",
            "--quiet",
            str(self.repository),
            f"+refs/heads/{branch}:refs/remotes/origin/{branch}",
        )
        return git.out("log", "-1", "--format=%B", sha)

    # --- the records -------------------------------------------------------------

    @contextmanager
    def _records(self, write: bool) -> Iterator[dict[str, Any]]:
        folder = self.git_dir() / "tukena-bot"
        folder.mkdir(exist_ok=True)
        path = folder / "forge.json"
        with open(folder / "forge.lock", "a+") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX if write else fcntl.LOCK_SH)
            data = json.loads(path.read_text("utf-8")) if path.exists() else {}
            data.setdefault("pulls", [])
            data.setdefault("issues", [])
            yield data
            if write:
                temporary = path.with_suffix(".tmp")
                temporary.write_text(json.dumps(data, indent=1, ensure_ascii=False), "utf-8")
                with open(temporary, "rb") as handle:
                    os.fsync(handle.fileno())
                os.replace(temporary, path)

    def _url(self, what: str, number: int) -> str:
        return f"{self.public_url}/local/{what}/{number}"

    def records(self) -> dict[str, Any]:
        with self._records(write=False) as data:
            return data

    def open_pull(
        self, branch: str, base: str, title: str, body: str, labels: list[str]
    ) -> PullRef:
        head = self.target.run(
            "rev-parse", "--verify", "--quiet", f"refs/heads/{branch}", check=False
        )
        if head.returncode != 0:
            raise TransientForgeError(f"branch {branch} is not in {self.repository}")
        with self._records(write=True) as data:
            for pull in data["pulls"]:
                if pull["branch"] == branch and pull["state"] == "open":
                    raise AlreadyExists(f"a pull request for {branch} already exists")
            number = 1 + max((p["number"] for p in data["pulls"]), default=0)
            data["pulls"].append(
                {
                    "number": number,
                    "branch": branch,
                    "base": base,
                    "title": title,
                    "body": body,
                    "labels": labels,
                    "head": head.stdout.strip(),
                    "state": "open",
                    "created_at": time.time(),
                }
            )
        return PullRef(number, self._url("pulls", number))

    def find_pull(self, branch: str) -> PullRef | None:
        with self._records(write=False) as data:
            found = [p for p in data["pulls"] if p["branch"] == branch]
        if not found:
            return None
        pull = found[-1]
        return PullRef(pull["number"], self._url("pulls", pull["number"]), pull["state"])

    def pull_state(self, number: int) -> str:
        with self._records(write=True) as data:
            pull = next((p for p in data["pulls"] if p["number"] == number), None)
            if pull is None:
                return "closed"
            if pull["state"] == "open":
                if self.target.ok(
                    "merge-base", "--is-ancestor", pull["head"], f"refs/heads/{pull['base']}"
                ):
                    pull["state"] = "merged"
                elif not self.target.ok(
                    "rev-parse", "--verify", "--quiet", f"refs/heads/{pull['branch']}"
                ):
                    pull["state"] = "closed"
            return pull["state"]

    def set_state(self, what: str, number: int, state: str) -> bool:
        """Close (or reopen) a local pull request or issue by hand."""
        with self._records(write=True) as data:
            for item in data[what]:
                if item["number"] == number:
                    item["state"] = state
                    return True
        return False

    def open_issue(self, title: str, body: str, labels: list[str]) -> PullRef:
        with self._records(write=True) as data:
            number = 1 + max((i["number"] for i in data["issues"]), default=0)
            data["issues"].append(
                {
                    "number": number,
                    "title": title,
                    "body": body,
                    "labels": labels,
                    "state": "open",
                    "created_at": time.time(),
                }
            )
        return PullRef(number, self._url("issues", number))

    def find_issue(self, marker: str) -> PullRef | None:
        with self._records(write=False) as data:
            for issue in data["issues"]:
                if marker in issue["body"]:
                    return PullRef(
                        issue["number"], self._url("issues", issue["number"]), issue["state"]
                    )
        return None

    def issue_state(self, number: int) -> str:
        with self._records(write=False) as data:
            issue = next((i for i in data["issues"] if i["number"] == number), None)
        return issue["state"] if issue else "closed"

    def diff(self, number: int) -> tuple[dict[str, Any], str] | None:
        """A pull request's record and its diff against the base, for the review page."""
        with self._records(write=False) as data:
            pull = next((p for p in data["pulls"] if p["number"] == number), None)
        if pull is None:
            return None
        shown = self.target.run(
            "diff", f"{pull['base']}...{pull['head']}", "--", "content", check=False
        )
        return pull, shown.stdout

    def close(self) -> None:
        return None
