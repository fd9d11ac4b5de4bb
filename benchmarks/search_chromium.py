"""Chromium timings of the search engine, for ``benchmarks.search.CHROMIUM_HOOK``.

Debian's Chromium through Playwright loads a blank page on a made-up origin whose
requests are answered from disk (no server, no network): the vendored scripts from
node_modules, ``theme/static/js/search/`` and the built ``search/<lang>/`` files. In the
page it times fetching index.json and facets.json (``fetch_ms``, through Playwright's
request interception, slower than a network cache), parsing them (``parse_ms``) and
rebuilding the indexes (``build_ms``; ``load_ms`` is the sum), the first query, the
first page of cards, counting every facet over the first query's results, every query of
the set with the term cache cleared (``query_median_ms``), every prefix of each query as
when typing with the cache kept (``keystroke_median_ms``), and ``more()``. The JS heap
(DevTools protocol ``Runtime.getHeapUsage`` after a forced garbage collection) is taken
with the scripts alone, after loading (``heap_index_mb`` is the difference) and after
the queries.

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
    "/js/words.js",
    "/js/entities.js",
    "/js/records.js",
    "/js/scores.js",
    "/js/engine.js",
)
# lunr-languages' files hold UTF-8 text: a page without a charset would read them as
# windows-1252 and break lunr.fi's regular expressions. The site's pages are UTF-8.
PAGE = '<!doctype html><meta charset="utf-8"><title>bench</title>{tags}'
LOAD_JS = """
async ([lang]) => {
  const base = "/search/" + lang + "/";
  const fetchJSON = (name) => fetch(base + name).then((r) => r.json());
  let t = performance.now();
  const texts = await Promise.all(["index.json", "facets.json"].map(
    (name) => fetch(base + name).then((r) => r.text())));
  const fetched = performance.now() - t;
  t = performance.now();
  const index = JSON.parse(texts[0]), facets = JSON.parse(texts[1]);
  const parsed = performance.now() - t;
  t = performance.now();
  window.__engine = new TukenaSearch.Engine(lunr, index, facets, {fetchJSON});
  const built = performance.now() - t;
  return {fetch_ms: fetched, parse_ms: parsed, build_ms: built, load_ms: fetched + parsed + built};
}
"""
QUERY_JS = """
async ([queries]) => {
  const engine = window.__engine;
  const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  let t = performance.now();
  const first = engine.search(queries[0]);
  const firstQuery = performance.now() - t;
  t = performance.now();
  await engine.cards(first.refs.slice(0, 20));
  const cards = performance.now() - t;
  t = performance.now();
  engine.counts(first.refs);
  const counts = performance.now() - t;
  const times = [], typing = [];
  for (const q of queries) {
    engine.cache.clear();
    t = performance.now();
    engine.search(q);
    times.push(performance.now() - t);
  }
  // Typing: every prefix of each query in turn, the term cache kept (as on the page).
  engine.cache.clear();
  for (const q of queries) {
    for (let i = 1; i <= q.length; i++) {
      t = performance.now();
      engine.search(q.slice(0, i));
      typing.push(performance.now() - t);
    }
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
  return {first_query_ms: firstQuery, cards_ms: cards, counts_all_ms: counts,
          query_median_ms: median(times), query_max_ms: Math.max(...times),
          keystroke_median_ms: median(typing), keystroke_max_ms: Math.max(...typing),
          more_ms: more, query_with_more_median_ms: median(withMore)};
}
"""
MB = 1024 * 1024


def heap_mb(cdp: Any) -> float:
    """JS heap in use after a full garbage collection (MB), through the DevTools protocol."""
    cdp.send("HeapProfiler.collectGarbage")
    return cdp.send("Runtime.getHeapUsage")["usedSize"] / MB


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
            route.fulfill(body=PAGE.format(tags=tags), content_type="text/html; charset=utf-8")
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
                cdp = page.context.new_cdp_session(page)
                before = heap_mb(cdp)  # the scripts alone
                run = page.evaluate(LOAD_JS, [lang])
                loaded = heap_mb(cdp)
                run.update(page.evaluate(QUERY_JS, [QUERIES[lang]]))
                run.update(
                    heap_scripts_mb=before,
                    heap_after_load_mb=loaded,
                    heap_index_mb=loaded - before,
                    heap_after_queries_mb=heap_mb(cdp),
                )
                figures.append(run)
                page.close()
        finally:
            browser.close()
    return {key: statistics.median(f[key] for f in figures) for key in figures[0]}
