"""Prepare a stored submission for its pull request: file name, validation report.

Runs in the worker, once per submission, before anything reaches the forge; the result is
stored, so a retry after a crash writes the same file. The slug comes from the validated
model (never from raw user text), made unique against the content and the other waiting
submissions; only one worker runs, so two submissions cannot take the same name. Likely
duplicates (same organisation, similar title, same municipality) are listed as warnings
for the reviewer, never merged silently.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from functools import cache
from typing import Any

from tukena import invites, loader
from tukena.bot import files
from tukena.bot.content import (
    ContentView,
    activity_slug,
    free_slug,
    organisation_slug,
    similar,
    similar_titles,
)
from tukena.bot.intake import HELSINKI, UPDATES
from tukena.bot.store import Store, Submission
from tukena.forms.nodes import Field
from tukena.forms.spec import form_spec
from tukena.reference import fold
from tukena.schemas import Activity, Organisation
from tukena.schemas.languages import pick
from tukena.site import scheduleline

logger = logging.getLogger(__name__)

PHOTO_CHECK = "Photos made smaller, in sRGB, without metadata (no location, no camera data)"
PHOTO_WARNING = "Look at the photos: anyone recognisable in them must have agreed to be shown"

MAX_DUPLICATES = 5
CHECKS = [
    "Valid against the content models (the same validation as CI)",
    "Text normalised to NFC; no invisible or bidirectional control characters",
]


def _flat(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(_flat(item, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value):
        out = {}
        for index, item in enumerate(value):
            out.update(_flat(item, f"{prefix}[{index}]"))
        return out
    if isinstance(value, list):
        return {prefix: ", ".join(str(v) for v in value)} if value else {}
    return {prefix: value}


@cache
def unordered(kind: str) -> frozenset[str]:
    """The model paths (without row numbers) of the lists of a kind of listing that are
    sets: those of choices (target groups, languages, municipalities, partners), which
    the site shows in no order of the organiser's and the form's checkboxes and lists
    send in their own. A list the organiser writes in order (search words) is not one."""
    return frozenset(
        node.path
        for node in form_spec(kind).walk()
        if isinstance(node, Field)
        and node.multiple
        and node.widget in ("checkboxes", "multiselect")
    )


def _same(key: str, old: Any, new: Any, sets: frozenset[str]) -> bool:
    if old == new:
        return True
    if (
        re.sub(r"\[\d+\]", "", key) not in sets
        or not isinstance(old, str)
        or not isinstance(new, str)
    ):
        return False
    return sorted(old.split(", ")) == sorted(new.split(", "))  # the same set, reordered


def differences(
    before: dict[str, Any], after: dict[str, Any], sets: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """Field-by-field changes between two model dumps; a list of ``sets`` (model paths,
    :func:`unordered`) in another order is no change."""
    old, new = _flat(before), _flat(after)
    return [
        {"field": key, "before": old.get(key), "after": new.get(key)}
        for key in sorted(old.keys() | new.keys())
        if not _same(key, old.get(key), new.get(key), sets)
    ]


class Preparer:
    """Chooses file names and writes the validation report of submissions."""

    def __init__(
        self, content: ContentView, store: Store, today: Callable[[], dt.date] | None = None
    ) -> None:
        self.content = content
        self.store = store
        self.today = today or (lambda: dt.datetime.now(HELSINKI).date())

    def prepare(self, submission: Submission) -> Submission:
        """The submission with its slug, path and report, computed once and stored."""
        if submission.report.get("prepared"):
            return submission
        report: dict[str, Any] = {"prepared": True, "checks": list(CHECKS), "warnings": []}
        if submission.report.get("photos"):
            report["photos"] = list(submission.report["photos"])  # from the intake
            report["checks"].append(PHOTO_CHECK)
            report["warnings"].append(PHOTO_WARNING)
        slug, path, title = submission.slug, submission.path, submission.title
        if submission.kind in files.KINDS:
            model = files.model_of(submission.kind, submission.data or {})
            if isinstance(model, Activity):
                slug, path = self._activity(submission, model, report)
                # as the site's cards will say it: a wrong weekday or season is plain to see
                report["schedule"] = scheduleline.summary(model.schedule, "en")
            elif isinstance(model, Organisation):
                slug, path = self._organisation(submission, model, report)
        else:
            folder, _, name = str((submission.data or {}).get("target", "")).partition("/")
            report["path"] = self.content.path(folder, name)
            kind = loader.ACTIVITIES if folder == "activities" else loader.ORGANISATIONS
            listing = self.content.content.items(kind).get(name)
            if listing is not None:
                texts = listing.title if folder == "activities" else listing.name
                title = pick(texts, getattr(listing, "language", "fi"))[0]
        self.store.prepare(submission.id, slug, path, title, report)
        prepared = self.store.get(submission.id)
        assert prepared is not None
        return prepared

    def _activity(self, submission: Submission, model: Activity, report: dict) -> tuple[str, str]:
        content = self.content.content
        if model.organisation in content.organisations:
            report["checks"].append(f"Organisation `{model.organisation}` exists")
        else:
            report["warnings"].append(
                f"The organisation `{model.organisation}` is itself waiting for review: "
                "merge that pull request first"
            )
        if invites.registration_closed(model.registration, self.today()):
            report["warnings"].append(
                f"The registration deadline ({model.registration.deadline}) has already passed:"
                " the page will say that registration closed"
            )
        update = submission.form in UPDATES
        target = submission.target
        existing = content.activities.get(target) if target else None
        if existing is not None:  # what it changes of the listing it updates, or copies
            report["changes"] = differences(
                existing.model_dump(mode="json", exclude_none=True),
                model.model_dump(mode="json", exclude_none=True),
                unordered("activity"),
            )
        if update and existing is not None:
            slug, path = target, self.content.path("activities", target) or submission.path
        else:
            if existing is not None:  # a copy
                report["source"] = self.content.path("activities", target)
            slug = self._free("activities", "activity", activity_slug(model))
            path = f"content/activities/{slug}.md"
        self._activity_duplicates(submission, model, report, target if update else None)
        return slug, path

    def _activity_duplicates(
        self, submission: Submission, model: Activity, report: dict, ignore: str | None
    ) -> None:
        found = [f"`{path}`" for path in self.content.duplicates(model, ignore=ignore)]
        mine = fold(submission.title or "")
        places = set(submission.municipalities)
        same = self._same_listing(submission, "activity", ignore, report)
        for other, title, theirs in self.store.pending_titles(model.organisation):
            if len(found) > MAX_DUPLICATES:
                break
            if other == submission.id or other in same:
                continue
            if (places & set(theirs) or not (places or theirs)) and similar(mine, fold(title)):
                found.append(f"submission `{other}` (waiting for review)")
        for item in found[:MAX_DUPLICATES]:
            report["warnings"].append(
                f"Possible duplicate of {item} (same organisation, similar title, same municipality)"
            )
        if len(found) > MAX_DUPLICATES:
            report["warnings"].append("More possible duplicates than the above")

    def _same_listing(
        self, submission: Submission, kind: str, target: str | None, report: dict
    ) -> set[str]:
        """The other waiting changes of the listing an update changes, each said in the
        report; their ids (they are not possible duplicates: they change the same file)."""
        if target is None:
            return set()
        same = set()
        for other, number in self.store.pending_changes(kind, target):
            if other != submission.id:
                same.add(other)
                report["warnings"].append(
                    f"Another open pull request changes the same listing: #{number}"
                    if number
                    else f"Another submission waiting for delivery changes the same listing: "
                    f"`{other}`"
                )
        return same

    def _organisation(
        self, submission: Submission, model: Organisation, report: dict
    ) -> tuple[str, str]:
        target, organisations = submission.target, self.content.content.organisations
        if submission.form == "organisation-update" and target in organisations:
            before = organisations[target].model_dump(mode="json", exclude_none=True)
            report["changes"] = differences(
                before, model.model_dump(mode="json", exclude_none=True), unordered("organisation")
            )
            path = self.content.path("organisations", target) or submission.path
            self._same_listing(submission, "organisation", target, report)
            return target, path
        slug = self._free("organisations", "organisation", organisation_slug(model))
        self._organisation_duplicates(model, report)
        return slug, f"content/organisations/{slug}.yaml"

    def _organisation_duplicates(self, model: Organisation, report: dict) -> None:
        names = {fold(t) for t in model.name.values()}
        alike = [
            slug
            for slug, other in self.content.content.organisations.items()
            if similar_titles(names, {fold(t) for t in other.name.values()})
        ]
        report["warnings"] += [f"Possible duplicate of organisation `{s}`" for s in alike[:5]]

    def _free(self, folder: str, kind: str, base: str) -> str:
        return free_slug(
            base, lambda s: self.store.slug_taken(kind, s) or self.content.taken(folder, s)
        )
