"""Text spacing in real Chromium (WCAG 2.1 1.4.12, level AA): a reader who sets wider lines,
letters, words and paragraphs (a browser extension or a user style sheet) loses nothing.

The criterion's own values are applied to every element: line height 1.5 times the font
size, paragraph spacing 2 times, letter spacing 0.12 times, word spacing 0.16 times. Then
no element may cut its content off (``overflow`` hidden or clip, with more content than
room, except a one-line field's text, which moves with the caret, as the list's link does),
no block may spill its content out of a height it was given, and nothing may stick out
sideways (a data table scrolls in its own region, as 1.4.10 allows). Every page type,
and the forms for organisers, in fi, sv and en on a 320-pixel phone, and in English on a
desktop screen. Text that is hidden on purpose (for
screen readers only, ``.visually-hidden``) is not read.
"""

from __future__ import annotations

import pytest

from tests.browser_support import WIDER
from tests.search_browser_support import settle
from tests.test_browser_site import FORMS, LANGUAGES, PAGES, PREFIX

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]

SPACING = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""
#: What the spacing broke: elements that cut their content off or spill it out of their box.
LOST = """() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => {
  const lost = [];
  for (const el of document.querySelectorAll("body *")) {
    if (!el.getClientRects().length || el.closest("[hidden], .visually-hidden")) continue;
    const style = getComputedStyle(el);
    const clipsX = /hidden|clip/.test(style.overflowX);
    const clipsY = /hidden|clip/.test(style.overflowY);
    const taller = el.scrollHeight > el.clientHeight + 1;
    // a one-line field's text runs on past its edge and moves with the caret: not lost
    const wider = el.scrollWidth > el.clientWidth + 1 && el.tagName !== "INPUT";
    const what = `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent || "").trim().slice(0, 40)}`;
    if ((clipsY && taller) || (clipsX && wider)) lost.push(`cut off: ${what}`);
    else if (!style.display.startsWith("inline") && taller && !/auto|scroll/.test(style.overflowY)) {
      lost.push(`spills out: ${what}`);
    }
  }
  resolve(lost);
})))"""


def _lost(page, url: str, search: bool) -> list[str]:
    response = page.goto(url)
    assert response is not None and response.ok, url
    if search:
        settle(page)  # its results, drawn by the script
    page.add_style_tag(content=SPACING)
    spacing = page.evaluate("getComputedStyle(document.querySelector('main')).wordSpacing")
    assert spacing != "0px", "the spacing was not applied"
    width = page.viewport_size["width"]
    return page.evaluate(LOST) + [f"wider: {el}" for el in page.evaluate(WIDER, width)]


@pytest.mark.parametrize(("lang", "width"), [(lang, 320) for lang in LANGUAGES] + [("en", 1280)])
def test_wider_text_spacing_loses_nothing(site, browser, lang, width):
    # the reader's style sheet is the reader's: the page's CSP does not govern it
    context = browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True)
    broken = {}
    try:
        page = context.new_page()
        for kind, path in sorted({**PAGES, **FORMS}.items()):
            lost = _lost(page, f"{site}/{PREFIX[lang]}{path}", search=kind == "search")
            if lost:
                broken[kind] = lost[:4]
    finally:
        context.close()
    assert broken == {}
