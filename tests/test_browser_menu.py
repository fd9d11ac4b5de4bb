"""The site's menu in real Chromium: on a phone one line, "Menu", that opens it (a details
element, so without JavaScript too); on a wide screen the menu itself, without that line.

On a 360-pixel phone the menu's links took three rows, and with text at 200% (WCAG
1.4.4) the header filled the first screen: the page's own heading was below it."""

from __future__ import annotations

import pytest

from tests.browser_support import axe_violations
from tests.test_browser_site import LANGUAGES, PAGES, PREFIX
from tukena.site.i18n import translations

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
PHONE = {"width": 360, "height": 640}
#: the menu's links, as partials/nav.html has them
LINKS = ("search/", "municipalities/", "forms/", "organisations/", "news/", "events/", "list/")


def _menu(page):
    return page.locator(".site-menu > summary"), page.locator(".site-nav a")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_on_a_phone_the_menu_is_one_line_that_opens_it(browser, site, lang, javascript):
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    try:
        page = context.new_page()
        page.goto(f"{site}/{PREFIX[lang]}{PAGES['search']}")
        line, links = _menu(page)
        assert line.is_visible()
        assert line.inner_text() == translations(lang).gettext("Menu")
        assert links.count() == len(LINKS) + 1
        assert not any(links.nth(i).is_visible() for i in range(links.count()))
        header = page.locator(".site-header").bounding_box()
        assert header["height"] < PHONE["height"] / 4
        line.click()
        assert all(links.nth(i).is_visible() for i in range(links.count()))
        for path in LINKS:
            assert page.locator(f".site-nav a[href$='/{PREFIX[lang]}{path}']").is_visible()
        # open, the links stand one under another, each a line of its own to tap
        tops = [links.nth(i).bounding_box()["y"] for i in range(links.count())]
        assert tops == sorted(tops) and len(set(tops)) == len(tops)
        assert all(links.nth(i).bounding_box()["height"] >= 40 for i in range(links.count()))
        line.click()
        assert not links.first.is_visible()
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_with_large_text_on_a_phone_the_heading_is_on_the_first_screen(browser, site, lang):
    context = browser.new_context(viewport=PHONE, bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(f"{site}/{PREFIX[lang]}{PAGES['search']}")
        page.add_style_tag(content="html { font-size: 200% !important; }")
        heading = page.locator("main h1").bounding_box()
        assert heading["y"] + heading["height"] <= PHONE["height"]
    finally:
        context.close()


def test_the_menu_opens_and_closes_from_the_keyboard(browser, site):
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(f"{site}/en/")
        line, links = _menu(page)
        for _ in range(10):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.tagName") == "SUMMARY":
                break
        assert page.evaluate("document.activeElement.parentElement.className") == "site-menu"
        page.keyboard.press("Enter")
        assert page.evaluate("document.querySelector('.site-menu').open")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent") == links.first.inner_text()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Space")
        assert not page.evaluate("document.querySelector('.site-menu').open")
        assert not links.first.is_visible()
        line.click()
        assert axe_violations(page) == []  # open, on the phone: names, roles, contrast
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_escape_closes_the_menu_and_gives_the_focus_back_to_its_line(browser, site, lang):
    """From a link of the open menu, or its line, Escape closes it and the focus is on the
    line again; Escape in the page's search box leaves the open menu alone."""
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        page.goto(f"{site}/{PREFIX[lang]}{PAGES['search']}")
        line, links = _menu(page)
        is_open = "document.querySelector('.site-menu').open"
        on_line = "document.activeElement === document.querySelector('.site-menu > summary')"
        for start in ("link", "line"):
            line.click()
            assert page.evaluate(is_open)
            if start == "link":
                links.nth(2).focus()
            page.keyboard.press("Escape")
            assert not page.evaluate(is_open), start
            assert not links.first.is_visible()
            assert page.evaluate(on_line), start
        line.click()
        page.locator("#search-q").focus()
        page.keyboard.press("Escape")
        assert page.evaluate(is_open)
    finally:
        context.close()


def test_on_a_wide_screen_the_menu_shows_itself_in_one_row(page, site):
    page.goto(f"{site}/en/")
    line, links = _menu(page)
    assert not line.is_visible()
    assert all(links.nth(i).is_visible() for i in range(links.count()))
    assert len({links.nth(i).bounding_box()["y"] for i in range(links.count())}) == 1
    # and Tab goes from the language switcher straight to the menu's first link
    page.locator(".language-switcher a").last.focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == links.first.inner_text()
