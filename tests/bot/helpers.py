"""Helpers of the bot tests: a real git remote, settings, a fake clock, the app, a form."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import warnings
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from urllib.parse import urlencode

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from tukena.bot.app import create_app
from tukena.bot.git import environment
from tukena.bot.settings import BotSettings

ORIGIN = "https://tukena.example"
TODAY = dt.date(2026, 11, 22)
START = 1_795_000_000.0  # 2026-11-18, a fixed "now" for the fake clock

ORGANISATION = """\
name:
  fi: Monikulttuurinen Olohuone ry
  en: Multicultural Living Room Association
kind: association
level: local
municipalities: [Espoo]
email: info@olohuone.example
"""

ACTIVITY = """\
---
title:
  fi: Kielikahvila Tapiolassa
  en: Language café in Tapiola
summary:
  fi: Rentoa suomen kielen harjoittelua kahvin ääressä.
organisation: monikulttuurinen-olohuone
forms: [language-cafe]
category: support
target_groups: [everyone]
languages: [fi]
locations:
  - name: Tapiolan kirjasto
    municipality: Espoo
schedule:
  season: {start: 2026-09-01}
  weekly:
    - {weekday: tue, start: "17:00", end: "19:00"}
cost: {free: true}
registration: {required: no}
referrals: {accepted: yes}
contact:
  email: kielikahvila@olohuone.example
