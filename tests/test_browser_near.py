"""The "where I am" buttons in real Chromium, with the browser's position set: on the home
page and the municipality index the button opens the page of the municipality that holds
the position (by its outline, so a district near another municipality's centre still counts
for its own); on the search page and in the organisation directory it chooses that
municipality as the place, or says the search has no activities there. Each says so when
the position is outside Finland or cannot be had, and passes axe-core. The expected
municipalities are named from the reference data by their Finnish names."""

from __future__ import annotations

import pytest

from tests.browser_support import axe_violations
from tests.search_browser_support import expected, open_search, settle, state_of, total
from tests.test_browser_directory import shown
from tests.test_site_directory import CONTENT, matches_place
from tukena import reference
from tukena.site import urls

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}
BY_NAME = {m.name_fi: m for m in reference.load().municipalities.values()}

PLACES = [
    # (latitude, longitude, the municipality, the page the button is pressed on, its language)
    (60.1756, 24.8050, "Espoo", "", "en"),  # Tapiola: nearer Kauniainen's middle than Espoo's
    (60.1841, 24.9497, "Helsinki", "", "fi"),  # Kallio
    (60.2055, 24.6559, "Espoo", "municipalities/", "sv"),  # Espoon keskus
    (60.2135, 24.7264, "Kauniainen", "municipalities/", "fi"),  # inside Espoo's outline
    (68.9060, 27.0290, "Inari", "municipalities/", "sv"),
    (60.1000, 19.9400, "Maarianhamina", "", "sv"),  # Mariehamn, on an island
]


def press(browser, site: str, path: str, lang: str, position: dict | None):
    options = {"geolocation": position, "permissions": ["geolocation"]} if position else {}
    context = browser.new_context(**options)
    page = context.new_page()
    page.goto(f"{site}/{PREFIX[lang]}{path}")
    box = page.locator("[data-near]")
    assert box.is_visible()
    box.locator("button").click()
    return page


@pytest.mark.parametrize(("lat", "lon", "name", "path", "lang"), PLACES)
def test_the_button_opens_the_municipality_that_holds_the_position(
    site, browser, lat, lon, name, path, lang
):
    page = press(browser, site, path, lang, {"latitude": lat, "longitude": lon})
    try:
        want = f"{site}/{urls.municipality(lang, BY_NAME[name])}"
        page.wait_for_url(want)
        assert page.locator("h1").inner_text().startswith(BY_NAME[name].name(lang))
    finally:
        page.context.close()


@pytest.mark.parametrize(
    ("position", "message"),
    [
        ({"latitude": 59.3293, "longitude": 18.0686}, "Your location is not in Finland."),
        (None, "Your location could not be found."),  # no permission to ask
    ],
)
def test_no_municipality_is_opened_for_a_position_abroad_or_none(site, browser, position, message):
    page = press(browser, site, "", "en", position)
    try:
        status = page.locator("[data-near] [role=status]")
        page.wait_for_function(
            "() => !document.querySelector('[data-near] button').hasAttribute('aria-disabled')"
        )
        assert status.inner_text().startswith(message)
        assert page.url == f"{site}/en/"
        assert axe_violations(page) == []
    finally:
        page.context.close()


def test_the_button_is_not_printed(site, page):
    page.goto(f"{site}/en/")
    assert page.locator("[data-near]").is_visible()
    page.emulate_media(media="print")
    assert page.locator("[data-near]").is_hidden()


def test_without_javascript_the_button_is_not_shown(site, no_script):
    no_script.goto(f"{site}/municipalities/")
    assert no_script.locator("[data-near]").is_hidden()


#: Records what each live region (role=status) comes to say, from now on.
LISTEN = """() => {
    window.said = [];
    const regions = [...document.querySelectorAll('[role=status]')];
    regions.forEach(region => { region.lastSaid = region.textContent.trim(); });
    new MutationObserver(() => regions.forEach(region => {
        const text = region.textContent.trim();
        if (text && text !== region.lastSaid) {
            window.said.push([region.id || region.closest('[data-near]') && 'near', text]);
        }
        region.lastSaid = text;
    })).observe(document.body, {subtree: true, childList: true, characterData: true});
}"""


