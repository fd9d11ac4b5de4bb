"""Everything the pages need, computed once per build: status, next sessions and groupings."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from tukena import contentfiles, documents, errors, invites
from tukena.exceptions import ContentError, FrontMatterError, Problem
from tukena.loader import ContentSet
from tukena.occurrences import next_session
from tukena.schemas import Activity, NewsItem
from tukena.schemas.page import Page
from tukena.schemas.vocabulary import NewsKind
from tukena.site import pageparts
from tukena.site.config import SiteConfig
from tukena.status import Status, status

logger = logging.getLogger(__name__)


@dataclass
class Catalogue:
    """The content of one build and its derived indexes."""

    content: ContentSet
    config: SiteConfig
    status: dict[str, Status] = field(default_factory=dict)
    next_session: dict[str, dt.date | None] = field(default_factory=dict)
    listed: list[str] = field(default_factory=list)
    by_municipality: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_form: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_group: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_organisation: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: by language code: the activities that speak it, and those that only offer help in it
    by_language: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_help_language: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: ended activities by organiser and partner: organisation pages keep them for reference
    ended_by_organisation: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    news: dict[str, list[str]] = field(default_factory=dict)
    archived_events: dict[str, list[str]] = field(default_factory=dict)
    pages: dict[tuple[str, str], Page] = field(default_factory=dict)
    state: Any = None  # the incremental build state (tukena.site.incremental.BuildState)
    #: values made once per build and process for the pages (:mod:`tukena.site.shared`)
    memo: dict[Any, Any] = field(default_factory=dict, repr=False)

    @property
    def activities(self) -> dict[str, Activity]:
        return self.content.activities

    def content_digest(self) -> str:
        """A digest of every content file's signature (path, size, modification time):
        changes whenever a content file does. Made once per build, for every export and
        page that depends on all the content."""
        digest = self.memo.get("content digest")
        if digest is None:
            signatures = repr(sorted(self.content.signatures.items())).encode()
            digest = self.memo["content digest"] = hashlib.sha256(signatures).hexdigest()
        return digest

    def is_listed(self, slug: str) -> bool:
        return self.status[slug] is not Status.ENDED

    def upcoming(self, slug: str) -> dt.date | None:
        """The next session the pages and exports tell of: none while the activity is
        paused (:mod:`tukena.invites`). :attr:`next_session` is the schedule's, which
        keeps a paused activity listed."""
        return invites.next_meeting(self.activities[slug], self.next_session[slug])

    def takes_referrals(self, slug: str) -> bool:
        """Whether its pages and counts invite referred participants (:mod:`tukena.invites`)."""
        ended = self.status[slug] is Status.ENDED
        return invites.takes_referrals(self.activities[slug], ended)

    def newest(self, count: int | None = None, slugs: Iterable[str] | None = None) -> list[str]:
        """The most recently verified of ``slugs`` (the listed activities by default), at
        most ``count``; ties by slug. Not the newest listings: the content has no publication
        date (so the home page calls them recently updated)."""
        chosen = self.listed if slugs is None else slugs
        found = sorted(chosen, key=lambda s: (self.activities[s].verified, s), reverse=True)
        return found if count is None else found[:count]

    def job_open(self, item: NewsItem) -> bool:
        return item.deadline is None or item.deadline >= self.config.today


def _sort_key(activity: Activity) -> str:
    title = activity.title.get("fi") or next(iter(activity.title.values()))
    return title.casefold()


def _news(catalogue: Catalogue) -> None:
    today = catalogue.config.today
    items = catalogue.content.news
    for kind in NewsKind:
        slugs = [s for s, n in items.items() if n.kind is kind]
        if kind in (NewsKind.EVENT, NewsKind.TRAINING):
            upcoming = [s for s in slugs if (items[s].end or items[s].start).date() >= today]
            past = [s for s in slugs if s not in upcoming]
            catalogue.news[kind] = sorted(upcoming, key=lambda s: items[s].start)
            catalogue.archived_events[kind] = sorted(
                past, key=lambda s: items[s].start, reverse=True
            )
        elif kind is NewsKind.JOB:
            open_jobs = [s for s in slugs if catalogue.job_open(items[s])]
            catalogue.news[kind] = sorted(open_jobs, key=lambda s: items[s].deadline)
        else:
            catalogue.news[kind] = sorted(slugs, key=lambda s: (items[s].date, s), reverse=True)


def load_pages(root: Path, languages: tuple[str, ...]) -> dict[tuple[str, str], Page]:
    """Read ``content/pages/<slug>.<lang>.md``; raise :class:`ContentError` on any problem."""
    pages: dict[tuple[str, str], Page] = {}
    problems: list[Problem] = []
    folder = root / "content" / "pages"
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        rel = path.relative_to(root).as_posix()
        slug, _, lang = path.stem.rpartition(".")
        if lang not in languages or not slug:
            problems.append(
                Problem(
                    rel, 0, "", f"name pages <slug>.<lang>.md, lang one of {', '.join(languages)}"
                )
            )
            continue
        fault = contentfiles.name_problem(slug, page=True)
        if fault:
            problems.append(Problem(rel, 0, "", fault))
            continue
        try:
            raw = documents.read(path)
            raw.data["body"] = raw.body
            pages[(slug, lang)] = Page.model_validate(raw.data)
            problems.extend(
                Problem(rel, raw.body_line + index, "body", message)
                for index, message in pageparts.problems(raw.body)
            )
        except FrontMatterError as exc:
            problems.append(Problem(rel, exc.line, "", exc.message))
        except ValidationError as exc:
            problems.extend(errors.problems(exc, Page, rel, raw.lines, raw.body_line))
    if problems:
        raise ContentError(problems)
    return pages


def build(content: ContentSet, config: SiteConfig) -> Catalogue:
    """Derive status, next sessions and the groupings every listing page uses."""
    catalogue = Catalogue(content, config)
    today = config.today
    for slug, activity in sorted(
        content.activities.items(), key=lambda kv: (_sort_key(kv[1]), kv[0])
    ):
        upcoming = catalogue.next_session[slug] = next_session(activity.schedule, today)
        catalogue.status[slug] = status(
            activity, today, config.stale_after_months, upcoming=upcoming
        )
        if catalogue.status[slug] is Status.ENDED:
            for org in dict.fromkeys([activity.organisation, *activity.partners]):
                catalogue.ended_by_organisation[org].append(slug)
            continue
        catalogue.listed.append(slug)
        for code in sorted({p.municipality for p in activity.locations}):
            catalogue.by_municipality[code].append(slug)
        for form in dict.fromkeys(activity.forms):  # a value listed twice counts once
            catalogue.by_form[form].append(slug)
        for group in dict.fromkeys(activity.target_groups):
            catalogue.by_group[group].append(slug)
        for code in dict.fromkeys(activity.languages):
            catalogue.by_language[code].append(slug)
        for code in activity.help_languages:
            catalogue.by_help_language[code].append(slug)
        catalogue.by_organisation[activity.organisation].append(slug)
        for partner in activity.partners:
            catalogue.by_organisation[partner].append(slug)
    _news(catalogue)
    catalogue.pages = load_pages(config.root, config.languages)
    logger.info(
        "%s activities listed, %s ended; %s pages",
        len(catalogue.listed),
        len(content.activities) - len(catalogue.listed),
        len(catalogue.pages),
    )
    return catalogue
