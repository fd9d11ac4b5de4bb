"""Chromium timings of the search engine, for ``benchmarks.search.CHROMIUM_HOOK``.

Debian's Chromium through Playwright loads a blank page on a made-up origin whose
requests are answered from disk (no server, no network): the vendored scripts from
node_modules, ``theme/static/js/search/`` and the built ``search/<lang>/`` files. In the
page it times fetching index.json and facets.json (through Playwright's request
interception, slower than a network cache), parsing them and rebuilding the indexes
(``load_ms``), the first query, then every query of the set with the term cache
cleared, and ``more()``.

    from benchmarks import search, search_chromium
    search.CHROMIUM_HOOK = search_chromium.measure
"""

from __future__ import annotations

import logging
import mimetypes
import statistics
from pathlib import Path
from typing import Any

from benchmarks.search import QUERIES, SEARCH_JS
from tukena.search import node

logger = logging.getLogger(__name__)

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
ORIGIN = "http://search.test"
SCRIPTS = (
    "/vendor/lunr/lunr.min.js",
    "/vendor/lunr-languages/min/lunr.stemmer.support.min.js",
    "/vendor/lunr-languages/min/lunr.{lang}.min.js",
    "/js/compact.js",
    "/js/facets.js",
    "/js/engine.js",
)
# lunr-languages' files hold UTF-8 text: a page without a charset would read them as
# windows-1252 and break lunr.fi's regular expressions. The site's pages are UTF-8.
PAGE = '<!doctype html><meta charset="utf-8"><title>bench</title>{tags}'
PAGE_JS = """
async ([lang, queries]) => {
  const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = "/search/" + lang + "/";
  let t = performance.now();
  const texts = await Promise.all(["index.json", "facets.json"].map(
    (name) => fetch(base + name).then((r) => r.text())));
  const fetched = performance.now() - t;
  t = performance.now();
  const engine = new TukenaSearch.Engine(lunr, JSON.parse(texts[0]), JSON.parse(texts[1]), {
    fetchJSON: (name) => fetch(base + name).then((r) => r.json())});
  const load = performance.now() - t;
  t = performance.now();
  const first = engine.search(queries[0]);
  const firstQuery = performance.now() - t;
  t = performance.now();
  await engine.cards(first.refs.slice(0, 10));
  const cards = performance.now() - t;
  const times = [];
  for (const q of queries) {
    engine.cache.clear();
    t = performance.now();
    engine.search(q);
    times.push(performance.now() - t);
  }
  t = performance.now();
  await engine.more();
  const more = performance.now() - t;
  const withMore = [];
  for (const q of queries) {
    engine.cache.clear();
    t = performance.now();
    engine.search(q);
    withMore.push(performance.now() - t);
  }
  return {fetch_ms: fetched, load_ms: load, first_query_ms: firstQuery, cards_ms: cards,
          query_median_ms: median(times), query_max_ms: Math.max(...times),
          more_ms: more, query_with_more_median_ms: median(withMore)};
}
"""


def _file(site: Path, path: str) -> Path | None:
    if path.startswith("/vendor/"):
        return node.NODE_MODULES / path.removeprefix("/vendor/")
    if path.startswith("/js/"):
        return SEARCH_JS / path.removeprefix("/js/")
    if path.startswith("/search/"):
        return site / path.lstrip("/")
    return None


def measure(site: Path, lang: str, runs: int = 3) -> dict[str, Any]:
    """Median figures over ``runs`` fresh pages; {} when Chromium or Playwright is missing."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        logger.warning("no Chromium timings: Playwright is not installed")
        return {}
    if not Path(CHROMIUM).exists():
        logger.warning("no Chromium timings: %s is missing", CHROMIUM)
        return {}

    def answer(route: Any) -> None:
        path = route.request.url.removeprefix(ORIGIN).split("?")[0]
        found = _file(site, path) if path != "/" else None
        if path == "/":
            wanted = [s for s in SCRIPTS if lang != "en" or "lunr-languages" not in s]
            tags = "".join(f'<script src="{s.format(lang=lang)}"></script>' for s in wanted)
            route.fulfill(
                body=f"<!doctype html><title>bench</title>{tags}", content_type="text/html"
            )
        elif found is not None and found.is_file():
            kind = (
                mimetypes.guess_type(found.name)[0] or "application/octet-stream"
            ) + "; charset=utf-8"
            route.fulfill(body=found.read_bytes(), content_type=kind)
        else:
            route.fulfill(status=404, body="")

    figures: list[dict[str, float]] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for _ in range(runs):
                page = browser.new_page()
                page.route(f"{ORIGIN}/**", answer)
                page.goto(f"{ORIGIN}/")
                figures.append(page.evaluate(PAGE_JS, [lang, QUERIES[lang]]))
                page.close()
        finally:
            browser.close()
    return {key: statistics.median(f[key] for f in figures) for key in figures[0]}
