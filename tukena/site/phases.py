"""Write a whole build on every core at once: pages, search files, calendars, other exports.

These parts depend only on the catalogue, never on each other's files. A pool of forked
workers takes the calendars, the small exports and then many small shares of the pages,
which keep both cores busy until the end. Meanwhile the parent process, which would only
wait, does what needs its own data: the search files (their shared part is made after the
fork, not before it while both cores sat idle), the build cache's models file, and the
page fingerprints of a build that renders every page anyway. Small sites, one worker or no
``fork``: everything in-process, one part after another.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tukena.site import exports, headers, incremental, render, searchfiles
from tukena.site.catalogue import Catalogue
from tukena.site.routes import Job

logger = logging.getLogger(__name__)

PARALLEL_FROM = 200  # pages; smaller sites are quicker in one process
PAGE_SHARES_PER_WORKER = 16  # small shares: the two workers finish close together
SMALL_SHARES_PER_WORKER = 2  # of those, cut smaller again: see :func:`render.shares`
#: Pages that show activity cards: one task per language, so that each card is rendered
#: once (:class:`~tukena.site.templating.CardCache` keeps them per process and language).
LISTINGS = frozenset(
    {
        "home",
        "organisations",
        "organisation",
        "municipality",
        "municipality-form",
        "form",
        "target-group",
        "language",
        "language-help",
    }
)


def _small_exports(output: str) -> int:
    assert render._catalogue is not None
    cat = render._catalogue
    return exports.write_small(cat, Path(output)) + len(headers.write(cat, Path(output)))


def _calendars(orgs: list[str]) -> Any:
    from tukena.site.exports import ical

    return ical._write_share(orgs)


_state: Any = None  # the build state, set before forking; read by workers
#: the shares of pages, set before forking: a task names its share by number rather than
#: sending 33,000 pages to the workers through a pipe
_page_shares: list[list[Job]] = []


def _pages(args: tuple[int, str, str]) -> tuple[int, int]:
    index, output, version = args
    return render._render_share((_page_shares[index], output, version))


def _models(path: str) -> str:
    assert _state is not None
    incremental.save_models(Path(path), _state)
    return path


_TASKS = {
    "pages": _pages,
    "search": searchfiles._build_in_worker,
    "calendars": _calendars,
    "models": _models,
    "exports": _small_exports,
}


def _run(task: tuple[int, str, Any]) -> tuple[int, Any]:
    index, kind, arg = task
    return index, _TASKS[kind](arg)


def write(
    cat: Catalogue,
    jobs: Sequence[Job],
    output: Path,
    state: Any,
    meanwhile: Callable[[], None] | None = None,
) -> dict[str, int]:
    """Render ``jobs`` and write every search and export file; return the counts.

    ``meanwhile`` is more work for this process while the workers render."""
    from tukena.site.exports import ical

    workers = render.worker_count(cat.config)
    parallel = (
        workers > 1
        and len(jobs) + len(cat.activities) >= PARALLEL_FROM
        and "fork" in multiprocessing.get_all_start_methods()
    )
    version = render.static_version(cat.config.theme)
    languages, fingerprint = searchfiles.begin(cat, output, state)
    store = ical.begin(cat, output)
    global _state, _page_shares
    render._catalogue, _state = cat, state
    own: list[tuple[str, Any]] = [("search", (lang, str(output))) for lang in languages]
    models = incremental.models_to_save(cat.config, state) if parallel else None
    if models is not None:  # else :func:`incremental.save_state` writes them
        own.append(("models", str(models)))
    tasks: list[tuple[str, Any]] = [
        ("calendars", orgs) for orgs in ical.shares(cat, workers if parallel else 1)
    ]
    tasks.append(("exports", str(output)))
    listings = {
        lang: [j for j in jobs if j.kind in LISTINGS and j.lang == lang]
        for lang in cat.config.languages
    }
    others = [job for job in jobs if job.kind not in LISTINGS]
    page_shares = list(listings.values())
    count, small = workers * PAGE_SHARES_PER_WORKER, workers * SMALL_SHARES_PER_WORKER
    page_shares += render.shares(others, count, small) if parallel else render.shares(others, 1)
    _page_shares = [share for share in page_shares if share]
    tasks += [("pages", (i, str(output), version)) for i in range(len(_page_shares))]
    every = own + tasks
    numbered = [(index, kind, arg) for index, (kind, arg) in enumerate(every)]
    results: list[Any] = [None] * len(every)
    try:
        if parallel:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                pending = pool.imap_unordered(_run, numbered[len(own) :])
                for task in numbered[: len(own)]:
                    index, result = _run(task)
                    results[index] = result
                if meanwhile is not None:
                    meanwhile()
                for index, result in pending:
                    results[index] = result
        else:
            for task in numbered:
                index, result = _run(task)
                results[index] = result
            if meanwhile is not None:
                meanwhile()
    finally:
        render._catalogue = searchfiles._catalogue = ical._share = _state = None
        _page_shares = []
    done: dict[str, list] = {kind: [] for kind in _TASKS}
    for (kind, _), result in zip(every, results, strict=True):
        done[kind].append(result)
    for path in done["models"]:
        incremental.models_saved(Path(path), state)
    calendars = ical.end(store, done["calendars"], output)
    search_changed = searchfiles.end(state, fingerprint, done["search"]) if languages else 0
    return {
        "pages": sum(r[0] for r in done["pages"]),
        "written": sum(r[1] for r in done["pages"]),
        "exports": calendars + sum(done["exports"]),
        "search": search_changed,
    }
