"""Checks across files: references to organisations, images (an activity's, an
organisation's logo) that are not there or cannot be shown, and listings that contradict
the date.

Each reports at the line of the offending key; an unknown organisation with the closest
match suggested.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from collections.abc import Iterable
from pathlib import Path

from tukena import documents
from tukena import images as image_files
from tukena.documents import RawDocument
from tukena.exceptions import Problem
from tukena.schemas import Activity
from tukena.schemas.contact import local_image
from tukena.schemas.organisation import Organisation
from tukena.status import lapsed


def _suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


def references(rel: str, raw: RawDocument, orgs: set[str]) -> list[Problem]:
    """Unknown organisations named by an activity file, valid or not."""
    named: list[tuple[tuple, str, object]] = [
        (("organisation",), "organisation", raw.data.get("organisation"))
    ]
    partners = raw.data.get("partners")
    if isinstance(partners, list):
        named += [(("partners", i), f"partners[{i}]", p) for i, p in enumerate(partners)]
    return [
        Problem(
            rel,
            raw.lines.get(key, 1),
            name,
            f'unknown organisation "{value}"{_suggest(value, orgs)}',
        )
        for key, name, value in named
        if isinstance(value, str) and value not in orgs
    ]


def _named_images(data: dict) -> list[tuple[tuple, str, object]]:
    """(line key, field, src) of each image a file names: an activity's images, an
    organisation's logo."""
    named: list[tuple[tuple, str, object]] = []
    images = data.get("images")
    for i, image in enumerate(images if isinstance(images, list) else []):
        if isinstance(image, dict):
            named.append((("images", i, "src"), f"images[{i}].src", image.get("src")))
    logo = data.get("logo")
    if isinstance(logo, dict):
        named.append((("logo", "src"), "logo.src", logo.get("src")))
    return named


def _image_problem(content: str, path: str) -> str | None:
    """What is wrong with the image ``path`` (``images/cafe.jpg``) under the ``content``
    folder: not there, or not fit to show (:func:`tukena.images.problem`); None if nothing."""
    full = os.path.join(content, path)
    if not os.path.isfile(full):
        return f"no such file content/{path}"
    fault = image_files.problem(full)
    return f"content/{path}: {fault}" if fault else None


def images(rel: str, raw: RawDocument, content: str) -> list[Problem]:
    """Images a file names under ``content``/images/ that are not there or that the site
    cannot show."""
    found: list[Problem] = []
    for key, name, src in _named_images(raw.data):
        path = local_image(src) if isinstance(src, str) else None
        if path is None or ".." in path.split("/") or image_files.kind(path) is None:
            continue  # an address, or a path the model refuses anyway
        fault = _image_problem(content, path)
        if fault:
            line = raw.lines.get(key, raw.lines.get(key[:-1], 1))
            found.append(Problem(rel, line, name, fault))
    return found


def names_bad_image(model: Activity | Organisation, content: str) -> bool:
    """Whether a validated model names an image under ``content``/images/ that is not
    there or cannot be shown: its file must be read again, since the problem needs the
    file's lines."""
    named = model.images if isinstance(model, Activity) else [model.logo] if model.logo else []
    return any(i.local is not None and _image_problem(content, i.local) for i in named)


def expiry(
    activities: dict[str, Activity],
    paths: dict[tuple[str, str], str],
    lines: dict[str, int],
    today: dt.date,
) -> list[Problem]:
    """A listing past its valid_until while its schedule still goes on contradicts itself."""
    found: list[Problem] = []
    for slug, activity in activities.items():
        upcoming = lapsed(activity, today)
        if upcoming is not None:
            rel = paths[("activities", slug)]
            found.append(
                Problem(
                    rel,
                    lines.get(rel, 1),
                    "valid_until",
                    f"{activity.valid_until} is in the past but the schedule continues "
                    f"(next session {upcoming:%Y-%m-%d}): confirm the listing and move "
                    "valid_until, or end the schedule",
                    lapsed=True,
                )
            )
    return found


def future_verified(
    items: dict[str, Activity | Organisation],
    folder: str,
    paths: dict[tuple[str, str], str],
    root: str,
    today: dt.date,
) -> list[Problem]:
    """A ``verified`` date after tomorrow (the day after: a maintainer's today in Finland is
    tomorrow for a CI runner in UTC in the small hours) has not happened yet: such a listing
    would not turn stale until a year after it. Its file is read again for the line: rare."""
    found: list[Problem] = []
    for slug, item in items.items():
        if item.verified is not None and item.verified > today + dt.timedelta(days=1):
            rel = paths[(folder, slug)]
            raw = documents.read(Path(root, rel))
            message = f"{item.verified} is in the future: give the day the details were checked"
            found.append(Problem(rel, raw.lines.get(("verified",), 1), "verified", message))
    return found
