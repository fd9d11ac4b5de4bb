"""``/data/activities.csv``: one row per activity with flat columns (lists joined by ``;``),
in UTF-8 with a byte order mark so that Excel reads it correctly.

The columns and what each holds are :data:`COLUMNS`: the header is made from them, and the
open data page documents each with its description, so that the file and its documentation
cannot drift apart. New columns are appended, never inserted, so that spreadsheets and
scripts that read the columns by position keep working: ``sessions`` keeps the dates alone
it always had, and ``session_times`` gives the same sessions with their times.

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
from dataclasses import dataclass
from typing import Any

from tukena import invites, reference
from tukena.schemas import Activity
from tukena.schemas.common import clock
from tukena.schemas.languages import pick
from tukena.schemas.schedule import Schedule
from tukena.site import urls
from tukena.site.catalogue import Catalogue
from tukena.site.humanize import N_
from tukena.spreadsheet import LIST_SEPARATOR, safe_cells

logger = logging.getLogger(__name__)


def _localised(texts: dict[str, str] | None, main: str, languages: tuple[str, ...]) -> list[str]:
    """The text in the listing's main language, then one per UI language (empty if missing)."""
    texts = texts or {}
    return [pick(texts, main)[0], *[texts.get(lang) or "" for lang in languages]]


def _items(texts: list[str]) -> str:
    """Organisers' texts as a list in one cell: a semicolon in one would split it in two, so
    it is written as a comma."""
    return LIST_SEPARATOR.join([text.replace(LIST_SEPARATOR, ",") for text in texts])


def _places(activity: Activity, municipalities: dict[str, Any]) -> str:
    lines = []
    for p in activity.locations:
        town = municipalities[p.municipality].name_fi
        parts = (p.street_address, f"{p.postal_code} {town}" if p.postal_code else town)
        lines.append(", ".join([x for x in parts if x]))
    return _items(lines)


def _weekly(activity: Activity) -> str:
    return LIST_SEPARATOR.join(
        [
            f"{s.weekday} {s.start.hour:02}:{s.start.minute:02}-"
            f"{s.end.hour:02}:{s.end.minute:02}"
            + (f" every {s.every} weeks" if s.every > 1 else "")
            for s in activity.schedule.weekly
        ]
    )


@dataclass(frozen=True, slots=True)
class Column:
    """A column of activities.csv and what it holds (a message translated on the open data
    page); a localised one is followed by one column per UI language, ``<name>_<code>``."""

    name: str
    description: str
    per_language: str | None = None  #: what the columns in each UI language hold


