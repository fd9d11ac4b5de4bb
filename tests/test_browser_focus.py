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


#: The text contrast of the element under the mouse against what it sits on.
HOVER_CONTRAST = (
    UNSEEN.split("  const controls")[0]
    + r"""
  const el = document.querySelector(":hover:not(:has(:hover))");
  const own = rgb(getComputedStyle(el).backgroundColor);
  const behind = own && own.a === 1 ? own : background(el);
  return [el.id || el.className || el.outerHTML.slice(0, 80), contrast(rgb(getComputedStyle(el).color), behind)];
}"""
)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_buttons_keep_their_text_contrast_under_the_mouse(site, browser, scheme):
    """WCAG 1.4.3 in the hover state: every button, and every link drawn as one (a link's
    own hover colour once hid "Show the results" on its green: 1.49:1)."""
    context = browser.new_context(viewport={"width": 800, "height": 900}, color_scheme=scheme)
    low, hovered = [], 0
    try:
        page = context.new_page()
        for path in ("search/", f"activities/{PAGES['activity'].rsplit('/', 1)[1]}", "list/"):
            page.goto(f"{site}/en/{path}")
            page.wait_for_load_state("networkidle")
            for summary in page.locator("details:not([open]) > summary").all():
                if summary.is_visible():
                    summary.click()  # the filters, on a narrow screen: their buttons too
            for control in page.locator("button, a.button").all():
                if not control.is_visible() or control.is_disabled():
                    continue
                control.hover()
                name, ratio = page.evaluate(HOVER_CONTRAST)
                hovered += 1
                if ratio < 4.5:
                    low.append((path, name, round(ratio, 2)))
    finally:
        context.close()
    assert low == []
    assert hovered >= 8
