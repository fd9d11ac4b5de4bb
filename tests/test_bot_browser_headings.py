"""The bot's form pages on a phone, in Finnish: a heading with a long compound word wraps
inside the page rather than widening it (WCAG 1.4.10). The word is hyphenated where the
browser knows Finnish hyphenation (``hyphens: auto``, with the page's ``lang``); where it
does not (Debian's Chromium has no hyphenation dictionaries), ``overflow-wrap`` breaks it.
"""

from __future__ import annotations

import pytest

pytest.importorskip("playwright")

from tests.site_helpers import sample_content  # noqa: E402

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures", "tests.bot_browser_fixtures"]

#: its Finnish title ends in "maailmanperintöalueelle", wider than a phone at a heading's size
LONG = "utflykter-korsholm"
BOT_CONTENT = (
    f"content/activities/{LONG}.md",
    "content/organisations/vasa-mangkulturella-forening.md",
)
WIDTH = 360

#: Each heading (and a fieldset's legend, a form's heading) as wide as it is drawn, its
#: text's width, and where it ends: none may reach past the page's width.
HEADINGS = """width => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, legend')].map(h => [
  h.tagName, h.textContent.trim(), h.scrollWidth, h.clientWidth,
  Math.round(h.getBoundingClientRect().right)
]).filter(([, , scroll, client, right]) => scroll > client + 1 || right > width)"""


@pytest.mark.parametrize("kind", ["copy", "update"])
def test_a_long_finnish_word_in_a_forms_heading_stays_inside_a_phone(browser, running, kind):
    _site, bot_url, _ = running
    title = sample_content()[0].activities[LONG].title["fi"]
    assert max(len(word) for word in title.split()) >= 20
    context = browser.new_context(viewport={"width": WIDTH, "height": 740})
    try:
        page = context.new_page()
        page.goto(f"{bot_url}/fi/activity/{LONG}/{kind}")
        heading = page.locator("h1")
        assert title in heading.inner_text()
        assert heading.evaluate("h => h.closest('[lang]').lang") == "fi"
        assert heading.evaluate("h => getComputedStyle(h).hyphens") == "auto"
        assert page.evaluate(HEADINGS, WIDTH) == []
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH
    finally:
        context.close()
