"""A place's name on the search page's cards in Chromium says its language where it is not
the page's (WCAG 3.1.2): the cards are made by the page's script from the result files."""

from __future__ import annotations

import pytest

from tests.search_browser_support import open_search
from tests.test_browser_list import loaded

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]


@pytest.mark.parametrize(
    "lang,name,said",
    [
        ("sv", "Vuosaaren kirjasto, Mosaiikki-huone", "fi"),
        ("sv", "Duunikompassi, 3rd floor", "en"),
        ("en", "Tapiolan kirjasto", "fi"),
        ("fi", "Tapiolan kirjasto", None),
    ],
)
def test_a_cards_place_name_says_its_language(site, page, lang, name, said):
    open_search(page, site, "?show=1000", lang=lang)
    spans = page.eval_on_selector_all(
        "#search-results article dd span",
        "spans => spans.map(s => [s.textContent, s.getAttribute('lang')])",
    )
    assert [name, said] in [list(s) for s in spans if s[0] == name]
    assert all(s[1] == said for s in spans if s[0] == name)


def test_the_list_page_keeps_the_place_and_street_language(site, page):
    """'My list' shows an activity's facts as its page has them: on the English list the
    Finnish listing's place and street say they are Finnish."""
    page.goto(f"{site}/en/list/")
    page.evaluate(
        "slugs => localStorage.setItem('tukena-list', JSON.stringify(slugs))",
        ["kielikahvila-tapiola"],
    )
    page.reload()
    loaded(page)
    said = page.eval_on_selector_all(
        "#list-items .location span",
        "spans => spans.map(s => [s.textContent, s.getAttribute('lang')])",
    )
    assert ["Tapiolan kirjasto", "fi"] in said and ["Kulttuuriaukio 2", "fi"] in said
