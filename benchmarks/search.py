"""Search benchmark: index build time, bytes before the first result, load and query time.

Per UI language, on ``n`` generated activities (``tukena sample``):

- ``build_s``: :func:`tukena.search.build` wall time;
- bytes fetched before the first result, raw and gzip (level 6): the scripts (lunr.min.js,
  lunr-languages' support and language files, and the search page's own, not minified:
  :data:`tukena.site.searchfiles.ENGINE`), index.json, facets.json and the result chunk of
  the top result (``first_result``), or the chunks of the top ten (``first_page``), the
  median over a fixed query set;
- ``more_json``: the summaries' index the page fetches after the first result;
- node: JSON parse and engine load time (median of 5), median query time;
- Chromium (``chromium_*``, per language): load time, median query and keystroke time, JS
  heap after loading (:func:`benchmarks.search_chromium.measure`; ``--no-chromium`` or
  ``run(..., chromium=False)`` leaves them out, :data:`CHROMIUM_HOOK` replaces it);
- the site build's share (``site.*``): :func:`tukena.site.searchfiles.write` for every
  language (in parallel, as ``make html`` does) and again with nothing changed (reused).

``python -m benchmarks.search [--activities N] [--workdir DIR] [--content ROOT] [--no-chromium]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import logging
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tukena import loader, sample, search
from tukena.search import node
from tukena.site import searchfiles

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 22)
BENCH_JS = REPO / "tests" / "js" / "bench_search.js"
STATIC = REPO / "theme" / "static"
SEARCH_JS = STATIC / "js" / "search"
QUERIES = {
    "fi": [
        "kielikahvilaan", "vertaisryhmässä", "työnhakuun", "läksyapua", "äiti-lapsiryhmään",
        "espoo", "helsingissä", "kielikahvila espoo", "naisten ryhmä", "digiapu",
        "suomen kurssi", "nuorille", "arabiaksi", "liikunta", "kahvila", "ryhmä",
        "ilmainen kielikahvila helsinki", "kuoro", "tampereella", "kiel",
    ],
    "sv": [
        "språkcafé", "grupperna", "läxhjälpen", "helsingfors", "esbo", "kvinnogrupp",
        "jobbsökning", "familjer", "språkcafé esbo", "unga", "digihjälp", "matlagning",
        "kamratgrupp", "åbo", "idrott", "barn", "finska kurs", "rådgivning", "utflykter", "språ",
    ],
    "en": [
        "language café", "peer group", "homework help", "job seeking", "helsinki", "women",
        "families", "language café espoo", "young people", "digital skills", "cooking",
        "conversation", "somali", "sports", "tampere", "finnish course", "advice", "youth",
        "volunteering", "lang",
    ],
}  # fmt: skip

#: ``hook(site_dir, lang) -> {"load_ms": …, "query_median_ms": …}``, where site_dir holds
#: ``search/<lang>/``; None: :func:`benchmarks.search_chromium.measure`.
CHROMIUM_HOOK: Callable[[Path, str], dict[str, float]] | None = None


def scripts(lang: str) -> dict[str, bytes]:
    """The script files the search page loads for ``lang``, from node_modules."""
    modules = node.NODE_MODULES
    files = {"lunr.min.js": modules / "lunr" / "lunr.min.js"}
    files.update({Path(path).name: STATIC / path for path in searchfiles.ENGINE})
    if lang != "en":
        files["lunr.stemmer.support.min.js"] = (
            modules / "lunr-languages" / "min" / "lunr.stemmer.support.min.js"
        )
        files[f"lunr.{lang}.min.js"] = modules / "lunr-languages" / "min" / f"lunr.{lang}.min.js"
    return {name: path.read_bytes() for name, path in files.items()}


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 6, mtime=0))


def generate(workdir: Path, activities: int) -> Path:
    """A sample content repository with ``activities`` activities (kept for reruns)."""
    root = workdir / f"content-{activities}"
    if not (root / "content" / "activities").is_dir():
        sample.generate(root, activities=activities, seed=1, today=TODAY)
    return root


def chromium_hook() -> Callable[[Path, str], dict[str, float]]:
    if CHROMIUM_HOOK is not None:
        return CHROMIUM_HOOK
    from benchmarks import search_chromium

    return search_chromium.measure


def site_figures(content: loader.ContentSet, root: Path, out: Path) -> dict[str, float]:
    """The site build's search step: every language written, then reused unchanged."""
    from tukena.site import catalogue, incremental
    from tukena.site.config import SiteConfig

    config = SiteConfig(root=root, output=out, theme=REPO / "theme", today=TODAY, cache_dir=None)
    cat = catalogue.build(content, config)
    state = incremental.BuildState(incremental.code_fingerprint(config.theme))
    cat.state = state
    started = time.perf_counter()
    searchfiles.write(cat, out, state)
    first = time.perf_counter() - started
    started = time.perf_counter()
    searchfiles.write(cat, out, state)
    return {
        "site.search_files_s": first,
        "site.search_files_reused_s": time.perf_counter() - started,
    }


