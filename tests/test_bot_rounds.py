"""The rounds after a form is sent keep what the organiser chose: a language chosen to add
to the texts is added whichever button was pressed; a problem report's listing stays
fixed, as its link gave it, after an error; and every page of those rounds has the
language switcher, whose buttons show the same page in another language with everything
typed kept, storing nothing."""

from __future__ import annotations

import re

import pytest

from tests.bot.helpers import activity_pairs, form_pairs, fresh_token, submission_id, submit
from tests.site_helpers import parse
from tukena.forms import ui
from tukena.forms.check import texts as check_texts
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


def switcher(html: str) -> list[tuple[str, str, str, bool]]:
    """The language switcher's buttons: each one's ``lang``, name, ``_action`` and whether
    it is marked as the page's language; each is a submit button of a form of the page."""
    page = parse(html)
    (nav,) = page.find_all("nav", cls="languages")
    found = []
    for button in nav.find_all("button"):
        assert len(page.find_all("form", id=button.get("form"))) == 1
        assert button.get("type") == "submit" and button.get("name") == "_action"
        current = button.get("aria-current") == "true"
        found.append((button.get("lang"), button.text, button.get("value"), current))
    return found


def press(client, clock, html: str, lang: str):
    """The page's switcher button for ``lang`` pressed: its form's values sent with it."""
    (value,) = [v for code, _, v, _ in switcher(html) if code == lang]
    form_id = parse(html).one("button", value=value).get("form")
    (body,) = re.findall(rf'<form [^>]*id="{form_id}"[^>]*>(.*?)</form>', html, re.S)
    pairs = [(n, v) for n, v in form_pairs(body)[0] if n != "_token"]
    clock.advance(1)  # a person's click, not a timed one: round trips are never too fast
    token = parse(html).one("input", name="_token").get("value")
    return submit(client, [*pairs, ("_action", value)], token)


def lang_of(html: str) -> str:
    return parse(html).one("html").get("lang")


CODES = ("fi", "sv", "en")
NAMES = ("Suomeksi", "På svenska", "In English")


def test_every_round_after_sending_has_the_switcher(client, clock):
    error = submit(client, activity_pairs(**{"title.fi": ""}), fresh_token(client, clock))
    checked = submit(client, [*activity_pairs(), ("_action", "check")], fresh_token(client, clock))
    change = submit(client, [*activity_pairs(), ("_action", "edit")], fresh_token(client, clock))
    added = submit(
        client, [*activity_pairs(), ("_action", "add:schedule.weekly")], fresh_token(client, clock)
    )
    report = again(client, clock, client.get(f"/fi/report?target={TARGET}").text)
    pages = {"errors": [error, report], "check": [checked], "form": [change, added]}
    for page, answers in pages.items():
        for answer in answers:
            found = switcher(answer.text)
            assert [(c, n) for c, n, _, _ in found] == list(zip(CODES, NAMES, strict=True))
            assert [v for _, _, v, _ in found] == [f"language:{c}:{page}" for c in CODES]
            assert [current for *_, current in found] == [True, False, False]
    # the form opened by its address keeps its links
    opened = parse(client.get("/fi/activity/new").text).one("nav", cls="languages")
    assert opened.find("button") is None and len(opened.find_all("a")) == 3


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_switching_on_the_error_page_keeps_the_values_and_the_errors(client, clock, lang):
    pairs = activity_pairs(**{"title.fi": "", "summary.fi": "Apua <läksyihin>"})
    error = submit(client, [*pairs, ("_text_language", "")], fresh_token(client, clock))
    assert error.status_code == 422
    switched = press(client, clock, error.text, lang)
    assert switched.status_code == 422 and lang_of(switched.text) == lang
    assert parse(switched.text).one("textarea", name="summary.fi").text == "Apua <läksyihin>"
    summary = parse(switched.text).one("div", cls="error-summary")
    assert summary.find("h2").text == ui.form_texts(lang)["error_summary"]
    assert client.app.state.bot.store.counts()["queued"] == 0
    # switched back, and then sent as it is now filled in
    back = press(client, clock, switched.text, "fi")
    assert lang_of(back.text) == "fi"
    sent = again(client, clock, back.text, **{"title.fi": "Läksykerho"})
    stored = client.app.state.bot.store.get(submission_id(sent.text))
    assert stored.data["summary"]["fi"] == "Apua <läksyihin>" and stored.lang == "fi"


