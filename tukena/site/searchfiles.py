"""The search page's data files: :func:`tukena.search.build` per UI language, written under
``output/search/<lang>/`` (index.json, facets.json, more.json, results/<n>.json).

Only the search page loads them (``theme/templates/search.html``), never any other page.

They take about a second per language at 10,000 activities, so a build reuses the files of
the previous one when nothing they are made of changed: :func:`fingerprint` combines the
code fingerprint (:func:`tukena.site.incremental.code_fingerprint`: tukena's sources,
reference data, catalogs, theme), the settings with the build date (not the folders the
build reads and writes), and the signature of
every content file. The fingerprint and the file names are kept in the incremental build
state (``BuildState.search``); the files are rebuilt when the fingerprint differs or a file
is missing. Languages are built in parallel: forked processes share the catalogue and what
every language is made of alike, the searchable listings and the facet columns, made once
before the fork (:func:`shared`). A file is only rewritten when its bytes changed, and
result files left over from a bigger build are removed. The search page adds the
fingerprint's start to the files' addresses (``?v=``) so that browsers never mix files of
two builds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
import multiprocessing
import time
from pathlib import Path
from typing import Any

from tukena import search
from tukena.site import collector, urls
from tukena.site.catalogue import Catalogue
from tukena.site.exports.memo import write_file

logger = logging.getLogger(__name__)

FOLDER = "search"
_catalogue: Catalogue | None = None  # set before forking; read by the workers


def folder(lang: str) -> str:
    """Site-relative folder of a language's files: ``search/fi/``."""
    return f"{FOLDER}/{lang}/"


#: Scripts of the search page, under the theme's static folder, in loading order.
LUNR = "vendor/lunr/lunr.min.js"
STEMMER_SUPPORT = "vendor/lunr-languages/lunr.stemmer.support.min.js"
#: With near.js: "choose the municipality where I am" in the place facet.
ENGINE = tuple(
    f"js/{name}.js"
    for name in (
        "search/compact", "search/facets", "search/words", "search/entities",
        "search/records", "search/scores", "search/engine", "search/state", "search/finder",
        "search/controls", "search/cards", "search/advice", "search/results", "search/events",
        "near", "search/page",
    )
)  # fmt: skip


def vendor_scripts(lang: str) -> list[str]:
    """The scripts the search page loads (``[]`` when ``lang`` has no search pipeline)."""
    if lang not in search.LANGUAGES:
        return []
    stemmers = (
        [] if lang == "en" else [STEMMER_SUPPORT, f"vendor/lunr-languages/lunr.{lang}.min.js"]
    )
    return [LUNR, *stemmers, *ENGINE]


def months() -> list[str]:
    """Month abbreviations as :func:`tukena.site.i18n.format_day` writes English dates."""
    return [f"{dt.date(2000, month, 1):%b}" for month in range(1, 13)]


def languages(cat: Catalogue) -> list[str]:
    """The UI languages that have a search pipeline (fi, sv, en)."""
    return [lang for lang in cat.config.languages if lang in search.LANGUAGES]


def _code(cat: Catalogue) -> str:
    if cat.state is not None:
        return cat.state.code
    from tukena.site.incremental import code_fingerprint  # imports pages, which imports us

    return code_fingerprint(cat.config.theme)


def fingerprint(cat: Catalogue) -> str:
    """Changes whenever the search files could: code, settings, date or any content file."""
    cached = cat.memo.get("search fingerprint")
    if cached:
        return cached
    digest = hashlib.sha256(_code(cat).encode())
    # not where the site is built: the version is in the pages, which are the same bytes
    # whichever folders hold the content, the output and the cache
    placed = dataclasses.replace(cat.config, root=Path(), output=Path(), cache_dir=None)
    digest.update(repr(placed).encode())
    digest.update(cat.content_digest().encode())
    value = digest.hexdigest()
    cat.memo["search fingerprint"] = value
    return value