def _chunks_gz(files: dict[str, bytes], base: str, refs: list[int], size: int) -> tuple[int, int]:
    names = {f"{base}results/{ref // size}.json" for ref in refs}
    return sum(len(files[n]) for n in names), sum(gz(files[n]) for n in names)


def measure_language(content: loader.ContentSet, lang: str, out: Path) -> dict[str, Any]:
    """Every figure of one language; writes its files under ``out``."""
    started = time.perf_counter()
    files = search.build(content, lang, TODAY, lambda slug: f"/{lang}/activities/{slug}/")
    figures: dict[str, Any] = {"build_s": time.perf_counter() - started}
    base = f"search/{lang}/"
    for name, data in files.items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    fixed = {**scripts(lang), "index.json": files[base + "index.json"]}
    fixed["facets.json"] = files[base + "facets.json"]
    for name, data in fixed.items():
        figures[f"{name}_raw"], figures[f"{name}_gz"] = len(data), gz(data)
    more = files.get(base + "more.json", b"")
    figures["more.json_raw"], figures["more.json_gz"] = len(more), gz(more)
    chunk_files = [v for k, v in files.items() if "/results/" in k]
    figures["result_chunks"] = len(chunk_files)
    figures["result_chunk_gz_mean"] = statistics.mean(gz(c) for c in chunk_files)
    fixed_raw, fixed_gz = sum(map(len, fixed.values())), sum(map(gz, fixed.values()))
    if node.missing() is not None:
        logger.warning("no node timings: %s", node.missing())
        figures["before_first_result_gz_without_chunks"] = fixed_gz
        return figures
    timing = node.run(BENCH_JS, {"dir": str(out / base), "queries": QUERIES[lang], "repeat": 5})
    size = json.loads(files[base + "facets.json"])["results"]["chunk"]
    first = [_chunks_gz(files, base, top[:1], size) for top in timing["top"] if top]
    page = [_chunks_gz(files, base, top[:10], size) for top in timing["top"] if top]
    figures["first_result_raw"] = fixed_raw + statistics.median(r for r, _ in first)
    figures["first_result_gz"] = fixed_gz + statistics.median(g for _, g in first)
    figures["first_page_raw"] = fixed_raw + statistics.median(r for r, _ in page)
    figures["first_page_gz"] = fixed_gz + statistics.median(g for _, g in page)
    figures["node_parse_ms"] = statistics.median(timing["parse_ms"])
    figures["node_load_ms"] = statistics.median(timing["load_ms"])
    figures["node_more_ms"] = statistics.median(timing["more_ms"])
    figures["node_first_query_ms"] = timing["cold_query_ms"][0]
    figures["node_query_median_ms"] = statistics.median(timing["query_ms"])
    figures["node_query_max_ms"] = max(timing["query_ms"])
    figures["node_query_with_more_median_ms"] = statistics.median(timing["query_more_ms"])
    return figures


def run(
    n_activities: int, workdir: Path, content_root: Path | None = None, chromium: bool = True
) -> dict[str, Any]:
    """All figures, flat (``fi.index.json_gz``, ``fi.chromium_load_ms`` …), for ``make bench``."""
    workdir = Path(workdir)
    root = content_root or generate(workdir, n_activities)
    started = time.perf_counter()
    content = loader.load(root, today=TODAY)
    figures: dict[str, Any] = {
        "activities": len(content.activities),
        "load_content_s": time.perf_counter() - started,
    }
    hook = chromium_hook() if chromium else None
    for lang in search.LANGUAGES:
        for key, value in measure_language(content, lang, workdir / "site").items():
            figures[f"{lang}.{key}"] = value
        if hook is not None:
            for key, value in hook(workdir / "site", lang).items():
                figures[f"{lang}.chromium_{key}"] = value
    figures.update(site_figures(content, root, workdir / "site-build"))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search")
    parser.add_argument("--activities", type=int, default=10000)
    parser.add_argument("--workdir", default=".bench/search")
    parser.add_argument("--content", help="use this content repository instead of a sample")
    parser.add_argument("--no-chromium", action="store_true", help="skip the Chromium timings")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    content = Path(args.content) if args.content else None
    figures = run(args.activities, Path(args.workdir), content, chromium=not args.no_chromium)
    for key, value in figures.items():
        shown = f"{value:.3f}" if isinstance(value, float) else value
        print(f"{key:44} {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
