"""QR codes on paper, in real Chromium under the site's own Content-Security-Policy: a printed
activity page, event, job ad, organisation, list and search carry a code that a barcode
reader (zxing-cpp, as a phone's camera app would) reads as the page's, the list's or the
search's full address, in the page's language; the list's and the search's codes follow
them as they change and, opened elsewhere, give the same list or results. An activity page
shows its code on screen at the press of a button, the list page always, for a client at
the desk. No code without JavaScript or the library, none for an empty list or search, none
when the address is too long for a code that prints legibly; axe-core finds nothing."""

from __future__ import annotations

import io

import pytest

from tests.browser_support import axe_violations
from tests.search_browser_support import PREFIX, settle, shown_slugs
from tests.site_helpers import sample_content
from tukena.site.i18n import translations
from tukena.status import Status

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
zxingcpp = pytest.importorskip("zxingcpp")
Image = pytest.importorskip("PIL.Image")

CAPTION = {
    "fi": "Avaa tämä sivu puhelimella: osoita koodia puhelimen kameralla.",
    "sv": "Öppna sidan i mobilen: rikta mobilkameran mot koden.",
    "en": "Scan the code with a phone's camera to open this page.",
}
CONTENT, STATUS = sample_content()
ACTIVE = sorted(s for s, state in STATUS.items() if state is Status.ACTIVE)
ENDED = sorted(s for s, state in STATUS.items() if state is Status.ENDED)


@pytest.fixture
def sharp(browser):
    """A page at twice the pixel density (a printer's, not a screen's), enforcing the
    site's CSP, that fails the test on a script error or a console error (a CSP
    violation is one)."""
    context = browser.new_context(viewport={"width": 900, "height": 900}, device_scale_factor=2)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    yield page
    context.close()
    assert errors == []


def words(locator) -> str:
    """The element's text as it reads, lines and spaces between words as one space."""
    return " ".join(locator.inner_text().split())


def read(locator) -> list[str]:
    """What a barcode reader finds in a picture of the element."""
    picture = Image.open(io.BytesIO(locator.screenshot()))
    return [found.text for found in zxingcpp.read_barcodes(picture)]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("slug", [ACTIVE[0], ENDED[0]])
def test_a_printed_activity_page_has_the_code_of_its_address(site, sharp, lang, slug):
    address = f"{site}/{PREFIX[lang]}activities/{slug}.html"
    sharp.goto(address)
    sharp.wait_for_load_state("load")
    figure = sharp.locator("figure.qr")
    assert figure.is_hidden()  # not on screen
    sharp.emulate_media(media="print")
    assert figure.is_visible()
    assert read(figure) == [address]
    assert words(figure.locator("figcaption")) == f"{CAPTION[lang]} {address}"
    assert figure.locator("svg").get_attribute("aria-hidden") == "true"  # the caption says it


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_page_code_shows_on_screen_for_a_client_at_the_desk(site, sharp, lang):
    address = f"{site}/{PREFIX[lang]}activities/{ACTIVE[1]}.html"
    sharp.goto(address)
    button = sharp.locator("#share .qr-button")
    button.wait_for(state="visible")
    assert button.inner_text() == {"fi": "QR-koodi", "en": "QR code"}[lang]
    figure = sharp.locator("#page-qr")
    assert figure.is_hidden() and button.get_attribute("aria-expanded") == "false"
    button.focus()
    sharp.keyboard.press("Enter")  # by keyboard
    assert figure.is_visible() and button.get_attribute("aria-expanded") == "true"
    assert read(figure) == [address]
    assert axe_violations(sharp) == []
    sharp.keyboard.press("Enter")
    assert figure.is_hidden() and button.get_attribute("aria-expanded") == "false"
    sharp.emulate_media(media="print")
    assert figure.is_visible()  # still on paper


def test_without_the_library_there_is_no_code_and_no_button(site, browser):
    context = browser.new_context()
    context.route("**/lean-qr.js*", lambda route: route.abort())
    page = context.new_page()
    try:
        page.goto(f"{site}/en/activities/{ACTIVE[0]}.html")
        page.locator("#share .share-button").wait_for(state="visible")  # share.js ran
        assert page.locator("#share .qr-button").is_hidden()
        page.emulate_media(media="print")
        assert page.locator("#page-qr").is_hidden()
    finally:
        context.close()


def first_news(kind: str) -> str:
    return sorted(s for s, item in CONTENT.news.items() if item.kind.value == kind)[0]


@pytest.mark.parametrize(
    "path",
    [
        f"news/{first_news('event')}.html",
        f"news/{first_news('job')}.html",
        f"organisations/{sorted(CONTENT.organisations)[0]}.html",
    ],
)
def test_a_printed_event_job_ad_or_organisation_has_the_code_of_its_address(site, sharp, path):
    address = f"{site}/{path}"
    sharp.goto(f"{address}?from=newsletter#main")  # the code is of the page alone
    sharp.wait_for_load_state("load")
    figure = sharp.locator("figure.qr")
    assert figure.is_hidden()
    sharp.emulate_media(media="print")
    assert read(figure) == [address]
    assert words(figure.locator("figcaption")) == f"{CAPTION['fi']} {address}"
    # the code opens the page; a link to the calendar file means nothing on paper
    assert sharp.locator("main a[href$='.ics']").is_hidden()


