"""A search page opened with a query in its address (the home page's search box leads
there) says its count once, the final one, and shows its results once: recorded in
Chromium as tests/test_search_browser_said.py records the live region, from the page's
start. The page searches once the summaries (more.json) are in, which it fetches beside
the index; a query without words does not wait for them.
"""

from __future__ import annotations

import time

import pytest

from tests.search_browser_support import ESPOO, PREFIX, open_search, settle, total
from tests.test_search_browser_said import on_screen, search

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]

#: Records from the page's start what the search's status says and which results each
#: showing of them lists (an init script: the page's own scripts come after it).
RECORD = """() => {
    window.said = [];
    window.shown = [];
    new MutationObserver(records => {
        const status = document.getElementById('search-status');
        const list = document.getElementById('search-results');
        const text = status ? status.textContent.trim() : '';
        if (text && records.some(r => status.contains(r.target))) window.said.push(text);
        if (list && list.children.length && records.some(r => r.target === list)) {
            window.shown.push([...list.querySelectorAll('.card-title a')].map(a => a.href));
        }
    }).observe(document, {subtree: true, childList: true, characterData: true});
}"""

#: Addresses a page is opened at with a query (the home page's search box leads there).
OPENED = [
    ("en", "?q=finnish"),
    ("fi", "?q=kielikahvila"),
    ("sv", "?q=jobb"),
    ("en", "?q=finnish&municipality=091"),
]


def opened(page, site: str, lang: str, address: str) -> None:
    page.add_init_script(f"({RECORD})()")
    open_search(page, site, address, lang=lang)


def heard_once(page, lang: str) -> None:
    """The status said one thing, the final count (and the notes heard with it); the
    results were shown once."""
    on_screen(page, lang)
    status = page.locator("#search-status").text_content().strip()
    assert page.evaluate("() => window.said") == [status]
    final = page.eval_on_selector_all("#search-results .card-title a", "a => a.map(x => x.href)")
    assert page.evaluate("() => window.shown") == [final]


@pytest.mark.parametrize(("lang", "address"), OPENED)
def test_a_page_opened_with_a_query_says_its_count_once(site, page, lang, address):
    """Searched once with the index and again once the summaries came, the page said
    "85 activities, showing 20" then "87 activities, showing 20", and the results shown
    changed under the visitor."""
    opened(page, site, lang, address)
    heard_once(page, lang)
    page.evaluate("() => { window.said = []; }")  # typing after: said once too
    search(page, "kerho" if lang == "fi" else "café")
    on_screen(page, lang)
    assert page.evaluate("() => window.said") == [page.locator("#search-status").text_content()]


@pytest.mark.parametrize(("lang", "address"), [OPENED[0], OPENED[1]])
def test_slow_summaries_are_waited_for_before_the_first_count(site, page, lang, address):
    """more.json held back, as on a slow link: the first count said is the final one."""

    def slow(route) -> None:
        time.sleep(0.8)  # the index and the first results would come meanwhile
        route.continue_()

    page.route("**/more.json*", slow)
    opened(page, site, lang, address)
    heard_once(page, lang)


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_filters_alone_do_not_wait_for_the_summaries(site, page, lang):
    """Without words the summaries change nothing: the results come with more.json held
    back and unanswered, and are said once."""
    held = []
    page.route("**/more.json*", lambda route: held.append(route))
    page.add_init_script(f"({RECORD})()")
    page.goto(f"{site}/{PREFIX[lang]}search/?municipality={ESPOO}")
    page.wait_for_function("() => document.getElementById('search-app').dataset.rendered")
    assert page.evaluate("() => document.getElementById('search-app').dataset.summaries") is None
    heard_once(page, lang)
    for route in held:
        route.continue_()
    settle(page)
    heard_once(page, lang)


def test_a_query_opened_without_the_summaries_still_finds(site, page):
    """more.json lost on a flaky link: the query is searched without the summaries, not
    left loading."""
    page.route("**/more.json*", lambda route: route.abort())
    page.add_init_script(f"({RECORD})()")
    page.goto(f"{site}/en/search/?q=finnish")
    page.wait_for_function(
        "() => document.getElementById('search-app').dataset.rendered === location.search"
    )
    assert total(page) > 0
    heard_once(page, "en")
