"""Forced colours (Windows' contrast themes) in real Chromium, light and dark.

The browser then replaces the page's text, background and border colours with the reader's
own few. Nothing may depend on a background colour alone: every button and text field of
every page type and of the organisers' forms keeps a border, every control still shows its
focus, and the coverage map's legend keeps the colours of the map it explains (the map's
own colours stay, so its legend must too).
"""

from __future__ import annotations

import pytest

from tests.test_browser_focus import UNSEEN
from tests.test_browser_site import FORMS, PAGES, PREFIX

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
CASES = [("fi", "light"), ("en", "dark")]

#: The visible buttons and fields that draw no border on each side.
EDGELESS = r"""() => {
  const controls = "button, .button, select, textarea, "
    + "input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file])";
  return [...document.querySelectorAll(controls)]
    .filter((el) => !el.closest("[hidden]") && el.getClientRects().length)
    .filter((el) => {
      const style = getComputedStyle(el);
      return ["Top", "Right", "Bottom", "Left"].some(
        (side) => parseFloat(style[`border${side}Width`]) < 1 || style[`border${side}Style`] === "none");
    })
    .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent || el.value || "").trim().slice(0, 30)}"`);
}"""

#: Each legend swatch's colour, and the colours of the map's municipalities of its level.
LEGEND = r"""() => [...document.querySelectorAll(".legend .swatch")].map((swatch) => {
  const level = [...swatch.classList].find((name) => name.startsWith("level-"));
  const fills = [...document.querySelectorAll(`.coverage-map path.${level}`)]
    .map((path) => getComputedStyle(path).fill);
  return [level, getComputedStyle(swatch).backgroundColor, [...new Set(fills)]];
})"""


@pytest.fixture(params=CASES, ids=[f"{lang}-{scheme}" for lang, scheme in CASES])
def forced(request, browser):
    lang, scheme = request.param
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, color_scheme=scheme, forced_colors="active"
    )
    page = context.new_page()
    page.goto("about:blank")
    assert page.evaluate("matchMedia('(forced-colors: active)').matches")
    yield lang, page
    context.close()


def test_buttons_and_fields_keep_their_edges_and_show_their_focus(site, forced):
    lang, page = forced
    edgeless, unseen, counts = {}, {}, {}
    for kind, path in sorted({**PAGES, **FORMS}.items()):
        response = page.goto(f"{site}/{PREFIX[lang]}{path}")
        assert response is not None and response.ok, path
        if found := page.evaluate(EDGELESS):
            edgeless[kind] = found[:4]
        page.keyboard.press("Tab")  # the keyboard is in use: focus is shown from now on
        counts[kind], found = page.evaluate(UNSEEN)
        if found:
            unseen[kind] = found[:4]
    assert edgeless == {}
    assert unseen == {}
    assert min(counts.values()) >= 10


@pytest.mark.parametrize("path", ["coverage/", "coverage/language-cafe.html"])
def test_the_coverage_legend_keeps_the_colours_of_the_map(site, forced, path):
    lang, page = forced
    page.goto(f"{site}/{PREFIX[lang]}{path}")
    legend = page.evaluate(LEGEND)
    assert len(legend) == 5
    swatches = [colour for _, colour, _ in legend]
    assert len(set(swatches)) == 5  # five levels, five colours
    shown = 0
    for level, colour, fills in legend:
        assert fills in ([], [colour]), level  # the map's municipalities of this level
        shown += bool(fills)
    assert shown >= 2
