"""An organiser's text keeps to a phone's width (WCAG 1.4.10 at 320 CSS pixels): a table of
many columns scrolls in a region of its own that a keyboard reaches and that is named after
its header cells, and a line indented by pasting (a code block to Markdown) wraps. Rendered
in real Chromium with the site's own style sheet, as a description's ``.prose`` holds it."""

from __future__ import annotations

import pytest

from tests.browser_support import axe_violations
from tests.site_helpers import REPO
from tukena.site.markup import to_html

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
WIDTH = 320
COLUMNS = 8
TEXT = "\n".join(
    [
        "Tervetuloa.",
        "",
        "| " + " | ".join(f"sarake {n}" for n in range(1, COLUMNS + 1)) + " |",
        "|" + "---|" * COLUMNS,
        "| " + " | ".join(["Lentokonesuihkuturbiinimoottoriapumekaanikko"] * COLUMNS) + " |",
        "",
        "    koodirivi joka jatkuu " + "ja jatkuu " * 20,
        "",
        "Loppu.",
    ]
)


def _page(browser):
    context = browser.new_context(viewport={"width": WIDTH, "height": 800}, bypass_csp=True)
    page = context.new_page()
    body = f'<main class="wrap"><div class="prose" lang="fi">{to_html(TEXT, "fi")}</div></main>'
    page.set_content(
        f'<!doctype html><html lang="en"><head><title>t</title></head><body>{body}</body></html>'
    )
    page.add_style_tag(path=str(REPO / "theme" / "static" / "css" / "site.css"))
    return context, page


def test_a_wide_table_and_a_long_code_line_keep_to_the_width_of_a_phone(browser):
    context, page = _page(browser)
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH
        region = page.locator(".prose .table-scroll")
        assert region.count() == 1
        assert region.evaluate("e => e.scrollWidth > e.clientWidth")  # it scrolls, not the page
        assert region.get_attribute("role") == "region"
        assert region.get_attribute("aria-label").startswith("sarake 1, sarake 2")
        region.focus()
        page.keyboard.press("ArrowRight")
        # a keyboard scrolls it (smoothly: its position is read once it has moved)
        page.wait_for_function(
            "() => document.querySelector('.prose .table-scroll').scrollLeft > 0"
        )
        code = page.locator(".prose pre")
        assert code.evaluate("e => e.getBoundingClientRect().right") <= WIDTH
        assert axe_violations(page) == []
    finally:
        context.close()
