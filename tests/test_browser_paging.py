"""A list split into pages, in real Chromium: the page navigation passes axe-core in fi, sv
and en, works by keyboard, and its links lead through every page to the last; a
municipality's page leads to the list of its activities of a form; the organisation
directory's pages pass axe-core, their letters lead to the other pages without
JavaScript, and the filters search every page. The sample is built with five activities a
page (TUKENA_PAGE_SIZE), one of each form on a municipality's page (TUKENA_GROUP_SIZE) and
seven organisations a page of the directory (TUKENA_DIRECTORY_PAGE_SIZE)."""

from __future__ import annotations

import pytest

from tests.browser_support import axe_violations, serve
from tests.site_helpers import REPO, pelican
from tests.test_browser_directory import shown, status_count
from tests.test_site_directory import CONTENT

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}


@pytest.fixture(scope="module")
def paged(tmp_path_factory) -> str:
    output = tmp_path_factory.mktemp("paged") / "output"
    settings = {
        "TUKENA_PAGE_SIZE": "5",
        "TUKENA_GROUP_SIZE": "1",
        "TUKENA_DIRECTORY_PAGE_SIZE": "7",
    }
    pelican(REPO, output, env=settings).check()
    with serve(output) as base:
        yield base


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_page_of_a_long_list_passes_axe(paged, page, lang):
    page.goto(f"{paged}/{PREFIX[lang]}target-groups/everyone/2.html")
    assert page.locator("nav.pagination [aria-current=page]").count() == 1
    assert axe_violations(page) == []


def test_next_page_links_lead_through_the_list_by_keyboard(paged, page):
    page.goto(f"{paged}/target-groups/everyone.html")
    total = page.locator("nav.pagination li").count()
    assert total > 2
    seen = []
    for number in range(1, total + 1):
        current = page.locator("nav.pagination [aria-current=page] .page-number").inner_text()
        seen.append(int(current))
        following = page.locator("nav.pagination-steps a[rel=next]")
        if number == total:
            assert following.count() == 0
            break
        href = following.get_attribute("href")
        following.focus()
        page.keyboard.press("Enter")
        # the next page's address, not the load state, which the page left may still hold
        page.wait_for_url(f"**{href}")
    assert seen == list(range(1, total + 1))


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_municipality_page_leads_to_the_list_of_a_form_by_keyboard(paged, page, lang):
    page.goto(f"{paged}/{PREFIX[lang]}municipalities/espoo.html")
    section = page.locator("section[aria-labelledby=form-language-cafe]")
    assert section.locator("article.card").count() == 1
    more = section.locator("p.more a")
    total = int("".join(c for c in more.inner_text() if c.isdigit()))
    assert total > 1
    more.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith("/language-cafe.html")
    assert page.locator("main article.card").count() == total  # fewer than five: one page
    assert axe_violations(page) == []


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_page_of_the_directory_and_its_filtered_list_pass_axe(paged, page, lang):
    page.goto(f"{paged}/{PREFIX[lang]}organisations/2/")
    assert page.locator("nav.pagination [aria-current=page] .page-number").inner_text() == "2"
    assert 0 < len(shown(page)) <= 7
    assert axe_violations(page) == []
    page.select_option("#filter-kind", index=1)
    assert len(shown(page)) > 0
    assert page.locator("#directory-pages").is_hidden()
    assert axe_violations(page) == []


def test_the_filters_search_every_page_of_the_directory(paged, page):
    """A name on the last page is found from the first, and the count is of the whole
    directory; cleared, the page shows its own organisations again."""
    page.goto(f"{paged}/en/organisations/")
    own = shown(page)
    assert len(own) == 7 and status_count(page) == 7
    last = page.locator("nav.pagination li a").last.get_attribute("href")
    page.goto(f"{paged}{last}")
    far = sorted(shown(page))[0]
    page.goto(f"{paged}/en/organisations/")
    org = CONTENT.organisations[far]
    wanted = org.name.get("en") or org.name[org.language]
    page.fill("#filter-q", wanted)
    found = shown(page)
    assert far in found and far not in own
    page.wait_for_function(  # said once the typing pauses
        "n => parseInt(document.getElementById('directory-status').textContent, 10) === n",
        arg=len(found),
    )
    page.fill("#filter-q", "")
    assert shown(page) == own
    page.select_option("#filter-kind", index=1)  # of every page, not this one's seven
    kind = page.locator("#filter-kind").input_value()
    assert shown(page) == {s for s, o in CONTENT.organisations.items() if o.kind.value == kind}


def test_without_javascript_a_letter_leads_to_its_page_of_the_directory(browser, paged):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{paged}/sv/organisations/")
    assert not page.locator("#directory-filter").is_visible()
    page.locator(".letters a").last.click()
    page.wait_for_url("**/sv/organisations/*/#letter-*")
    heading = page.url.rsplit("#", 1)[1]
    assert page.locator(f"h2#{heading}").is_visible()
    assert page.locator(".letter-group h2").last.inner_text() == (
        page.locator(".letters a").last.inner_text()
    )
    context.close()
