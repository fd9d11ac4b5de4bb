"""The forms warn of a registration deadline already past (:mod:`tukena.forms.deadlinewarnings`):
the listing's page would say that registration closed, so the check page lists it, linking
to the registration, and the form shown again says it beside the registration; in the UI
language. A deadline today or ahead, or none, gets no warning; a warning stops nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.bot.helpers import (
    TODAY,
    activity_pairs,
    fresh_token,
    shown_again,
    submission_id,
    submit,
    warning_beside,
)
from tests.site_helpers import parse
from tests.test_bot_check import check_form, check_page
from tests.test_bot_delivery import records
from tests.test_bot_map_warnings import listed
from tukena.forms import ui
from tukena.forms.labels import LABELS

pytest_plugins = ["tests.bot.fixtures"]

REGISTRATION = "#a-g-registration"


def _registering(deadline: dt.date, lang: str = "fi", **changes: str) -> list[tuple[str, str]]:
    return activity_pairs(
        _lang=lang,
        **{
            "registration.required": "true",
            "registration.email": "ilmo@olohuone.example",
            "registration.deadline": _typed(deadline),
            **changes,
        },
    )


def _typed(day: dt.date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_check_page_warns_of_a_registration_deadline_already_past(client, clock, lang):
    past = TODAY - dt.timedelta(days=1)
    html = check_page(client, clock, _registering(past, lang)).text
    section = parse(html).one("section", cls="check-deadline")
    assert section.one("h2").text == ui.text("check.deadline.heading", lang)
    assert section.one("p").text == ui.text("check.deadline.lead", lang)
    said = ui.text("deadline.passed", lang, date=_typed(past))
    assert _typed(past) in said
    assert listed(html, "deadline") == [(LABELS["registration"][lang], REGISTRATION, [said])]


@pytest.mark.parametrize("ahead", [0, 1], ids=["today", "tomorrow"])
def test_a_deadline_today_or_ahead_gets_no_warning(client, clock, ahead):
    html = check_page(client, clock, _registering(TODAY + dt.timedelta(days=ahead))).text
    assert listed(html, "deadline") == [] and "field-warning" not in html


def test_a_past_deadline_of_a_registration_not_required_gets_no_warning(client, clock):
    """The page does not speak of a deadline when registration is not required."""
    pairs = _registering(TODAY - dt.timedelta(days=1), **{"registration.required": "false"})
    html = check_page(client, clock, pairs).text
    assert listed(html, "deadline") == []


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_form_shown_again_warns_beside_the_registration(client, clock, lang):
    past = TODAY - dt.timedelta(days=30)
    doc = shown_again(client, clock, _registering(past, lang, **{"title.fi": ""}))
    box, lead, items = warning_beside(doc, "g-registration")
    assert lead == ui.text("deadline.field", lang)
    assert items == [ui.text("deadline.passed", lang, date=_typed(past))]


def test_the_form_can_be_sent_with_the_warning(client, clock):
    past = TODAY - dt.timedelta(days=1)
    html = check_page(client, clock, _registering(past)).text
    assert listed(html, "deadline")
    clock.advance(30)
    stored = submit(client, check_form(html))
    assert stored.status_code == 200, stored.text[:2000]
    submission = client.app.state.bot.store.get(submission_id(stored.text))
    assert submission.state == "queued"
    assert submission.data["registration"]["deadline"] == past.isoformat()


@pytest.mark.parametrize("ago", [1, 0], ids=["past", "today"])
def test_the_pull_request_warns_the_reviewer_of_a_deadline_already_past(client, clock, repo, ago):
    """The reviewer reads it among the validation report's warnings; a deadline today is
    still open, and none is said."""
    deadline = TODAY - dt.timedelta(days=ago)
    response = submit(client, _registering(deadline), fresh_token(client, clock))
    assert response.status_code == 200, response.text[:2000]
    assert client.app.state.bot.worker.drain()[0] == "delivered"
    (pull,) = records(repo)["pulls"]
    warning = (
        f"- ⚠️ The registration deadline ({deadline.isoformat()}) has already passed: the page"
        " will say that registration closed"
    )
    assert (warning in pull["body"].splitlines()) == (ago > 0)
