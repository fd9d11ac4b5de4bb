"""Pelican plugin: build the tukena site from the validated content.

Wiring only: the work is done by ``tukena.site``. Pelican's own readers are switched off
in pelicanconf.py (no ARTICLE_PATHS or PAGE_PATHS); this generator reads, validates and
renders everything, and stops the build on the first content problem, before any file is
written.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from tukena.exceptions import ContentError
from tukena.site import build
from tukena.site.config import SiteConfig

logger = logging.getLogger(__name__)


class TukenaGenerator(Generator):
    """Loads the content in ``generate_context`` and writes the site in ``generate_output``."""

    def generate_context(self) -> None:
        self.config = SiteConfig.from_pelican(self.settings, self.output_path)
        try:
            self.catalogue = build.prepare(self.config)
        except ContentError as exc:
            for problem in exc.problems:
                logger.error("%s", problem)
            raise
        self.context["tukena"] = self.catalogue

    def generate_output(self, writer) -> None:  # noqa: ARG002 - Pelican's signature
        counts = build.write(self.catalogue, Path(self.output_path))
        logger.info("tukena: %(pages)s pages, %(exports)s export files", counts)


def get_generators(pelican_object) -> type[Generator]:  # noqa: ARG001 - signal signature
    return TukenaGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
