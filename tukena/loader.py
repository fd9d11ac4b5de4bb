"""Load the content repository into validated models, collecting every problem at once.

``check(root)`` returns the content and the list of problems; ``load(root)`` raises
:class:`ContentError` when there is any. Each problem names the file relative to the
repository, the line of the offending key, the field path and the message.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from tukena import contentfiles, crosschecks, documents, errors, modelcache
from tukena.exceptions import ContentError, FrontMatterError, Problem
from tukena.reading import Pickled, Read, read_all
from tukena.schemas import Activity, NewsItem, Organisation
from tukena.schemas.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES

logger = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Kind(Generic[M]):
    """One kind of content: its folder, model and file endings."""

    folder: str
    model: type[M]
    suffixes: tuple[str, ...]
    body_field: str

    def __reduce__(self) -> tuple:
        """Pickled by name, so that a kind sent to a helper process is the same object
        there and ``kind is ACTIVITIES`` holds (a copy would fail it silently)."""
        return _kind, (self.folder,)


def _kind(folder: str) -> Kind:
    return next(kind for kind in KINDS if kind.folder == folder)


ORGANISATIONS = Kind("organisations", Organisation, (".yaml", ".yml", ".md"), "description")
ACTIVITIES = Kind("activities", Activity, (".md",), "description")
NEWS = Kind("news", NewsItem, (".md",), "body")
KINDS = (ORGANISATIONS, ACTIVITIES, NEWS)


@dataclass
class ContentSet:
    """Every validated content item, by kind and slug, with the file each came from."""

    root: Path
    organisations: dict[str, Organisation] = field(default_factory=dict)
    activities: dict[str, Activity] = field(default_factory=dict)
    news: dict[str, NewsItem] = field(default_factory=dict)
    paths: dict[tuple[str, str], str] = field(default_factory=dict)
    signatures: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)

    def items(self, kind: Kind) -> dict[str, Any]:
        return getattr(self, kind.folder)

    def summary(self) -> str:
        return (
            f"{len(self.organisations)} organisations, {len(self.activities)} activities, "
            f"{len(self.news)} news items"
        )


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


def _merge_body(raw: documents.RawDocument, kind: Kind, rel: str) -> list[Problem]:
    """Put the Markdown body into the body field; the main language's text lives there."""
    if not raw.body:
        return []
    data = raw.data
    if kind.body_field == "body":
        if "body" in data:
            return [
                Problem(rel, raw.lines[("body",)], "body", "write the body below the front matter")
            ]
        data["body"] = raw.body
        return []
    language = data.get("language", DEFAULT_LANGUAGE)
    language = (
        language if isinstance(language, str) and language in LANGUAGE_CODES else DEFAULT_LANGUAGE
    )
    texts = data.get(kind.body_field)
    if texts is None:
        data[kind.body_field] = {language: raw.body}
    elif isinstance(texts, str) or (isinstance(texts, dict) and language in texts):
        line = raw.lines.get((kind.body_field,), 1)
        return [
            Problem(
                rel,
                line,
                kind.body_field,
                f"the {language} text is the Markdown body: remove it from the front matter",
            )
        ]
    elif isinstance(texts, dict):
        data[kind.body_field] = {language: raw.body, **texts}
    return []


def read_item(path: Path, kind: Kind[M], rel: str) -> tuple[M | None, list[Problem]]:
    """Read and validate one file."""
    try:
        raw = documents.read(path)
    except FrontMatterError as exc:
        return None, [Problem(rel, exc.line, "", exc.message)]
    except OSError as exc:
        return None, [Problem(rel, 0, "", f"cannot read the file: {exc.strerror}")]
    return validate(raw, kind, rel)


def validate(raw: documents.RawDocument, kind: Kind[M], rel: str) -> tuple[M | None, list[Problem]]:
    """Validate parsed front matter and body against the kind's model."""
    found = _merge_body(raw, kind, rel)
    language = raw.data.get("language")
    context = {"language": language if language in LANGUAGE_CODES else DEFAULT_LANGUAGE}
    try:
        item = kind.model.model_validate(raw.data, context=context)
    except ValidationError as exc:
        return None, found + errors.problems(exc, kind.model, rel, raw.lines, raw.body_line)
    if found:
        return None, found
    return item, []


#: Validated models by file, reused while a file's (mtime_ns, size) is unchanged, with the
#: line of an activity's ``valid_until`` (an expiry problem points at it): entries of
#: ``(signature, folder, model, line)``. A plain dict will do; a :class:`ModelCache` also
#: keeps the pickles a helper process made of the models it read.
ModelCache = modelcache.ModelCache


def _cached(read: Read, kind: Kind, orgs: set[str], cache: dict | None, content: str) -> bool:
    """Reuse a cached model when nothing about it could produce a problem now."""
    hit = cache.get(read.rel) if cache is not None else None
    if not hit or hit[0] != read.signature or hit[1] != kind.folder:
        return False
    model = hit[2]
    if kind is not NEWS and crosschecks.names_bad_image(model, content):
        return False  # re-read: the problem needs the file's line numbers
    if kind is ACTIVITIES and (
        (model.valid_until is not None and len(hit) < 4)
        or model.organisation not in orgs
        or any(p not in orgs for p in model.partners)
    ):
        return False  # re-read: a problem needs the file's line numbers
    read.item = model
    if len(hit) > 3:
        read.expiry_line = hit[3]
    return True


