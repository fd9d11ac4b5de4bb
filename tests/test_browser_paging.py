"""A list split into pages, in real Chromium: the page navigation passes axe-core in fi, sv
and en, works by keyboard, and its links lead through every page to the last; a
municipality's page leads to the list of its activities of a form. The sample is built
with five activities a page (TUKENA_PAGE_SIZE) and one of each form on a municipality's
page (TUKENA_GROUP_SIZE)."""

from __future__ import annotations

import pytest

from tests.browser_support import axe_violations, serve
from tests.site_helpers import REPO, pelican

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}


@pytest.fixture(scope="module")
def paged(tmp_path_factory) -> str:
    output = tmp_path_factory.mktemp("paged") / "output"
    pelican(REPO, output, env={"TUKENA_PAGE_SIZE": "5", "TUKENA_GROUP_SIZE": "1"}).check()
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
