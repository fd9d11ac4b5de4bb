"""Forced colours (Windows' contrast themes) in real Chromium, light and dark.

The browser then replaces the page's text, background and border colours with the reader's
own few. Nothing may depend on a background colour alone: every button and text field of
every page type and of the organisers' forms keeps a border, every control still shows its
focus, and the coverage map's legend keeps the colours of the map it explains (the map's
own colours stay, so its legend must too). The phone's menu icon, three bars and, open, a
cross drawn with background images (which forced colours drop), keeps its every stroke.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image

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

#: Where the menu line's icon (its ``::before``) is drawn: the line's start, its full height.
ICON = r"""() => {
  const line = document.querySelector(".site-menu > summary > .wrap");
  const box = line.getBoundingClientRect();
  const icon = getComputedStyle(line, "::before");
  return {x: box.left + parseFloat(getComputedStyle(line).paddingLeft), y: box.top,
          width: parseFloat(icon.width), height: box.height};
}"""


def _strokes(page) -> list[int]:
    """How many pixels of each row of the menu icon's box differ from the line's background:
    a row of a bar is full, a row of the cross has a few, a row between bars has none."""
    picture = Image.open(io.BytesIO(page.screenshot(clip=page.evaluate(ICON)))).convert("L")
    width, height = picture.size
    ground = picture.getpixel((0, 0))  # the box's corner is clear of the strokes
    return [
        sum(abs(picture.getpixel((x, y)) - ground) > 60 for x in range(width))
        for y in range(height)
    ]


def _bands(rows: list[int]) -> int:
    """The runs of rows that have a stroke."""
    return sum(1 for i, n in enumerate(rows) if n and (i == 0 or not rows[i - 1]))


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


def test_the_menu_icon_keeps_its_three_bars_and_its_cross(site, forced):
    lang, page = forced
    page.set_viewport_size({"width": 360, "height": 640})
    page.goto(f"{site}/{PREFIX[lang]}")
    closed = _strokes(page)
    assert _bands(closed) == 3, closed  # the top, middle and bottom bar
    page.locator(".site-menu > summary").click()
    crossed = _strokes(page)
    assert _bands(crossed) == 1 and sum(1 for n in crossed if n) >= 12, crossed
