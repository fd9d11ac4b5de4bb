"""GitHub REST adapter: commit through the Git Data API, then open the pull request.

Requests (API version 2022-11-28):

- ``GET /repos/{o}/{r}/git/ref/heads/{base}`` and ``GET .../git/commits/{sha}``: the base;
- ``GET .../contents/{path}?ref={base}``: a new file must not exist yet;
- ``POST .../git/trees``, ``POST .../git/commits``: the commit (not yet on a branch);
- ``POST .../git/refs``: the branch; 422 "Reference already exists" → :class:`AlreadyExists`;
- ``POST .../pulls``: 422 "A pull request already exists for o:branch." → AlreadyExists;
- ``GET .../pulls?head=o:branch&state=all``: reconcile; ``GET .../pulls/{n}``: merged?
- ``POST .../issues`` for problem reports; ``POST .../issues/{n}/labels`` for labels.

Content-creating requests go through the :class:`~tukena.bot.forges.http.Pacer`.
"""

from __future__ import annotations

import datetime as dt
import logging
from urllib.parse import quote

from tukena.bot import faults
from tukena.bot.errors import (
    AlreadyExists,
    ForgeConfigurationError,
    ForgeError,
    PermanentDeliveryError,
    TransientForgeError,
)
from tukena.bot.forges.base import Change, PullRef
from tukena.bot.forges.http import ForgeHTTP, error_text

logger = logging.getLogger(__name__)


def _iso(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class GitHubForge:
    """Pull requests on GitHub (or GitHub Enterprise Server with another API base)."""

    name = "github"

    def __init__(self, http: ForgeHTTP, repository: str) -> None:
        self.http = http
        self.owner = repository.split("/", 1)[0]
        self.repo = "/repos/" + "/".join(quote(p, safe="") for p in repository.split("/", 1))

    def _sha(self, branch: str) -> str | None:
        response = self.http.request(
            "GET",
            f"{self.repo}/git/ref/heads/{quote(branch, safe='/')}",
            expect=(200,),
            allow=(404,),
        )
        if response.status_code == 404:
            return None
        return response.json()["object"]["sha"]

    def push_branch(self, change: Change) -> None:
        base = self._sha(change.base)
        if base is None:
            raise ForgeConfigurationError(
                f"the base branch {change.base!r} does not exist: check TUKENA_BOT_BASE_BRANCH", 404
            )
        tree = self.http.request("GET", f"{self.repo}/git/commits/{base}").json()["tree"]["sha"]
        for item in change.files:
            if item.create:
                found = self.http.request(
                    "GET",
                    f"{self.repo}/contents/{quote(item.path)}",
                    params={"ref": change.base},
                    expect=(200,),
                    allow=(404,),
                )
                if found.status_code == 200:
                    raise PermanentDeliveryError(f"{item.path} already exists on {change.base}")
        entries = [
            {"path": f.path, "mode": "100644", "type": "blob", "content": f.text}
            for f in change.files
        ]
        new_tree = self.http.request(
            "POST",
            f"{self.repo}/git/trees",
            json={"base_tree": tree, "tree": entries},
            creates=True,
        ).json()["sha"]
        author = {
            "name": change.author_name,
            "email": change.author_email,
            "date": _iso(change.timestamp),
        }
        commit = self.http.request(
            "POST",
            f"{self.repo}/git/commits",
            json={
                "message": change.message,
                "tree": new_tree,
                "parents": [base],
                "author": author,
                "committer": author,
            },
            creates=True,
        ).json()["sha"]
        faults.checkpoint("committed")
        response = self.http.request(
            "POST",
            f"{self.repo}/git/refs",
            json={"ref": f"refs/heads/{change.branch}", "sha": commit},
            creates=True,
            allow=(422,),
        )
        if response.status_code == 422:
            text = error_text(response)
            if "already exists" in text.lower():
                raise AlreadyExists(f"branch {change.branch} already exists", 422)
            raise ForgeError(f"creating branch {change.branch}: {text}", 422)
        faults.checkpoint("pushed")

    def branch_message(self, branch: str) -> str | None:
        sha = self._sha(branch)
        if sha is None:
            return None
        return self.http.request("GET", f"{self.repo}/git/commits/{sha}").json()["message"]

    def open_pull(
        self, branch: str, base: str, title: str, body: str, labels: list[str]
    ) -> PullRef:
        response = self.http.request(
            "POST",
            f"{self.repo}/pulls",
            json={
                "title": title,
                "head": branch,
                "base": base,
                "body": body,
                "maintainer_can_modify": True,
            },
            creates=True,
            allow=(422,),
        )
        if response.status_code == 422:
            text = error_text(response)
            if "already exists" in text.lower():
                raise AlreadyExists(f"a pull request for {branch} already exists", 422)
            raise ForgeError(f"opening the pull request: {text}", 422)
        data = response.json()
        ref = PullRef(int(data["number"]), str(data["html_url"]))
        self._label(ref.number, labels)
        return ref

    def _label(self, number: int, labels: list[str]) -> None:
        if not labels:
            return
        try:
            self.http.request(
                "POST", f"{self.repo}/issues/{number}/labels", json={"labels": labels}, creates=True
            )
        except (ForgeError, TransientForgeError) as exc:
            logger.warning("could not label #%s: %s", number, exc)

    def find_pull(self, branch: str) -> PullRef | None:
        response = self.http.request(
            "GET", f"{self.repo}/pulls", params={"head": f"{self.owner}:{branch}", "state": "all"}
        )
        for data in response.json():
            if data.get("head", {}).get("ref", branch) == branch:
                return PullRef(int(data["number"]), str(data["html_url"]), _pull_state(data))
        return None

    def pull_state(self, number: int) -> str:
        return _pull_state(self.http.request("GET", f"{self.repo}/pulls/{number}").json())

    def open_issue(self, title: str, body: str, labels: list[str]) -> PullRef:
        data = self.http.request(
            "POST",
            f"{self.repo}/issues",
            json={"title": title, "body": body, "labels": labels},
            creates=True,
        ).json()
        return PullRef(int(data["number"]), str(data["html_url"]))

    def find_issue(self, marker: str) -> PullRef | None:
        response = self.http.request(
            "GET",
            f"{self.repo}/issues",
            params={"state": "all", "per_page": 100, "sort": "created", "direction": "desc"},
        )
        for data in response.json():
            if "pull_request" not in data and marker in (data.get("body") or ""):
                return PullRef(
                    int(data["number"]), str(data["html_url"]), data.get("state", "open")
                )
        return None

    def issue_state(self, number: int) -> str:
        data = self.http.request("GET", f"{self.repo}/issues/{number}").json()
        return "closed" if data.get("state") == "closed" else "open"

    def close(self) -> None:
        self.http.client.close()


def _pull_state(data: dict) -> str:
    if data.get("merged") or data.get("merged_at"):
        return "merged"
    return "closed" if data.get("state") == "closed" else "open"
