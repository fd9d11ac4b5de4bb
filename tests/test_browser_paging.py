"""A list split into pages, in real Chromium: the page navigation passes axe-core in fi, sv
and en, works by keyboard, and its links lead through every page to the last. The sample
is built with five activities a page (TUKENA_PAGE_SIZE)."""

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
    pelican(REPO, output, env={"TUKENA_PAGE_SIZE": "5"}).check()
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
        following.focus()
        page.keyboard.press("Enter")
        page.wait_for_load_state()
    assert seen == list(range(1, total + 1))
