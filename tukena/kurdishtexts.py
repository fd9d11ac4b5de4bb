"""Kurdish texts under the plain ``ku``, as warnings of ``tukena validate``.

``ku`` does not say which Kurdish a listing is in, and a reader choosing an activity needs
to know: Sorani (``ckb``, in Arabic letters) and Kurmanji (``kmr``, in Latin letters) are
hard to follow for each other's speakers. The letters of a ``ku`` text tell which it most
likely is (:mod:`tukena.schemas.scripts`), so the validator suggests that code: on each
``ku`` text, on ``language: ku`` (the plain texts are then Kurdish), and, when the file's
Kurdish texts are all in one script, on ``ku`` among the languages spoken or helped in.

Warnings, not errors: ``ku`` remains valid (the site shows an Arabic-script ``ku`` text
right to left and a Latin one left to right), and a text in Latin letters may be Sorani
written in them. Only the files whose models mention ``ku`` are read again, for their
lines: few are (:func:`_mentions`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from tukena import documents
from tukena.errors import field_path
from tukena.exceptions import FrontMatterError, Problem
from tukena.loader import ContentSet
from tukena.schemas import Activity, NewsItem, Organisation
from tukena.schemas.scripts import Script, script
from tukena.site.othertexts import activity_parts, organisation_parts

logger = logging.getLogger(__name__)

CODE = "ku"
#: the code and the name of the Kurdish each script suggests
SUGGESTED: dict[Script, tuple[str, str, str]] = {
    "Arab": ("ckb", "Sorani", "Arabic"),
    "Latn": ("kmr", "Kurmanji", "Latin"),
}
#: the lists of languages a listing's people speak
SPOKEN = ("languages", "support_languages")


def _mentions(item: Activity | Organisation | NewsItem) -> bool:
    """Whether an item is in ``ku``, has people speaking it, or a text in it that its page
    shows (those whose direction matters): a look at a few fields, not a walk over the
    whole model, which took 1 s for 30,000 listings (this: 0.1 s). The file is read
    again only then, and every ``ku`` text of it is found."""
    if item.language == CODE or CODE in getattr(item, "languages", ()):
        return True
    if isinstance(item, NewsItem):
        return False
    if isinstance(item, Organisation):
        return any(t and CODE in t for _, texts in organisation_parts(item) for t in texts)
    return CODE in item.support_languages or any(
        t and CODE in t for _, texts in activity_parts(item) for t in texts
    )


def _texts(data: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """``(path, text)`` of each text under a ``ku`` key of the file's data."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == CODE and isinstance(value, str):
                yield (*path, key), value
            else:
                yield from _texts(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _texts(value, (*path, index))


def _advice(found: Script, said: str) -> str:
    """What to write for a ``ku`` whose texts are in ``found``'s letters; ``said`` begins
    the message and has ``{letters}`` and ``{name}`` in it."""
    code, name, letters = SUGGESTED[found]
    return said.format(letters=letters, name=name) + (
        f", write {code} in place of ku, so the site names it Kurdish ({name}) and readers"
        " know which Kurdish it is"
    )


#: how each kind of warning begins (see :func:`_advice`)
ON_TEXT = "this Kurdish text is in {letters} letters: if it is {name}"
ON_MAIN = "the listing's Kurdish texts are in {letters} letters: if they are {name}"
ON_SPOKEN = "the listing's Kurdish texts are in {letters} letters: if {name} is spoken"


def _main_text(item: BaseModel) -> str:
    """The Kurdish of an item whose main language is ``ku``: its title or name."""
    for name in ("title", "name"):
        value = getattr(item, name, None)
        if isinstance(value, dict):
            return value.get(CODE, "")
        if isinstance(value, str):
            return value
    return ""


def _located(path: Path, rel: str, item: BaseModel) -> list[Problem]:
    """The warnings of one file that mentions ``ku``, on their lines."""
    try:
        raw = documents.read(path)
    except (OSError, FrontMatterError):  # changed since it was read: nothing to point at
        return []
    found = []
    scripts: set[Script] = set()

    def warn(key: tuple, written: Script | None, said: str) -> None:
        if written:
            scripts.add(written)
            line = raw.lines.get(key, 1)
            found.append(Problem(rel, line, field_path(key), _advice(written, said), warning=True))

    for key, text in _texts(raw.data):
        warn(key, script(text), ON_TEXT)
    if raw.data.get("language") == CODE:
        warn(("language",), script(_main_text(item)), ON_MAIN)
    if len(scripts) == 1:  # the spoken Kurdish is likely the written one
        (written,) = scripts
        for name in SPOKEN:
            spoken = raw.data.get(name)
            if isinstance(spoken, list) and CODE in spoken:
                warn((name, spoken.index(CODE)), written, ON_SPOKEN)
    return found


def problems(content: ContentSet) -> list[Problem]:
    """A warning for each ``ku`` whose texts' letters suggest ``ckb`` or ``kmr``."""
    found: list[Problem] = []
    for folder in ("activities", "organisations", "news"):
        for slug, item in getattr(content, folder).items():
            if _mentions(item):
                rel = content.paths[(folder, slug)]
                found.extend(_located(content.root / rel, rel, item))
    logger.debug("%s Kurdish text(s) to name", len(found))
    return found
