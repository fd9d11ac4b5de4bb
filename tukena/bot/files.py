"""The files a submission writes: path from the stored slug, text from the model.

The text is made by :func:`tukena.writer.render` (YAML for organisations, front matter
and Markdown for activities) and read back with the same loader as CI before it is
committed: if the file would not load to the very same model, nothing is written. So a
YAML tag typed in a form (``!!python/object``) stays literal text, and no user text ever
becomes a path: the path is ``content/<folder>/<slug><suffix>`` with the slug chosen by
the bot from the validated model, or the existing file's own path for an update. An update
or a confirmation changes the existing file only on the rows of what it changes
(:func:`tukena.writer.revise`), checked the same way. A photo sent with the form is written
as the bot keeps it, under the path it was given then.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from tukena import documents, loader, writer
from tukena.bot.errors import PermanentDeliveryError
from tukena.bot.forges.base import FileChange, check_path
from tukena.bot.intake import UPDATES
from tukena.bot.store import Submission
from tukena.exceptions import FrontMatterError

logger = logging.getLogger(__name__)

KINDS = {"activity": loader.ACTIVITIES, "organisation": loader.ORGANISATIONS}
FRONT_MATTER = re.compile(r"---\n(.*?\n)---\n", re.S)
VERIFIED = re.compile(r"^verified:[^\n]*$", re.M)
SUFFIX = {"activity": ".md", "organisation": ".yaml"}


def model_of(kind: str, data: dict[str, Any]) -> BaseModel:
    """Re-validate stored data into its model (the main language as context)."""
    model = KINDS[kind].model
    return model.model_validate(data, context={"language": data.get("language", "fi")})


def render(model: BaseModel) -> str:
    """The file text of a model, by the project's writer."""
    return writer.render(model)


def round_trip(text: str, kind: loader.Kind, rel: str, model: BaseModel) -> None:
    """Raise unless ``text`` loads back, with CI's loader, to exactly ``model``."""
    try:
        raw = documents.parse(documents.decode(text.encode("utf-8")), rel.endswith(".md"))
    except FrontMatterError as exc:
        raise PermanentDeliveryError(f"the written file does not parse: {exc.message}") from None
    item, problems = loader.validate(raw, kind, rel)
    if item is None:
        listed = "; ".join(str(p) for p in problems[:5])
        raise PermanentDeliveryError(f"the written file does not validate: {listed}")
    if item != model:
        before = model.model_dump(mode="json")
        after = item.model_dump(mode="json")
        changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        raise PermanentDeliveryError(
            f"the written file reads back differently: {', '.join(changed)}"
        )


def confirmed(text: str, day: str, markdown: bool = True) -> str | None:
    """A listing's file with only its ``verified`` date changed (in an organisation's YAML
    file that has none, added as its last line), so that the pull request of a
    confirmation shows one line; None when there is no single such line to change."""
    start, end = 0, len(text)
    if markdown:
        match = FRONT_MATTER.match(text)
        if match is None:
            return None
        start, end = match.start(1), match.end(1)
    head, count = VERIFIED.subn(f"verified: {day}", text[start:end])
    if count == 0 and not markdown:
        head, count = head.rstrip("\n") + f"\nverified: {day}\n", 1
    return text[:start] + head + text[end:] if count == 1 else None


def _in_place(
    old: str, submission: Submission, kind: loader.Kind, path: str, model: BaseModel
) -> str | None:
    """The ``old`` file changed only where the submission changes it: a confirmation, or an
    update sent with nothing changed but its date, on its date line alone; any other update
    on the rows of the top-level keys it changes (:func:`tukena.writer.revise`), so that a
    pull request shows the organiser's changes, and two pull requests on one file touch
    different rows. The result must read back to exactly ``model``; when it does not, or
    the file does not read as a valid listing, None: the caller writes the file whole."""
    markdown = path.endswith(".md")
    if "\r" in old or old.startswith("\ufeff"):
        return None  # written whole, with the newlines and encoding the project uses
    minimal = (
        confirmed(old, str(submission.data.get("verified")), markdown) if submission.data else None
    )
    if minimal is not None:
        try:
            round_trip(minimal, kind, path, model)
            return minimal
        except PermanentDeliveryError as exc:  # other fields changed too
            logger.debug("%s: more than the date changes (%s)", path, exc)
    try:
        item, _ = loader.validate(documents.parse(old, markdown), kind, path)
    except FrontMatterError as exc:
        logger.info("%s: written whole, the current file does not parse (%s)", path, exc.message)
        return None
    revised = writer.revise(old, item, model) if item is not None else None
    if revised is None:
        logger.info("%s: written whole, the current file cannot be changed in place", path)
        return None
    try:
        round_trip(revised, kind, path, model)
    except PermanentDeliveryError as exc:
        logger.warning("%s: written whole; changed in place it would not read back (%s)", path, exc)
        return None
    return revised


def photo_changes(
    submission: Submission, photo: Callable[[str], bytes | None]
) -> tuple[FileChange, ...]:
    """The photos sent with the form (their paths are the hash of their bytes, named by
    the bot, :mod:`tukena.bot.photos`), with their bytes as the bot keeps them."""
    found = []
    for src in submission.report.get("photos", []):
        path = check_path(f"content/{src}")
        data = photo(src)
        if data is None:
            raise PermanentDeliveryError(f"the photo {src} is no longer stored")
        found.append(FileChange(path, "", create=False, data=data))
    return tuple(found)


def changes(
    submission: Submission,
    photo: Callable[[str], bytes | None],
    current: Callable[[str], str | None] = lambda path: None,
) -> tuple[FileChange, ...]:
    """The files of an activity or organisation submission: the listing, then its photos.
    An update or a confirmation changes the ``current`` file in place (:func:`_in_place`);
    a new listing, a copy, or a file that cannot be changed so is written whole."""
    if submission.kind not in KINDS or submission.data is None or not submission.path:
        raise PermanentDeliveryError(f"nothing to write for a {submission.kind} submission")
    kind = KINDS[submission.kind]
    try:
        path = check_path(submission.path)
    except ValueError as exc:
        raise PermanentDeliveryError(str(exc)) from None
    try:
        model = model_of(submission.kind, submission.data)
    except ValueError as exc:
        raise PermanentDeliveryError(f"stored data no longer validates: {exc}") from None
    old = current(path) if submission.form in UPDATES else None
    text = (_in_place(old, submission, kind, path, model) if old else None) or render(model)
    round_trip(text, kind, path, model)
    listing = FileChange(path, text, create=submission.form not in UPDATES)
    return (listing, *photo_changes(submission, photo))
