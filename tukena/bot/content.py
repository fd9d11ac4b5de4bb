"""The bot's view of the current content: loaded from a checkout, reloaded when it changes.

Used to check references (the organisation exists), find likely duplicates, prefill
update forms and choose slugs that are free.
"""

from __future__ import annotations

import difflib
import logging
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

from tukena import contentfiles, loader, reference
from tukena.forms.nodes import Choice
from tukena.forms.sources import named
from tukena.schemas import Activity, Organisation
from tukena.schemas.languages import pick

logger = logging.getLogger(__name__)

SIMILAR = 0.85
MAX_SLUG = 60


def slugify(text: str) -> str:
    """ASCII slug of a text: ``Kielikahvila Tapiolassa!`` → ``kielikahvila-tapiolassa``."""
    folded = unicodedata.normalize("NFKD", reference.fold(text))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")
    if len(slug) > MAX_SLUG:
        slug = slug[:MAX_SLUG].rsplit("-", 1)[0] or slug[:MAX_SLUG]
    return slug


def free_slug(base: str, taken: Callable[[str], bool]) -> str:
    """``base``, or ``base-2``, ``base-3`` … whichever is free (a name the site keeps for a
    page of its own, :func:`tukena.contentfiles.reserved`, is never free)."""
    if not taken(base) and not contentfiles.reserved(base):
        return base
    for number in range(2, 10000):
        candidate = f"{base}-{number}"
        if not taken(candidate):
            return candidate
    raise RuntimeError(f"no free slug for {base}")  # pragma: no cover


def activity_slug(activity: Activity) -> str:
    """Slug of a new activity: its title in the main language, and its first municipality."""
    title = slugify(pick(activity.title, activity.language)[0]) or "activity"
    if activity.locations:
        place = slugify(reference.municipality(activity.locations[0].municipality).name_fi)
        if place and place not in title.split("-"):
            title = f"{title}-{place}"[: MAX_SLUG + 20].strip("-")
    return title


def organisation_slug(organisation: Organisation) -> str:
    return slugify(pick(organisation.name, organisation.language)[0]) or "organisation"


def _titles(activity: Activity) -> set[str]:
    return {reference.fold(t) for t in activity.title.values()}


def _places(activity: Activity) -> set[str]:
    return {p.municipality for p in activity.locations} or {"online"}


def similar(x: str, y: str) -> bool:
    """Two folded titles that are the same or nearly (difflib ratio ≥ 0.85)."""
    if x == y:
        return True
    if min(len(x), len(y)) < SIMILAR * max(len(x), len(y)):
        return False
    matcher = difflib.SequenceMatcher(None, x, y, autojunk=False)
    return (
        matcher.real_quick_ratio() >= SIMILAR
        and matcher.quick_ratio() >= SIMILAR
        and (matcher.ratio() >= SIMILAR)
    )


def similar_titles(a: Iterable[str], b: Iterable[str]) -> bool:
    b = list(b)
    return any(similar(x, y) for x in a for y in b)


class ContentView:
    """A loaded :class:`~tukena.loader.ContentSet`, refreshed when files change."""

    def __init__(
        self, root: Path, reload_seconds: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.root = Path(root)
        self.reload_seconds = reload_seconds
        self.clock = clock
        self._lock = threading.Lock()
        self._first = threading.Lock()
        self._reloading = False
        self._content: loader.ContentSet | None = None
        self._signature: tuple = ()
        self._checked = 0.0
        self._choices: dict[str, tuple[Choice, ...]] = {}
        self._by_organisation: dict[str, list[tuple[str, set[str], set[str]]]] | None = None

    def _stamp(self) -> tuple:
        found = []
        for folder in ("organisations", "activities"):
            path = self.root / "content" / folder
            try:
                entries = list(path.iterdir())
                found.append(
                    (
                        path.stat().st_mtime_ns,
                        len(entries),
                        max((e.stat().st_mtime_ns for e in entries), default=0),
                    )
                )
            except OSError:
                found.append(None)
        return tuple(found)

    def load(self) -> loader.ContentSet:
        """Read the content now."""
        signature = self._stamp()
        content, problems = loader.check(self.root)
        if problems:
            logger.info("content has %s problem(s); valid items are used", len(problems))
        with self._lock:
            self._content, self._signature, self._checked = content, signature, self.clock()
            self._choices = {}
            self._by_organisation = None
        logger.info("content loaded: %s", content.summary())
        return content

    def _refresh(self) -> None:
        try:
            if self._stamp() != self._signature:
                self.load()
        except Exception:  # keep serving the content already loaded
            logger.exception("reloading the content failed")
        finally:
            self._reloading = False

    @property
    def content(self) -> loader.ContentSet:
        """The current content. Files are looked at every ``reload_seconds``; when they
        changed, a background thread reloads them while this content is still served."""
        if self._content is None:
            with self._first:
                if self._content is None:
                    return self.load()
        if self.clock() - self._checked >= self.reload_seconds and not self._reloading:
            self._checked = self.clock()
            self._reloading = True
            threading.Thread(target=self._refresh, name="content-reload", daemon=True).start()
        assert self._content is not None
        return self._content

    def exists(self, folder: str, slug: str) -> bool:
        return (folder, slug) in self.content.paths

    def path(self, folder: str, slug: str) -> str | None:
        return self.content.paths.get((folder, slug))

    def text(self, path: str) -> str | None:
        """The text of a content file (``content/activities/x.md``), None when unreadable."""
        try:
            return (self.root / path).read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def taken(self, folder: str, slug: str) -> bool:
        """A slug is taken when a file of that name exists, valid or not."""
        if (folder, slug) in self.content.paths:
            return True
        base = self.root / "content" / folder
        return any((base / f"{slug}{suffix}").exists() for suffix in (".md", ".yaml", ".yml"))

    def organisation_choices(self, extra: Iterable[tuple[str, dict]] = ()) -> tuple[Choice, ...]:
        content = self.content
        if "organisations" not in self._choices:
            self._choices["organisations"] = named(
                (slug, org.name, org.language) for slug, org in content.organisations.items()
            )
        extra = list(extra)
        return (
            self._choices["organisations"] + named(extra)
            if extra
            else self._choices["organisations"]
        )

    def listing_choices(self) -> tuple[Choice, ...]:
        content = self.content
        if "listings" not in self._choices:
            self._choices["listings"] = named(
                [(f"activities/{s}", a.title, a.language) for s, a in content.activities.items()]
                + [
                    (f"organisations/{s}", o.name, o.language)
                    for s, o in content.organisations.items()
                ]
            )
        return self._choices["listings"]

    def duplicates(self, activity: Activity, ignore: str | None = None) -> list[str]:
        """Paths of existing activities that look like this one: same organisation, similar
        title, a shared municipality (or both online only)."""
        content = self.content
        index = self._by_organisation
        if index is None:
            index = {}
            for slug, other in content.activities.items():
                index.setdefault(other.organisation, []).append(
                    (slug, _titles(other), _places(other))
                )
            self._by_organisation = index
        found = []
        titles, places = _titles(activity), _places(activity)
        for slug, other_titles, other_places in index.get(activity.organisation, ()):
            if slug != ignore and places & other_places and similar_titles(titles, other_titles):
                found.append(content.paths[("activities", slug)])
        return found
