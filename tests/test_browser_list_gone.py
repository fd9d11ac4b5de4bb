"""'My list' in real Chromium, with activities that have ended and some no longer on the
site (their pages gone): the status counts the current ones apart from those, in correct
plurals in fi, sv and en; the link and its code leave the removed ones out, the printout
does not show them, and one button takes them all off the list; a list received as a link
is kept without them, saying how many were left out."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser_support import axe_violations
from tests.test_browser_list import ACTIVE, ENDED, PREFIX, loaded

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
GONE = ["poistettu-toiminta", "toinen-poistettu-toiminta"]
#: one current, two ended and two removed activities; and once only the removed taken off
SAID = {
    "fi": (
        "1 käynnissä oleva toiminta listalla (2 päättynyttä, 2 ei enää sivustolla)",
        "1 käynnissä oleva toiminta listalla (2 päättynyttä)",
    ),
    "sv": (
        "1 aktuell aktivitet på listan (2 avslutade, 2 finns inte längre på webbplatsen)",
        "1 aktuell aktivitet på listan (2 avslutade)",
    ),
    "en": (
        "1 current activity on the list (2 ended, 2 no longer on the site)",
        "1 current activity on the list (2 ended)",
    ),
}


def status(page) -> str:
    loaded(page)
    return page.locator("#list-status").inner_text()


def sent(page) -> list[str]:
    return parse_qs(urlsplit(page.input_value("#list-link")).query)["a"][0].split(",")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_count_says_how_many_are_current_ended_and_gone(site, page, lang):
    chosen = [ENDED[0], GONE[0], ACTIVE[0], GONE[1], ENDED[1]]
    page.goto(f"{site}/{PREFIX[lang]}list/?a={','.join(chosen)}")
    before, after = SAID[lang]
    assert status(page) == before
    assert sent(page) == [ENDED[0], ACTIVE[0], ENDED[1]]  # the link sends what is there
    drop = page.locator("#list-drop-gone")
    assert drop.is_visible()
    assert axe_violations(page) == []
    drop.click()
    assert page.locator("#list-status").inner_text() == after
    assert page.locator("#list-items > li").count() == 3 and drop.is_hidden()
    assert page.evaluate("document.activeElement.tagName") == "H1"
    # a received list's own address follows, so reloading it keeps them off
    assert parse_qs(urlsplit(page.url).query)["a"] == [",".join([ENDED[0], ACTIVE[0], ENDED[1]])]


def test_all_current_is_said_as_before_and_one_of_each_in_the_singular(site, page):
    page.goto(f"{site}/en/list/?a={ACTIVE[0]},{ACTIVE[1]}")
    assert status(page) == "2 activities on the list"
    assert page.locator("#list-drop-gone").is_hidden()
    page.goto(f"{site}/en/list/?a={ACTIVE[0]},{ENDED[0]},{GONE[0]},{ACTIVE[1]}")
    assert status(page) == "2 current activities on the list (1 ended, 1 no longer on the site)"


def test_an_own_list_is_printed_and_coded_without_the_removed(site, page):
    """The browser's own list keeps a removed activity until it is taken off; the code and
    the paper leave it out; taking it off keeps the list without it."""
    page.goto(f"{site}/en/list/")
    mine = [ACTIVE[0], GONE[0], ACTIVE[1]]
    page.evaluate("s => TukenaList.store(s)", mine)
    page.reload()
    assert status(page) == "2 current activities on the list (1 no longer on the site)"
    code = urlsplit(page.get_attribute("#list-qr", "data-url"))
    assert parse_qs(code.query) == {"a": [f"{ACTIVE[0]},{ACTIVE[1]}"]}
    gone = page.locator("#list-items > li").nth(1)
    assert gone.locator(".notice").inner_text() == "This activity is no longer on the site."
    page.emulate_media(media="print")
    assert gone.is_hidden() and page.locator("#list-gone-box").is_hidden()
    assert page.locator("#list-items > li").nth(0).is_visible()
    page.emulate_media(media="screen")
    page.locator("#list-drop-gone").click()
    assert page.evaluate("TukenaList.stored()") == [ACTIVE[0], ACTIVE[1]]
    assert page.locator("#list-status").inner_text() == "2 activities on the list"


def test_a_page_that_cannot_be_read_is_not_called_gone(site, page):
    """Without a connection (here: the request fails) the item says to reload, and the
    count claims nothing of it."""
    page.route(f"**/activities/{ACTIVE[1]}.html", lambda route: route.abort())
    page.goto(f"{site}/en/list/?a={ACTIVE[0]},{ACTIVE[1]}")
    assert status(page) == "2 activities on the list"
    item = page.locator("#list-items > li").nth(1)
    assert "Check the connection" in item.locator(".notice").inner_text()
    assert sent(page) == [ACTIVE[0], ACTIVE[1]] and page.locator("#list-drop-gone").is_hidden()


#: a received list kept: what was said of the activities left out, one and two of them
KEPT = {
    "fi": (
        "Tallennettu listaksesi tähän selaimeen."
        " 1 toiminta, jota ei enää ole sivustolla, jätettiin pois.",
        "Tallennettu listaksesi tähän selaimeen."
        " 2 toimintaa, joita ei enää ole sivustolla, jätettiin pois.",
    ),
    "sv": (
        "Sparad som din lista i den här webbläsaren."
        " 1 aktivitet som inte längre finns på webbplatsen togs inte med.",
        "Sparad som din lista i den här webbläsaren."
        " 2 aktiviteter som inte längre finns på webbplatsen togs inte med.",
    ),
    "en": (
        "Kept as your list in this browser. 1 activity no longer on the site was left out.",
        "Kept as your list in this browser. 2 activities no longer on the site were left out.",
    ),
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_received_list_is_kept_without_the_removed_and_says_so(site, browser, lang):
    """A client keeping a list sent to them keeps what is still on the site: the removed
    ones, which the link and the code already leave out, do not become part of their own
    list, and the status says how many were left out (in the singular and the plural)."""
    context = browser.new_context()
    page = context.new_page()
    try:
        for chosen, said in (([ACTIVE[0], GONE[0]], 0), ([GONE[1], ACTIVE[1], GONE[0]], 1)):
            page.goto(f"{site}/{PREFIX[lang]}list/?a={','.join(chosen)}")
            loaded(page)
            page.locator("#list-save").click()
            assert page.locator("#list-status").inner_text() == KEPT[lang][said]
            live = [s for s in chosen if s not in GONE]
            assert page.evaluate("TukenaList.stored()") == live
            assert page.locator("#list-items > li.list-gone").count() == 0
            assert page.locator("#list-items > li").count() == len(live)
            assert page.locator("#list-save").is_hidden()
            assert page.locator("#list-gone-box").is_hidden()
            assert page.evaluate("document.activeElement.tagName") == "H1"
            assert parse_qs(urlsplit(page.url).query)["a"] == [",".join(live)]
        page.goto(f"{site}/{PREFIX[lang]}list/")  # their own list: nothing gone to take off
        loaded(page)
        assert page.locator("#list-items > li").count() == 1
        assert page.locator("#list-gone-box").is_hidden()
    finally:
        context.close()


def test_a_received_list_with_nothing_removed_is_kept_as_before(site, page):
    page.goto(f"{site}/en/list/?a={ACTIVE[0]},{ENDED[0]}")
    loaded(page)
    page.locator("#list-save").click()
    assert page.locator("#list-status").inner_text() == "Kept as your list in this browser."
    assert page.evaluate("TukenaList.stored()") == [ACTIVE[0], ENDED[0]]


def test_a_received_list_of_removed_activities_only_offers_nothing_to_keep(site, page):
    """Keeping it would replace the visitor's own list with nothing."""
    page.goto(f"{site}/en/list/")
    page.evaluate("s => TukenaList.store(s)", [ACTIVE[0]])
    page.goto(f"{site}/en/list/?a={','.join(GONE)}")
    assert status(page) == "0 current activities on the list (2 no longer on the site)"
    assert page.locator("#list-save").is_hidden()
    assert page.evaluate("TukenaList.stored()") == [ACTIVE[0]]
