"""Deterministic synthetic content sets for benchmarks (``tukena sample``).

:func:`generate` writes a content repository under ``root/content``: about one organisation per
20 activities (at least 5), the activities, and one news item per 50 activities (all four
kinds). Everything is drawn from one ``random.Random(seed)`` and dated relative to ``today``,
so the same arguments give byte-identical files, and the set loads without problems when
checked as of the same day. Every 20th activity is stale (confirmed over a year ago) and
every 20th ended (its season or series is over); municipalities are weighted by population.

Texts come from pools of real Finnish (and Swedish, English, Arabic, Somali, Russian,
Ukrainian and Dari) sentences, so search and build benchmarks see realistic words, lengths
and Markdown. Front matter is written by :func:`to_yaml`, which reads back to the same values
as :func:`tukena.yamlsafe.dump` (a test checks it) but is over ten times faster, and writes
short lists and mappings in flow style as people do.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

from tukena.sample.activities import Activities
from tukena.sample.draws import Doc
from tukena.sample.news import News
from tukena.sample.organisations import Organisations
from tukena.sample.vocab import FOLDERS
from tukena.sample.writing import to_yaml

__all__ = ["Doc", "documents", "generate", "to_yaml"]

log = logging.getLogger(__name__)


class Generator(Activities, Organisations, News):
    """Draws organisations, activities and news items from one random stream."""


def generate(
    root: Path, activities: int = 10000, seed: int = 1, today: dt.date | None = None
) -> int:
    """Write a synthetic content repository under ``root``; return the number of files written.

    Files of the same name are overwritten; other files already there are left alone.
    """
    for folder in FOLDERS:
        (root / "content" / folder).mkdir(parents=True, exist_ok=True)
    written = 0
    for path, front, body in documents(activities, seed, today):
        text = to_yaml(front) if path.endswith(".yaml") else f"---\n{to_yaml(front)}---\n{body}\n"
        (root / "content" / path).write_bytes(text.encode("utf-8"))
        written += 1
    log.info("wrote %s synthetic files under %s", written, root)
    return written


def documents(activities: int, seed: int = 1, today: dt.date | None = None) -> Iterator[Doc]:
    """The files of a set: organisations first (activities name them), activities, news."""
    gen = Generator(seed, today or dt.date.today())
    for i in range(max(5, round(activities / 20))):
        yield gen.organisation(i)
    for i in range(activities):
        yield gen.activity(i)
    for i in range(max(4, round(activities / 50))):
        yield gen.news(i)
