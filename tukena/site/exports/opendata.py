"""Open data under ``/data/``: activities.json, organisations.json and activities.csv.

The JSON files wrap their items with the licence, the day they were generated and the
address of the JSON Schema an item's content fields follow. Each item is its content model
dumped in JSON mode (exactly what the schema describes) plus the derived fields named in
``DERIVED``: the slug, the page address and, for activities, the status and next session.

Ended activities are included with status ``ended``: the open data is the complete record,
and consumers filter by status. The CSV has one row per activity with flat columns (lists
joined by ``;``), in UTF-8 with a byte order mark so that Excel reads it correctly.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from tukena import reference
from tukena.jsonschema import filename
from tukena.schemas import Activity
from tukena.schemas.languages import pick
from tukena.site import render, urls
from tukena.site.catalogue import Catalogue
from tukena.site.exports.memo import Memo

logger = logging.getLogger(__name__)

FOLDER = "data"
DERIVED = {
    "activity": ("slug", "url", "status", "next_session"),
    "organisation": ("slug", "url", "activities"),
}
LIST_SEPARATOR = ";"
#: A spreadsheet treats a cell that starts with one of these as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def site_url(cat: Catalogue, url: str) -> str:
    """Address of a site-relative URL: absolute with SITEURL, root-relative without."""
    return f"{cat.config.siteurl}/{url}"


def _envelope(cat: Catalogue, schema: str, items: list[dict[str, Any]]) -> dict[str, Any]:
    config = cat.config
    return {
        "licence": config.data_licence,
        "licence_url": config.data_licence_url,
        "attribution": f"{config.sitename} and the organisations that publish the listings",
        "generated": config.today.isoformat(),
        "schema": site_url(cat, f"schemas/{filename(schema)}"),
        "derived_fields": list(DERIVED[schema]),
        "count": len(items),
        "items": items,
    }


def activity_fields(cat: Catalogue, slug: str) -> dict[str, Any]:
    """The derived fields of one activity as published."""
    upcoming = cat.next_session.get(slug)
    return {
        "slug": slug,
        "url": site_url(cat, urls.activity(cat.config.default_language, slug)),
        "status": cat.status[slug].value,
        "next_session": upcoming.isoformat() if upcoming else None,
    }


def activity_item(cat: Catalogue, slug: str) -> dict[str, Any]:
    """One activity as published: derived fields, then the model's own fields."""
    return {**activity_fields(cat, slug), **cat.activities[slug].model_dump(mode="json")}


def organisation_fields(cat: Catalogue, slug: str) -> dict[str, Any]:
    """The derived fields of one organisation: with the slugs of its current activities."""
    return {
        "slug": slug,
        "url": site_url(cat, urls.organisation(cat.config.default_language, slug)),
        "activities": list(cat.by_organisation.get(slug, [])),
    }


def organisation_item(cat: Catalogue, slug: str) -> dict[str, Any]:
    """One organisation as published, with the slugs of its current activities."""
    return {
        **organisation_fields(cat, slug),
        **cat.content.organisations[slug].model_dump(mode="json"),
    }


_COMPACT: dict[str, Any] = {"ensure_ascii": False, "separators": (",", ":")}


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, **_COMPACT) + "\n"


def item_json(derived: dict[str, Any], model: BaseModel) -> str:
    """``json.dumps({**derived, **model.model_dump(mode="json")})`` as :func:`_json` writes
    it, with pydantic's own serialiser writing the model's part: about a third of the time
    of dumping the model into Python objects and encoding those again.

    The two agree on key order, separators, escapes and the floats the models allow (none
    out of range where Python would write an exponent); the tests compare them. A model
    with a field named like a derived one falls back to the merged dict."""
    if not derived.keys().isdisjoint(type(model).model_fields):
        return json.dumps({**derived, **model.model_dump(mode="json")}, **_COMPACT)
    head = json.dumps(derived, **_COMPACT)
    body = model.model_dump_json()
    return head if body == "{}" else f"{head[:-1]},{body[1:]}"


def document(envelope: dict[str, Any], items: list[str]) -> str:
    """:func:`_json` of ``envelope`` with ``items`` (each already JSON) as its last field."""
    empty = _json({**envelope, "count": len(items), "items": []})
    assert list(envelope)[-1] == "items" and empty.endswith("[]}\n")
    return f"{empty[:-3]}{','.join(items)}]}}\n"


def activities_json(cat: Catalogue, slugs: list[str]) -> str:
    """activities.json: the envelope and :func:`activity_item` of each of ``slugs``."""
    models = cat.activities
    items = [item_json(activity_fields(cat, slug), models[slug]) for slug in slugs]
    return document(_envelope(cat, "activity", []), items)


def organisations_json(cat: Catalogue, slugs: list[str]) -> str:
    """organisations.json: the envelope and :func:`organisation_item` of each of ``slugs``."""
    models = cat.content.organisations
    items = [item_json(organisation_fields(cat, slug), models[slug]) for slug in slugs]
    return document(_envelope(cat, "organisation", []), items)


