"""The rounds after a form is sent keep what the organiser chose: a language chosen to add
to the texts is added whichever button was pressed; a problem report's listing stays
fixed, as its link gave it, after an error."""

from __future__ import annotations

import pytest

from tests.bot.helpers import activity_pairs, form_pairs, fresh_token, submission_id, submit
from tests.site_helpers import parse
from tukena.forms import ui
from tukena.schemas.languages import language_name

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


def _offered(html: str) -> list[str]:
    (select,) = parse(html).find_all("select", name="_text_language")
    return [o.get("value") for o in select.find_all("option")]


#: the buttons that send the form on: "Send" (no ``_action``), "Check", "Add a row"
BUTTONS = {"send": [], "check": [("_action", "check")], "row": [("_action", "add:schedule.weekly")]}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("button", list(BUTTONS))
def test_a_language_chosen_is_added_whichever_button_is_pressed(client, clock, lang, button):
    pairs = [*activity_pairs(_lang=lang), ("_text_language", "ar"), *BUTTONS[button]]
    answer = submit(client, pairs, fresh_token(client, clock))
    assert answer.status_code == 200, answer.text[:2000]
    page = parse(answer.text)
    names = {i.get("name") for i in page.find_all("input")} | {
        t.get("name") for t in page.find_all("textarea")
    }
    assert {"title.ar", "summary.ar", "description.ar"} <= names
    assert page.one("input", name="title.ar").get("lang") == "ar"
    notice = ui.text("add_language.added", lang, name=language_name("ar", lang))
    assert page.one("p", cls="notice").text == notice
    assert "ar" not in _offered(answer.text)
    assert client.app.state.bot.store.counts()["queued"] == 0  # nothing sent yet
    # filled in and sent: the listing has its name in Arabic
    sent = again(client, clock, answer.text, **{"title.ar": "نادي الواجبات"})
    assert sent.status_code == 200 and 'class="error-summary"' not in sent.text
    if button == "row":  # the new row, empty, is left out; the check page shows the name
        return
    stored = client.app.state.bot.store.get(submission_id(sent.text))
    assert stored.data["title"]["ar"] == "نادي الواجبات"


def test_a_language_chosen_is_added_beside_the_errors(client, clock):
    pairs = [*activity_pairs(**{"title.fi": ""}), ("_text_language", "so")]
    answer = submit(client, pairs, fresh_token(client, clock))
    assert answer.status_code == 422 and 'class="error-summary"' in answer.text
    assert 'name="title.so"' in answer.text
    assert ui.text("add_language.added", "fi", name=language_name("so", "fi")) in answer.text


def test_no_language_chosen_sends_as_before(client, clock):
    pairs = [*activity_pairs(), ("_text_language", "")]
    sent = submit(client, pairs, fresh_token(client, clock))
    assert client.app.state.bot.store.get(submission_id(sent.text)).kind == "activity"
