"""``/data/activities.csv``: one row per activity with flat columns (lists joined by ``;``),
in UTF-8 with a byte order mark so that Excel reads it correctly.

Every text cell that a spreadsheet would take for a formula is neutralised with a leading
apostrophe, and so is each item of a list (the part after a ``;``), which a spreadsheet
that splits on ``;`` puts in a cell of its own. A row is made of about 45 cells for each of up to tens of thousands of
activities, so the cells are made with as few Python calls as the columns allow: lists are
joined in one call, the vocabulary values (``StrEnum``, whose text is the value) joined as
they are, and the cells converted in one comprehension.
"""

from __future__ import annotations

import csv
import io
import logging
from typing import Any

from tukena import invites, reference
from tukena.schemas import Activity
from tukena.schemas.languages import pick
from tukena.site import urls
from tukena.site.catalogue import Catalogue
from tukena.spreadsheet import LIST_SEPARATOR, safe_cells

logger = logging.getLogger(__name__)


def _localised(texts: dict[str, str] | None, main: str, languages: tuple[str, ...]) -> list[str]:
    """The text in the listing's main language, then one per UI language (empty if missing)."""
    texts = texts or {}
    return [pick(texts, main)[0], *[texts.get(lang) or "" for lang in languages]]


def _places(activity: Activity, municipalities: dict[str, Any]) -> str:
    lines = []
    for p in activity.locations:
        town = municipalities[p.municipality].name_fi
        parts = (p.street_address, f"{p.postal_code} {town}" if p.postal_code else town)
        lines.append(", ".join([x for x in parts if x]))
    return LIST_SEPARATOR.join(lines)


def _weekly(activity: Activity) -> str:
    return LIST_SEPARATOR.join(
        [
            f"{s.weekday} {s.start.hour:02}:{s.start.minute:02}-"
            f"{s.end.hour:02}:{s.end.minute:02}"
            + (f" every {s.every} weeks" if s.every > 1 else "")
            for s in activity.schedule.weekly
        ]
    )


def csv_header(languages: tuple[str, ...]) -> list[str]:
    """The column names; the localised texts once in the main language and once per UI language."""
    return [
        "slug", "url", "status", "next_session", "verified", "valid_until", "language",
        "title", *(f"title_{lang}" for lang in languages),
        "summary", *(f"summary_{lang}" for lang in languages),
        "organisation", "organisation_name", "partners", "forms", "category", "phases",
        "level", "target_groups", "age_min", "age_max", "languages", "language_level",
        "support_languages", "municipalities", "municipality_codes", "addresses", "online",
        "season_start", "season_end", "weekly", "sessions", "free", "registration_required",
        "capacity", "referrals_accepted", "childcare", "contact_email", "contact_phone",
        "contact_link", "keywords",
    ]  # fmt: skip


def csv_row(cat: Catalogue, slug: str) -> list[Any]:
    """One activity's cells, in the order of :func:`csv_header`. The vocabulary values are
    ``StrEnum``: ``str()`` of one is its value, and ``;``.join writes their text as it is."""
    a = cat.activities[slug]
    config = cat.config
    languages = config.languages
    codes = list(dict.fromkeys([p.municipality for p in a.locations]))
    municipalities = reference.load().municipalities
    organisation = cat.content.organisations[a.organisation]
    season = a.schedule.season
    age = a.age
    contact = a.contact
    join = LIST_SEPARATOR.join
    return safe_cells(
        [
            slug,
            f"{config.siteurl}/{urls.activity(config.default_language, slug)}",
            str(cat.status[slug]),
            invites.next_meeting(a, cat.next_session.get(slug)) or "",  # none while paused
            a.verified,
            a.valid_until or "",
            a.language,
            *_localised(a.title, a.language, languages),
            *_localised(a.summary, a.language, languages),
            a.organisation,
            pick(organisation.name, config.default_language, organisation.language)[0],
            join(a.partners),
            join(a.forms),
            str(a.category),
            join(a.phases),
            str(a.level),
            join(a.target_groups),
            age.min if age and age.min is not None else "",
            age.max if age and age.max is not None else "",
            join(a.languages),
            str(a.language_level),
            join(a.support_languages),
            join([municipalities[c].name_fi for c in codes]),
            join(codes),
            _places(a, municipalities),
            a.online is not None,
            season.start if season else "",
            (season.end or "") if season else "",
            _weekly(a),
            join([str(s.date) for s in a.schedule.sessions]),
            a.cost.free,
            a.registration.required,
            str(a.capacity),
            a.referrals.accepted,
            a.childcare,
            contact.email or "",
            contact.phone or "",
            contact.link or "",
            join(a.keywords),
        ]
    )


def activities_csv(cat: Catalogue, slugs: list[str]) -> str:
    """The CSV text (with its byte order mark) of the given activities, one row each."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(csv_header(cat.config.languages))
    writer.writerows([csv_row(cat, slug) for slug in slugs])
    return out.getvalue()
