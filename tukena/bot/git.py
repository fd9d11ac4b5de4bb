"""Run git with argument lists (never a shell), a clean configuration and no prompts.

User text never goes into an argument: commit messages are given on standard input
(``commit -F -``); paths are checked by :func:`tukena.bot.forges.base.check_path` and come
after ``--``; branch names derive from submission ids.
"""

from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

from tukena.bot.errors import TransientForgeError

logger = logging.getLogger(__name__)

TIMEOUT = 120


class GitError(TransientForgeError):
    """A git command failed."""

    def __init__(self, args: list[str], code: int, stderr: str) -> None:
        self.args_run = args
        self.code = code
        self.stderr = stderr
        super().__init__(f"git {' '.join(args[:2])} failed ({code}): {stderr.strip()[:300]}")


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of git commands: no global or system config, no prompts, C locale."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(
        GIT_CONFIG_NOSYSTEM="1",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_TERMINAL_PROMPT="0",
        GIT_ASKPASS="",
        LC_ALL="C",
    )
    env.update(extra or {})
    return env


class Git:
    """git in one directory."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = Path(cwd)

    def run(
        self,
        *args: str,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
        check: bool = True,
    ) -> subprocess.CompletedProcess[str]:
        argv = ["git", *args]
        logger.debug("git %s (in %s)", " ".join(args), self.cwd)
        try:
            done = subprocess.run(  # noqa: S603 - an argument list, no shell
                argv,
                cwd=self.cwd,
                input=stdin,
                capture_output=True,
                text=True,
                encoding="utf-8",
                env=environment(env),
                timeout=TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise GitError(list(args), -1, "timed out") from None
        except OSError as exc:
            raise GitError(list(args), -1, str(exc)) from None
        if check and done.returncode != 0:
            raise GitError(list(args), done.returncode, done.stderr)
        return done

    def out(self, *args: str) -> str:
        return self.run(*args).stdout.strip()

    def ok(self, *args: str) -> bool:
        return self.run(*args, check=False).returncode == 0
