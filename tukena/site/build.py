"""One site build: load and validate the content, derive, render every page, export.

Content problems stop the build before anything is written: never a partial site.
``prepare`` and ``write`` run in the Pelican generator; ``finish`` runs after Pelican copied
the theme's static files (its StaticGenerator always runs last).
"""

from __future__ import annotations

import gc
import logging
import time
from functools import partial
from importlib import resources
from pathlib import Path

import rcssmin

from tukena import loader
from tukena.exceptions import ContentError, Problem
from tukena.site import (
    catalogue,
    collector,
    headers,
    i18n,
    incremental,
    phases,
    precompile,
    render,
    unchanged,
    urls,
)
from tukena.site.config import SiteConfig
from tukena.site.exports.memo import remove_files
from tukena.site.routes import Job, pages

logger = logging.getLogger(__name__)

#: the forms' own static files (tukena/forms/static) and where the site serves them, under
#: ``theme/``
FORMS_STATIC = {
    "forms.css": "css/forms.css",
    "forms.js": "js/forms.js",
    "photos.js": "js/photos.js",
}


def _forget_earlier_builds() -> None:
    """``pelican --autoreload`` (``make serve``) builds again in the same process: the
    earlier build's objects are garbage now (:func:`finish` left them frozen), and its
    templates, rendered cards and translations (cached per process) must not outlive it."""
    if gc.get_freeze_count():
        gc.unfreeze()
        gc.collect()  # before this build pauses the collector and freezes what it makes
    render.environment.cache_clear()
    i18n.forget()


def prepare(config: SiteConfig, made_from: str | None = None) -> catalogue.Catalogue:
    """Load, validate and index the content; raise :class:`ContentError` on any problem.

    ``made_from`` is :func:`unchanged.inputs`, when the caller took it already."""
    started = time.perf_counter()
    _forget_earlier_builds()
    if config.security_headers:
        headers.policy(config.bot_url)  # a bad TUKENA_BOT_URL stops the build here
    templates = precompile.Precompiler(config)
    if precompile.wanted(config):
        templates.start()  # compiled on the other core while the content loads
    # Loading makes millions of objects that live until the build ends (models, views,
    # indexes): with the collector on, reading costs grew with the square of the site (at
    # 30,000 activities twice as long per file as at 3,000). Frozen, the collector no longer
    # walks them, and forked workers do not copy their pages to mark them.
    try:
        with collector.paused(freeze=True):
            state = incremental.load_state(config)
            # taken before the content is read: an edit made meanwhile counts as a change
            state.inputs = unchanged.inputs(config) if made_from is None else made_from
            content, problems = loader.check(
                config.root,
                today=config.today,
                cache=state.models,
                workers=render.worker_count(config),
            )
            errors = loader.blocking(problems)
            if errors:
                raise ContentError(errors)
            lapsed(problems)
            cat = catalogue.build(content, config)
            cat.state = state
            templates.finish()
    finally:
        templates.close()  # after an error: stop waiting for them
    logger.info("loaded %s in %.1f s", content.summary(), time.perf_counter() - started)
    return cat


def lapsed(problems: list[Problem]) -> None:
    """Say which listings passed their ``valid_until`` while their sessions go on: the
    site shows them as ended, and the build goes on (a new day is not an error to stop a
    publication for); ``make stale`` lists them with whom to ask."""
    for problem in problems:
        logger.info("shown as ended: %s", problem)


def write(cat: catalogue.Catalogue, output: Path) -> dict[str, int]:
    """Render every page and export file into ``output``."""
    started = time.perf_counter()
    every = list(pages(cat))
    state = cat.state or incremental.BuildState(incremental.code_fingerprint(cat.config.theme))
    meanwhile = None
    if state.pages:  # fingerprints of an earlier build: render the pages that changed
        todo = incremental.stale_jobs(cat, every, state, output)
    else:  # every page is rendered: record the fingerprints while the workers render
        todo = every
        meanwhile = partial(incremental.record_fingerprints, cat, every, state)
    logger.info(
        "rendering %s of %s pages in %s language(s)",
        len(todo),
        len(every),
        len(cat.config.languages),
    )
    removed = remove_pages(output, state, every)
    counts = phases.write(cat, todo, output, state, meanwhile)
    state.outputs = unchanged.outputs(output)
    incremental.save_state(cat.config, state)
    logger.info(
        "%s pages (%s changed, %s removed), %s export files in %.1f s",
        counts["pages"],
        counts["written"],
        removed,
        counts["exports"],
        time.perf_counter() - started,
    )
    return counts


def remove_pages(output: Path, state: incremental.BuildState, every: list[Job]) -> int:
    """Remove the pages the last build made and this one does not (a deleted activity's,
    the last page of a list that got shorter), so that the output folder holds the site as
    it is now; record this build's pages for the next. Return how many were removed."""
    current = {job.url for job in every}
    gone = [url for url in state.urls if url not in current]
    state.urls = tuple(job.url for job in every)
    removed = remove_files(output, (urls.output_path(url) for url in gone))
    if removed:
        logger.info("removed %s page(s) no longer in the site", removed)
    return removed


def minify_css(folder: Path) -> int:
    """Minify every stylesheet under ``folder`` in place (rcssmin); return how many."""
    count = 0
    for path in sorted(folder.rglob("*.css")) if folder.is_dir() else []:
        text = path.read_text("utf-8")
        path.write_text(rcssmin.cssmin(text), "utf-8")
        count += 1
    return count


def finish(config: SiteConfig) -> None:
    """Touch up what Pelican copied: minify the theme's CSS when ``minify_css`` is on.

    What the build made stays frozen (see :func:`prepare`), and so does what it
    made since: a process that ends now frees it without the collector's last full walk
    over every object (0.6 → 0.15 s to exit after 10,000 activities), and a rebuild in the
    same process unfreezes and collects it first (:func:`_forget_earlier_builds`).
    """
    gc.freeze()
    # The forms' styles and scripts have one source, shared with the bot's pages.
    static = resources.files("tukena.forms").joinpath("static")
    for name, path in FORMS_STATIC.items():
        target = config.output / "theme" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(static.joinpath(name).read_bytes())
    if config.minify_css:
        count = minify_css(config.output / "theme")
        logger.info("minified %s stylesheet(s)", count)
