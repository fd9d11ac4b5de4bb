"""The files of ``content/`` as files: their names, links, and what is published as it is.

A listing's file name is its address (``content/activities/kielikahvila-espoo.md`` becomes
``activities/kielikahvila-espoo.html``), so a name must be a slug: lower-case letters a–z,
digits and single hyphens. A name the site uses for a page of its own (``index``, or a
section such as ``search`` for a page of ``content/pages/``) would overwrite that page.

Everything under ``content/images/`` is copied into the site as it is, whether a listing
names it or not, so each file there must be an image the site can show
(:func:`tukena.images.problem`): not a web page, a script or a document. And nothing under
``content/`` may be a symbolic link: the site would publish whatever file on the building
machine it points to.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from tukena import images
from tukena.exceptions import Problem

#: a content file's name without its suffix
NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
#: names each folder's own index page has (``organisations/index.html``)
RESERVED = frozenset({"index"})
#: the first part of the addresses the site makes itself: a page of ``content/pages/``
#: may not take one (tests/test_contentfiles.py compares them with a built site)
SITE_NAMES = frozenset(
    {
        "activities", "coverage", "data", "en", "events", "feeds", "fi", "forms", "images",
        "jobs", "languages", "list", "municipalities", "news", "open-data", "organisations",
        "resized", "schemas", "search", "submit", "sv", "target-groups", "theme", "trainings",
    }
)  # fmt: skip
#: the folder published as it is
IMAGES = "images"
LINK = (
    "a symbolic link: put the file itself here (the site would publish whatever the link points to)"
)


def names(folder: Path) -> list[str]:
    """The file names in a content folder, sorted; hidden files and links left out
    (:func:`folder_problems` names links)."""
    if not folder.is_dir():
        return []
    with os.scandir(folder) as entries:  # the entries know whether they are files: no stat
        return sorted(
            e.name
            for e in entries
            if e.is_file(follow_symlinks=False) and not e.name.startswith(".")
        )


def name_problem(name: str, page: bool = False) -> str | None:
    """What is wrong with a content file's name without its suffix (``kielikahvila-espoo``),
    or None; ``page``: a page's name (``about``, from ``about.fi.md``)."""
    if not NAME.match(name):
        return (
            f'"{name}" cannot be an address: name the file with lower-case letters a–z,'
            " digits and hyphens only (e.g. kielikahvila-espoo)"
        )
    if name in RESERVED or (page and name in SITE_NAMES):
        return f'"{name}" is the name of a page the site makes itself: choose another name'
    return None


def file_problem(name: str, folder: str, suffixes: tuple[str, ...]) -> str | None:
    """What is wrong with the name of a file in ``content/<folder>/``, or None."""
    stem, suffix = os.path.splitext(name)
    if suffix not in suffixes:
        return f"unexpected file: {folder} are {' or '.join(suffixes)} files"
    return name_problem(stem)


def reserved(name: str) -> bool:
    """Whether a listing or an organisation may not be named ``name`` (its page would
    overwrite one of the site's)."""
    return name in RESERVED


def folder_problems(content: Path) -> list[Problem]:
    """Links anywhere under ``content`` and files under its ``images`` folder that the site
    cannot publish as they are. The folders' entries tell whether they are links, folders
    or files without a system call each: tens of thousands of listings cost milliseconds."""
    found: list[Problem] = []
    todo = [(str(content), "content")] if content.is_dir() else []
    while todo:
        folder, rel = todo.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                here = f"{rel}/{entry.name}"
                if entry.is_symlink():
                    found.append(Problem(here, 0, "", LINK))
                elif entry.is_dir(follow_symlinks=False):
                    todo.append((entry.path, here))
                elif here.startswith(f"content/{IMAGES}/"):
                    fault = _image_problem(Path(entry.path))
                    if fault:
                        found.append(Problem(here, 0, "", fault))
    return sorted(found)


def _image_problem(path: Path) -> str | None:
    if path.name.startswith("."):
        return None  # hidden: not published
    if images.kind(path.name) is None:
        wanted = ", ".join(sorted({s.lstrip(".") for s in images.FORMATS}))
        return f"only images are published from content/{IMAGES}/ ({wanted}): move or remove it"
    return images.problem(path)
