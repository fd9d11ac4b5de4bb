"""Reflow in real Chromium (WCAG 2.1 1.4.10, level AA): at 320 CSS pixels wide, a page never
scrolls sideways. Every page type in fi, sv and en, and every activity and organisation page
of the sample, where long e-mail addresses, web addresses and Finnish compounds are; a data
table may scroll, inside its own region, as the criterion allows."""

from __future__ import annotations

import pytest

from tests.site_helpers import sample_content
from tests.test_browser_site import LANGUAGES, PAGES, PREFIX

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
WIDTH = 320
CONTENT, _ = sample_content()
WIDER = """(width) => [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > width + 0.5
                  && !el.closest('.table-scroll') && el.getClientRects().length)
    .slice(0, 3).map(el => el.tagName.toLowerCase() + ': ' + (el.textContent || '').trim().slice(0, 50))"""


@pytest.fixture(scope="module")
def narrow(browser):
    context = browser.new_context(viewport={"width": WIDTH, "height": 640})
    yield context.new_page()
    context.close()


def _overflow(page, url: str) -> tuple[int, list[str]]:
    response = page.goto(url)
    assert response is not None and response.ok, url
    return page.evaluate("document.documentElement.scrollWidth"), page.evaluate(WIDER, WIDTH)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_type_reflows_at_320_pixels(site, narrow, lang):
    wide = {}
    for kind, path in sorted(PAGES.items()):
        width, culprits = _overflow(narrow, f"{site}/{PREFIX[lang]}{path}")
        if width > WIDTH or culprits:
            wide[kind] = (width, culprits)
    assert wide == {}


@pytest.mark.parametrize("folder", ["activities", "organisations"])
def test_every_listing_reflows_at_320_pixels(site, narrow, folder):
    slugs = sorted(getattr(CONTENT, folder))
    assert len(slugs) > 20
    wide = {}
    for slug in slugs:
        width, culprits = _overflow(narrow, f"{site}/en/{folder}/{slug}.html")
        if width > WIDTH or culprits:
            wide[slug] = (width, culprits)
    assert wide == {}
