"""GitLab adapter (REST API v4); pull requests are merge requests.

- ``GET /projects/{id}/repository/branches/{branch}``: does the branch exist (and its tip);
- ``GET /projects/{id}/repository/files/{path}?ref={base}``: create or update;
- ``POST /projects/{id}/repository/commits`` with ``branch`` and ``start_branch``: the
  branch and its commit at once; 400/409 "already exists" → :class:`AlreadyExists`;
- ``POST /projects/{id}/merge_requests``: 409 "Another open merge request already exists
  for this source branch: !N" → AlreadyExists;
- ``GET /projects/{id}/merge_requests?source_branch=…&state=all``: reconcile;
- ``POST /projects/{id}/issues`` for problem reports.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from tukena.bot import faults
from tukena.bot.errors import AlreadyExists, ForgeError, PermanentDeliveryError
from tukena.bot.forges.base import Change, PullRef
from tukena.bot.forges.http import ForgeHTTP, error_text

logger = logging.getLogger(__name__)


class GitLabForge:
    """Merge requests on GitLab (gitlab.com or self-managed)."""

    name = "gitlab"

    def __init__(self, http: ForgeHTTP, project: str) -> None:
        self.http = http
        self.project = f"/projects/{quote(project, safe='')}"

    def push_branch(self, change: Change) -> None:
        if self.branch_message(change.branch) is not None:
            raise AlreadyExists(f"branch {change.branch} already exists", 400)
        actions = []
        for item in change.files:
            found = self.http.request(
                "GET",
                f"{self.project}/repository/files/{quote(item.path, safe='')}",
                params={"ref": change.base},
                expect=(200,),
                allow=(404,),
            )
            if found.status_code == 200 and item.create:
                raise PermanentDeliveryError(f"{item.path} already exists on {change.base}")
            action = "update" if found.status_code == 200 else "create"
            actions.append({"action": action, "file_path": item.path, "content": item.text})
        response = self.http.request(
            "POST",
            f"{self.project}/repository/commits",
            json={
                "branch": change.branch,
                "start_branch": change.base,
                "commit_message": change.message,
                "actions": actions,
                "author_name": change.author_name,
                "author_email": change.author_email,
            },
            creates=True,
            allow=(400, 409),
        )
        if response.status_code in (400, 409):
            text = error_text(response)
            if "already exists" in text.lower():
                raise AlreadyExists(f"branch {change.branch} already exists", response.status_code)
            raise ForgeError(f"creating branch {change.branch}: {text}", response.status_code)
        faults.checkpoint("committed")
        faults.checkpoint("pushed")

    def branch_message(self, branch: str) -> str | None:
        response = self.http.request(
            "GET",
            f"{self.project}/repository/branches/{quote(branch, safe='')}",
            expect=(200,),
            allow=(404,),
        )
        if response.status_code == 404:
            return None
        return str(response.json()["commit"]["message"])

    def open_pull(
        self, branch: str, base: str, title: str, body: str, labels: list[str]
    ) -> PullRef:
        response = self.http.request(
            "POST",
            f"{self.project}/merge_requests",
            json={
                "source_branch": branch,
                "target_branch": base,
                "title": title,
                "description": body,
                "labels": ",".join(labels),
                "remove_source_branch": True,
            },
            creates=True,
            allow=(409,),
        )
        if response.status_code == 409:
            raise AlreadyExists(
                f"a merge request for {branch} already exists: {error_text(response)}", 409
            )
        data = response.json()
        return PullRef(int(data["iid"]), str(data["web_url"]))

    def find_pull(self, branch: str) -> PullRef | None:
        items = self.http.request(
            "GET",
            f"{self.project}/merge_requests",
            params={"source_branch": branch, "state": "all"},
        ).json()
        for data in items:
            if data.get("source_branch", branch) == branch:
                return PullRef(int(data["iid"]), str(data["web_url"]), _state(data))
        return None

    def pull_state(self, number: int) -> str:
        return _state(self.http.request("GET", f"{self.project}/merge_requests/{number}").json())

    def open_issue(self, title: str, body: str, labels: list[str]) -> PullRef:
        data = self.http.request(
            "POST",
            f"{self.project}/issues",
            json={"title": title, "description": body, "labels": ",".join(labels)},
            creates=True,
        ).json()
        return PullRef(int(data["iid"]), str(data["web_url"]))

    def find_issue(self, marker: str) -> PullRef | None:
        items = self.http.request(
            "GET",
            f"{self.project}/issues",
            params={"search": marker.rsplit(" ", 1)[-1], "in": "description", "state": "all"},
        ).json()
        for data in items:
            if marker in (data.get("description") or ""):
                return PullRef(int(data["iid"]), str(data["web_url"]), _state(data))
        return None

    def issue_state(self, number: int) -> str:
        data = self.http.request("GET", f"{self.project}/issues/{number}").json()
        return "closed" if data.get("state") == "closed" else "open"

    def close(self) -> None:
        self.http.client.close()


def _state(data: dict) -> str:
    state = data.get("state")
    if state == "merged":
        return "merged"
    return "closed" if state == "closed" else "open"
