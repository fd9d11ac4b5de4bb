"""Share and Print on an activity's page in real Chromium. Share hands the page's title and
full address to the device's share sheet where there is one (the sheet itself is the
operating system's: here a stand-in records what it is given), copies the address where
there is none, and shows it selected where copying is not allowed. Print opens the print
dialogue (a stand-in again). Both are hidden without JavaScript and on paper; axe-core
finds nothing."""

from __future__ import annotations

import pytest

from tests.browser_support import NO_CLIPBOARD, NO_SHEET, axe_violations, selected_whole
from tests.site_helpers import sample_content
from tukena.schemas.languages import pick
from tukena.status import Status

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
CONTENT, STATUS = sample_content()
SLUG = sorted(s for s, state in STATUS.items() if state is Status.ACTIVE)[0]


def open_page(browser, site: str, script: str, **options):
    context = browser.new_context(**options)
    context.add_init_script(script)
    page = context.new_page()
    page.goto(f"{site}/en/activities/{SLUG}.html")
    return page


def test_the_device_share_sheet_gets_the_title_and_address(site, browser):
    sheet = "navigator.share = data => { window.shared = data; return Promise.resolve(); };"
    page = open_page(browser, site, sheet)
    try:
        page.locator("#share .share-button").click()
        page.wait_for_function("() => window.shared")
        title = pick(CONTENT.activities[SLUG].title, "en", CONTENT.activities[SLUG].language)[0]
        assert page.evaluate("window.shared") == {
            "title": title,
            "url": f"{site}/en/activities/{SLUG}.html",
        }
        assert axe_violations(page) == []
    finally:
        page.context.close()


def test_without_a_share_sheet_the_address_is_copied(site, browser):
    page = open_page(browser, site, NO_SHEET, permissions=["clipboard-read", "clipboard-write"])
    try:
        page.locator("#share .share-button").click()
        said = page.locator("#share [role=status]")
        said.filter(has_text="copied").wait_for()
        assert said.inner_text() == "The link to this page is copied."
        assert page.evaluate("navigator.clipboard.readText()") == (
            f"{site}/en/activities/{SLUG}.html"
        )
    finally:
        page.context.close()


def test_where_copying_is_not_allowed_the_address_is_shown_selected(site, browser):
    page = open_page(browser, site, NO_CLIPBOARD)
    try:
        page.locator("#share .share-button").click()
        field = page.locator("#share-link")
        assert field.is_visible() and field.input_value() == f"{site}/en/activities/{SLUG}.html"
        selected = selected_whole(page, "share-link")
        assert selected  # focused and selected: one keystroke copies it
        assert axe_violations(page) == []
        page.emulate_media(media="print")
        assert page.locator("#share").is_hidden()
    finally:
        page.context.close()


def test_without_javascript_there_is_no_share_button(site, no_script):
    no_script.goto(f"{site}/en/activities/{SLUG}.html")
    assert no_script.locator("#share").is_hidden()


def test_print_opens_the_print_dialogue(site, browser):
    page = open_page(browser, site, "window.print = () => { window.printed = true; };")
    try:
        page.locator("#share .print-button").click()
        assert page.evaluate("window.printed") is True
    finally:
        page.context.close()
