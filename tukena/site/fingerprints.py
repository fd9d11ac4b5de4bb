"""Page fingerprints: what each page of a build depends on.

A page's fingerprint combines the code fingerprint and the build settings and date
(:func:`_settings`), its kind, key, language and template, and the signatures of the content
files it shows: an activity's page its file and its organisers', a list the cards it shows
(each card its activity's and organiser's files), a language's page its list and counts,
a news item's page the news files and its employer's (a job ad's), a content page its text
and the languages it is written in,
the home and index pages everything. :mod:`tukena.site.incremental` renders again the pages
whose fingerprint changed.
"""

from __future__ import annotations

import hashlib
from typing import Any

from tukena.site import languages, locallists, municipality
from tukena.site.catalogue import Catalogue
from tukena.site.config import SiteConfig
from tukena.site.refs import image_sizes
from tukena.site.routes import Job


def _settings(config: SiteConfig, code: str) -> str:
    """Every setting and the date: a change to any of them re-renders every page."""
    return hashlib.sha256(f"{code}\n{config!r}".encode()).hexdigest()


def fingerprints(cat: Catalogue, jobs: list[Job], code: str) -> dict[str, str]:
    """A fingerprint for every job's page, keyed by URL."""
    signatures = cat.content.signatures
    base = _settings(cat.config, code)

    sigs: dict[tuple[str, str], str] = {}
    joined: dict[tuple[str, str], str] = {}

    def sig(folder: str, slug: str) -> str:
        text = sigs.get((folder, slug))
        if text is None:
            text = sigs[folder, slug] = f"{folder}/{slug}:{signatures.get((folder, slug))}"
        return text

    def digest(*parts: str) -> str:
        return hashlib.sha256("\n".join((base, *parts)).encode()).hexdigest()

    everything = cat.content_digest()
    news = hashlib.sha256(
        repr(sorted(v for k, v in signatures.items() if k[0] == "news")).encode()
    ).hexdigest()

    def versions(slug: str) -> list[str]:
        """The languages a content page is written in: each names the others."""
        return sorted(lang for page, lang in cat.pages if page == slug)

    def card(slug: str) -> str:
        """What an activity's card shows: the activity, and its organiser's name."""
        organiser = cat.activities[slug].organisation
        return f"{sig('activities', slug)}+{sig('organisations', organiser)}"

    def members(index: dict[Any, list[str]], kind: str, key: str) -> str:
        """A listing's members, the same in every language: joined once."""
        text = joined.get((kind, key))
        if text is None:
            slugs = index.get(key, [])
            text = joined[kind, key] = "|".join(card(s) for s in slugs)
        return text

    out: dict[str, str] = {}
    for job in jobs:
        kind, key = job.kind, job.key
        if kind == "activity":
            activity = cat.activities[key]
            orgs = [activity.organisation, *activity.partners]
            deps = [sig("activities", key), *(sig("organisations", o) for o in orgs)]
            if activity.images:
                deps.append(image_sizes(cat.config.content, activity.images))
        elif kind == "organisation":
            logo = cat.content.organisations[key].logo
            deps = [
                sig("organisations", key),
                members(cat.by_organisation, kind, key),
                members(cat.ended_by_organisation, "ended", key),
                image_sizes(cat.config.content, [logo] if logo else []),
            ]
        elif kind == "municipality":
            deps = [members(cat.by_municipality, kind, key), municipality.inputs(cat, key)]
        elif kind == "form":
            deps = [members(cat.by_form, kind, key)]
        elif kind == locallists.KIND:
            deps = [members(locallists.index(cat), kind, key)]
        elif kind == "target-group":
            deps = [members(cat.by_group, kind, key)]
        elif kind in ("language", "language-help"):  # the list, and both lists' counts
            listed = members(languages.index(cat, kind), kind, key)
            deps = [listed, repr(languages.ref(cat, key, job.lang))]
        elif kind == "news":  # a job ad names its employer, and places the job by its area
            employer = cat.content.news[key].employer
            deps = [news, sig("organisations", employer) if employer else ""]
        elif kind == "news-listing":
            deps = [news]
        elif kind == "page":  # the page, and which languages link to their versions of it
            deps = [repr(cat.pages.get((key, job.lang))), repr(versions(key))]
        else:  # home, indexes, search: they summarise everything
            deps = [everything, repr(sorted(cat.pages))]
        out[job.url] = digest(job.kind, job.key, job.lang, job.template, *deps)
    return out