def version(cat: Catalogue) -> str:
    """Short form of :func:`fingerprint` for the files' addresses."""
    return fingerprint(cat)[:12]


def shared(cat: Catalogue) -> search.Shared:
    """What every language's files are made of alike (:func:`tukena.search.prepare`), made
    once per catalogue and process, from the catalogue's statuses: the search
    calls a listing out of date exactly when its page does (``TUKENA_STALE_AFTER_MONTHS``)."""
    cached = cat.memo.get("search shared")
    if cached is not None:
        return cached
    made = search.prepare(cat.content, cat.config.today, cat.status, cat.next_session)
    cat.memo["search shared"] = made
    return made


def build_language(cat: Catalogue, lang: str, output: Path) -> tuple[list[str], int]:
    """Build and write one language's files; return their paths and how many changed."""
    started = time.perf_counter()
    siteurl = cat.config.siteurl

    def url_for(slug: str) -> str:
        return f"{siteurl}/{urls.activity(lang, slug)}"

    # tens of thousands of dictionaries and lists, no cyclic garbage (the collector walking
    # them cost about 0.07 s of CPU in three languages at 10,000 activities)
    with collector.paused():
        files = search.build(cat.content, lang, cat.config.today, url_for, shared=shared(cat))
    changed = sum(write_file(output / path, data) for path, data in files.items())
    results = output / folder(lang) / "results"
    for old in results.glob("*.json") if results.is_dir() else []:
        if f"{folder(lang)}results/{old.name}" not in files:
            old.unlink()
    logger.info(
        "search files for %s: %s (%s changed) in %.1f s",
        lang,
        len(files),
        changed,
        time.perf_counter() - started,
    )
    return sorted(files), changed


def _build_in_worker(args: tuple[str, str]) -> tuple[str, list[str], int]:
    lang, output = args
    assert _catalogue is not None
    names, changed = build_language(_catalogue, lang, Path(output))
    return lang, names, changed


def _up_to_date(state: dict[str, Any], current: str, output: Path) -> bool:
    if state.get("fingerprint") != current:
        return False
    return all((output / name).is_file() for name in state.get("files", ()))


def begin(cat: Catalogue, output: Path, state: Any = None) -> tuple[list[str], str]:
    """The languages whose files must be built (none when the last build's are current) and
    the fingerprint to record; shares the catalogue with workers forked after this."""
    global _catalogue
    todo = languages(cat)
    if not todo:
        return [], ""
    current = fingerprint(cat)
    saved: dict[str, Any] = getattr(state, "search", None) or {}
    if _up_to_date(saved, current, output):
        logger.info("search files are up to date")
        return [], current
    if state is not None:
        state.search = {}  # a failure below leaves no claim that the files are current
    _catalogue = cat
    return todo, current


def end(state: Any, current: str, done: list[tuple[str, list[str], int]]) -> int:
    """Record what was written in ``state``; return how many files changed."""
    global _catalogue
    _catalogue = None
    if state is not None and done:
        names = [name for _, files, _ in done for name in files]
        state.search = {"fingerprint": current, "files": names}
    return sum(changed for *_, changed in done)


def write(cat: Catalogue, output: Path, state: Any = None, workers: int = 0) -> int:
    """Write every language's search files unless the previous build's are current.

    ``state`` is the build's :class:`~tukena.site.incremental.BuildState` (default
    ``cat.state``); its ``search`` records what was written. Returns how many files changed.
    """
    global _catalogue
    state = state if state is not None else cat.state
    todo, current = begin(cat, output, state)
    if not todo:
        return 0
    workers = min(len(todo), workers or multiprocessing.cpu_count() or 1)
    shared(cat)  # made before the workers fork, for all of them
    args = [(lang, str(output)) for lang in todo]
    try:
        if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                done = pool.map(_build_in_worker, args)
        else:
            done = [(lang, *build_language(cat, lang, output)) for lang in todo]
    finally:
        _catalogue = None
    return end(state, current, done)
