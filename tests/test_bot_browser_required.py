"""An empty form in Chromium, with and without JavaScript: neither the browser's own
check (which stops at the first required field, in the browser's language) nor the
form's script keeps it from the bot, whose answer names every field the model requires,
in the page's language, at once. A field left wrong gets its hint as soon as it is left."""

from __future__ import annotations

import urllib.request

import pytest

pytest.importorskip("playwright")

from tests.bot.helpers import form_pairs  # noqa: E402
from tests.bot.required import labels, required_and_empty, unnamed  # noqa: E402
from tests.browser_support import axe_violations, open_page  # noqa: E402

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures", "tests.bot_browser_fixtures"]

PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}
CHOICE = {"fi": "Valitse jokin vaihtoehdoista.", "en": "Choose one of the options."}


def _expected(url: str, kind: str, lang: str) -> list[str]:
    """The labels of the fields required whenever the form is sent that it leaves empty,
    from the form as served (what the browser sends untouched)."""
    with urllib.request.urlopen(url) as response:  # noqa: S310 - the tests' own servers
        pairs, _ = form_pairs(response.read().decode())
    return labels(required_and_empty(kind, pairs), lang)


@pytest.mark.parametrize("button", ["send", "check"])
@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
@pytest.mark.parametrize(
    ("where", "kind", "lang"),
    [("bot", "activity", "en"), ("bot", "activity", "fi"), ("site", "activity", "sv"),
     ("site", "organisation", "en")],
)  # fmt: skip
def test_an_empty_form_is_told_every_required_field_at_once(
    browser, running, where, kind, lang, javascript, button
):
    site, bot_url, app = running
    if where == "bot":
        url = f"{bot_url}/{lang}/{kind}/new"
    else:
        url = f"{site}/{PREFIX[lang]}submit/{kind}-new/"
    expected = _expected(url, kind, lang)
    assert len(expected) >= 3, expected
    before = app.state.bot.store.counts()
    context, page = open_page(browser, url, javascript, bypass_csp=where == "site")
    try:
        page.locator(f".buttons button.{button}").click()
        summary = page.locator(".error-summary")
        summary.wait_for()  # the bot's answer: the browser did not stop the form
        assert page.url.startswith(f"{bot_url}/submit")
        assert page.locator("html").get_attribute("lang") == lang
        items = summary.locator("li").all_inner_texts()
        assert unnamed(expected, items) == [], items
        if javascript:
            assert page.evaluate("document.activeElement.id") == "error-summary"
        assert app.state.bot.store.counts() == before
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_field_left_wrong_gets_its_hint_at_once_and_loses_it_when_put_right(
    browser, running, lang
):
    """With the script on, a choice taken back says so next to it before anything is sent;
    choosing again takes the hint away, and the bot's message of a field put right goes
    with it, with no description left pointing at nothing."""
    _site, bot_url, app = running
    url = f"{bot_url}/{lang}/activity/kielikahvila-tapiola/update"
    context, page = open_page(browser, url, javascript=True, bypass_csp=False)
    try:
        page.fill("#f-schedule-weekly-0-end", "10:00")  # before it starts: the bot says so
        page.locator(".buttons button.send").click()
        page.locator(".error-summary").wait_for()
        end = page.locator("#f-schedule-weekly-0-end")
        assert end.get_attribute("aria-invalid") == "true"
        received = len(app.state.received)
        organisation = page.locator("#f-organisation")
        chosen = organisation.input_value()
        organisation.select_option(index=0)  # no organiser
        hint = page.locator("[data-js-error]")
        assert hint.inner_text() == CHOICE[lang]
        assert organisation.get_attribute("aria-invalid") == "true"
        assert hint.get_attribute("id") in organisation.get_attribute("aria-describedby")
        organisation.select_option(chosen)
        end.fill("19:00")
        end.dispatch_event("change")
        assert hint.count() == 0
        assert page.locator("[aria-invalid]").count() == 0
        dangling = page.evaluate(
            """() => [...document.querySelectorAll('[aria-describedby]')].flatMap(node =>
                node.getAttribute('aria-describedby').split(' ')
                    .filter(id => !document.getElementById(id)))"""
        )
        assert dangling == []
        assert len(app.state.received) == received  # hints only: nothing sent
        assert axe_violations(page) == []
    finally:
        context.close()
