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
from tukena.bot.errors import ForgeError, PermanentDeliveryError, TransientForgeError
from tukena.bot.forges.base import Change, PullRef
from tukena.bot.forges.http import ForgeHTTP
from tukena.bot.forges.rest import RestForge

logger = logging.getLogger(__name__)


class GiteaForge(RestForge):
    """Pull requests on Gitea or Forgejo (Codeberg by default)."""

    name = "gitea"

    def __init__(self, http: ForgeHTTP, repository: str) -> None:
        super().__init__(
            http, "/repos/" + "/".join(quote(p, safe="") for p in repository.split("/", 1))
        )
        self._label_ids: dict[str, int] | None = None

    def push_branch(self, change: Change) -> None:
        files = []
        for item in change.files:
            found = self._file_exists(item.path, change.base)
            entry = {
                "path": item.path,
                "content": base64.b64encode(item.content).decode("ascii"),
            }
            if found is not None:
                if item.create:
                    raise PermanentDeliveryError(f"{item.path} already exists on {change.base}")
                entry.update(operation="update", sha=found.json()["sha"])
            else:
                entry["operation"] = "create"
            files.append(entry)
        when = dt.datetime.fromtimestamp(change.timestamp, dt.UTC).isoformat()
        person = {"name": change.author_name, "email": change.author_email}
        payload = {
            "branch": change.base,
            "new_branch": change.branch,
            "message": change.message,
            "files": files,
            "author": person,
            "committer": person,
            "dates": {"author": when, "committer": when},
        }
        self._create("/contents", payload, f"branch {change.branch}", (409, 422))
        faults.checkpoint("committed")
        faults.checkpoint("pushed")

    def _issue_labels(self, names: list[str]) -> list[int]:
        if not names:
            return []
        if self._label_ids is None:
            try:
                found = self._items("/labels", limit=100)
                self._label_ids = {str(x["name"]): int(x["id"]) for x in found}
            except (ForgeError, TransientForgeError) as exc:
                logger.warning("could not read labels: %s", exc)
                return []
        return [self._label_ids[n] for n in names if n in self._label_ids]

    def open_pull(
        self, branch: str, base: str, title: str, body: str, labels: list[str]
    ) -> PullRef:
        payload = {
            "head": branch,
            "base": base,
            "title": title,
            "body": body,
            "labels": self._issue_labels(labels),
        }
        response = self._create(
            "/pulls",
            payload,
            f"a pull request for {branch}",
            (409, 422),
            lambda status, text: status == 409 or "already exists" in text.lower(),
        )
        return self._ref(response.json())

    def find_pull(self, branch: str) -> PullRef | None:
        for page in range(1, 6):
            items = self._items("/pulls", state="all", page=page, limit=50)
            for data in items:
                if (data.get("head") or {}).get("ref") == branch:
                    return self._ref(data, self.state(data))
            if len(items) < 50:
                break
        return None

    def find_issue(self, marker: str) -> PullRef | None:
        query = marker.rsplit(" ", 1)[-1]
        return self._marked(
            self._items("/issues", state="all", type="issues", q=query, limit=50), marker
        )