verified: 2026-09-01
---
Tervetuloa harjoittelemaan suomea!
"""


class FakeClock:
    """A clock the test moves by hand: no test waits for real time."""

    def __init__(self, now: float = START) -> None:
        self.now = now
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def git(cwd: Path, *args: str, stdin: str | None = None) -> str:
    """Run git in a test (the assertions use git itself)."""
    env = environment(
        {
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.invalid",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.invalid",
        }
    )
    done = subprocess.run(
        ["git", *args], cwd=cwd, input=stdin, capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


@dataclass
class Repo:
    """A bare repository (the forge's) and a checkout of it (the content the bot reads)."""

    bare: Path
    site: Path

    def branches(self) -> list[str]:
        out = git(self.bare, "for-each-ref", "--format=%(refname:short)", "refs/heads/")
        return sorted(out.split())

    def bot_branches(self) -> list[str]:
        return [b for b in self.branches() if b.startswith("tukena-bot/")]

    def show(self, branch: str, path: str) -> str:
        return git(self.bare, "show", f"{branch}:{path}")

    def files_changed(self, branch: str) -> list[str]:
        return git(self.bare, "diff", "--name-only", f"main...{branch}").split()

    def commits(self, branch: str) -> int:
        return int(git(self.bare, "rev-list", "--count", f"main..{branch}").strip())


def make_repo(tmp_path: Path) -> Repo:
    bare = tmp_path / "remote.git"
    site = tmp_path / "site"
    git(tmp_path, "init", "--quiet", "--bare", "-b", "main", str(bare))
    git(tmp_path, "init", "--quiet", "-b", "main", str(site))
    (site / "content" / "organisations").mkdir(parents=True)
    (site / "content" / "activities").mkdir(parents=True)
    (site / "content" / "organisations" / "monikulttuurinen-olohuone.yaml").write_text(ORGANISATION)
    (site / "content" / "activities" / "kielikahvila-tapiola.md").write_text(ACTIVITY)
    git(site, "add", ".")
    git(site, "commit", "--quiet", "-m", "content")
    git(site, "remote", "add", "origin", str(bare))
    git(site, "push", "--quiet", "origin", "main")
    return Repo(bare, site)


def make_settings(tmp_path: Path, repo: Repo, **changes) -> BotSettings:
    values = {
        "state_dir": tmp_path / "state",
        "content_root": repo.site,
        "local_repository": repo.bare,
        "allowed_origins": [ORIGIN],
        "secret": "s" * 32,
        "min_fill_seconds": 3.0,
        "worker_in_process": False,
        "content_reload_seconds": 1.0,
        **changes,
    }
    return BotSettings(**values)


def make_client(settings: BotSettings, clock: FakeClock, **kwargs) -> TestClient:
    app = create_app(settings, clock=clock, today=lambda: TODAY, start_worker=False, **kwargs)
    return TestClient(app, base_url="https://bot.example", headers={"Origin": ORIGIN})


def activity_pairs(
    title: str = "Läksykerho Leppävaarassa", **changes: str
) -> list[tuple[str, str]]:
    """A valid new-activity form, as a browser would send it."""
    fields = {
        "_form": "activity-new",
        "_lang": "fi",
        "language": "fi",
        "title.fi": title,
        "title.sv": "",
        "title.en": "",
        "summary.fi": "Apua läksyihin koululaisille.",
        "organisation": "monikulttuurinen-olohuone",
        "category": "support",
        "level": "local",
        "language_level": "none",
        "locations.0.municipality": "049",
        "locations.0.name.fi": "Leppävaaran kirjasto",
        "locations.0.street_address": "",
        "schedule.season.start": "2026-09-01",
        "schedule.weekly.0.weekday": "wed",
        "schedule.weekly.0.start": "15:00",
        "schedule.weekly.0.end": "17:00",
        "schedule.weekly.0.every": "1",
        "cost.free": "true",
        "registration.required": "false",
        "referrals.accepted": "true",
        "capacity": "open",
        "childcare": "false",
        "contact.email": "laksy@olohuone.example",
        "extra_notes": "",
        **changes,
    }
    pairs = [(k, v) for k, v in fields.items() if v is not None]
    pairs += [("forms", "homework-help"), ("target_groups", "children"), ("languages", "fi")]
    return pairs


def fresh_token(client: TestClient, clock: FakeClock, wait: float = 30.0) -> str:
    token = client.get("/api/token").json()["token"]
    clock.advance(wait)
    return token


def submit(client: TestClient, pairs: list[tuple[str, str]], token: str | None = None, **kwargs):
    if token is not None:
        pairs = [*pairs, ("_token", token)]
    headers = {"Content-Type": "application/x-www-form-urlencoded", **kwargs.pop("headers", {})}
    return client.post("/submit", content=urlencode(pairs), headers=headers, **kwargs)


def submission_id(html: str) -> str:
    found = re.search(r"/status/([0-9]{8}-[0-9a-f]{10})", html)
    assert found, html[:2000]
    return found[1]


def form_pairs(html: str) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """What a browser sends of a prefilled form (text inputs, hidden inputs, checked boxes
    and radios, selected options, textareas), and the "remove" boxes by their field."""
    pairs: list[tuple[str, str]] = []
    removable = {}
    for tag in re.findall(r"<input [^>]*>", html):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', tag))
        kind, name = attrs.get("type", "text"), unescape(attrs.get("name", ""))
        if name == "_remove":
            removable[unescape(attrs["value"])] = name
        elif kind in ("checkbox", "radio"):
            if " checked" in tag:
                pairs.append((name, unescape(attrs["value"])))
        elif kind != "file" and name:
            pairs.append((name, unescape(attrs.get("value", ""))))
    for name, body in re.findall(r'<select [^>]*name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        # a selected option may say its label's language after (lang, dir)
        for value in re.findall(r'<option value="([^"]*)" selected[ >]', body):
            pairs.append((unescape(name), unescape(value)))
    for name, value in re.findall(
        r'<textarea [^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S
    ):
        pairs.append((unescape(name), unescape(value)))
    return pairs, removable


def shown_again(client: TestClient, clock: FakeClock, pairs: list[tuple[str, str]]):
    """The form sent with ``pairs`` (one of them an error) for checking: it comes back, 422,
    parsed."""
    from tests.site_helpers import parse

    response = submit(client, [*pairs, ("_action", "check")], fresh_token(client, clock))
    assert response.status_code == 422
    return parse(response.text)


def warning_beside(doc, described: str):
    """The one field warning of a form shown again, which the element ``described`` (an
    input or a fieldset) names among what describes it: the box, its lead, its items."""
    box = doc.one("div", cls="field-warning")
    assert box.get("id") == f"w-{described}"
    element = doc.one(id=described)
    assert f"w-{described}" in (element.get("aria-describedby") or "").split()
    return box, box.one("p").text, [li.text for li in box.one("ul").elements]
