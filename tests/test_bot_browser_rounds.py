"""The language switcher of the pages that answer a sent form, in Chromium, with and
without JavaScript (:mod:`tukena.forms.uiswitch`): its buttons show the same page in
another language with what was typed kept and nothing stored, while Enter in a text input
still sends the form, as on the form opened by its address."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright")

from tests.browser_support import axe_violations, open_page  # noqa: E402
from tukena.forms import check, ui  # noqa: E402

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures", "tests.bot_browser_fixtures"]


def _switch(page, name: str, lang: str) -> None:
    """Press the switcher's button ``name`` and wait for the page in ``lang``."""
    with page.expect_navigation():
        page.locator("nav.languages").get_by_role("button", name=name).click()
    assert page.locator("html").get_attribute("lang") == lang


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_switching_the_error_page_keeps_what_was_typed(browser, running, javascript):
    _site, bot_url, app = running
    before = app.state.bot.store.counts()
    context, page = open_page(browser, f"{bot_url}/en/activity/new", javascript, False)
    try:
        page.fill("#f-summary-fi", "Apua läksyihin")
        page.locator(".buttons button.send").click()
        page.locator(".error-summary").wait_for()
        assert page.locator("html").get_attribute("lang") == "en"
        buttons = page.locator("nav.languages button")
        assert buttons.evaluate_all("bs => bs.map(b => b.lang)") == ["fi", "sv", "en"]
        if javascript:  # axe runs as a script in the page
            assert axe_violations(page) == []
        page.fill("#f-title-fi", "Läksykerho")  # typed on the error page, not yet sent
        _switch(page, "På svenska", "sv")
        assert page.input_value("#f-title-fi") == "Läksykerho"
        assert page.input_value("#f-summary-fi") == "Apua läksyihin"
        summary = page.locator(".error-summary h2").inner_text()
        assert summary == ui.form_texts("sv")["error_summary"]
        # Enter in a text input sends the form, in the page's language, not the switch's
        # first button ("Suomeksi")
        with page.expect_navigation():
            page.press("#f-title-fi", "Enter")
        assert page.locator("html").get_attribute("lang") == "sv"
        page.locator(".error-summary").wait_for()
        assert app.state.bot.store.counts() == before
    finally:
        context.close()


@pytest.mark.parametrize("javascript", [False, True], ids=["no-js", "js"])
def test_switching_the_check_page_and_the_change_round(browser, running, javascript):
    _site, bot_url, app = running
    before = app.state.bot.store.counts()
    url = f"{bot_url}/fi/activity/kielikahvila-tapiola/update"
    context, page = open_page(browser, url, javascript, False)
    try:
        page.fill("#f-title-en", "Language café, Tapiola")
        page.locator(".buttons button.check").click()
        page.locator("form.check-form").wait_for()
        _switch(page, "In English", "en")
        assert page.locator("h1").inner_text() == check.texts("en")["heading"]
        assert "Language café, Tapiola" in page.locator("main").inner_text()
        with page.expect_navigation():
            page.get_by_role("button", name=check.texts("en")["change"]).click()
        assert page.locator("html").get_attribute("lang") == "en"
        assert page.input_value("#f-title-en") == "Language café, Tapiola"
        _switch(page, "Suomeksi", "fi")
        assert page.input_value("#f-title-en") == "Language café, Tapiola"
        assert page.locator(".error-summary").count() == 0
        assert app.state.bot.store.counts() == before
    finally:
        context.close()
