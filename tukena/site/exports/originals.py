"""The content's own image files in the output folder (``images/``), as the site serves them.

Pelican's static generator copies ``content/images`` into the output folder at every build,
but never removes a file: a photo taken off a listing and deleted from the content (one its
subject asked to have removed) stayed published after a rebuild, though a clean build had it
no more. This module records the image files of every build and removes from the output
folder those the last build had and this one has not, as a deleted activity's pages and
calendars are removed (:class:`~tukena.site.exports.memo.Memo`). Without a cache folder
nothing is recorded, and nothing removed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from tukena.site.catalogue import Catalogue
from tukena.site.exports.memo import Memo

logger = logging.getLogger(__name__)

FOLDER = "images"


def names(content: Path) -> list[str]:
    """The image files under ``content/images``, as paths in the output folder."""
    folder = content / FOLDER
    if not folder.is_dir():
        return []
    return sorted(
        f"{FOLDER}/{path.relative_to(folder).as_posix()}"
        for path in folder.rglob("*")
        if path.is_file()
    )


def write(cat: Catalogue, output: Path) -> int:
    """Record this build's image files and remove those of the last build that are gone
    from the content; return how many were removed (the copying is Pelican's)."""
    store = Memo.load(cat, "images")
    for name in names(cat.config.content):
        store.new[name] = ""  # recorded only to find what is gone next time
    return store.save(output)
