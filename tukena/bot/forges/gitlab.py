"""GitLab adapter (REST API v4); pull requests are merge requests.

- ``GET /projects/{id}/repository/branches/{branch}``: does the branch exist (and its tip);
- ``GET /projects/{id}/repository/files/{path}?ref={base}``: create or update;
- ``POST /projects/{id}/repository/commits`` with ``branch`` and ``start_branch``: the
  branch and its commit at once (a photo's content in base64); 400/409 "already exists"
  → :class:`AlreadyExists`;
- ``POST /projects/{id}/merge_requests``: 409 "Another open merge request already exists
  for this source branch: !N" → AlreadyExists;
- ``GET /projects/{id}/merge_requests?source_branch=…&state=all``: reconcile;
- ``POST /projects/{id}/issues`` for problem reports.
"""

from __future__ import annotations

import base64
import logging
from typing import Any
from urllib.parse import quote

from tukena.bot import faults
from tukena.bot.errors import AlreadyExists, PermanentDeliveryError
from tukena.bot.forges.base import Change, PullRef
from tukena.bot.forges.http import ForgeHTTP
from tukena.bot.forges.rest import RestForge

logger = logging.getLogger(__name__)


class GitLabForge(RestForge):
    """Merge requests on GitLab (gitlab.com or self-managed)."""

    name = "gitlab"
    pulls = "merge_requests"
    number_key = "iid"
    url_key = "web_url"
    branches = "/repository/branches/"
    body_key = "description"

    def __init__(self, http: ForgeHTTP, project: str) -> None:
        super().__init__(http, f"/projects/{quote(project, safe='')}")

    def push_branch(self, change: Change) -> None:
        if self.branch_message(change.branch) is not None:
            raise AlreadyExists(f"branch {change.branch} already exists", 400)
        actions = []
        for item in change.files:
            found = self._file_exists(item.path, change.base, "/repository/files/")
            if found is not None and item.create:
                raise PermanentDeliveryError(f"{item.path} already exists on {change.base}")
            action = "update" if found is not None else "create"
            entry = {"action": action, "file_path": item.path, "content": item.text}
            if item.data is not None:
                entry.update(content=base64.b64encode(item.data).decode("ascii"), encoding="base64")
            actions.append(entry)
        payload = {
            "branch": change.branch,
            "start_branch": change.base,
            "commit_message": change.message,
            "actions": actions,
            "author_name": change.author_name,
            "author_email": change.author_email,
        }
        self._create(
            "/repository/commits",
            payload,
            f"branch {change.branch}",
            (400, 409),
            lambda status, text: "already exists" in text.lower(),
        )
        faults.checkpoint("committed")
        faults.checkpoint("pushed")

    def open_pull(
        self, branch: str, base: str, title: str, body: str, labels: list[str]
    ) -> PullRef:
        payload = {
            "source_branch": branch,
            "target_branch": base,
            "title": title,
            "description": body,
            "labels": ",".join(labels),
            "remove_source_branch": True,
        }
        response = self._create(
            "/merge_requests",
            payload,
            f"a merge request for {branch}",
            (409,),
            lambda status, text: True,
        )
        return self._ref(response.json())

    def find_pull(self, branch: str) -> PullRef | None:
        for data in self._items("/merge_requests", source_branch=branch, state="all"):
            if data.get("source_branch", branch) == branch:
                return self._ref(data, self.state(data))
        return None

    def _issue_labels(self, labels: list[str]) -> Any:
        return ",".join(labels)

    def find_issue(self, marker: str) -> PullRef | None:
        query = marker.rsplit(" ", 1)[-1]
        items = self._items("/issues", search=query, state="all", **{"in": "description"})
        return self._marked(items, marker)