def test_switching_after_the_errors_were_mended_stores_nothing(client, clock):
    error = submit(client, activity_pairs(**{"title.fi": ""}), fresh_token(client, clock))
    mended = re.sub(r'(name="title\.fi"[^>]*value=)""', r'\1"Kerho"', error.text)
    assert mended != error.text
    switched = press(client, clock, mended, "sv")
    assert switched.status_code == 200 and lang_of(switched.text) == "sv"
    assert 'class="error-summary"' not in switched.text
    assert parse(switched.text).one("input", name="title.fi").get("value") == "Kerho"
    assert client.app.state.bot.store.counts()["queued"] == 0


def test_switching_a_form_shown_again_adds_no_errors(client, clock):
    pairs = [*activity_pairs(**{"title.fi": ""}), ("_action", "add:schedule.weekly")]
    added = submit(client, pairs, fresh_token(client, clock))
    assert added.status_code == 200 and 'class="error-summary"' not in added.text
    switched = press(client, clock, added.text, "en")
    assert switched.status_code == 200 and lang_of(switched.text) == "en"
    assert 'class="error-summary"' not in switched.text


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_switching_on_the_check_page_shows_it_again_in_that_language(client, clock, lang):
    pairs = [*activity_pairs(**{"title.ar": "نادي الواجبات"}), ("_action", "check")]
    checked = submit(client, pairs, fresh_token(client, clock))
    switched = press(client, clock, checked.text, lang)
    assert switched.status_code == 200 and lang_of(switched.text) == lang
    assert parse(switched.text).one("h1").text == check_texts(lang)["heading"]
    hidden = lambda html: [  # noqa: E731
        (i.get("name"), i.get("value"))
        for i in parse(html).one("form", id="check-form").find_all("input")
        if not i.get("name").startswith("_")
    ]
    assert hidden(switched.text) == hidden(checked.text)
    assert "نادي الواجبات" in switched.text
    assert client.app.state.bot.store.counts()["queued"] == 0
    # "change" from there: the form in that language, with its switcher
    change = submit(
        client,
        [*[(n, v) for n, v in form_pairs(switched.text)[0] if n != "_token"], ("_action", "edit")],
        parse(switched.text).one("input", name="_token").get("value"),
    )
    assert lang_of(change.text) == lang and 'class="error-summary"' not in change.text
    assert [v for _, _, v, _ in switcher(change.text)][0] == "language:fi:form"
    back = press(client, clock, change.text, "fi")
    assert back.status_code == 200 and lang_of(back.text) == "fi"
    assert 'class="error-summary"' not in back.text
    assert parse(back.text).one("input", name="title.ar").get("value") == "نادي الواجبات"


def test_switching_keeps_a_reports_fixed_listing(client, clock):
    page = client.get(f"/fi/report?target={TARGET}")
    error = again(client, clock, page.text)
    switched = press(client, clock, error.text, "en")
    assert switched.status_code == 422 and lang_of(switched.text) == "en"
    text, values = fixed_target(switched.text)
    assert text and values == [TARGET]


@pytest.mark.parametrize("value", ["language:de:form", "language:sv:nowhere", "language:sv"])
def test_a_broken_switch_is_no_switch(client, clock, value):
    pairs = [*activity_pairs(**{"title.fi": ""}), ("_action", value)]
    answer = submit(client, pairs, fresh_token(client, clock))
    assert answer.status_code == 422 and lang_of(answer.text) == "fi"
