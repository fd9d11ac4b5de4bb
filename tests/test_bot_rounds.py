"""The rounds after a form is sent keep what the organiser chose: a problem report's
listing stays fixed, as its link gave it, after an error."""

from __future__ import annotations

import pytest

from tests.bot.helpers import form_pairs, fresh_token, submission_id, submit
from tests.site_helpers import parse

pytest_plugins = ["tests.bot.fixtures"]
TARGET = "activities/kielikahvila-tapiola"
#: the other listing of the test content
OTHER = "organisations/monikulttuurinen-olohuone"


def again(client, clock, html: str, **written: str):
    """The form of ``html`` sent once more, as a browser would, with ``written`` filled in."""
    pairs = [(n, v) for n, v in form_pairs(html)[0] if n != "_token"]
    pairs = [(n, v) for n, v in pairs if n not in written] + list(written.items())
    return submit(client, pairs, fresh_token(client, clock))


def fixed_target(html: str) -> tuple[str, list[str]]:
    """A report form's listing: the text of its fixed field (empty when the field is a
    choice), and the values of the inputs named ``target`` (a select's options)."""
    page = parse(html)
    box = page.find("div", cls="fixed")
    inputs = [i.get("value") for i in page.find_all("input", name="target")]
    options = [
        o.get("value") for s in page.find_all("select", name="target") for o in s.find_all("option")
    ]
    return (box.text if box is not None else ""), inputs + options


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_reports_listing_stays_fixed_after_an_error(client, clock, lang):
    page = client.get(f"/{lang}/report?target={TARGET}")
    text, values = fixed_target(page.text)
    assert values == [TARGET] and text
    # no problem chosen: the form comes back with the error, and its listing as it was
    first = again(client, clock, page.text)
    assert first.status_code == 422 and 'class="error-summary"' in first.text
    assert fixed_target(first.text) == (text, [TARGET])
    second = again(client, clock, first.text)
    assert second.status_code == 422 and fixed_target(second.text) == (text, [TARGET])
    sent = again(client, clock, second.text, problem="schedule", details="Nyt keskiviikkoisin")
    assert sent.status_code == 200, sent.text[:2000]
    stored = client.app.state.bot.store.get(submission_id(sent.text))
    assert stored.kind == "report" and stored.target == TARGET


def test_a_report_without_a_listing_in_its_link_keeps_its_choice_of_listing(client, clock):
    page = client.get("/fi/report")
    assert fixed_target(page.text) == ("", ["", TARGET, OTHER])
    answer = again(client, clock, page.text, target=TARGET)
    assert answer.status_code == 422
    text, values = fixed_target(answer.text)
    assert (text, values) == ("", ["", TARGET, OTHER])
