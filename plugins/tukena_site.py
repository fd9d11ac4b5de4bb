"""Pelican plugin: build the tukena site from the validated content.

Wiring only: the work is done by ``tukena.site``. Pelican's own readers are switched off
in pelicanconf.py (no ARTICLE_PATHS or PAGE_PATHS); this generator reads, validates and
renders everything, and stops the build on any content problem, before any file is
written: every problem is logged as an error (``file:line: field: message``), on a line of
its own, and Pelican exits with status 1 without a traceback. A photo whose pixels cannot be
read, found only when its smaller copies are made, stops the build the same way, unfinished
(``make publish`` then publishes nothing).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from tukena.exceptions import ContentError, TukenaError
from tukena.images import ImageError
from tukena.site import build, unchanged
from tukena.site.config import SiteConfig

logger = logging.getLogger("tukena.site.plugin")  # under "tukena": shown by default


def _report(problems) -> None:
    """Log every problem as an error, also under ``--fatal``, which raises after each one."""
    for problem in problems:
        try:
            logger.error("%s", problem)
        except RuntimeError:  # pelican's FatalLogger: the record was emitted, keep reporting
            pass


class ContentProblems(TukenaError):
    """The build stopped on content problems, logged one by one before this is raised.

    An ordinary exception, not SystemExit: ``pelican --autoreload`` (``make serve``) reports
    it and keeps watching for the fix.
    """

    def __init__(self, count: int, outcome: str = "nothing was written") -> None:
        super().__init__(f"{count} content problem(s) above; {outcome}")


class TukenaGenerator(Generator):
    """Loads the content in ``generate_context`` and writes the site in ``generate_output``."""

    def generate_context(self) -> None:
        self.config = SiteConfig.from_pelican(self.settings, self.output_path)
        self.catalogue = None
        made_from = unchanged.inputs(self.config)
        if unchanged.unchanged(self.config, made_from):
            logger.info("tukena: nothing changed since the last build")
            return
        try:
            self.catalogue = build.prepare(self.config, made_from)
        except ContentError as exc:
            _report(exc.problems)
            raise ContentProblems(len(exc.problems)) from None
        self.context["tukena"] = self.catalogue

    def generate_output(self, writer) -> None:  # noqa: ARG002 - Pelican's signature
        if self.catalogue is None:
            return
        try:
            counts = build.write(self.catalogue, Path(self.output_path))
        except ImageError as exc:  # a photo's pixels, read only when its copies are made
            _report([exc])
            raise ContentProblems(1, "the build stopped unfinished") from None
        logger.info("tukena: %(pages)s pages, %(exports)s export files", counts)


def get_generators(pelican_object) -> type[Generator]:  # noqa: ARG001 - signal signature
    return TukenaGenerator


def finalized(pelican_object) -> None:
    """After Pelican's StaticGenerator (always the last one) copied the theme's files."""
    config = SiteConfig.from_pelican(pelican_object.settings, pelican_object.output_path)
    build.finish(config)


def _no_traceback(record: logging.LogRecord) -> bool:
    """Pelican logs the exception that stopped a build with its traceback: for content
    problems, already reported line by line, that is noise for whoever fixes the content."""
    if record.exc_info and isinstance(record.exc_info[1], ContentProblems):
        record.exc_info = None
    return True


def _unwrapped() -> None:
    """Pelican's log is a table 80 characters wide when it is not shown in a terminal (a
    CI log, a cron job's mail), which cut ``content/activities/x.md:12`` in two; 200 wide
    (each line is padded to the width), unless COLUMNS says otherwise."""
    from pelican.log import console

    if not console.is_terminal and "COLUMNS" not in os.environ:
        console.width = 200


def register() -> None:
    # Pelican logs warnings only unless -v is given; show tukena's progress by default
    # (``-q`` still silences it).
    if logging.getLogger().getEffectiveLevel() == logging.WARNING:
        logging.getLogger("tukena").setLevel(logging.INFO)
    logging.getLogger("pelican").addFilter(_no_traceback)
    _unwrapped()
    signals.get_generators.connect(get_generators)
    signals.finalized.connect(finalized)
