"""The organisation directory's filters in real Chromium: they narrow the list to what the
content files say matches, keep the choices in the address, come back from it and keep them
in another language, clear, and
leave the page free of axe-core violations. The sample's directory is one page; its pages
are in test_browser_paging.py."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser_support import axe_violations
from tests.test_site_directory import CONTENT, LISTED, matches_place
from tukena import invites

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]


def shown(page) -> set[str]:
    """The slugs of the organisations the list shows (once the script has the whole
    directory's rows, which it fetches at the first choice)."""
    page.wait_for_function("() => !document.querySelector('#directory-results[aria-busy]')")
    hrefs = page.eval_on_selector_all(
        ".letter-group li",
        "rows => rows.filter(r => r.offsetParent).map(r => r.querySelector('a').href)",
    )
    return {h.rsplit("/", 1)[1].removesuffix(".html") for h in hrefs}


def status_count(page) -> int:
    return int(re.match(r"\d+", page.locator("#directory-status").inner_text())[0])


def referred(slug: str) -> bool:
    return any(
        invites.takes_referrals(a) for a in LISTED.values() if slug in (a.organisation, *a.partners)
    )


def busiest_place() -> str:
    """A municipality where some but not all organisations work, among them one that takes
    no referred participants (so that each filter takes some away): the one with most."""
    counts = {}
    for a in LISTED.values():
        for code in {p.municipality for p in a.locations}:
            here = [s for s in CONTENT.organisations if matches_place(s, code)]
            if len(here) < len(CONTENT.organisations) and not all(map(referred, here)):
                counts[code] = len(here)
    return max((n, c) for c, n in counts.items())[1]


def test_filters_narrow_the_list_and_keep_the_choices_in_the_address(site, page):
    page.goto(f"{site}/en/organisations/")
    assert page.locator("#directory-filter").is_visible()
    everyone = set(CONTENT.organisations)
    assert shown(page) == everyone and status_count(page) == len(everyone)

    code = busiest_place()
    page.select_option("#filter-place", code)
    here = {s for s in everyone if matches_place(s, code)}
    assert shown(page) == here and status_count(page) == len(here)
    assert parse_qs(urlsplit(page.url).query) == {"place": [code]}

    page.check("#filter-referrals")
    both = {s for s in here if referred(s)}
    assert shown(page) == both and both < here
    # the matches under their letters, with an index of those letters alone
    visible_letters = page.eval_on_selector_all(
        ".letter-group", "gs => gs.filter(g => g.offsetParent).map(g => g.querySelector('h2').id)"
    )
    index_letters = page.eval_on_selector_all(
        ".letters a", "ls => ls.filter(l => l.offsetParent).map(l => l.hash.slice(1))"
    )
    assert visible_letters == index_letters
    assert len(visible_letters) < page.locator("#directory-pages .letter-group").count()

    page.reload()  # the address brings the same selection back
    assert page.locator("#filter-place").input_value() == code
    assert page.locator("#filter-referrals").is_checked()
    assert shown(page) == both

    page.click("#directory-filter button[type=reset]")
    page.wait_for_function("() => !location.search")
    assert shown(page) == everyone


def test_the_name_filter_finds_a_name_in_any_of_its_languages(site, page):
    slug, org = next(
        (s, o) for s, o in sorted(CONTENT.organisations.items()) if len(set(o.name.values())) > 1
    )
    other = next(n for lang, n in org.name.items() if lang != "fi")
    page.goto(f"{site}/organisations/")
    page.fill("#filter-q", other.upper())
    found = shown(page)
    assert slug in found
    assert all(
        other.casefold() in " ".join(CONTENT.organisations[s].name.values()).casefold()
        for s in found
    )
    page.fill("#filter-q", "no such organisation anywhere")
    assert shown(page) == set()
    # said once the typing pauses
    page.wait_for_function(
        "s => s.textContent === s.dataset.none",
        arg=page.locator("#directory-status").element_handle(),
    )


def test_the_count_is_said_once_the_typing_pauses_and_only_when_it_changes(site, page):
    """The count is a live region: typing a name does not make a screen reader say it at
    every keystroke, nor say the same count again (WCAG 4.1.3 without the noise)."""
    page.goto(f"{site}/en/organisations/")
    page.evaluate("""() => { window.said = [];
        new MutationObserver(() => window.said.push(document.getElementById('directory-status').textContent))
            .observe(document.getElementById('directory-status'), {childList: true, characterData: true, subtree: true}); }""")
    page.locator("#filter-q").press_sequentially("association", delay=60)
    page.wait_for_function("() => window.said.length > 0")
    page.wait_for_timeout(700)
    said = page.evaluate("window.said")
    assert len(said) == 1 and said[0] == page.locator("#directory-status").inner_text()
    assert status_count(page) == len(shown(page))
    assert status_count(page) < len(CONTENT.organisations)
    page.click("#directory-filter button[type=reset]")  # not typing: said at once
    page.wait_for_function("() => window.said.length === 2", timeout=400)
    assert status_count(page) == len(CONTENT.organisations)


def test_changing_language_keeps_the_selection(site, page):
    code = busiest_place()
    page.goto(f"{site}/organisations/")
    page.select_option("#filter-place", code)
    page.check("#filter-referrals")
    chosen = shown(page)
    page.locator(".language-switcher a[hreflang=en]").click()
    page.wait_for_url("**/en/organisations/?*")
    assert parse_qs(urlsplit(page.url).query) == {"place": [code], "referrals": ["1"]}
    assert page.locator("#filter-place").input_value() == code
    assert page.locator("#filter-referrals").is_checked()
    assert (
        shown(page)
        == chosen
        == {s for s in CONTENT.organisations if matches_place(s, code) and referred(s)}
    )


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_filtered_directory_passes_axe(site, page, lang):
    prefix = "" if lang == "fi" else f"{lang}/"
    page.goto(f"{site}/{prefix}organisations/?place={busiest_place()}&referrals=1")
    assert 0 < len(shown(page)) < len(CONTENT.organisations)
    assert axe_violations(page) == []


def test_without_javascript_the_form_stays_hidden_and_the_letters_lead_on(browser, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site}/organisations/?place={busiest_place()}")
    assert not page.locator("#directory-filter").is_visible()
    assert shown(page) == set(CONTENT.organisations)
    page.locator(".letters a").last.click()
    assert page.url.endswith(page.locator(".letter-group h2").last.get_attribute("id"))
    context.close()


@pytest.mark.parametrize("code", ["091", "638"])  # Helsinki, Porvoo
def test_choosing_a_municipality_shows_the_organisations_its_page_lists(site, page, code):
    """The filter shows what the municipality's own page lists, and says as many: an
    organisation of Eastern Uusimaa's three municipalities, which names the region Uusimaa
    too, is in Porvoo and not in Helsinki."""
    page.goto(f"{site}/en/organisations/?place={code}")
    html = page.request.get(
        f"{site}/en/municipalities/{'helsinki' if code == '091' else 'porvoo'}.html"
    )
    listed = set(
        re.findall(
            r'<a href="/en/organisations/([^"/]+)\.html"',
            html.text().split('id="organisations-heading"', 1)[1].split("</section>", 1)[0],
        )
    )
    assert listed and shown(page) == listed == {
        s for s in CONTENT.organisations if matches_place(s, code)
    }
    assert status_count(page) == len(listed)
    chosen = page.locator("#filter-place option:checked").inner_text()
    assert chosen.endswith(f"({len(listed)})")
    eastern = "ita-uudenmaan-hyvinvointialue-kotoutuminen"
    assert (eastern in listed) == (code == "638")


@pytest.fixture
def unserved(browser):
    """A page without the site's service worker, whose own fetch would pass the page's
    routes by (the worker may take over the page at any moment after its first load)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    yield context.new_page()
    context.close()


def test_when_the_directory_cannot_be_fetched_the_status_says_so_and_a_later_choice_retries(
    site, unserved
):
    page = unserved
    page.route("**/organisations/directory.json", lambda route: route.abort())
    page.goto(f"{site}/en/organisations/")
    page.select_option("#filter-kind", index=1)
    page.wait_for_function(
        "s => s.textContent === s.dataset.failed",
        arg=page.locator("#directory-status").element_handle(),
    )
    assert page.locator("#directory-pages").is_visible()  # the page's own list stays
    page.unroute("**/organisations/directory.json")
    page.select_option("#filter-kind", index=2)
    kind = page.locator("#filter-kind").input_value()
    assert shown(page) == {s for s, o in CONTENT.organisations.items() if o.kind.value == kind}


ROW = """li => [li.querySelector('a').getAttribute('href'), li.querySelector('a').textContent,
    (li.querySelector('a span[lang]') || {}).lang || null,
    (li.querySelector('a span[lang]') || {}).dir || null, li.querySelector('.meta').textContent]"""


def test_a_filtered_row_reads_as_the_page_shows_it(site, page):
    """The rows the script makes from the data file: the same address, name (in another
    language with its lang and dir), and line under it as the page's own."""
    page.goto(f"{site}/sv/organisations/")
    own = page.eval_on_selector_all("#directory-pages .letter-group li", f"ls => ls.map({ROW})")
    page.select_option("#filter-kind", index=1)
    assert shown(page)
    found = page.eval_on_selector_all("#directory-results .letter-group li", f"ls => ls.map({ROW})")
    assert found and all(row in own for row in found)
    page.select_option("#filter-kind", "")
    page.check("#filter-referrals")
    shown(page)
    found = page.eval_on_selector_all("#directory-results .letter-group li", f"ls => ls.map({ROW})")
    assert any(row[2] == "fi" and row[3] == "ltr" for row in found), "a Finnish name in sv"
    assert found == [row for row in own if row in found] and len(found) > 5
