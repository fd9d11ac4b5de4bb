"""The search page in Chromium on the sample content: use and safety.

Keyboard-only use, touch targets, the printed shortlist, the index loaded by the search
page only, axe-core's WCAG 2.1 A/AA rules in fi, sv and en, UI strings from the page,
use without JavaScript, the strict Content-Security-Policy, listing text that stays text,
and search files reused by a build when nothing changed.
"""

from __future__ import annotations

import json
import os
import re
from urllib.parse import urlsplit

import pytest

from tests.browser_support import REPO, axe_violations, build_site, serve
from tests.search_browser_support import (
    LANGUAGES,
    LISTED,
    PREFIX,
    open_search,
    settle,
    state_of,
    total,
)
from tukena.site.i18n import translations

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]


# ---- use ----------------------------------------------------------------------------------------


def tab_to(page, condition: str, most: int) -> bool:
    """Press Tab until ``condition`` (JavaScript) holds, at most ``most`` times."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate(condition):
            return True
    return False


def test_keyboard_only(site, phone):
    page = phone
    open_search(page, site)
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Enter")
    assert tab_to(page, "document.activeElement.id === 'search-q'", 5)
    page.keyboard.type("kielikahvila")
    page.keyboard.press("Enter")
    settle(page)
    assert state_of(page) == {"q": ["kielikahvila"]}
    # to the filters (closed on a phone): open them, choose "Free of charge" with space
    assert tab_to(page, "document.activeElement.parentElement.id === 'search-filters'", 5)
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus is visible
    page.keyboard.press("Enter")
    assert page.locator("#search-filters").get_attribute("open") is not None
    assert tab_to(page, "document.activeElement.id === 'f-free'", 300)
    page.keyboard.press("Space")
    settle(page)
    assert state_of(page) == {"q": ["kielikahvila"], "free": ["1"]}
    # a result link is reachable and opens the activity
    assert tab_to(page, "!!document.activeElement.closest('#search-results')", 100)
    href = page.evaluate("document.activeElement.getAttribute('href')")
    assert "/activities/" in href
    page.keyboard.press("Enter")
    page.wait_for_url(href)


def test_a_keyboard_skips_the_filters_to_the_results(site, page):
    """Beside the results, the filters are some hundred controls: after the search box,
    Tab reaches "Skip to the results", which puts the keyboard at the results."""
    open_search(page, site, "?free=1", "en")
    page.locator("#search-q").focus()
    assert tab_to(page, "document.activeElement.classList.contains('skip-results')", 3)
    assert page.evaluate("document.activeElement.textContent") == "Skip to the results"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "search-results-heading"
    assert tab_to(page, "!!document.activeElement.closest('#search-results')", 8)


def test_on_a_phone_the_filters_end_with_the_way_to_the_results(site, phone, page):
    """The results sit far below the opened filters on a phone: the filters end with a
    link down to them that says how many there are. Beside the filters, none is shown."""
    open_search(phone, site, "?free=1")
    phone.locator("#search-filters > summary").click()
    link = phone.locator("#search-to-results")
    found = phone.locator("#search-status").inner_text().split(",")[0]
    assert link.is_visible() and link.inner_text() == f"Näytä tulokset: {found}"
    phone.locator("#f-childcare").check()
    settle(phone)
    found = phone.locator("#search-status").inner_text().split(",")[0]
    assert link.inner_text() == f"Näytä tulokset: {found}"  # follows the choices
    link.click()
    top = phone.evaluate("document.getElementById('search-results').getBoundingClientRect().top")
    assert 0 <= top < phone.viewport_size["height"]  # the results are in sight
    open_search(page, site, "?free=1")  # a wide window: the results are beside the filters
    assert page.locator("#search-to-results").is_hidden()


def test_touch_targets_are_large_enough(site, phone):
    open_search(phone, site, "?q=kielikahvila")
    phone.locator("#search-filters > summary").click()
    small = phone.evaluate(
        """() => [...document.querySelectorAll(
            '#search-app summary, #search-app .facet-options > li, #search-app button, #search-app select')]
            .filter(e => e.offsetParent !== null)
            .filter(e => e.getBoundingClientRect().height < 40)
            .map(e => e.outerHTML.slice(0, 80))"""
    )
    assert small == []
    overflow = phone.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0


def test_prints_as_a_shortlist(site, page):
    open_search(page, site, "?q=kielikahvila&free=1")
    page.emulate_media(media="print")
    assert page.locator("#search-results li").first.is_visible()
    assert page.locator(".search-side").is_hidden()
    assert page.locator("#search-print").is_hidden()
    assert page.locator("#search-active-list").is_visible()  # what was searched
    after = page.evaluate(
        "getComputedStyle(document.querySelector('#search-results .card-title a'), '::after').content"
    )
    assert "http" in after  # the address of each result


def test_only_the_search_page_loads_the_index(site, page):
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    for path in ("", "municipalities/", "forms/language-cafe.html", "404.html"):
        page.goto(f"{site}/{path}")
        page.wait_for_load_state("networkidle")
    assert not [u for u in fetched if "/search/fi/" in u or "lunr" in u]
    open_search(page, site)
    assert any("/search/fi/index.json" in u for u in fetched)
    # each data file is asked for with the build's version, so an old cached copy is not used
    version = json.loads(page.locator("#search-config").text_content())["version"]
    data = [u for u in fetched if "/search/fi/" in u]
    assert version and all(urlsplit(u).query == f"v={version}" for u in data)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_with_results_and_facets_open(site, page, lang):
    open_search(page, site, "?q=kahvila&by=county" if lang == "fi" else "?q=caf%C3%A9", lang=lang)
    assert page.locator("html").get_attribute("lang") == lang
    assert total(page) > 0
    page.evaluate("document.querySelectorAll('#search-app details').forEach(d => d.open = true)")
    assert page.locator("#search-filters").get_attribute("open") is not None
    assert page.locator("#search-status").get_attribute("aria-live") == "polite"
    violations = axe_violations(page)
    assert violations == [], violations
    # the empty state too
    open_search(page, site, "?q=qqxqzzv", lang=lang)
    assert axe_violations(page) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_result_cards_show_the_title_in_further_languages(site, page, lang):
    """Every result's card shows, under the title it links, the listing's title in the
    languages that are neither UI languages nor that title's, as the site's cards do."""
    open_search(page, site, "?show=1000", lang=lang)
    assert total(page) == len(LISTED)
    cards = page.eval_on_selector_all(
        "#search-results .card",
        """cards => cards.map(c => [
            c.querySelector('.card-title a').getAttribute('href'),
            Array.from(c.querySelectorAll('.card-other-titles span'))
                .map(s => [s.lang, s.textContent]),
            c.querySelector('.card-other-titles')?.textContent ?? null])""",
    )
    seen = 0
    for href, spans, line in cards:
        a = LISTED[href.rsplit("/", 1)[1].removesuffix(".html")]
        shown = lang if lang in a.title else a.language if a.language in a.title else None
        expected = [[c, t] for c, t in a.title.items() if c not in LANGUAGES and c != shown]
        assert spans == expected, href
        assert line == (" · ".join(t for _, t in expected) if expected else None)
        seen += bool(expected)
    assert seen > 20


@pytest.mark.parametrize("lang", LANGUAGES)
def test_result_cards_write_weekly_times_as_the_activitys_page(site, page, lang):
    """ "Every other Thursday", not "Thursdays": a card's times in the words of the page,
    the same times said once ("Tiistaisin ja torstaisin 16.00–18.00"); a paused activity's
    without a next session."""
    from tukena import invites
    from tukena.site.humanize import slots
    from tukena.site.i18n import translations

    upcoming = translations(lang).gettext("next {date}").split("{date}")[0]

    open_search(page, site, "?show=1000", lang=lang)
    cards = page.eval_on_selector_all(
        "#search-results .card",
        """cards => cards.map(c => [c.querySelector('.card-title a').getAttribute('href'),
                                    c.querySelector('.facts dd').textContent])""",
    )
    every, merged, paused = set(), 0, 0
    for href, when in cards:
        a = LISTED[href.rsplit("/", 1)[1].removesuffix(".html")]
        if a.schedule.weekly:
            said = slots(a.schedule.weekly, lang)
            assert when.startswith(", ".join(said)), href
            every |= {s.every for s in a.schedule.weekly}
            merged += len(said) < len(a.schedule.weekly)
        if not invites.meets(a):
            assert upcoming not in when, (href, when)  # no next session while paused
            paused += 1
        else:
            assert upcoming in when, (href, when)
    assert every >= {1, 2}  # the sample has slots every other week
    assert merged > 5 and paused


def test_strings_come_from_the_page_language(site, page):
    open_search(page, site, "?q=kielikahvila", lang="sv")
    i18n = page.evaluate("JSON.parse(document.getElementById('search-i18n').textContent)")
    assert set(i18n) >= {"found", "none", "fuzzy", "partial", "next", "weekdays", "flags"}
    config = page.evaluate("JSON.parse(document.getElementById('search-config').textContent)")
    assert config["lang"] == "sv" and config["data"] == "/search/sv/"


# ---- listing text stays text -------------------------------------------------------------------


def test_page_scripts_never_write_markup():
    scripts = sorted((REPO / "theme" / "static" / "js" / "search").glob("*.js"))
    page_scripts = {"page.js", "cards.js", "controls.js", "state.js", "results.js", "events.js"}
    assert page_scripts <= {p.name for p in scripts}
    for path in scripts:
        source = path.read_text("utf-8")
        assert not re.search(
            r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function", source
        ), path.name


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory) -> str:
    from tests import xss_corpus

    folder = tmp_path_factory.mktemp("search-xss")
    root = xss_corpus.write(folder / "repo")
    output = build_site(folder / "output", root=root)
    with serve(output) as base:
        yield base


def test_listing_text_cannot_become_markup(xss_site, browser):
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for lang in LANGUAGES:
        open_search(page, xss_site, "?q=script", lang=lang)
        assert total(page) > 0
        titles = page.locator("#search-results .card-title a").all_text_contents()
        assert any("<script>" in t for t in titles)
        assert (
            page.locator("#search-results script, #search-results img, #search-results svg").count()
            == 0
        )
        hrefs = page.eval_on_selector_all("#search-results a", "as => as.map(a => a.href)")
        assert all(h.startswith(xss_site) for h in hrefs)
    assert dialogs == []
    context.close()


def test_the_search_files_are_reused_when_nothing_changed(tmp_path):
    """A build with nothing changed does nothing; one where only a page changed writes no
    search file; a changed activity rebuilds them."""
    import shutil

    from tests.site_helpers import pelican

    root = tmp_path / "repo"
    shutil.copytree(REPO / "content", root / "content")
    output = tmp_path / "output"
    first = pelican(root, output)
    assert "search files for fi" in first.log
    index = output / "search" / "fi" / "index.json"
    stamp, before = index.stat().st_mtime_ns, index.read_bytes()
    again = pelican(root, output)
    assert "nothing changed since the last build" in again.log
    page = next((root / "content" / "pages").iterdir())  # a change the search does not show
    os.utime(page, ns=(page.stat().st_atime_ns, page.stat().st_mtime_ns + 10**9))
    second = pelican(root, output)
    assert "search files are up to date" in second.log
    assert index.stat().st_mtime_ns == stamp
    slug = sorted(LISTED)[0]
    path = root / "content" / "activities" / f"{slug}.md"
    text = path.read_text("utf-8")
    title = LISTED[slug].title.get("fi") or next(iter(LISTED[slug].title.values()))
    path.write_text(text.replace(title, title + " Zyxwvu", 1), "utf-8")
    third = pelican(root, output)
    assert "search files for fi" in third.log
    assert index.read_bytes() != before


def test_without_javascript_the_search_box_leads_to_the_browse_pages(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    for lang in LANGUAGES:
        page.goto(f"{site}/{PREFIX[lang]}")
        page.locator("#search-q").fill("kielikahvila")
        page.locator("#search-q").press("Enter")
        page.wait_for_load_state()
        parts = urlsplit(page.url)
        assert (parts.path, parts.query) == (f"/{PREFIX[lang]}search/", "q=kielikahvila")
        assert page.locator("#search-app").is_hidden()
        assert page.locator("#search-loading").is_hidden()
        said = translations(lang).gettext(
            "The search needs JavaScript, which is turned off in this browser. Find "
            "activities below by municipality, activity type, target group or language."
        )
        notice = page.locator(".search-noscript")
        assert notice.is_visible() and notice.inner_text() == said  # not a silent page
        # said once: not again, in other words, above the links
        notices = page.locator(".search-noscript, #search-browse > p:not(:has(a))")
        shown = [notices.nth(i) for i in range(notices.count()) if notices.nth(i).is_visible()]
        assert [n.inner_text() for n in shown] == [said]
        browse = page.locator("#search-browse")
        assert browse.is_visible()
        for kind in ("municipalities", "forms", "target-groups"):
            links = browse.locator(f"a[href*='/{kind}/']")
            assert links.count() > 0, kind
        # every page links to the search page, which works the same way
        page.goto(f"{site}/{PREFIX[lang]}municipalities/")
        page.locator(f".site-nav a[href$='/{PREFIX[lang]}search/']").click()
        page.wait_for_load_state()
        assert page.locator("#search-q").is_visible()
    context.close()


def test_the_strict_content_security_policy_holds(site, page):
    page.add_init_script(
        """window.__violations = [];
        document.addEventListener('securitypolicyviolation',
            (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));"""
    )
    open_search(page, site, "?q=kahvila&by=county")
    policy = page.locator("meta[http-equiv='Content-Security-Policy']").get_attribute("content")
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    page.locator("#f-free").check()
    settle(page)
    page.locator("#search-sort").select_option("next")
    settle(page)
    assert page.evaluate("window.__violations") == []
    inline = page.evaluate(
        """() => [...document.querySelectorAll('script:not([src])')]
            .filter(s => s.type !== 'application/json').length
            + document.querySelectorAll('[style], style').length"""
    )
    assert inline == 0


def test_results_lost_on_a_flaky_link_leave_a_way_on(site, page):
    """A result file that does not arrive: the status says so and how to go on, the browse
    links are shown and "Show more" is not; searching again once the link is back works."""

    results = re.compile(r"/search/en/results/\d+\.json")  # with the version's ?v=
    page.context.route(results, lambda route: route.abort())  # the worker's fetches too
    page.goto(f"{site}/en/search/")  # every activity: more than one screenful
    failed = translations("en").gettext(
        "The results could not be loaded. Check the connection and search again, or browse "
        "the activities below."
    )
    page.wait_for_function(
        """t => document.getElementById('search-app').dataset.summaries === 'loaded'
            && document.getElementById('search-status').textContent === t""",
        arg=failed,
    )
    assert page.locator("#search-browse").is_visible()
    assert not page.locator("#search-more").is_visible()
    page.context.unroute(results)
    page.fill("#search-q", "kielikahvila tapiola")
    page.press("#search-q", "Enter")
    settle(page)
    assert total(page) > 0 and not page.locator("#search-browse").is_visible()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_with_large_text_on_a_phone_the_search_box_keeps_its_width(site, browser, lang):
    """Text at 200% (WCAG 1.4.4): the button goes under the box rather than squeezing it
    to a sliver and breaking its own word."""
    context = browser.new_context(viewport={"width": 360, "height": 740}, bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(f"{site}/{PREFIX[lang]}search/")
        settle(page)  # the results' cards too
        page.add_style_tag(content="html { font-size: 200% !important; }")
        box = page.locator("#search-q").bounding_box()
        button = page.locator(".search-row button").bounding_box()
        assert box["width"] >= 250
        line = page.evaluate(
            "parseFloat(getComputedStyle(document.querySelector('.search-row button')).lineHeight)"
        )
        assert button["height"] < 2 * line  # its word on one line
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
    finally:
        context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_place_chosen_tells_of_the_activities_joined_online(site, page, lang):
    """Someone in Espoo can join an activity held online anywhere: with a place chosen, the
    search says how many such activities also match, and its link shows them."""
    from tests.search_browser_support import ESPOO, expected

    here = expected({"municipality": [ESPOO]})
    online = expected({"mode": ["online"]}) - here
    assert online, "the sample has activities online outside Espoo"
    open_search(page, site, f"?municipality={ESPOO}", lang=lang)
    note = page.locator("#search-online")
    words = translations(lang).ngettext(
        "{n} activity joined online also matches: show it",
        "{n} activities joined online also match: show them",
        len(online),
    )
    assert note.inner_text() == words.format(n=len(online))
    assert total(page) == len(here)
    note.locator("a").click()
    settle(page)
    assert state_of(page) == {"mode": ["online"]}
    assert total(page) == len(expected({"mode": ["online"]}))
    assert not note.is_visible()  # no place chosen: nothing to add
    open_search(page, site, f"?municipality={ESPOO}&mode=inperson", lang=lang)
    assert not note.is_visible()  # in person only: nothing to add either


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_browser_that_cannot_run_the_search_is_told_so_once(site, browser, lang):
    """JavaScript on, but the search library never arrives: the noscript notice is not
    shown, so the page says it above the links that find activities without the search."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.route("**/vendor/lunr/**", lambda route: route.abort())
        page.goto(f"{site}/{PREFIX[lang]}search/")
        page.wait_for_load_state("load")
        said = translations(lang).gettext(
            "The search does not work in this browser. Find activities below by "
            "municipality, activity type, target group or language."
        )
        unavailable = page.locator("#search-unavailable")
        unavailable.wait_for(state="visible")
        assert unavailable.inner_text() == said
        assert page.locator(".search-noscript").is_hidden()
        assert page.locator("#search-browse").is_visible()
    finally:
        context.close()
