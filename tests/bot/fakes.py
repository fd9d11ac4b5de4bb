"""Forge APIs faked at the HTTP boundary (httpx.MockTransport), after their documentation.

Each fake keeps state (branches, commits, pull requests, issues) so that retries and
reconciliation behave as on the real service, answers with the documented status codes
and bodies, and can be told to fail: ``down`` (503 for everything), or a queue of
one-off failures (``fail_next``) such as a rate limit with Retry-After, a time-out or an
expired token.
"""

from __future__ import annotations

import base64
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import httpx

Failure = Callable[[httpx.Request], httpx.Response]


def rate_limited(status: int = 403, retry_after: str | None = "60", **headers: str) -> Failure:
    def answer(request: httpx.Request) -> httpx.Response:
        extra = {"retry-after": retry_after} if retry_after is not None else {}
        body = {"message": "You have exceeded a secondary rate limit. Please wait a few minutes "
                "before you try again.", "documentation_url": "https://docs.github.com/rest"}
        return httpx.Response(status, json=body, headers={**extra, **headers})

    return answer


def server_error(status: int = 502) -> Failure:
    return lambda request: httpx.Response(status, text="<html>Bad gateway</html>")


def timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def expired_token(request: httpx.Request) -> httpx.Response:
    return httpx.Response(401, json={"message": "Bad credentials",
                                     "documentation_url": "https://docs.github.com/rest"})


@dataclass
class FakeForge:
    """What the three fakes share: failure injection and a request log."""

    owner: str = "tukena"
    name: str = "content"
    down: bool = False
    fail_next: list[Failure] = field(default_factory=list)
    fail_on: list[tuple[str, str, Failure]] = field(default_factory=list)  # method, path end
    requests: list[httpx.Request] = field(default_factory=list)
    pulls: list[dict[str, Any]] = field(default_factory=list)
    issues: list[dict[str, Any]] = field(default_factory=list)
    branches: dict[str, str] = field(default_factory=lambda: {"main": "c0"})
    commits: dict[str, dict[str, Any]] = field(
        default_factory=lambda: {"c0": {"message": "content", "tree": "t0", "files": {}}}
    )
    files_on_main: set[str] = field(default_factory=lambda: {"content/activities/kielikahvila-tapiola.md"})
    numbers: Any = field(default_factory=lambda: itertools.count(1))
    shas: Any = field(default_factory=lambda: itertools.count(1))

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.down:
            return httpx.Response(503, text="Service Unavailable")
        if self.fail_next:
            return self.fail_next.pop(0)(request)
        for index, (method, end, failure) in enumerate(self.fail_on):
            if request.method == method and request.url.path.endswith(end):
                del self.fail_on[index]
                return failure(request)
        parts = urlsplit(str(request.url))
        raw = request.url.raw_path.decode("ascii").split("?", 1)[0]
        segments = [unquote(s) for s in raw.strip("/").split("/")]
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        body = json.loads(request.content) if request.content else {}
        return self.route(request.method, segments, query, body)

    def route(self, method: str, segments: list[str], query: dict, body: dict) -> httpx.Response:
        raise NotImplementedError

    def sha(self) -> str:
        return f"c{next(self.shas)}"

    def open_pulls(self, branch: str) -> list[dict[str, Any]]:
        return [p for p in self.pulls if p["branch"] == branch and p["state"] == "open"]

    def creating(self) -> list[httpx.Request]:
        return [r for r in self.requests if r.method in ("POST", "PATCH", "PUT", "DELETE")]


