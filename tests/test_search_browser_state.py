"""The search page in Chromium on the sample content: the address holds the whole state.

A search is restored from its address (bookmark, share) and kept when the language
changes, back and forward restore earlier states, typing makes one history entry, the home
and 404 search boxes lead to results, an empty result helps, and values the data does not
know are dropped.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.search_browser_support import (
    DATA,
    ESPOO,
    LANGUAGES,
    LISTED,
    SHOW_ALL,
    expected,
    open_search,
    query,
    settle,
    shown_slugs,
    state_of,
    title_words,
    total,
)

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]


# ---- the address --------------------------------------------------------------------------------


def test_the_address_restores_the_whole_state(site, page, browser):
    page_one = page
    open_search(page_one, site)
    page_one.locator("#search-q").fill("kielikahvila")
    page_one.locator("#search-q").press("Enter")
    settle(page_one)
    page_one.locator("#f-free").check()
    settle(page_one)
    page_one.locator("#f-day-tue").check()
    settle(page_one)
    page_one.locator("#search-sort").select_option("next")
    settle(page_one)
    address = page_one.url
    results = shown_slugs(page_one)
    assert state_of(page_one) == {
        "q": ["kielikahvila"],
        "day": ["tue"],
        "free": ["1"],
        "sort": ["next"],
    }
    other = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    other.goto(address)
    settle(other)
    assert other.locator("#search-q").input_value() == "kielikahvila"
    assert other.locator("#f-free").is_checked() and other.locator("#f-day-tue").is_checked()
    assert not other.locator("#f-day-mon").is_checked()
    assert other.locator("#search-sort").input_value() == "next"
    assert shown_slugs(other) == results
    assert other.url == address
    other.context.close()


def test_back_and_forward(site, page):
    open_search(page, site)
    everything = total(page)
    page.locator("#search-q").fill("kielikahvila")
    page.locator("#search-q").press("Enter")
    settle(page)
    with_query = shown_slugs(page)
    page.locator("#f-free").check()
    settle(page)
    narrowed = shown_slugs(page)
    page.go_back()
    settle(page)
    assert not page.locator("#f-free").is_checked()
    assert page.locator("#search-q").input_value() == "kielikahvila"
    assert shown_slugs(page) == with_query
    page.go_back()
    settle(page)
    assert page.locator("#search-q").input_value() == ""
    assert total(page) == everything
    page.go_forward()
    settle(page)
    page.go_forward()
    settle(page)
    assert page.locator("#f-free").is_checked()
    assert shown_slugs(page) == narrowed


def test_changing_language_keeps_the_search(site, page):
    open_search(page, site)
    page.locator("#f-free").check()
    settle(page)
    page.locator("#f-day-tue").check()
    settle(page)
    state = state_of(page)
    assert state == {"day": ["tue"], "free": ["1"]}
    page.locator(".language-switcher a[hreflang=sv]").focus()  # by keyboard
    page.keyboard.press("Enter")
    page.wait_for_url("**/sv/search/?*")
    settle(page)
    assert state_of(page) == state
    assert page.locator("#f-free").is_checked() and page.locator("#f-day-tue").is_checked()
    assert total(page) == len(expected(state)) < len(LISTED)
    page.locator("#f-free").uncheck()  # a later choice is carried too, by pointer
    settle(page)
    page.locator(".language-switcher a[hreflang=en]").click()
    page.wait_for_url("**/en/search/?*")
    settle(page)
    assert state_of(page) == {"day": ["tue"]}
    assert not page.locator("#f-free").is_checked()
    assert total(page) == len(expected({"day": ["tue"]})) > len(expected(state))


def test_typing_makes_one_history_entry(site, page):
    open_search(page, site)
    length = page.evaluate("history.length")
    page.locator("#search-q").press_sequentially("vertaisryhmä", delay=250)
    settle(page)
    assert page.evaluate("history.length") == length + 1
    page.go_back()
    settle(page)
    assert page.locator("#search-q").input_value() == ""


def test_home_and_404_search_boxes_lead_to_results(site, page):
    page.goto(f"{site}/")
    page.locator("#search-q").fill("kielikahvilaan")
    page.locator("#search-q").press("Enter")
    settle(page)
    assert urlsplit(page.url).path == "/search/"
    assert page.locator("#search-q").input_value() == "kielikahvilaan"
    assert shown_slugs(page)[0] in title_words("kielikahvila")
    page.goto(f"{site}/en/404.html")
    page.locator("#search-q").fill("Espoo")
    page.locator("#search-q").press("Enter")
    settle(page)
    assert urlsplit(page.url).path == "/en/search/"
    assert set(shown_slugs(page)) <= expected({"municipality": [ESPOO]}) | set(LISTED)
    assert total(page) >= len(expected({"municipality": [ESPOO]}))


def test_a_search_keeps_its_results_when_the_language_changes(site, page):
    """A professional shows a client a search, then the same search in the client's
    language: an activity type's name finds its listings on every language's page, in
    whichever language it is typed. (A summary is in the page's language, and may name
    a language café in one language alone: a listing found by its summary may differ.)"""
    helsinki = next(c for c, m in DATA.municipalities.items() if m.name_fi == "Helsinki")
    cafes, homework = {"form": ["language-cafe"]}, {"form": ["homework-help"]}
    asked = [
        ("kielikahvila", {}, cafes),
        ("kielikahvila", {"municipality": [helsinki], "free": ["1"]}, cafes),
        ("language café", {}, cafes),
        ("läxhjälp", {}, homework),
    ]
    for words, params, meant in asked:
        found = {}
        for lang in LANGUAGES:
            open_search(page, site, query({"q": [words], **params}, **SHOW_ALL), lang=lang)
            found[lang] = set(shown_slugs(page))
            assert found[lang] >= expected({**meant, **params}) != set(), (words, lang)
        if params:  # the reviewer's search: 2 listings in Finnish, 1 in English
            assert found["fi"] == found["sv"] == found["en"], (words, found)


def test_no_results_helps(site, page):
    open_search(page, site, "?q=qqxqzzv+wwxyyq")
    assert total(page) == 0
    assert page.locator("#search-results li").count() == 0
    assert page.locator("#search-empty").is_visible()
    assert page.locator("#search-browse a[href*='/municipalities/']").first.is_visible()
    assert page.locator("#search-browse a[href*='/forms/']").first.is_visible()
    # no match because of the filters: one button clears them, the words stay
    params = {"municipality": [ESPOO], "level": ["fluent"], "childcare": ["1"], "mode": ["online"]}
    assert expected(params) == set()
    open_search(page, site, query({"q": ["kahvila"], **params}))
    assert total(page) == 0
    page.locator("#search-empty-clear").click()
    settle(page)
    assert total(page) > 0
    assert state_of(page) == {"q": ["kahvila"]}
    assert page.evaluate("document.activeElement.id") == "search-q"


def test_unknown_values_in_the_address_are_dropped(site, page):
    open_search(page, site, "?municipality=nowhere&form=not-a-form&sort=bogus&free=1")
    assert state_of(page) == {"free": ["1"]}
    assert total(page) == len(expected({"free": ["1"]}))