# --- CSV -----------------------------------------------------------------------------------


def _joined(values: Iterable[Any]) -> str:
    return LIST_SEPARATOR.join(str(v) for v in values)


def _text(value: str | None) -> str:
    """Free text for a spreadsheet cell: a leading formula character is neutralised."""
    value = value or ""
    return "'" + value if value.startswith(FORMULA_START) else value


def _localised(texts: dict[str, str] | None, main: str, languages: tuple[str, ...]) -> list[str]:
    """The text in the listing's main language, then one per UI language (empty if missing)."""
    texts = texts or {}
    return [_text(pick(texts, main)[0])] + [_text(texts.get(lang)) for lang in languages]


def _places(activity: Activity) -> str:
    municipalities = reference.load().municipalities
    lines = []
    for p in activity.locations:
        town = municipalities[p.municipality].name_fi
        parts = (p.street_address, f"{p.postal_code} {town}" if p.postal_code else town)
        lines.append(", ".join(x for x in parts if x))
    return _text(_joined(lines))


def _weekly(activity: Activity) -> str:
    return _joined(
        f"{s.weekday.value} {s.start:%H:%M}-{s.end:%H:%M}"
        + (f" every {s.every} weeks" if s.every > 1 else "")
        for s in activity.schedule.weekly
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
    """One activity's cells, in the order of :func:`csv_header`."""
    a = cat.activities[slug]
    languages = cat.config.languages
    codes = list(dict.fromkeys(p.municipality for p in a.locations))
    municipalities = reference.load().municipalities
    organisation = cat.content.organisations[a.organisation]
    season = a.schedule.season
    row = [
        slug,
        site_url(cat, urls.activity(cat.config.default_language, slug)),
        cat.status[slug].value,
        cat.next_session.get(slug) or "",
        a.verified,
        a.valid_until or "",
        a.language,
        *_localised(a.title, a.language, languages),
        *_localised(a.summary, a.language, languages),
        a.organisation,
        _text(pick(organisation.name, cat.config.default_language, organisation.language)[0]),
        _joined(a.partners),
        _joined(f.value for f in a.forms),
        a.category.value,
        _joined(p.value for p in a.phases),
        a.level.value,
        _joined(g.value for g in a.target_groups),
        a.age.min if a.age and a.age.min is not None else "",
        a.age.max if a.age and a.age.max is not None else "",
        _joined(a.languages),
        a.language_level.value,
        _joined(a.support_languages),
        _joined(municipalities[c].name_fi for c in codes),
        _joined(codes),
        _places(a),
        a.online is not None,
        season.start if season else "",
        (season.end or "") if season else "",
        _weekly(a),
        _joined(s.date for s in a.schedule.sessions),
        a.cost.free,
        a.registration.required,
        a.capacity.value,
        a.referrals.accepted,
        a.childcare,
        a.contact.email or "",
        a.contact.phone or "",
        a.contact.link or "",
        _text(_joined(a.keywords)),
    ]
    return [_cell(v) for v in row]


def _cell(value: Any) -> Any:
    """Booleans as true/false; every text neutralised (phones start with +, too)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _text(value) if isinstance(value, str) else value


def activities_csv(cat: Catalogue, slugs: list[str]) -> str:
    """The CSV text (with its byte order mark) of the given activities, one row each."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(csv_header(cat.config.languages))
    writer.writerows(csv_row(cat, slug) for slug in slugs)
    return out.getvalue()


# --- writing -------------------------------------------------------------------------------


def content_fingerprint(cat: Catalogue) -> str:
    """Changes whenever a content file or the build date changes."""
    signatures = repr(sorted(cat.content.signatures.items()))
    return hashlib.sha256(f"{cat.config.today}\n{signatures}".encode()).hexdigest()


def write(cat: Catalogue, output: Path) -> list[Path]:
    """Write the three files into ``output/data``; skipped when nothing they show changed."""
    activities = sorted(cat.activities)
    organisations = sorted(cat.content.organisations)
    makers: dict[str, Callable[[], str]] = {
        "activities.json": lambda: activities_json(cat, activities),
        "organisations.json": lambda: organisations_json(cat, organisations),
        "activities.csv": lambda: activities_csv(cat, activities),
    }
    memo = Memo.load(cat, "opendata")
    fingerprint = content_fingerprint(cat)
    made = 0
    for name, make in makers.items():
        url = f"{FOLDER}/{name}"
        if not memo.fresh(output, url, fingerprint):
            render.write(output, url, make())
            made += 1
    memo.save()
    logger.info(
        "open data: %s activities, %s organisations (%s of %s files made)",
        len(activities),
        len(organisations),
        made,
        len(makers),
    )
    return [output / FOLDER / name for name in makers]
