"""'My list' from the cards, in real Chromium: each activity card of the search results and
of a listing gets a button that adds the activity to the list or takes it off, named with
the activity's title; the card says what was done, with the list's new count and a link to
it; the buttons follow the list when it changes in another tab; a full list takes no more;
printed pages show no button, and without JavaScript neither a card nor an activity's page
offers one; a card's button says what its activity's page says; the pages pass axe-core in
fi, sv and en."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from tests.browser_support import axe_violations
from tests.search_browser_support import open_search, shown_slugs
from tests.test_browser_list import loaded
from tukena.site.i18n import gettext

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}
LISTING = "municipalities/espoo.html"  # a municipality of the sample with many activities
CARD = "main article.card"


def listed(page) -> list[str]:
    """The activities on the list page, as their addresses' names, in the list's order."""
    loaded(page)
    hrefs = page.eval_on_selector_all("#list-items h2 a", "links => links.map(a => a.href)")
    return [re.search(r"/activities/([^/]+)\.html$", h)[1] for h in hrefs]


def stored(page) -> list[str]:
    return page.evaluate("JSON.parse(localStorage.getItem('tukena-list') || '[]')")


def card_of(page, slug: str):
    return page.locator(CARD).filter(has=page.locator(f"button[data-slug='{slug}']")).first


def test_cards_of_the_search_and_of_a_listing_add_to_the_list_and_take_off_it(site, page):
    open_search(page, site, "?q=caf%C3%A9", lang="en")
    results = shown_slugs(page)
    assert len(results) >= 3
    buttons = page.locator("#search-results .list-button")
    assert buttons.count() == len(results)  # one on every card, for its own activity
    assert [buttons.nth(i).get_attribute("data-slug") for i in range(len(results))] == results
    title = page.locator("#search-results .card-title a").nth(2).inner_text()
    assert buttons.nth(2).inner_text() == "Add to my list"
    assert buttons.nth(2).get_attribute("aria-label") == f"Add to my list: {title}"
    buttons.nth(2).click()
    buttons.nth(0).click()
    assert buttons.nth(2).get_attribute("aria-label") == f"Take off my list: {title}"
    assert [buttons.nth(i).inner_text() for i in range(3)] == [
        "Take off my list",
        "Add to my list",
        "Take off my list",
    ]
    said = page.locator("#search-results .list-said")
    # only the card clicked last says so: an earlier card's count would be out of date
    assert said.all_inner_texts().count("") == len(results) - 1
    status = said.nth(0)
    assert status.get_attribute("role") == "status"
    assert status.inner_text() == "Added to your list. 2 activities on the list Show my list"
    assert urlsplit(status.locator("a").get_attribute("href")).path == "/en/list/"
    assert axe_violations(page) == []
    page.emulate_media(media="print")  # a printed list of results has no buttons
    assert page.locator("#search-results .card-list").first.is_hidden()
    page.emulate_media(media="screen")

    # a listing's cards: the one already on the list says so, another is added
    page.goto(f"{site}/en/{LISTING}")
    cards = page.locator(CARD)
    assert cards.count() >= 3 and page.locator(f"{CARD} .list-button").count() == cards.count()
    slugs = [b.get_attribute("data-slug") for b in page.locator(f"{CARD} .list-button").all()]
    new = next(s for s in slugs if s not in results[:3])
    for slug in slugs:
        expected = "Take off my list" if slug in (results[0], results[2]) else "Add to my list"
        assert card_of(page, slug).locator(".list-button").inner_text() == expected
    card_of(page, new).locator(".list-button").click()
    assert stored(page) == [results[2], results[0], new]
    assert axe_violations(page) == []
    page.goto(f"{site}/en/list/")
    assert listed(page) == [results[2], results[0], new]

    # taken off from the search's card
    open_search(page, site, "?q=caf%C3%A9", lang="en")
    card_of(page, results[2]).locator(".list-button").click()
    assert (
        card_of(page, results[2]).locator(".list-said").inner_text()
        == "Taken off your list. 2 activities on the list Show my list"
    )
    assert card_of(page, results[2]).locator(".list-button").inner_text() == "Add to my list"
    page.goto(f"{site}/en/list/")
    assert listed(page) == [results[0], new]


@pytest.mark.parametrize(("lang", "scheme"), [("fi", "light"), ("sv", "dark")])
def test_a_listings_card_says_what_was_done_in_the_pages_language(site, browser, lang, scheme):
    context = browser.new_context(viewport={"width": 320, "height": 640}, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(f"{site}/{PREFIX[lang]}{LISTING}")
        card = page.locator(CARD).first
        button = card.locator(".list-button")
        before = button.inner_text()
        button.click()
        assert button.inner_text() not in ("", before)
        assert button.get_attribute("aria-label").startswith(button.inner_text() + ": ")
        link = card.locator(".list-said a")
        assert urlsplit(link.get_attribute("href")).path == f"/{PREFIX[lang]}list/"
        assert (
            card.locator(".list-said")
            .inner_text()
            .startswith({"fi": "Lisätty listallesi. 1 toiminta listalla", "sv": "Tillagd"}[lang])
        )
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert axe_violations(page) == []
    finally:
        context.close()


def test_the_cards_follow_the_list_as_it_changes_in_another_tab(site, browser):
    context = browser.new_context()
    try:
        listing, other = context.new_page(), context.new_page()
        listing.goto(f"{site}/en/{LISTING}")
        button = listing.locator(f"{CARD} .list-button").first
        slug = button.get_attribute("data-slug")
        other.goto(f"{site}/en/activities/{slug}.html")
        other.locator("#list-toggle button").click()
        listing.wait_for_function(
            "slug => document.querySelector(`button[data-slug='${slug}']`).textContent"
            " === 'Take off my list'",
            arg=slug,
        )
        other.locator("#list-toggle button").click()
        listing.wait_for_function(
            "slug => document.querySelector(`button[data-slug='${slug}']`).textContent"
            " === 'Add to my list'",
            arg=slug,
        )
    finally:
        context.close()


def test_a_full_list_takes_no_more(site, page):
    page.goto(f"{site}/en/{LISTING}")
    full = [f"activity-{n}" for n in range(100)]
    page.evaluate("slugs => localStorage.setItem('tukena-list', JSON.stringify(slugs))", full)
    page.reload()
    card = page.locator(CARD).first
    card.locator(".list-button").click()
    assert card.locator(".list-said").inner_text() == (
        "The list is full. Take an activity off it first. Show my list"
    )
    assert card.locator(".list-button").inner_text() == "Add to my list"
    assert stored(page) == full


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_without_javascript_neither_cards_nor_an_activitys_page_offer_the_list(
    site, no_script, lang
):
    """The list is kept by the script: without it, no card of a listing or of the home page
    and no activity's page shows a control that would do nothing (the list page says that
    it needs JavaScript)."""
    add = gettext(lang, "Add to my list")
    for address in ("", LISTING):
        no_script.goto(f"{site}/{PREFIX[lang]}{address}")
        cards = no_script.locator(CARD)
        assert cards.count() >= 3
        assert cards.locator("button, .card-list").count() == 0
        assert no_script.get_by_text(add).count() == 0
    slug = urlsplit(cards.first.locator(".card-title a").get_attribute("href")).path
    no_script.goto(f"{site}{slug}")
    assert no_script.locator("#list-toggle").is_hidden()
    assert no_script.get_by_role("button", name=add).count() == 0


def test_a_cards_button_says_what_the_activitys_own_page_says(site, page):
    """With the script, the same words on a card as on its activity's page, before and
    after adding it."""
    page.goto(f"{site}/sv/{LISTING}")
    button = page.locator(f"{CARD} .list-button").first
    slug = button.get_attribute("data-slug")
    before = button.inner_text()
    page.goto(f"{site}/sv/activities/{slug}.html")
    own = page.locator("#list-toggle button")
    assert own.inner_text() == before == gettext("sv", "Add to my list")
    own.click()
    after = own.inner_text()
    assert after == gettext("sv", "Take off my list")
    page.goto(f"{site}/sv/{LISTING}")
    assert card_of(page, slug).locator(".list-button").inner_text() == after


def test_the_buttons_of_a_row_of_cards_line_up(site, browser):
    """Cards of one row are as tall as the tallest: each button sits at its card's foot, so
    the buttons of a row line up however much each card says above them."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(f"{site}/en/{LISTING}")
        page.wait_for_selector(f"{CARD} .list-button")
        rows = page.evaluate(
            """selector => {
              const rows = new Map();
              for (const card of document.querySelectorAll(selector)) {
                const box = card.getBoundingClientRect();
                const area = card.querySelector('.card-list');
                const above = area.previousElementSibling.getBoundingClientRect();
                const button = area.querySelector('button').getBoundingClientRect();
                const style = getComputedStyle(card);
                const padding = parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth);
                const key = Math.round(box.top + window.scrollY);
                if (!rows.has(key)) rows.set(key, []);
                rows.get(key).push({
                  content: Math.round(above.bottom), button: Math.round(button.top),
                  foot: Math.round(box.bottom - padding - area.getBoundingClientRect().bottom),
                });
              }
              return [...rows.values()];
            }""",
            CARD,
        )
        shared = [row for row in rows if len(row) > 1]
        # the sample's cards say different amounts: some row's contents end apart
        assert any(len({card["content"] for card in row}) > 1 for row in shared)
        for row in shared:
            assert len({card["button"] for card in row}) == 1, row
            assert all(card["foot"] == 0 for card in row), row
    finally:
        context.close()
