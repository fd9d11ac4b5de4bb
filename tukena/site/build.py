"""One site build: load and validate the content, derive, render every page, export.

Content problems stop the build before anything is written: never a partial site.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from tukena import loader
from tukena.exceptions import ContentError
from tukena.site import catalogue, exports, render
from tukena.site.config import SiteConfig
from tukena.site.pages import jobs

logger = logging.getLogger(__name__)


def prepare(config: SiteConfig) -> catalogue.Catalogue:
    """Load, validate and index the content; raise :class:`ContentError` on any problem."""
    started = time.perf_counter()
    content, problems = loader.check(config.root, today=config.today)
    if problems:
        raise ContentError(problems)
    cat = catalogue.build(content, config)
    logger.info("loaded %s in %.1f s", content.summary(), time.perf_counter() - started)
    return cat


def write(cat: catalogue.Catalogue, output: Path) -> dict[str, int]:
    """Render every page and export file into ``output``."""
    started = time.perf_counter()
    todo = list(jobs(cat))
    logger.info("rendering %s pages in %s language(s)", len(todo), len(cat.config.languages))
    pages, written = render.render_all(cat, todo, output, cat.config.workers)
    logger.info("%s pages (%s changed) in %.1f s", pages, written, time.perf_counter() - started)
    files = exports.write_all(cat, output)
    return {"pages": pages, "written": written, "exports": files}
