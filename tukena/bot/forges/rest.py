"""What the GitHub, Gitea/Forgejo and GitLab adapters share: requests that may answer
"not found" or "already exists", pull-request and issue references, and their states.

A subclass names its API's paths and keys: ``root`` (``/repos/o/r`` or ``/projects/id``),
``pulls`` (the pull or merge request collection), ``number_key`` and ``url_key`` (how a
created item names its number and web page), and ``branches`` (the branch lookup path).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from tukena.bot.errors import AlreadyExists, ForgeError
from tukena.bot.forges.base import PullRef
from tukena.bot.forges.http import ForgeHTTP, error_text

logger = logging.getLogger(__name__)


def exists_in(text: str) -> bool:
    """Whether a forge's error text says that something already exists."""
    return "exist" in text.lower()


class RestForge:
    """A forge reached through its REST API (see the module's docstring)."""

    name = "rest"
    pulls = "pulls"
    number_key = "number"
    url_key = "html_url"
    branches = "/branches/"
    body_key = "body"

    def __init__(self, http: ForgeHTTP, root: str) -> None:
        self.http = http
        self.root = root

    # -- requests ------------------------------------------------------------------

    def _found(self, path: str, **params: Any) -> httpx.Response | None:
        """GET ``root + path``; None when the forge answers 404."""
        response = self.http.request(
            "GET", self.root + path, params=params or None, expect=(200,), allow=(404,)
        )
        return None if response.status_code == 404 else response

    def _file_exists(self, path: str, ref: str, files: str = "/contents/") -> httpx.Response | None:
        """The answer about a file on a branch, or None when it does not exist."""
        safe = "/" if files == "/contents/" else ""
        return self._found(f"{files}{quote(path, safe=safe)}", ref=ref)

    def _create(
        self,
        path: str,
        payload: dict[str, Any],
        what: str,
        conflicts: tuple[int, ...] = (),
        already: Callable[[int, str], bool] = lambda status, text: exists_in(text),
    ) -> httpx.Response:
        """POST a content-creating request; a conflict that says "already exists" raises
        :class:`AlreadyExists`, any other conflict a :class:`ForgeError`."""
        response = self.http.request(
            "POST", self.root + path, json=payload, creates=True, allow=conflicts
        )
        if response.status_code in conflicts:
            text = error_text(response)
            if already(response.status_code, text):
                raise AlreadyExists(f"{what} already exists: {text}", response.status_code)
            raise ForgeError(f"{what}: {text}", response.status_code)
        return response

    def _items(self, path: str, **params: Any) -> list[dict[str, Any]]:
        return list(self.http.request("GET", self.root + path, params=params).json())

    # -- references and states -----------------------------------------------------

    def _ref(self, data: dict[str, Any], state: str = "open") -> PullRef:
        return PullRef(int(data[self.number_key]), str(data[self.url_key]), state)

    @staticmethod
    def state(data: dict[str, Any]) -> str:
        """open, merged or closed, from a pull request's JSON."""
        if data.get("merged") or data.get("merged_at") or data.get("state") == "merged":
            return "merged"
        return "closed" if data.get("state") == "closed" else "open"

    def branch_message(self, branch: str) -> str | None:
        found = self._found(f"{self.branches}{quote(branch, safe='')}")
        return None if found is None else str(found.json()["commit"]["message"])

    def pull_state(self, number: int) -> str:
        return self.state(self.http.request("GET", f"{self.root}/{self.pulls}/{number}").json())

    def issue_state(self, number: int) -> str:
        data = self.http.request("GET", f"{self.root}/issues/{number}").json()
        return "closed" if data.get("state") == "closed" else "open"

    def _marked(self, items: list[dict[str, Any]], marker: str) -> PullRef | None:
        """The first issue whose text holds the marker line."""
        for data in items:
            if "pull_request" not in data and marker in (data.get(self.body_key) or ""):
                return self._ref(data, self.state(data))
        return None

    def open_issue(self, title: str, body: str, labels: list[str]) -> PullRef:
        payload = {"title": title, self.body_key: body, "labels": self._issue_labels(labels)}
        return self._ref(self._create("/issues", payload, "the issue").json())

    def _issue_labels(self, labels: list[str]) -> Any:
        return labels

    def close(self) -> None:
        self.http.client.close()
