"""The site in real Chromium: every page type in fi, sv and en renders, passes axe-core's
WCAG 2.1 A/AA rules, keeps its page when the language changes, and works by keyboard."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.browser_support import (
    REPO,
    TODAY,
    axe_violations,
)
from tests.test_site_coverage_overlaps import FORMS as ACTIVITY_FORMS
from tests.test_site_coverage_overlaps import expected as overlapping
from tukena import loader
from tukena.schemas.vocabulary import NewsKind
from tukena.site import humanize
from tukena.site.i18n import gettext
from tukena.status import Status, status

pytestmark = pytest.mark.browser
# ``site`` (the session's sample site, served) and ``browser`` (one Chromium for the
# session: Playwright's sync API allows one at a time in a process)
pytest_plugins = ["tests.browser_fixtures"]
LANGUAGES = ("fi", "sv", "en")
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}


def _pick_pages() -> dict[str, str]:
    """One page of each type, chosen from the shipped content (URL without language prefix)."""
    content = loader.load(REPO, today=dt.date.fromisoformat(TODAY))
    today = dt.date.fromisoformat(TODAY)
    by_status: dict[Status, str] = {}
    for slug, activity in sorted(content.activities.items()):
        by_status.setdefault(status(activity, today), slug)
    organisation = sorted(content.organisations)[0]
    active = sorted(s for s, a in content.activities.items() if status(a, today) is Status.ACTIVE)
    # a right-to-left language with a page: Arabic, Dari, Persian or Pashto
    language = min(
        code.lower()
        for slug, a in content.activities.items()
        if status(a, today) is not Status.ENDED
        for code in a.languages
        if code in ("ar", "fa", "fa-AF", "ps")
    )
    # an activity written in Finnish with its text in a right-to-left language too: its
    # page has a section in that language (``tukena.site.othertexts``)
    translated = min(
        s
        for s in active
        if content.activities[s].language == "fi"
        and {*content.activities[s].title} & {"ar", "fa", "fa-AF", "ps"}
    )
    news = {item.kind: slug for slug, item in sorted(content.news.items())}
    pages = {
        "home": "",
        "activity": f"activities/{by_status[Status.ACTIVE]}.html",
        "activity-other-texts": f"activities/{translated}.html",
        "organisation": f"organisations/{organisation}.html",
        "organisations": "organisations/",
        "municipality": "municipalities/espoo.html",
        "municipalities": "municipalities/",
        "form": "forms/language-cafe.html",
        "forms": "forms/",
        "activities": "activities/",
        "target-group": "target-groups/everyone.html",
        "languages": "languages/",
        "language": f"languages/{language}.html",
        "news": "news/",
        "events": "events/",
        "jobs": "jobs/",
        "search": "search/",
        "open-data": "open-data/",
        "coverage": "coverage/",
        # a form with activities meeting at the same time: its page lists them
        "coverage-form": f"coverage/{next(f for f in ACTIVITY_FORMS if overlapping(f))}.html",
        "about": "about/",
        "accessibility": "accessibility/",
        "not-found": "404.html",
        "offline": "offline.html",
        # a list as sent to a client, with two activities and a note for the client
        "list": f"list/?a={','.join(active[:2])}#note=Ask%20for%20Aino%0A%D8%A7%D8%B3%D8%A3%D9%84",
    }
    for state in (Status.STALE, Status.ENDED):
        if state in by_status:
            pages[f"activity-{state}"] = f"activities/{by_status[state]}.html"
    if NewsKind.EVENT in news:
        pages["news-item"] = f"news/{news[NewsKind.EVENT]}.html"
    return pages


PAGES = _pick_pages()
#: the site's pages for organisers: a new activity, a new organisation, a problem report
FORMS = {
    "activity-form": "submit/activity-new/",
    "organisation-form": "submit/organisation-new/",
    "report-form": "submit/report/",
}


@pytest.fixture
def page(browser):
    context = browser.new_context(bypass_csp=True, viewport={"width": 390, "height": 844})
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(PAGES))
def test_page_renders_and_passes_axe(site: str, page, kind: str, lang: str) -> None:
    errors: list[str] = []  # a missing file (the browser's own icon request too), a script error
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(f"{site}/{PREFIX[lang]}{PAGES[kind]}")
    assert response is not None and response.ok
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").first.is_visible()
    assert page.locator("main#main").count() == 1
    violations = axe_violations(page)
    assert violations == [], f"{kind} ({lang}): {violations}"
    page.wait_for_load_state("networkidle")
    assert errors == []


@pytest.mark.parametrize("kind", ["activity", "organisation", "municipality", "about"])
def test_language_switcher_keeps_the_page(site: str, page, kind: str) -> None:
    path = PAGES[kind]
    page.goto(f"{site}/{path}")
    page.locator(".language-switcher a[hreflang=sv]").click()
    assert page.url == f"{site}/sv/{path}"
    assert page.locator("html").get_attribute("lang") == "sv"
    page.locator(".language-switcher a[hreflang=en]").click()
    assert page.url == f"{site}/en/{path}"
    page.locator(".language-switcher a[hreflang=fi]").click()
    assert page.url == f"{site}/{path}"


def test_keyboard_reaches_main_content_first(site: str, page) -> None:
    page.goto(f"{site}/{PAGES['activity']}")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    inside = page.evaluate("document.getElementById('main').contains(document.activeElement)")
    assert inside


def test_every_link_is_reachable_by_keyboard_on_home(site: str, page) -> None:
    page.goto(f"{site}/")
    links = page.locator("a[href]:visible").count()
    seen = set()
    for _ in range(links + 5):
        page.keyboard.press("Tab")
        seen.add(page.evaluate("document.activeElement.outerHTML"))
    assert len(seen) >= min(links, 20)


def test_print_stylesheet_hides_navigation(site: str, page) -> None:
    page.goto(f"{site}/{PAGES['activity']}")
    page.emulate_media(media="print")
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".site-menu").is_visible()
    assert page.locator("h1").is_visible()
    assert page.locator(".key-facts").is_visible()


def test_printed_municipality_page_keeps_its_neighbours(site: str, page) -> None:
    """The form chips that jump within the page are left out on paper; the neighbouring
    municipalities, which a client can go to, stay."""
    page.goto(f"{site}/municipalities/vantaa.html")
    page.emulate_media(media="print")
    assert not page.locator("main nav .chips").is_visible()
    neighbours = page.locator(".nearby .chips li")
    assert neighbours.count() >= 3
    assert all(neighbours.nth(i).is_visible() for i in range(neighbours.count()))


def test_works_without_javascript(browser, site: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/")
    page.fill("#search-q", "kielikahvila")
    page.locator(".search-box button").click()
    page.wait_for_load_state()  # the search page itself, not only its address, has come
    assert page.url.startswith(f"{site}/search/")
    assert page.locator("h1").is_visible()
    assert page.locator("main a[href]").count() > 3
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_search_box_gives_its_example_in_full_on_a_small_phone(browser, site, lang) -> None:
    """As a hint under its label, which the field names as its description: a placeholder
    was cut off at the field's edge on a phone, and is gone once the reader types."""
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        for path in ("", "search/"):
            page.goto(f"{site}/{PREFIX[lang]}{path}")
            field = page.locator("#search-q")
            assert field.get_attribute("placeholder") is None
            hint = page.locator("#" + field.get_attribute("aria-describedby"))
            assert hint.inner_text() == gettext(lang, "e.g. language café, Espoo")
            box = hint.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 320
            assert hint.evaluate("el => el.scrollWidth <= el.clientWidth")
    finally:
        context.close()


