"""Gitea and Forgejo adapter (API v1).

- ``GET /repos/{o}/{r}/contents/{path}?ref={base}``: whether a file exists, and its sha;
- ``POST /repos/{o}/{r}/contents`` (change files) with ``branch`` = base and
  ``new_branch``: the branch and its commit in one request; 409/422 when the branch
  exists → :class:`AlreadyExists`;
- ``GET /repos/{o}/{r}/branches/{branch}``: the tip's commit message, for reconciling;
- ``POST /repos/{o}/{r}/pulls``: 409 (or 422) "pull request already exists" → AlreadyExists;
- ``GET /repos/{o}/{r}/pulls?state=all``: reconcile; ``GET .../pulls/{n}``: merged?
- ``POST /repos/{o}/{r}/issues`` for problem reports; labels are given by id.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
from urllib.parse import quote

from tukena.bot import faults
from tukena.bot.errors import AlreadyExists, ForgeError, PermanentDeliveryError, TransientForgeError
from tukena.bot.forges.base import Change, PullRef
from tukena.bot.forges.http import ForgeHTTP, error_text

logger = logging.getLogger(__name__)


class GiteaForge:
    """Pull requests on Gitea or Forgejo (Codeberg by default)."""

    name = "gitea"

    def __init__(self, http: ForgeHTTP, repository: str) -> None:
        self.http = http
        self.repo = "/repos/" + "/".join(quote(p, safe="") for p in repository.split("/", 1))
        self._label_ids: dict[str, int] | None = None

    def push_branch(self, change: Change) -> None:
        files = []
        for item in change.files:
            found = self.http.request(
                "GET",
                f"{self.repo}/contents/{quote(item.path)}",
                params={"ref": change.base},
                expect=(200,),
                allow=(404,),
            )
            entry = {
                "path": item.path,
                "content": base64.b64encode(item.text.encode("utf-8")).decode("ascii"),
            }
            if found.status_code == 200:
                if item.create:
                    raise PermanentDeliveryError(f"{item.path} already exists on {change.base}")
                entry.update(operation="update", sha=found.json()["sha"])
            else:
                entry["operation"] = "create"
            files.append(entry)
        when = dt.datetime.fromtimestamp(change.timestamp, dt.UTC).isoformat()
        person = {"name": change.author_name, "email": change.author_email}
        response = self.http.request(
            "POST",
            f"{self.repo}/contents",
            json={
                "branch": change.base,
                "new_branch": change.branch,
                "message": change.message,
                "files": files,
                "author": person,
                "committer": person,
                "dates": {"author": when, "committer": when},
            },
            creates=True,
            allow=(409, 422),
        )
        if response.status_code in (409, 422):
            text = error_text(response)
            if "exist" in text.lower():
                raise AlreadyExists(f"branch {change.branch} already exists", response.status_code)
            raise ForgeError(f"creating branch {change.branch}: {text}", response.status_code)
        faults.checkpoint("committed")
        faults.checkpoint("pushed")

    def branch_message(self, branch: str) -> str | None:
        response = self.http.request(
            "GET", f"{self.repo}/branches/{quote(branch, safe='')}", expect=(200,), allow=(404,)
        )
        if response.status_code == 404:
            return None
        return str(response.json()["commit"]["message"])

    def _labels(self, names: list[str]) -> list[int]:
        if not names:
            return []
        if self._label_ids is None:
            try:
                found = self.http.request(
                    "GET", f"{self.repo}/labels", params={"limit": 100}
                ).json()
                self._label_ids = {str(x["name"]): int(x["id"]) for x in found}
            except (ForgeError, TransientForgeError) as exc:
                logger.warning("could not read labels: %s", exc)
                return []
        return [self._label_ids[n] for n in names if n in self._label_ids]

    def open_pull(
        self, branch: str, base: str, title: str, body: str, labels: list[str]
    ) -> PullRef:
        response = self.http.request(
            "POST",
            f"{self.repo}/pulls",
            json={
                "head": branch,
                "base": base,
                "title": title,
                "body": body,
                "labels": self._labels(labels),
            },
            creates=True,
            allow=(409, 422),
        )
        if response.status_code in (409, 422):
            text = error_text(response)
            if response.status_code == 409 or "already exists" in text.lower():
                raise AlreadyExists(f"a pull request for {branch} already exists", 409)
            raise ForgeError(f"opening the pull request: {text}", response.status_code)
        data = response.json()
        return PullRef(int(data["number"]), str(data["html_url"]))

    def find_pull(self, branch: str) -> PullRef | None:
        for page in range(1, 6):
            items = self.http.request(
                "GET", f"{self.repo}/pulls", params={"state": "all", "page": page, "limit": 50}
            ).json()
            for data in items:
                if (data.get("head") or {}).get("ref") == branch:
                    return PullRef(int(data["number"]), str(data["html_url"]), _state(data))
            if len(items) < 50:
                break
        return None

    def pull_state(self, number: int) -> str:
        return _state(self.http.request("GET", f"{self.repo}/pulls/{number}").json())

    def open_issue(self, title: str, body: str, labels: list[str]) -> PullRef:
        data = self.http.request(
            "POST",
            f"{self.repo}/issues",
            json={"title": title, "body": body, "labels": self._labels(labels)},
            creates=True,
        ).json()
        return PullRef(int(data["number"]), str(data["html_url"]))

    def find_issue(self, marker: str) -> PullRef | None:
        items = self.http.request(
            "GET",
            f"{self.repo}/issues",
            params={"state": "all", "type": "issues", "q": marker.rsplit(" ", 1)[-1], "limit": 50},
        ).json()
        for data in items:
            if marker in (data.get("body") or ""):
                return PullRef(
                    int(data["number"]), str(data["html_url"]), data.get("state", "open")
                )
        return None

    def issue_state(self, number: int) -> str:
        data = self.http.request("GET", f"{self.repo}/issues/{number}").json()
        return "closed" if data.get("state") == "closed" else "open"

    def close(self) -> None:
        self.http.client.close()


def _state(data: dict) -> str:
    if data.get("merged"):
        return "merged"
    return "closed" if data.get("state") == "closed" else "open"