def test_without_javascript_nothing_is_printed_in_its_place(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{site}/en/activities/{ACTIVE[0]}.html")
        page.emulate_media(media="print")
        assert page.locator("figure.qr").is_hidden()
        assert page.locator("figure.qr svg").count() == 0
    finally:
        context.close()


def add(page, site: str, slug: str) -> None:
    page.goto(f"{site}/sv/activities/{slug}.html")
    page.locator("#list-toggle button").click()


def test_the_list_code_follows_the_list_and_opens_it_elsewhere(site, sharp, browser):
    chosen = [ACTIVE[5], ACTIVE[1], ACTIVE[2]]
    for slug in chosen:
        add(sharp, site, slug)
    sharp.goto(f"{site}/sv/list/")
    figure = sharp.locator("#list-qr")
    figure.wait_for(state="visible")  # on screen too: a client at the desk scans it
    listed = f"{site}/sv/list/?a={','.join(chosen)}"
    assert read(figure) == [listed]
    assert sharp.locator("#list-link").input_value() == listed
    assert axe_violations(sharp) == []

    sharp.locator(".list-remove").nth(1).click()  # the second one added
    kept = [chosen[0], chosen[2]]
    assert read(figure) == [f"{site}/sv/list/?a={','.join(kept)}"]

    sharp.emulate_media(media="print")
    assert figure.is_visible()
    assert figure.locator(".qr-address").inner_text() == f"{site}/sv/list/?a={','.join(kept)}"

    phone = browser.new_context(viewport={"width": 390, "height": 844})
    try:  # the client's phone opens what it read
        other = phone.new_page()
        other.goto(read(figure)[0])
        other.wait_for_function(
            "n => document.querySelectorAll('#list-items dl.facts').length === n", arg=len(kept)
        )
        links = other.locator("#list-items h2 a").evaluate_all("as => as.map(a => a.href)")
        assert links == [f"{site}/sv/activities/{s}.html" for s in kept]
    finally:
        phone.close()

    sharp.emulate_media(media="screen")
    sharp.locator("#list-clear").click()
    assert figure.is_hidden()  # an empty list has nothing to open
    sharp.emulate_media(media="print")
    assert figure.is_hidden()


def test_an_address_too_long_for_a_legible_code_gets_none(site, sharp):
    count = next(n for n in range(len(ACTIVE)) if len(",".join(ACTIVE[:n])) > 800)
    many = ",".join(ACTIVE[:count])
    # beyond the 666 bytes of the largest code printed (version 20), well within the
    # 2,331 of the largest there is (version 40)
    assert 800 < len(f"{site}/en/list/?a={many}") < 1200
    sharp.goto(f"{site}/en/list/?a={many}")
    sharp.locator("#list-status").filter(has_text="activities").wait_for()
    assert sharp.locator("#list-link").input_value().endswith(many)
    assert sharp.locator("#list-qr").is_hidden()
    sharp.emulate_media(media="print")
    assert sharp.locator("#list-qr").is_hidden()

    sharp.emulate_media(media="screen")
    sharp.goto(f"{site}/en/list/?a={','.join(ACTIVE[:3])}")
    sharp.locator("#list-qr").wait_for(state="visible")  # a short one does


def test_a_printed_search_has_the_code_of_its_results(site, sharp, browser):
    sharp.goto(f"{site}/en/search/?q=cafe")
    settle(sharp)
    sharp.locator("#search-q").fill("language")  # the code follows the search
    sharp.locator("#search-q").press("Enter")
    settle(sharp)
    sharp.locator("#search-sort").select_option("next")
    settle(sharp)
    figure = sharp.locator("#search-qr")
    assert figure.is_hidden()  # not on screen
    sharp.emulate_media(media="print")
    assert figure.is_visible()
    [address] = read(figure)
    assert address == sharp.url and "q=language" in address and "sort=next" in address
    assert figure.locator(".qr-address").inner_text() == address
    results = shown_slugs(sharp)
    assert results

    other = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    try:  # the client's phone: the same results
        other.goto(address)
        settle(other)
        assert shown_slugs(other) == results
    finally:
        other.context.close()

    sharp.emulate_media(media="screen")
    sharp.locator("#search-q").fill("zzxqvv")
    sharp.locator("#search-q").press("Enter")
    settle(sharp)
    assert sharp.locator("#search-empty").is_visible()
    sharp.emulate_media(media="print")
    assert figure.is_hidden()  # no results: nothing to open


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_printed_activity_page_gives_its_address_in_words(browser, site, lang, javascript):
    """Not only a code: the address printed for a client who has no camera at hand. With
    JavaScript it is beside the code, the page's full address, once; without, a line of
    the page gives it (under SITEURL: absolute when published, from the site's root in
    this development build)."""
    path = f"/{PREFIX[lang]}activities/{ACTIVE[0]}.html"
    context = browser.new_context(java_script_enabled=javascript)
    try:
        page = context.new_page()
        page.goto(f"{site}{path}")
        page.wait_for_load_state("load")
        line = page.locator(".page-address")
        beside = page.locator("#page-qr .qr-address")
        assert line.is_hidden() and beside.is_hidden()  # not on screen
        page.emulate_media(media="print")
        label = translations(lang).gettext("This page online")
        if javascript:
            assert beside.is_visible() and beside.inner_text() == f"{site}{path}"
            assert line.is_hidden()  # said once
        else:
            assert beside.is_hidden()
            assert line.is_visible() and line.inner_text() == f"{label}: {path}"
    finally:
        context.close()
