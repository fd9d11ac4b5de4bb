"""``organisations/directory.json`` in each UI language: every organisation's row of the
directory, for ``js/directory.js``.

The directory comes in pages (:mod:`tukena.site.directorypages`), yet its filters search
all of it: "works in Espoo" must find an organisation on any page. The pages carry none
of what the filters match (about 360 bytes a row, most of the old one-page directory's
200 kB at 500 organisations); the script fetches this file only once a person makes a
choice, and a visitor who reads the list or follows its letters never loads it.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from tukena.site import directory, urls
from tukena.site.catalogue import Catalogue
from tukena.site.exports.memo import write_file

logger = logging.getLogger(__name__)


def document(cat: Catalogue, lang: str) -> bytes:
    """The file for ``lang`` (:func:`tukena.site.directory.searchable`), compact."""
    data = directory.searchable(cat, lang)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write(cat: Catalogue, output: Path) -> list[Path]:
    """Write the file of every UI language (left alone when it holds the same already)."""
    written = []
    for lang in cat.config.languages:
        path = output / urls.directory_data(lang)
        write_file(path, document(cat, lang))
        written.append(path)
    logger.debug("organisation directory data in %s languages", len(written))
    return written
