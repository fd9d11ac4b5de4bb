"""GitHub REST adapter: commit through the Git Data API, then open the pull request.

Requests (API version 2022-11-28):

- ``GET /repos/{o}/{r}/git/ref/heads/{base}`` and ``GET .../git/commits/{sha}``: the base;
- ``GET .../contents/{path}?ref={base}``: a new file must not exist yet;
- ``POST .../git/blobs`` for a photo (base64), ``POST .../git/trees``, ``POST .../git/commits``:
  the commit (not yet on a branch);
- ``POST .../git/refs``: the branch; 422 "Reference already exists" → :class:`AlreadyExists`;
- ``POST .../pulls``: 422 "A pull request already exists for o:branch." → AlreadyExists;
- ``GET .../pulls?head=o:branch&state=all``: reconcile; ``GET .../pulls/{n}``: merged?
- ``POST .../issues`` for problem reports; ``POST .../issues/{n}/labels`` for labels.

Content-creating requests go through the :class:`~tukena.bot.forges.http.Pacer`.
"""

from __future__ import annotations

import base64
import datetime as dt
import logging
from urllib.parse import quote

from tukena.bot import faults
from tukena.bot.errors import (
    ForgeConfigurationError,
    ForgeError,
    PermanentDeliveryError,
    TransientForgeError,
)
from tukena.bot.forges.base import Change, FileChange, PullRef
from tukena.bot.forges.http import ForgeHTTP
from tukena.bot.forges.rest import RestForge

logger = logging.getLogger(__name__)


def _iso(timestamp: float) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class GitHubForge(RestForge):
    """Pull requests on GitHub (or GitHub Enterprise Server with another API base)."""

    name = "github"

    def __init__(self, http: ForgeHTTP, repository: str) -> None:
        super().__init__(
            http, "/repos/" + "/".join(quote(p, safe="") for p in repository.split("/", 1))
        )
        self.owner = repository.split("/", 1)[0]

    def _sha(self, branch: str) -> str | None:
        found = self._found(f"/git/ref/heads/{quote(branch, safe='/')}")
        return None if found is None else found.json()["object"]["sha"]

    def _get(self, path: str) -> dict:
        return self.http.request("GET", self.root + path).json()

    def push_branch(self, change: Change) -> None:
        base = self._sha(change.base)
        if base is None:
            raise ForgeConfigurationError(
                f"the base branch {change.base!r} does not exist: check TUKENA_BOT_BASE_BRANCH", 404
            )
        tree = self._get(f"/git/commits/{base}")["tree"]["sha"]
        for item in change.files:
            if item.create and self._file_exists(item.path, change.base) is not None:
                raise PermanentDeliveryError(f"{item.path} already exists on {change.base}")
        entries = [self._entry(f) for f in change.files]
        new_tree = self._create(
            "/git/trees", {"base_tree": tree, "tree": entries}, "the tree"
        ).json()["sha"]
        author = {
            "name": change.author_name,
            "email": change.author_email,
            "date": _iso(change.timestamp),
        }
        payload = {
            "message": change.message,
            "tree": new_tree,
            "parents": [base],
            "author": author,
            "committer": author,
        }
        commit = self._create("/git/commits", payload, "the commit").json()["sha"]
        faults.checkpoint("committed")
        self._create(
            "/git/refs",
            {"ref": f"refs/heads/{change.branch}", "sha": commit},
            f"branch {change.branch}",
            (422,),
            lambda status, text: "already exists" in text.lower(),
        )
        faults.checkpoint("pushed")

    def _entry(self, item: FileChange) -> dict[str, str]:
        """A tree entry: a text inline, a photo as a blob made first (a tree's inline
        content must be UTF-8 text)."""
        entry = {"path": item.path, "mode": "100644", "type": "blob"}
        if item.data is None:
            return {**entry, "content": item.text}
        payload = {"content": base64.b64encode(item.data).decode("ascii"), "encoding": "base64"}
        blob = self._create("/git/blobs", payload, f"the blob of {item.path}").json()["sha"]
        return {**entry, "sha": blob}

    def branch_message(self, branch: str) -> str | None:
        sha = self._sha(branch)
        return None if sha is None else self._get(f"/git/commits/{sha}")["message"]

    def open_pull(
        self, branch: str, base: str, title: str, body: str, labels: list[str]
    ) -> PullRef:
        payload = {
            "title": title,
            "head": branch,
            "base": base,
            "body": body,
            "maintainer_can_modify": True,
        }
        response = self._create(
            "/pulls",
            payload,
            f"a pull request for {branch}",
            (422,),
            lambda status, text: "already exists" in text.lower(),
        )
        ref = self._ref(response.json())
        self._label(ref.number, labels)
        return ref

    def _label(self, number: int, labels: list[str]) -> None:
        if not labels:
            return
        try:
            self._create(f"/issues/{number}/labels", {"labels": labels}, "labels")
        except (ForgeError, TransientForgeError) as exc:
            logger.warning("could not label #%s: %s", number, exc)

    def find_pull(self, branch: str) -> PullRef | None:
        for data in self._items("/pulls", head=f"{self.owner}:{branch}", state="all"):
            if data.get("head", {}).get("ref", branch) == branch:
                return self._ref(data, self.state(data))
        return None

    def find_issue(self, marker: str) -> PullRef | None:
        items = self._items("/issues", state="all", per_page=100, sort="created", direction="desc")
        return self._marked(items, marker)