def test_small_phone_has_no_horizontal_scroll(browser, site: str) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for kind in ("home", "activity", "municipalities"):
        page.goto(f"{site}/{PAGES[kind]}")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, kind
    context.close()


def test_schedule_shows_one_slot_a_line(browser, site: str) -> None:
    """An activity that meets at several times shows each of its slots' phrases (slots at
    the same times said together: humanize.slots) as a line of its own, no separator left
    on a line by itself."""
    content = loader.load(REPO, today=dt.date.fromisoformat(TODAY))
    slug = next(
        s
        for s, a in sorted(content.activities.items())
        if len(humanize.slots(a.schedule.weekly, "en")) > 1
        and status(a, dt.date.fromisoformat(TODAY)) is Status.ACTIVE
    )
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{site}/en/activities/{slug}.html")
    slots = page.locator(".facts .slot")
    phrases = humanize.slots(content.activities[slug].schedule.weekly, "en")
    assert [slots.nth(i).inner_text().strip(" ,") for i in range(slots.count())] == phrases
    lines = page.locator(".facts dd").first.inner_text().splitlines()
    assert not [line for line in lines if line.strip() and not any(c.isalnum() for c in line)]
    assert slots.count() <= len(lines)
    context.close()


def test_printed_activity_page_leaves_out_the_map_link(browser, site: str) -> None:
    """On paper a map link would print only its words: shown on screen, left out in print."""
    content = loader.load(REPO, today=dt.date.fromisoformat(TODAY))
    slug = next(
        s
        for s, a in sorted(content.activities.items())
        if any(place.coordinates for place in a.locations)
    )
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{site}/activities/{slug}.html")
    link = page.locator(".location a.map-link").first
    assert link.is_visible()
    page.emulate_media(media="print")
    assert not link.is_visible()
    assert page.locator("h1").is_visible()
    context.close()