_IN_EACH_LANGUAGE = N_(
    "The same in Finnish, Swedish and English, by the language code at the end of the column's"
    " name; empty when the listing has none in that language"
)
COLUMNS: tuple[Column, ...] = (
    Column("slug", N_("Identifier of the activity, as in activities.json")),
    Column("url", N_("Address of the activity's page in Finnish")),
    Column("status", N_("active, stale or ended, as explained above")),
    Column("next_session", N_("Date of its next meeting; empty when it has ended or is paused")),
    Column("verified", N_("Date the organiser last confirmed the listing")),
    Column("valid_until", N_("Date after which the listing is not shown; empty when not set")),
    Column("language", N_("Code of the listing's main language, e.g. fi")),
    Column("title", N_("Name of the activity in the listing's main language"), _IN_EACH_LANGUAGE),
    Column("summary", N_("Short description in the listing's main language"), _IN_EACH_LANGUAGE),
    Column("organisation", N_("Slug of the organisation that runs it, as in organisations.json")),
    Column("organisation_name", N_("Name of that organisation, in Finnish when it has one")),
    Column("partners", N_("Slugs of partner organisations (a list)")),
    Column("forms", N_("Codes of its activity types (a list), e.g. language-cafe")),
    Column("category", N_("Code of its category: support or participation")),
    Column("phases", N_("Codes of the phases of integration it suits (a list); empty: any")),
    Column("level", N_("Operating level: local, regional or national")),
    Column("target_groups", N_("Codes of the groups it is for (a list)")),
    Column("age_min", N_("Youngest age it is for; empty when not limited")),
    Column("age_max", N_("Oldest age it is for; empty when not limited")),
    Column("languages", N_("Codes of the languages spoken in the activity (a list)")),
    Column("language_level", N_("Code of the Finnish or Swedish skill needed to take part")),
    Column("support_languages", N_("Codes of the languages in which help is available (a list)")),
    Column("municipalities", N_("Finnish names of the municipalities it meets in (a list)")),
    Column(
        "municipality_codes",
        N_("Codes of those municipalities in the same order (a list): three digits, e.g. 049"),
    ),
    Column(
        "addresses",
        N_("Each place it meets at: street address, postal code and municipality (a list)"),
    ),
    Column("online", N_("true when one can take part online")),
    Column("season_start", N_("First day of the season of its weekly meetings")),
    Column("season_end", N_("Last day of that season; empty when no end is set")),
    Column(
        "weekly",
        N_(
            "Its weekly meetings (a list), each a weekday code (mon, tue, wed, thu, fri, sat,"
            " sun), a space, the start and end times (HH:MM-HH:MM) and, when it meets every"
            " second week or less often, \u201cevery N weeks\u201d counted from the first day"
            " of the season: \u201cthu 15:00-18:00 every 2 weeks\u201d"
        ),
    ),
    Column("sessions", N_("Dates of its dated sessions (a list); their times: session_times")),
    Column("free", N_("true when taking part is free")),
    Column("registration_required", N_("true when one has to register")),
    Column("capacity", N_("Whether one can join now: open, waiting-list, full or paused")),
    Column(
        "referrals_accepted", N_("true when participants referred by professionals are welcome")
    ),
    Column("childcare", N_("true when childcare is available during the activity")),
    Column("contact_email", N_("Email address for questions")),
    Column("contact_phone", N_("Phone number for questions, in international form (+358\u2026)")),
    Column("contact_link", N_("Web address for questions")),
    Column("keywords", N_("Extra search words (a list)")),
    Column(
        "session_times",
        N_(
            "Its dated sessions with their times (a list), each a date, a space and the start"
            " and end times: \u201c2027-01-14 17:00-19:00\u201d"
        ),
    ),
    Column(
        "breaks",
        N_(
            "Days without its weekly meetings (a list): a date, or the first and last day with"
            " a slash between them, then a space and the reason in the listing's main language"
            " when one is given: \u201c2026-12-21/2027-01-06 Christmas break\u201d. Dated"
            " sessions are not cancelled by them."
        ),
    ),
)


def csv_header(languages: tuple[str, ...]) -> list[str]:
    """The column names; the localised texts once in the main language and once per UI language."""
    return [
        name
        for column in COLUMNS
        for name in (
            [column.name, *(f"{column.name}_{lang}" for lang in languages)]
            if column.per_language
            else [column.name]
        )
    ]


def column_docs(languages: tuple[str, ...]) -> list[tuple[str, str]]:
    """Each column's name (or the names of its columns per UI language) and description,
    untranslated, in the order of the file: what the open data page lists."""
    docs = []
    for column in COLUMNS:
        docs.append((column.name, column.description))
        if column.per_language:
            names = ", ".join(f"{column.name}_{lang}" for lang in languages)
            docs.append((names, column.per_language))
    return docs


def _session_times(schedule: Schedule) -> str:
    return LIST_SEPARATOR.join(
        [f"{s.date} {clock(s.start)}-{clock(s.end)}" for s in schedule.sessions]
    )


def _breaks(schedule: Schedule, language: str) -> str:
    """Each break as an ISO date or interval (start/end) and its reason after a space, in
    one cell (:func:`_items`)."""
    parts = []
    for gap in schedule.exceptions:
        days = f"{gap.start}/{gap.end}" if gap.end and gap.end != gap.start else str(gap.start)
        reason = pick(gap.reason, language)[0].strip()
        parts.append(f"{days} {reason}" if reason else days)
    return _items(parts)


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
            _items(a.keywords),
            _session_times(a.schedule),
            _breaks(a.schedule, a.language),
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
