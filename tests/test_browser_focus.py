"""Visible focus in real Chromium (WCAG 2.1 2.4.7, level AA, and 1.4.11 for its contrast).

Once a keyboard is in use (one Tab), every control and link of every page type, and of the
organisers' forms, is focused in turn. Each must match ``:focus-visible`` and show an outline
at least 2 pixels wide whose colour, or the colour of the ring around it, has a contrast of at
least 3:1 against the background it sits on. In Finnish on a light page and in English on a
dark one (the device's choice, site.css).
"""

from __future__ import annotations

import pytest

from tests.test_browser_site import FORMS, PAGES, PREFIX

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]

#: Focus each visible control in turn; return how many, and those without a visible focus.
UNSEEN = r"""() => {
  const rgb = (text) => {
    const found = text.match(/rgba?\(([^)]+)\)/);
    if (!found) return null;
    const [r, g, b, a = 1] = found[1].split(/[\s,\/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }) => {
    const lin = (v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (x, y) => {
    const [a, b] = [luminance(x), luminance(y)].sort((p, q) => q - p);
    return (a + 0.05) / (b + 0.05);
  };
  const background = (el) => {
    for (let up = el.parentElement; up; up = up.parentElement) {
      const colour = rgb(getComputedStyle(up).backgroundColor);
      if (colour && colour.a === 1) return colour;
    }
    return rgb(getComputedStyle(document.documentElement).backgroundColor);
  };
  const controls = "a[href], button, input:not([type=hidden]), select, textarea, summary, "
    + "[tabindex]:not([tabindex='-1'])";
  const unseen = [];
  let focused = 0;
  for (const el of document.querySelectorAll(controls)) {
    if (el.disabled || el.closest("[hidden], [inert]") || !el.getClientRects().length) continue;
    if (getComputedStyle(el).visibility === "hidden") continue;
    el.focus();
    if (document.activeElement !== el) continue;
    focused += 1;
    const style = getComputedStyle(el);
    const outline = rgb(style.outlineColor);
    const drawn = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2
      && outline && outline.a > 0;
    const ring = style.boxShadow === "none" ? null : rgb(style.boxShadow);
    const behind = background(el);
    const best = Math.max(drawn ? contrast(outline, behind) : 0, ring ? contrast(ring, behind) : 0);
    if (!el.matches(":focus-visible") || !drawn || best < 3) {
      const text = (el.textContent || el.value || "").trim().slice(0, 30);
      unseen.push(`${el.tagName.toLowerCase()}.${el.className} "${text}": ${style.outline}`);
    }
  }
  return [focused, unseen];
}"""


@pytest.mark.parametrize(("lang", "scheme"), [("fi", "light"), ("en", "dark")])
def test_every_control_shows_its_focus(site, browser, lang, scheme):
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme=scheme)
    unseen, counts = {}, {}
    try:
        page = context.new_page()
        for kind, path in sorted({**PAGES, **FORMS}.items()):
            response = page.goto(f"{site}/{PREFIX[lang]}{path}")
            assert response is not None and response.ok, path
            page.keyboard.press("Tab")  # the keyboard is in use: focus is shown from now on
            counts[kind], found = page.evaluate(UNSEEN)
            if found:
                unseen[kind] = found[:4]
    finally:
        context.close()
    assert unseen == {}
    assert min(counts.values()) >= 10  # the header's and footer's links at least
    assert counts["coverage"] > 300  # the map's municipalities and the tables' links