@pytest.mark.parametrize("width", [320, 1280])
def test_menu_and_content_line_up_with_the_site_name(browser, site: str, width: int) -> None:
    """On a phone, a margin in from the screen's edge; on a wide screen, the same column."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{site}/{PAGES['activity']}")
    if page.locator(".site-menu > summary").is_visible():  # a phone's menu: open it
        page.locator(".site-menu > summary").click()
    edges = page.evaluate(
        """() => ['.brand', '.site-nav a', 'main h1'].map(
            (s) => [s, Math.min(...[...document.querySelectorAll(s)].map(
                (e) => e.getBoundingClientRect().left))])"""
    )
    brand = dict(edges)[".brand"]
    assert brand >= 8
    for selector, left in edges:
        assert abs(left - brand) <= 1, (selector, left, brand)
    context.close()


def test_coverage_map_takes_a_click_to_the_municipality_and_no_tab_stops(site: str, page) -> None:
    """Clicking a shaded municipality opens its page; Tab skips the map's 309 shapes (the
    lists below the map have the same links)."""
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.goto(f"{site}/en/coverage/")
    shape = page.locator(".coverage-map a[href$='/en/municipalities/helsinki.html'] path")
    shape.click()
    page.wait_for_url("**/en/municipalities/helsinki.html")
    assert page.locator("h1").inner_text() == "Helsinki"
    page.goto(f"{site}/en/coverage/")
    tabbable = page.evaluate(
        "[...document.querySelectorAll('.coverage-map a')].filter(a => a.tabIndex >= 0).length"
    )
    assert tabbable == 0


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_page_passes_axe_in_the_dark(site: str, browser, kind: str) -> None:
    """A device that asks for dark pages gets them (site.css), with the same contrasts."""
    context = browser.new_context(
        bypass_csp=True, viewport={"width": 390, "height": 844}, color_scheme="dark"
    )
    try:
        page = context.new_page()
        page.goto(f"{site}/{PREFIX['en']}{PAGES[kind]}")
        page.wait_for_load_state("networkidle")
        paper = page.evaluate("getComputedStyle(document.documentElement).backgroundColor")
        assert paper == "rgb(20, 22, 23)"  # the dark page, not the light one
        violations = axe_violations(page)
        assert violations == [], f"{kind}: {violations}"
    finally:
        context.close()


def test_a_title_wholly_in_a_right_to_left_language_starts_at_the_right(site, page):
    """An Arabic or Dari title and introduction on an English page line up at the right
    edge, as their own lines do, not at the left of a left-to-right heading."""
    from tests.site_helpers import sample_content

    content, _ = sample_content()
    slug = next(s for s, a in sorted(content.activities.items())
                if a.language in ("ar", "fa-AF") and "en" not in a.title)  # fmt: skip
    page.goto(f"{site}/en/activities/{slug}.html")
    for selector in (".activity-header > h1", ".activity-header > .lead"):
        gap = page.eval_on_selector(selector, """block => {
            const range = document.createRange(); range.selectNodeContents(block.querySelector('[dir]').firstChild);
            const text = range.getClientRects()[0], box = block.getBoundingClientRect();
            return [box.right - text.right, text.left - box.left]; }""")  # fmt: skip
        assert gap[0] < 2 and gap[1] > 10, (selector, gap)
