"""Shortlists on paper and their links, in real Chromium, as a guidance professional uses
them for a client. The search's "Print this list" prints everything the search found, not
the first page of results, compactly; printed from the browser's own menu with results
unshown, the paper says how many of those found it holds; what is only to press on screen
(the link to the activities joined online) is not printed. "My list" prints compactly,
several activities a page with their key facts and each one's own address, and its note
and code share the first page with them (pages counted in the PDF Chromium makes). Where
the device has no share sheet, the list's button copies its link, as an activity's page
does."""

from __future__ import annotations

import math
import re
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from tests.browser_support import NO_CLIPBOARD, NO_SHEET, selected_whole
from tests.search_browser_support import ESPOO, expected, open_search, shown_slugs, total
from tests.test_browser_list import ACTIVE, loaded
from tukena.site.i18n import translations

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
PAGE_SIZE = 20  # the search shows this many results at first
FREE = expected({"free": ["1"]})
NOTE = "Tuesday: bring the residence permit card."
PARTIAL = (
    "Only {shown} of the {total} activities found are on this printout. "
    "The “Print this list” button of the search page prints them all."
)


def pages(pdf: bytes) -> int:
    """The number of pages of a PDF Chromium made (its page objects are not compressed)."""
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def on_paper(page, selector: str) -> list[bool]:
    """Whether each element matching ``selector`` is printed (the page in print media)."""
    page.emulate_media(media="print")
    try:
        return [e.is_visible() for e in page.locator(selector).all()]
    finally:
        page.emulate_media(media="no-override")


# ---- the search ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_print_this_list_prints_every_result_found(site, browser, lang):
    assert len(FREE) > PAGE_SIZE, "the sample has more free activities than a page of results"
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    # the print dialogue is the browser's: a stand-in records the results then on the page
    context.add_init_script(
        "window.print = () => { window.printed = [...document.querySelectorAll("
        "'#search-results .card-title a')].map(a => a.getAttribute('href')); };"
    )
    page = context.new_page()
    try:
        open_search(page, site, "?free=1", lang=lang)
        assert total(page) == len(FREE) and len(shown_slugs(page)) == PAGE_SIZE
        page.locator("#search-print").click()
        page.wait_for_function("() => window.printed")
        printed = page.evaluate("window.printed")
        assert {re.search(r"/activities/([^/]+)\.html$", h)[1] for h in printed} == FREE
        assert len(printed) == len(FREE)
        assert all(on_paper(page, "#search-results > li"))
        assert on_paper(page, "#search-print-partial") == [False]  # all of them are there
        # compact: several a page (each with its facts and address), not three
        assert pages(page.pdf(format="A4")) <= math.ceil(len(FREE) / 4)
        # the address says what is shown: a reload or the printed code shows them all too
        assert parse_qs(urlsplit(page.url).query)["show"] == [str(len(FREE))]
        # and printed again, nothing more to show: the dialogue opens at once
        page.evaluate("window.printed = null")
        page.locator("#search-print").click()
        page.wait_for_function("() => window.printed")
        assert len(page.evaluate("window.printed")) == len(FREE)
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_printed_from_the_browser_menu_the_paper_says_how_many_it_holds(site, page, lang):
    """Ctrl+P or the browser's menu prints the page as it is: with results still to show,
    the paper says how many of those found it holds and how to print them all."""
    open_search(page, site, "?free=1", lang=lang)
    note = page.locator("#search-print-partial")
    assert not note.is_visible()  # on screen "show more" says it
    assert on_paper(page, "#search-print-partial") == [True]
    words = translations(lang).gettext(PARTIAL)
    assert note.text_content() == words.format(shown=PAGE_SIZE, total=len(FREE))
    open_search(page, site, "?free=1&show=1000", lang=lang)
    assert len(shown_slugs(page)) == len(FREE)
    assert on_paper(page, "#search-print-partial") == [False]


def test_the_link_to_the_activities_online_is_not_printed(site, page):
    open_search(page, site, f"?municipality={ESPOO}", lang="en")
    online = page.locator("#search-online")
    assert online.is_visible()  # "N activities joined online also match: show them"
    assert on_paper(page, "#search-online") == [False]
    assert all(on_paper(page, "#search-results > li"))


# ---- "My list" -------------------------------------------------------------------------------


def open_list(page, site: str, slugs: list[str]) -> None:
    page.goto(f"{site}/en/list/?a={','.join(slugs)}#note={quote(NOTE)}")
    loaded(page)
    page.locator("#list-qr svg").wait_for(state="attached")


@pytest.mark.parametrize("count", [2, 7])
def test_a_printed_list_holds_several_activities_a_page(site, page, count):
    """Two activities with the note and the code fit on one A4 page; more take about one
    page for each two or three, not a page each."""
    slugs = ACTIVE[:count]
    open_list(page, site, slugs)
    assert on_paper(page, "#list-note-print, #list-qr") == [True, True]
    assert pages(page.pdf(format="A4")) <= math.ceil(count / 2)


def test_a_printed_list_gives_each_activity_its_facts_and_address(site, page):
    slugs = ACTIVE[:3]
    open_list(page, site, slugs)
    page.emulate_media(media="print")
    items = page.locator("#list-items > li")
    assert items.count() == len(slugs)
    for slug, item in zip(slugs, items.all(), strict=True):
        assert item.locator("dl.facts").is_visible()
        after = item.locator(".list-title a").evaluate(
            "a => getComputedStyle(a, '::after').content"
        )
        assert after == f'"{site}/en/activities/{slug}.html"'  # in full, to type in


# ---- the list's link -------------------------------------------------------------------------


def test_without_a_share_sheet_the_list_link_is_copied(site, browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    context.add_init_script(NO_SHEET)
    page = context.new_page()
    try:
        open_list(page, site, ACTIVE[:2])
        button = page.locator("#list-send")
        assert button.inner_text() == "Copy the link"
        button.click()
        said = page.locator("#list-send-said")
        said.filter(has_text="copied").wait_for()
        assert said.inner_text() == "The link to the list is copied."
        link = page.input_value("#list-link")
        assert page.evaluate("navigator.clipboard.readText()") == link
        parts = urlsplit(link)
        assert parse_qs(parts.query) == {"a": [",".join(ACTIVE[:2])]}
        assert parse_qs(parts.fragment) == {"note": [NOTE]}
        assert on_paper(page, "#list-send, #list-send-said") == [False, False]
    finally:
        context.close()


def test_where_copying_is_not_allowed_the_list_link_is_selected(site, browser):
    context = browser.new_context()
    context.add_init_script(NO_CLIPBOARD)
    page = context.new_page()
    try:
        open_list(page, site, ACTIVE[:1])
        page.locator("#list-send").click()
        selected = selected_whole(page, "list-link")
        assert selected  # one keystroke copies it
    finally:
        context.close()
