"""A search page opened with a query in its address (the home page's search box leads
there) says its count once, the final one, and shows its results once: recorded in
Chromium as tests/test_search_browser_said.py records the live region, from the page's
start. The page searches once the summaries (more.json) are in, which it fetches beside
the index, or once it has waited a few seconds for them in vain; a query without words
does not wait for them.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from zoneinfo import ZoneInfo

import pytest

from tests.search_browser_support import DAY, ESPOO, PREFIX, REPO, open_search, settle, total
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


#: how long (ms) the page waits for the summaries before it searches without them
SUMMARIES_WAIT = int(
    re.search(
        r"var SUMMARIES_WAIT = (\d+);",
        (REPO / "theme" / "static" / "js" / "search" / "page.js").read_text("utf-8"),
    )[1]
)


def test_summaries_that_never_come_leave_the_query_searched_without_them(site, page):
    """more.json neither answered nor failed (a stalled link): after SUMMARIES_WAIT, on the
    page's own clock, the query is searched without the summaries, its results shown and
    its count said once, rather than "Loading the search…" until the browser gives up.
    When they come after all, the results are those of the query with them."""
    assert 1000 <= SUMMARIES_WAIT <= 10000  # a few seconds
    held = []
    page.route("**/more.json*", lambda route: held.append(route))  # never answered
    moment = dt.datetime.combine(DAY, dt.time(12), ZoneInfo("Europe/Helsinki"))
    page.clock.install(time=moment)
    page.clock.pause_at(moment)  # timers run only as the test moves the clock on
    page.add_init_script(f"({RECORD})()")
    page.goto(f"{site}/en/search/?q=finnish")
    page.wait_for_function(
        "() => document.getElementById('search-app').dataset.summaries === 'waiting'",
        polling=50,
    )
    page.clock.run_for(SUMMARIES_WAIT - 1)
    assert page.locator("#search-loading").is_visible()
    assert page.locator("#search-app").is_hidden() and held
    assert page.evaluate("() => window.said") == []
    page.clock.run_for(1)
    page.wait_for_function(
        "() => document.getElementById('search-app').dataset.rendered === location.search",
        polling=50,
    )
    assert page.locator("#search-loading").is_hidden() and total(page) > 0
    heard_once(page, "en")
    assert page.evaluate("() => document.getElementById('search-app').dataset.summaries") == (
        "waiting"
    )
    # they come after all: searched again with them, as a query typed before they came
    page.evaluate("() => { window.shown = []; }")
    for route in held:
        route.continue_()
    page.wait_for_function(
        "() => document.getElementById('search-app').dataset.summaries === 'loaded'", polling=50
    )
    page.wait_for_function("() => window.shown.length > 0", polling=50)
    status = page.locator("#search-status").text_content().strip()
    assert page.evaluate("() => window.said")[-1] == status
    final = page.eval_on_selector_all("#search-results .card-title a", "a => a.map(x => x.href)")
    assert page.evaluate("() => window.shown") == [final]
