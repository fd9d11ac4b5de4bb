"""HTML conformance of the bot's pages, as the bot serves them, in fi, sv and en.

Each form (a new activity; an activity's update, copy and confirmation; a new organisation
and an organisation's update; a problem report), a form sent back with errors and hostile
values, the check pages of a new listing (with hostile values) and of an update, the
receipt, a submission's status page and the page a reminder's stop link opens are checked with the Nu Html Checker (tests/html_checker.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.bot.helpers import activity_pairs, form_pairs, fresh_token, submission_id, submit
from tests.html_checker import errors
from tukena.bot.reminders import stop_url
from tukena.forms import ui

pytest_plugins = ["tests.bot.fixtures"]

ACTIVITY = "kielikahvila-tapiola"  # in the bot tests' content repository
ORGANISATION = "monikulttuurinen-olohuone"
PAGES = {
    "activity-new": "/{lang}/activity/new",
    "activity-update": f"/{{lang}}/activity/{ACTIVITY}/update",
    "activity-copy": f"/{{lang}}/activity/{ACTIVITY}/copy",
    "activity-confirm": f"/{{lang}}/activity/{ACTIVITY}/confirm",
    "organisation-new": "/{lang}/organisation/new",
    "organisation-update": f"/{{lang}}/organisation/{ORGANISATION}/update",
    "report": f"/{{lang}}/report?target=activities/{ACTIVITY}",
}


def _save(folder: Path, name: str, response) -> None:
    assert response.headers["content-type"].startswith("text/html"), name
    (folder / f"{name}.html").write_text(response.text, "utf-8")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_page_the_bot_serves_is_valid_html(client, clock, settings, tmp_path, lang):
    pages = tmp_path / "pages"
    pages.mkdir()
    for name, path in PAGES.items():
        response = client.get(path.format(lang=lang))
        assert response.status_code == 200, (name, response.text[:500])
        _save(pages, name, response)
    hostile = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
    wrong = activity_pairs(
        **{
            "_lang": lang,
            "schedule.weekly.0.start": "25:00",
            "contact.email": "not an address",
            "title.fi": hostile,
            "summary.fi": "",
        }
    )
    sent_back = submit(client, wrong, fresh_token(client, clock))
    assert sent_back.status_code == 422 and 'aria-invalid="true"' in sent_back.text
    _save(pages, "errors", sent_back)
    receipt = submit(client, activity_pairs(_lang=lang), fresh_token(client, clock))
    assert receipt.status_code == 200
    _save(pages, "receipt", receipt)
    status = client.get(f"/status/{submission_id(receipt.text)}?lang={lang}")
    assert status.status_code == 200
    _save(pages, "status", status)
    key = client.app.state.bot.signer.key
    stop = stop_url(settings, key, "ryhma@olohuone.example", lang).removeprefix(settings.public_url)
    asked = client.get(stop)
    assert asked.status_code == 200 and 'method="post"' in asked.text
    _save(pages, "stop", asked)
    hostile_ok = activity_pairs(**{"_lang": lang, "title.fi": hostile, "_action": "check"})
    checked = submit(client, hostile_ok, fresh_token(client, clock))
    assert checked.status_code == 200 and "check-answers" in checked.text
    _save(pages, "check", checked)
    update = client.get(PAGES["activity-update"].format(lang=lang))
    changed = [
        (n, "18:00" if n == "schedule.weekly.0.start" else v) for n, v in form_pairs(update.text)[0]
    ]
    clock.advance(30)  # as a person takes to fill a form
    checked = submit(client, [*changed, ("_action", "check")])
    assert checked.status_code == 200 and "check-changes" in checked.text
    _save(pages, "check-update", checked)
    assert len(list(pages.iterdir())) == len(PAGES) + 6
    assert errors(pages) == []


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_skip_link_says_where_it_goes(client, lang):
    """Not an arrow alone: a screen reader reads the link's text."""
    page = client.get(f"/{lang}/activity/new").text
    assert f'<a class="skip-link" href="#main">{ui.text("skip", lang)}</a>' in page
    assert ui.text("skip", lang) != ui.text("skip", "fi" if lang != "fi" else "en")


def test_the_status_page_gives_the_time_in_finland(client, clock):
    """Received at 12:00 UTC on 22 Nov: 14.00 in Helsinki (winter time), as the site
    writes times, in each language."""
    clock.now = dt.datetime(2026, 11, 22, 11, 59, 30, tzinfo=dt.UTC).timestamp()
    sid = submission_id(submit(client, activity_pairs(), fresh_token(client, clock)).text)  # +30 s
    shown = {lang: client.get(f"/status/{sid}?lang={lang}").text for lang in ("fi", "sv", "en")}
    assert ">22.11.2026 klo 14.00</time>" in shown["fi"]
    assert ">22.11.2026 kl. 14.00</time>" in shown["sv"]
    assert ">22 Nov 2026, 14:00</time>" in shown["en"]
    assert 'datetime="2026-11-22T14:00:00+02:00"' in shown["en"]


def test_the_confirm_form_says_nothing_of_required_fields(client):
    page = client.get("/en/activity/kielikahvila-tapiola/confirm").text
    assert ui.text("intro.confirm", "en") in page and "Required fields are marked" not in page
    assert "Required fields are marked" in client.get("/en/activity/new").text
