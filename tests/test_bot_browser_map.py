"""With JavaScript, a map point typed with its latitude and longitude the wrong way round
gets the bot's warning beside it as soon as both are typed (:mod:`tukena.forms.mapwarnings`,
``forms.js``), in the page's language, before the form is sent; put right, it goes, as
does what the bot said of the point before it changed."""

from __future__ import annotations

import pytest

pytest.importorskip("playwright")

from tests.browser_support import axe_violations, open_page  # noqa: E402
from tukena.forms import ui  # noqa: E402

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures", "tests.bot_browser_fixtures"]

POINT = "#g-locations-0-coordinates"
WARNING = "#w-g-locations-0-coordinates"
LAT, LON = "#f-locations-0-coordinates-lat", "#f-locations-0-coordinates-lon"


def type_point(page, lat: str, lon: str) -> None:
    page.fill(LAT, lat)
    page.locator(LAT).press("Tab")
    page.fill(LON, lon)
    page.locator(LON).press("Tab")


def described(page) -> list[str]:
    return (page.locator(POINT).get_attribute("aria-describedby") or "").split()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_swapped_map_point_is_said_as_soon_as_it_is_typed(browser, running, lang):
    _site, bot_url, _app = running
    context, page = open_page(browser, f"{bot_url}/{lang}/activity/new", True, bypass_csp=False)
    try:
        assert page.locator(WARNING).count() == 0
        type_point(page, "24,8053", "60,1756")  # Tapiola, the wrong way round
        warning = page.locator(WARNING)
        warning.wait_for()
        said = ui.text("map.swapped", lang, lat="60,1756", lon="24,8053")
        assert warning.locator("li").all_inner_texts() == [said]
        assert warning.locator("p").inner_text() == ui.text("map.swapped.field", lang)
        assert "w-g-locations-0-coordinates" in described(page)
        assert axe_violations(page) == []
        # one of them alone out of range is a typo, not a swap: its hint only
        type_point(page, "6.01756", "24.8053")
        assert page.locator(WARNING).count() == 0
        assert "w-g-locations-0-coordinates" not in described(page)
        assert page.locator(f"{LAT}[aria-invalid=true]").count() == 1
        type_point(page, "60.1756", "24.8053")
        assert page.locator(WARNING).count() == 0 and page.locator(".field-error").count() == 0
    finally:
        context.close()


def test_the_bots_warning_goes_when_the_point_is_put_right(browser, running):
    _site, bot_url, _app = running
    context, page = open_page(browser, f"{bot_url}/en/activity/new", True, bypass_csp=False)
    try:
        type_point(page, "24.8053", "60.1756")
        page.locator("button.send").click()
        page.locator(".error-summary").wait_for()  # the bot's answer, with its warning
        said = ui.text("map.swapped", "en", lat="60.1756", lon="24.8053")
        assert page.locator(f"{WARNING} li").all_inner_texts() == [said]
        assert "w-g-locations-0-coordinates" in described(page)
        type_point(page, "60.1756", "24.8053")
        assert page.locator(WARNING).count() == 0
        assert "w-g-locations-0-coordinates" not in described(page)
    finally:
        context.close()