def said(page) -> list[tuple[str, str]]:
    """What the live regions said since :data:`LISTEN`, "Finding your location…" aside."""
    texts = page.evaluate("() => window.said")
    finding = page.locator("[data-near]").get_attribute("data-finding")
    return [(where, text) for where, text in texts if text != finding]


@pytest.mark.parametrize(
    ("lat", "lon", "name", "lang"),
    [(60.1756, 24.8050, "Espoo", "en"), (60.1841, 24.9497, "Helsinki", "sv")],
)
def test_on_the_search_page_it_chooses_the_place(site, browser, lat, lon, name, lang):
    position = {"latitude": lat, "longitude": lon}
    context = browser.new_context(geolocation=position, permissions=["geolocation"])
    page = context.new_page()
    try:
        open_search(page, site, "?free=1", lang=lang)
        box = page.locator("[data-near=choose]")
        box.locator("button").focus()
        page.evaluate(LISTEN)
        page.keyboard.press("Enter")  # from the keyboard, which keeps its place (WCAG 2.4.3)
        code = BY_NAME[name].code
        page.wait_for_function(f"() => location.search.includes('municipality={code}')")
        settle(page)
        assert box.locator("button").evaluate("b => b === document.activeElement")
        assert state_of(page) == {"municipality": [code], "free": ["1"]}
        assert total(page) == len(expected({"municipality": [code], "free": ["1"]}))
        chosen = box.get_attribute("data-chosen").replace("{name}", BY_NAME[name].name(lang))
        assert box.locator(".near-chosen").inner_text() == chosen
        assert page.locator(
            f"#search-app input[name=municipality][value='{code}']"
        ).first.is_checked()
        # one announcement: the search's status names the place, then the new count (and,
        # heard only, the activities joined online that match too)
        status = page.locator("#search-status").text_content()
        assert status.startswith(f"{chosen}. {total(page)} ")
        assert said(page) == [("search-status", status)]
        assert axe_violations(page) == []
        # pressed again, the search has nothing new to say: the box says it
        page.evaluate(LISTEN)
        page.keyboard.press("Enter")
        box.locator("[role=status]").filter(has_text=chosen).wait_for()
        assert said(page) == [("near", chosen)]
    finally:
        context.close()


def test_on_the_search_page_a_place_without_activities_is_named(site, browser):
    position = {"latitude": 68.9060, "longitude": 27.0290}  # Inari: none in the sample
    assert not expected({"municipality": [BY_NAME["Inari"].code]})
    context = browser.new_context(geolocation=position, permissions=["geolocation"])
    page = context.new_page()
    try:
        open_search(page, site, lang="en")
        box = page.locator("[data-near=choose]")
        box.locator("button").click()
        box.locator("[role=status]").filter(has_text="Inari").wait_for()
        assert box.locator("[role=status]").inner_text() == (
            "There are no current activities in Inari."
        )
        assert state_of(page) == {}
    finally:
        context.close()


def test_in_the_directory_it_chooses_where_organisations_work(site, browser):
    espoo = BY_NAME["Espoo"].code
    position = {"latitude": 60.1756, "longitude": 24.8050}  # Tapiola
    context = browser.new_context(geolocation=position, permissions=["geolocation"])
    page = context.new_page()
    try:
        page.goto(f"{site}/organisations/")
        page.evaluate(LISTEN)
        box = page.locator("#directory-filter [data-near]")
        box.locator("button").click()
        page.wait_for_function(f"() => location.search === '?place={espoo}'")
        assert page.locator("#filter-place").input_value() == espoo
        assert shown(page) == {s for s in CONTENT.organisations if matches_place(s, espoo)}
        chosen = box.get_attribute("data-chosen").replace("{name}", "Espoo")
        status = page.locator("#directory-status").inner_text()
        assert status.startswith(f"{chosen}. ") and status.split(". ", 1)[1][0].isdigit()
        assert said(page) == [("directory-status", status)]
        assert axe_violations(page) == []
    finally:
        context.close()
