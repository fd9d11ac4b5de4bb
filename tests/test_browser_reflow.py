"""Reflow in real Chromium (WCAG 2.1 1.4.10, level AA): at 320 CSS pixels wide, a page never
scrolls sideways. Every page type in fi, sv and en, and every activity and organisation page
of the sample, where long e-mail addresses, web addresses and Finnish compounds are; a data
table may scroll, inside its own region, as the criterion allows.

A page that keeps to its width by breaking words (``overflow-wrap: anywhere``) must still be
readable there: no word is broken inside (other than after a hyphen, a dash or a slash)
when it would fit on a line of its own box. A word in a narrow column, a shrunk label or a
grid cell beside another counts against the box that the column sits in: the layout should
have made room for it. Only a word wider than that box may break anywhere."""

from __future__ import annotations

import pytest

from tests.browser_support import WIDER
from tests.search_browser_support import settle
from tests.site_helpers import sample_content
from tests.test_browser_site import LANGUAGES, PAGES, PREFIX
from tukena import reference
from tukena.schemas.vocabulary import ActivityForm, TargetGroup
from tukena.site import urls

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
WIDTH = 320
CONTENT, _ = sample_content()
#: the municipalities the sample's activities meet in: their pages list them
MUNICIPALITIES = sorted(
    {
        urls.municipality_slug(reference.load().municipalities[place.municipality])
        for activity in CONTENT.activities.values()
        for place in activity.locations
    }
)
#: The words broken inside (not after a hyphen, dash or slash) in the elements ``selector``
#: finds, each with its width and the width of its box: the nearest block that is neither
#: inline nor an item of a flex or grid container (a word squeezed into a column or a shrunk
#: label counts against the room the layout had).
BROKEN = r"""(selector) => {
  const STOPS = "-\u2010\u2011\u2013\u2014/";
  const room = (el) => {
    let box = el;
    while (box.parentElement) {
      const own = getComputedStyle(box).display;
      const outer = getComputedStyle(box.parentElement).display;
      if (!own.startsWith("inline") && !/flex|grid/.test(outer)) break;
      box = box.parentElement;
    }
    const style = getComputedStyle(box);
    return box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  };
  const lineOf = (node, i) => {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const rect = [...range.getClientRects()].find((r) => r.width > 0);
    return rect ? rect.top : null;
  };
  const found = [];
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode()); ) {
      const el = node.parentElement;
      if (!el || el.closest("table, script, style, [hidden]") || !el.getClientRects().length) continue;
      for (const match of node.data.matchAll(/[^\s\u00a0]+/g)) {
        const word = match[0];
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + word.length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        if (new Set(rects.map((r) => Math.round(r.top))).size < 2) continue;
        let last = lineOf(node, match.index);
        let inside = false;
        for (let i = 1; i < word.length; i++) {
          const top = lineOf(node, match.index + i);
          if (top !== null && last !== null && top > last + 1 && !STOPS.includes(word[i - 1])) inside = true;
          if (top !== null) last = top;
        }
        const width = rects.reduce((sum, r) => sum + r.width, 0);
        if (inside) found.push({ word, width, box: room(el), tag: el.tagName.toLowerCase() });
      }
    }
  }
  return found;
}"""
#: The longest word a heading keeps whole on a 320-pixel phone (site.css sizes ``h1`` for it):
#: "Turvapaikanhakijat", "Kotoutumisneuvonta". A longer one may break, hyphenated where the
#: browser knows the language's hyphenation.
HEADING_WORD = 18


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


def _broken(page, url: str, search: bool = False) -> list[str]:
    """The words broken inside although they would fit on a line of their box."""
    response = page.goto(url)
    assert response is not None and response.ok, url
    if search:
        settle(page)  # its results: cards drawn by the script
    return [
        f"{w['word']} ({w['width']:.0f} px in {w['box']:.0f}, {w['tag']})"
        for w in page.evaluate(BROKEN, "body")
        if w["width"] <= w["box"]
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_word_that_fits_a_line_is_broken_at_320_pixels(site, narrow, lang):
    broken = {}
    for kind, path in sorted(PAGES.items()):
        found = _broken(narrow, f"{site}/{PREFIX[lang]}{path}", search=kind == "search")
        if found:
            broken[kind] = found
    assert broken == {}


@pytest.mark.parametrize("folder", ["activities", "organisations", "municipalities"])
def test_no_word_that_fits_a_line_is_broken_on_any_listing_at_320_pixels(site, narrow, folder):
    """In Finnish, the sample's main language, with its longest compounds; a municipality's
    page has the week's timetable, names in a column beside the times."""
    slugs = sorted(getattr(CONTENT, folder)) if folder != "municipalities" else MUNICIPALITIES
    assert len(slugs) > 10
    broken = {}
    for slug in slugs:
        found = _broken(narrow, f"{site}/{folder}/{slug}.html")
        if found:
            broken[slug] = found
    assert broken == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_headings_keep_their_compounds_whole_at_320_pixels(site, narrow, lang):
    """The site's own headings in each language: its target groups (the longest Finnish
    words among them), activity forms, coverage pages and content pages."""
    paths = [urls.target_group(lang, group.value) for group in TargetGroup]
    paths += [urls.form(lang, form.value) for form in ActivityForm]
    paths += [urls.coverage(lang, form.value) for form in ActivityForm]
    paths += [
        urls.page(lang, page) for page in ("about", "accessibility", "privacy", "add-activity")
    ]
    assert len(paths) > 40
    broken = {}
    for path in paths:
        response = narrow.goto(f"{site}/{path}")
        assert response is not None and response.ok, path
        words = [w["word"] for w in narrow.evaluate(BROKEN, "h1")]
        short = [word for word in words if len(word.strip(".,:;!?()")) <= HEADING_WORD]
        if short:
            broken[path] = short
    assert broken == {}