def _text_or_bytes(data: bytes) -> str | bytes:
    """A file's content as the test compares it: text when it is UTF-8, else its bytes."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data


def _json(status: int, data: Any) -> httpx.Response:
    return httpx.Response(status, json=data)


class FakeGitHub(FakeForge):
    """GitHub REST: git data API, pulls, issues, labels."""

    def _pull(self, p: dict) -> dict:
        return {"number": p["number"], "html_url": f"https://github.com/{self.owner}/{self.name}/pull/{p['number']}",
                "state": "closed" if p["state"] != "open" else "open",
                "merged": p["state"] == "merged", "merged_at": "2026-11-23T10:00:00Z" if p["state"] == "merged" else None,
                "head": {"ref": p["branch"]}, "title": p["title"], "body": p["body"]}

    def route(self, method: str, s: list[str], query: dict, body: dict) -> httpx.Response:
        assert s[:3] == ["repos", self.owner, self.name], s
        rest = s[3:]
        if rest[:3] == ["git", "ref", "heads"]:
            name = "/".join(rest[3:])
            if name not in self.branches:
                return _json(404, {"message": "Not Found"})
            return _json(200, {"ref": f"refs/heads/{name}", "object": {"sha": self.branches[name], "type": "commit"}})
        if rest[:2] == ["git", "commits"] and method == "GET":
            commit = self.commits[rest[2]]
            return _json(200, {"sha": rest[2], "tree": {"sha": commit["tree"]}, "message": commit["message"]})
        if rest[0] == "contents" and method == "GET":
            path = "/".join(rest[1:])
            if path in self.files_on_main:
                return _json(200, {"path": path, "sha": "blob1"})
            return _json(404, {"message": "Not Found"})
        if rest == ["git", "blobs"]:
            assert body["encoding"] == "base64"
            sha = f"b{next(self.shas)}"
            self.commits.setdefault("_blobs", {})[sha] = base64.b64decode(body["content"], validate=True)
            return _json(201, {"sha": sha, "url": f"https://api.github.com/repos/x/y/git/blobs/{sha}"})
        if rest == ["git", "trees"]:
            sha = f"t{next(self.shas)}"
            blobs = self.commits.get("_blobs", {})
            self.commits.setdefault("_trees", {})[sha] = {
                e["path"]: e["content"] if "content" in e else blobs[e["sha"]] for e in body["tree"]}
            return _json(201, {"sha": sha})
        if rest == ["git", "commits"]:
            sha = self.sha()
            files = self.commits.get("_trees", {}).get(body["tree"], {})
            self.commits[sha] = {"message": body["message"], "tree": body["tree"], "files": files}
            return _json(201, {"sha": sha})
        if rest == ["git", "refs"]:
            name = body["ref"].removeprefix("refs/heads/")
            if name in self.branches:
                return _json(422, {"message": "Reference already exists",
                                   "documentation_url": "https://docs.github.com/rest/git/refs#create-a-reference"})
            self.branches[name] = body["sha"]
            return _json(201, {"ref": body["ref"], "object": {"sha": body["sha"]}})
        if rest == ["pulls"] and method == "POST":
            if self.open_pulls(body["head"]):
                return _json(422, {"message": "Validation Failed", "errors": [
                    {"resource": "PullRequest", "code": "custom",
                     "message": f"A pull request already exists for {self.owner}:{body['head']}."}],
                    "documentation_url": "https://docs.github.com/rest/pulls/pulls#create-a-pull-request"})
            pull = {"number": next(self.numbers), "branch": body["head"], "title": body["title"],
                    "body": body["body"], "state": "open", "labels": []}
            self.pulls.append(pull)
            return _json(201, self._pull(pull))
        if rest == ["pulls"]:
            head = query.get("head", "").split(":", 1)[-1]
            return _json(200, [self._pull(p) for p in self.pulls if p["branch"] == head])
        if rest[0] == "pulls":
            pull = next(p for p in self.pulls if p["number"] == int(rest[1]))
            return _json(200, self._pull(pull))
        if rest[0] == "issues" and len(rest) == 3 and rest[2] == "labels":
            target = next(x for x in self.pulls + self.issues if x["number"] == int(rest[1]))
            target["labels"] += body["labels"]
            return _json(200, [{"name": n} for n in target["labels"]])
        if rest == ["issues"] and method == "POST":
            issue = {"number": next(self.numbers), "title": body["title"], "body": body["body"],
                     "labels": body.get("labels", []), "state": "open"}
            self.issues.append(issue)
            return _json(201, {**issue, "html_url": f"https://github.com/{self.owner}/{self.name}/issues/{issue['number']}"})
        if rest == ["issues"]:
            listed = [{**i, "html_url": f"https://github.com/x/y/issues/{i['number']}"} for i in self.issues]
            listed += [{**self._pull(p), "pull_request": {}} for p in self.pulls]
            return _json(200, listed)
        if rest[0] == "issues":
            issue = next(i for i in self.issues if i["number"] == int(rest[1]))
            return _json(200, issue)
        return _json(404, {"message": "Not Found"})


class FakeGitea(FakeForge):
    """Gitea/Forgejo API v1: change files, branches, pulls, issues, labels."""

    def _pull(self, p: dict) -> dict:
        return {"number": p["number"], "html_url": f"https://codeberg.org/{self.owner}/{self.name}/pulls/{p['number']}",
                "state": "closed" if p["state"] != "open" else "open", "merged": p["state"] == "merged",
                "head": {"ref": p["branch"]}, "title": p["title"], "body": p["body"]}

    def route(self, method: str, s: list[str], query: dict, body: dict) -> httpx.Response:
        assert s[:5] == ["api", "v1", "repos", self.owner, self.name], s
        rest = s[5:]
        if rest[0] == "contents" and method == "GET":
            path = "/".join(rest[1:])
            if path in self.files_on_main:
                return _json(200, {"path": path, "sha": "blob1", "type": "file"})
            return _json(404, {"message": "GetContentsOrList", "url": "https://codeberg.org/api/swagger"})
        if rest == ["contents"] and method == "POST":
            if body["new_branch"] in self.branches:
                return _json(422, {"message": f"branch already exists [name: {body['new_branch']}]",
                                   "url": "https://codeberg.org/api/swagger"})
            sha = self.sha()
            files = {f["path"]: _text_or_bytes(base64.b64decode(f["content"], validate=True))
                     for f in body["files"]}
            self.commits[sha] = {"message": body["message"], "files": files,
                                 "operations": [f["operation"] for f in body["files"]]}
            self.branches[body["new_branch"]] = sha
            return _json(201, {"commit": {"sha": sha}, "files": []})
        if rest[0] == "branches":
            name = "/".join(rest[1:])
            if name not in self.branches:
                return _json(404, {"message": "branch does not exist"})
            sha = self.branches[name]
            return _json(200, {"name": name, "commit": {"id": sha, "message": self.commits[sha]["message"]}})
        if rest == ["labels"]:
            return _json(200, [{"id": 7, "name": "from-form"}, {"id": 8, "name": "listing-report"}])
        if rest == ["pulls"] and method == "POST":
            existing = self.open_pulls(body["head"])
            if existing:
                return _json(409, {"message": f"pull request already exists for these targets [id: {existing[0]['number']}, "
                                   f"head_branch: {body['head']}, base_branch: {body['base']}]",
                                   "url": "https://codeberg.org/api/swagger"})
            pull = {"number": next(self.numbers), "branch": body["head"], "title": body["title"],
                    "body": body["body"], "state": "open", "labels": body.get("labels", [])}
            self.pulls.append(pull)
            return _json(201, self._pull(pull))
        if rest == ["pulls"]:
            page = int(query.get("page", "1"))
            return _json(200, [self._pull(p) for p in self.pulls][(page - 1) * 50: page * 50])
        if rest[0] == "pulls":
            return _json(200, self._pull(next(p for p in self.pulls if p["number"] == int(rest[1]))))
        if rest == ["issues"] and method == "POST":
            issue = {"number": next(self.numbers), "title": body["title"], "body": body["body"], "state": "open"}
            self.issues.append(issue)
            return _json(201, {**issue, "html_url": f"https://codeberg.org/x/y/issues/{issue['number']}"})
        if rest == ["issues"]:
            return _json(200, [{**i, "html_url": "u"} for i in self.issues if query.get("q", "") in i["body"]])
        if rest[0] == "issues":
            return _json(200, next(i for i in self.issues if i["number"] == int(rest[1])))
        return _json(404, {"message": "not found"})


class FakeGitLab(FakeForge):
    """GitLab REST v4: commits with actions, branches, merge requests, issues."""

    def _mr(self, p: dict) -> dict:
        state = {"open": "opened"}.get(p["state"], p["state"])
        return {"iid": p["number"], "web_url": f"https://gitlab.com/{self.owner}/{self.name}/-/merge_requests/{p['number']}",
                "state": state, "source_branch": p["branch"], "title": p["title"], "description": p["body"]}

    def route(self, method: str, s: list[str], query: dict, body: dict) -> httpx.Response:
        assert s[:4] == ["api", "v4", "projects", f"{self.owner}/{self.name}"], s
        rest = s[4:]
        if rest[:2] == ["repository", "branches"]:
            name = rest[2]
            if name not in self.branches:
                return _json(404, {"message": "404 Branch Not Found"})
            sha = self.branches[name]
            return _json(200, {"name": name, "commit": {"id": sha, "message": self.commits[sha]["message"]}})
        if rest[:2] == ["repository", "files"]:
            if rest[2] in self.files_on_main:
                return _json(200, {"file_path": rest[2], "blob_id": "b1"})
            return _json(404, {"message": "404 File Not Found"})
        if rest == ["repository", "commits"]:
            if body["branch"] in self.branches:
                return _json(400, {"message": f"A branch called '{body['branch']}' already exists. "
                                   "Switch to that branch in order to make changes"})
            sha = self.sha()
            self.commits[sha] = {"message": body["commit_message"],
                                 "files": {a["file_path"]: base64.b64decode(a["content"], validate=True)
                                           if a.get("encoding") == "base64" else a["content"]
                                           for a in body["actions"]},
                                 "operations": [a["action"] for a in body["actions"]]}
            self.branches[body["branch"]] = sha
            return _json(201, {"id": sha, "message": body["commit_message"]})
        if rest == ["merge_requests"] and method == "POST":
            existing = self.open_pulls(body["source_branch"])
            if existing:
                return _json(409, {"message": ["Another open merge request already exists for this source "
                                               f"branch: !{existing[0]['number']}"]})
            pull = {"number": next(self.numbers), "branch": body["source_branch"], "title": body["title"],
                    "body": body["description"], "state": "open", "labels": body.get("labels", "")}
            self.pulls.append(pull)
            return _json(201, self._mr(pull))
        if rest == ["merge_requests"]:
            return _json(200, [self._mr(p) for p in self.pulls if p["branch"] == query.get("source_branch")])
        if rest[0] == "merge_requests":
            return _json(200, self._mr(next(p for p in self.pulls if p["number"] == int(rest[1]))))
        if rest == ["issues"] and method == "POST":
            issue = {"number": next(self.numbers), "title": body["title"], "body": body["description"], "state": "open"}
            self.issues.append(issue)
            return _json(201, {"iid": issue["number"], "web_url": "u", "description": issue["body"]})
        if rest == ["issues"]:
            return _json(200, [{"iid": i["number"], "web_url": "u", "description": i["body"],
                                "state": {"open": "opened"}.get(i["state"], i["state"])}
                               for i in self.issues if query.get("search", "") in i["body"]])
        if rest[0] == "issues":
            i = next(i for i in self.issues if i["number"] == int(rest[1]))
            return _json(200, {"iid": i["number"], "state": {"open": "opened"}.get(i["state"], i["state"])})
        return _json(404, {"message": "404 Not Found"})