def _read_file(path: Path, read: Read, kind: Kind, orgs: set[str], content: str) -> Read:
    """Parse, check and validate one file (in this process or a helper)."""
    try:
        raw = documents.read(path)
    except FrontMatterError as exc:
        read.problems.append(Problem(read.rel, exc.line, "", exc.message))
        return read
    if kind is not NEWS:  # activities' images, organisations' logos
        read.problems.extend(crosschecks.images(read.rel, raw, content))
    if kind is ACTIVITIES:
        read.problems.extend(crosschecks.references(read.rel, raw, orgs))
        read.expiry_line = raw.lines.get(("valid_until",), 1)
    read.item, problems = validate(raw, kind, read.rel)
    read.problems.extend(problems)
    return read


def check(
    root: Path,
    only: Iterable[Path] | None = None,
    today: dt.date | None = None,
    cache: dict[str, modelcache.Entry] | None = None,
    workers: int = 1,
) -> tuple[ContentSet, list[Problem]]:
    """Load everything under ``root/content``; return the content and every problem.

    With ``only``, problems are reported for those files (or folders) alone, but the
    whole repository is still read so that references between files can be checked.
    ``cache`` (updated in place) skips files unchanged since a previous build; ``workers``
    reads on several cores.
    """
    today = today or dt.date.today()
    content = ContentSet(root)
    found: list[Problem] = []
    expiry_lines: dict[str, int] = {}
    organisation_files: set[str] = set()
    content_folder = str(root / "content")  # where listings' images are
    for kind in KINDS:
        seen: dict[str, str] = {}
        todo: list[tuple[Path, Read]] = []
        done: list[Read] = []
        folder = Path(content_folder, kind.folder)
        for name in contentfiles.names(folder):  # strings, not paths: this runs for every file
            rel = f"content/{kind.folder}/{name}"
            slug = os.path.splitext(name)[0]
            fault = contentfiles.file_problem(name, kind.folder, kind.suffixes)
            if fault:
                found.append(Problem(rel, 0, "", fault))
                continue
            other = seen.get(slug)  # the same name with another ending (.yml, .yaml)
            if other is not None:
                found.append(
                    Problem(
                        rel,
                        1,
                        "",
                        f"the same name as {other}: each file needs a name of its own",
                    )
                )
                continue
            seen[slug] = rel
            if kind is ORGANISATIONS:
                organisation_files.add(slug)
            path = os.path.join(folder, name)
            stat = os.stat(path)
            read = Read(rel, slug, (stat.st_mtime_ns, stat.st_size))
            if _cached(read, kind, organisation_files, cache, content_folder):
                done.append(read)
            else:
                todo.append((Path(path), read))
        read_one = partial(_read_file, kind=kind, orgs=organisation_files, content=content_folder)
        pickled: Pickled | None = [] if isinstance(cache, ModelCache) else None
        done.extend(read_all(todo, read_one, workers, pickled))
        items = content.items(kind)
        for read in sorted(done, key=lambda r: r.rel):
            found.extend(read.problems)
            if kind is ACTIVITIES:
                expiry_lines[read.rel] = read.expiry_line
            if read.item is not None:
                items[read.slug] = read.item
                content.paths[(kind.folder, read.slug)] = read.rel
                content.signatures[(kind.folder, read.slug)] = read.signature
                if cache is not None:
                    cache[read.rel] = (read.signature, kind.folder, read.item, read.expiry_line)
        for reads, data in pickled or ():  # the cache stores these bytes, not a new pickle
            modelcache.keep(cache, [r.rel for r in reads], [r.item for r in reads], data)  # type: ignore[arg-type]
    found.extend(crosschecks.expiry(content.activities, content.paths, expiry_lines, today))
    for folder in ("activities", "organisations"):
        items = getattr(content, folder)
        found.extend(crosschecks.future_verified(items, folder, content.paths, str(root), today))
    named = {p.message.split(": ", 1)[0] for p in found}  # an image a listing names: told
    found.extend(
        p for p in contentfiles.folder_problems(Path(content_folder)) if p.path not in named
    )
    found = within(found, root, only)
    logger.debug("loaded %s with %s problems", content.summary(), len(found))
    return content, sorted(found)


def within(found: list[Problem], root: Path, only: Iterable[Path] | None) -> list[Problem]:
    """The problems of the files and folders ``only`` (all of them when None)."""
    if only is None:
        return found
    wanted = [_relative(Path(p), root) for p in only]
    return [
        p
        for p in found
        if any(p.path == w or p.path.startswith(w.rstrip("/") + "/") for w in wanted)
    ]


def load(root: Path, today: dt.date | None = None) -> ContentSet:
    """Load and validate all content; raise :class:`ContentError` listing every problem
    an edit made. A listing past its ``valid_until`` while its sessions go on
    (:attr:`Problem.lapsed`) is loaded, and ended: the days, not an edit, made it so."""
    content, found = check(root, today=today)
    errors = blocking(found)
    if errors:
        raise ContentError(errors)
    return content


def blocking(found: list[Problem]) -> list[Problem]:
    """The problems an edit made, which stop a build: not those the days made
    (:attr:`Problem.lapsed`), nor warnings (:attr:`Problem.warning`)."""
    return [p for p in found if not (p.lapsed or p.warning)]
