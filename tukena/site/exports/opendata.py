"""Open data under ``/data/``: activities.json, organisations.json, activities.csv,
coverage.csv (current activities by municipality and form, :mod:`tukena.site.coverage`),
coverage-weekdays.csv (by region, form and weekday, :mod:`tukena.site.exports.weekdaycsv`) and
overlaps.csv (activities of a form meeting at the same time, :mod:`tukena.site.overlaps` and
:mod:`tukena.site.exports.overlapcsv`).

The JSON files wrap their items with the licence, the day they were generated and the
address of the file's JSON Schema (``schemas/activities-data.schema.json``, generated from
:class:`tukena.schemas.datafile.DataFile` and the record models). Each item is its content
model dumped in JSON mode plus the derived fields the record models add, named in
``DERIVED``: the slug, the page address and, for activities, the status, the next session
and the images' addresses; for organisations, their current activities and logo's address.

Ended activities are included with status ``ended``: the open data is the complete record,
and consumers filter by status. The CSV is made in :mod:`tukena.site.exports.opencsv`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from tukena.jsonschema import DATA_FILE, filename
from tukena.schemas import Activity, Organisation
from tukena.schemas.activityrecord import ActivityRecord
from tukena.schemas.datafile import derived
from tukena.schemas.organisationrecord import OrganisationRecord
from tukena.site import coverage, urls
from tukena.site.catalogue import Catalogue
from tukena.site.exports.memo import Memo, write_file
from tukena.site.exports.opencsv import activities_csv
from tukena.site.exports.overlapcsv import overlap_csv
from tukena.site.exports.weekdaycsv import weekday_csv
from tukena.site.links import image_address

logger = logging.getLogger(__name__)

FOLDER = "data"
DERIVED = {
    "activity": derived(ActivityRecord, Activity),
    "organisation": derived(OrganisationRecord, Organisation),
}


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
        "schema": site_url(cat, f"schemas/{filename(DATA_FILE[schema])}"),
        "derived_fields": list(DERIVED[schema]),
        "count": len(items),
        "items": items,
    }


def activity_fields(cat: Catalogue, slug: str) -> dict[str, Any]:
    """The derived fields of one activity as published."""
    upcoming = cat.upcoming(slug)  # none while paused (tukena.invites)
    siteurl = cat.config.siteurl
    return {
        "slug": slug,
        "url": site_url(cat, urls.activity(cat.config.default_language, slug)),
        "status": cat.status[slug].value,
        "next_session": upcoming.isoformat() if upcoming else None,
        "image_urls": [image_address(siteurl, i) for i in cat.activities[slug].images],
    }


def activity_item(cat: Catalogue, slug: str) -> dict[str, Any]:
    """One activity as published: derived fields, then the model's own fields."""
    return {**activity_fields(cat, slug), **cat.activities[slug].model_dump(mode="json")}


def organisation_fields(cat: Catalogue, slug: str) -> dict[str, Any]:
    """The derived fields of one organisation: with the slugs of its current activities."""
    logo = cat.content.organisations[slug].logo
    return {
        "slug": slug,
        "url": site_url(cat, urls.organisation(cat.config.default_language, slug)),
        "activities": list(cat.by_organisation.get(slug, [])),
        "logo_url": image_address(cat.config.siteurl, logo) if logo else None,
    }


def organisation_item(cat: Catalogue, slug: str) -> dict[str, Any]:
    """One organisation as published, with the slugs of its current activities."""
    return {
        **organisation_fields(cat, slug),
        **cat.content.organisations[slug].model_dump(mode="json"),
    }


_COMPACT: dict[str, Any] = {"ensure_ascii": False, "separators": (",", ":")}
_ENCODER = json.JSONEncoder(**_COMPACT)  # what json.dumps makes anew on every call


def _json(data: dict[str, Any]) -> str:
    return json.dumps(data, **_COMPACT) + "\n"


def item_json(derived: dict[str, Any], model: BaseModel) -> bytes:
    """``json.dumps({**derived, **model.model_dump(mode="json")})`` as :func:`_json` writes
    it, in UTF-8, with pydantic's own serialiser writing the model's part: about a third of
    the time of dumping the model into Python objects and encoding those again.

    The two agree on key order, separators, escapes and the floats the models allow (none
    out of range where Python would write an exponent); the tests compare them. A model
    with a field named like a derived one falls back to the merged dict."""
    if not derived.keys().isdisjoint(type(model).model_fields):
        return _ENCODER.encode({**derived, **model.model_dump(mode="json")}).encode()
    head = _flat_json(derived).encode()
    body = model.__pydantic_serializer__.to_json(model)
    return head if body == b"{}" else b"%s,%s" % (head[:-1], body[1:])


_string = json.encoder.encode_basestring  # what the encoder writes a text with (not ASCII)


def _flat_json(derived: dict[str, Any]) -> str:
    """``_ENCODER.encode(derived)`` of the derived fields (texts, lists of texts, None),
    written directly: the encoder makes its C encoder anew for every call, which cost
    more than the four fields of an activity. Anything else goes to the encoder."""
    parts = []
    for key, value in derived.items():
        if key.__class__ is not str:
            return _ENCODER.encode(derived)
        if value.__class__ is str:
            parts.append(f"{_string(key)}:{_string(value)}")
        elif value is None:
            parts.append(f"{_string(key)}:null")
        elif value.__class__ is list and all(item.__class__ is str for item in value):
            parts.append(f"{_string(key)}:[{','.join(map(_string, value))}]")
        else:
            return _ENCODER.encode(derived)
    return "{" + ",".join(parts) + "}"


def document(envelope: dict[str, Any], items: list[bytes]) -> bytes:
    """:func:`_json` of ``envelope`` with ``items`` (each already JSON) as its last field,
    in UTF-8: the items are never decoded, the whole never encoded again."""
    empty = _json({**envelope, "count": len(items), "items": []}).encode()
    assert list(envelope)[-1] == "items" and empty.endswith(b"[]}\n")
    return b"".join([empty[:-3], b",".join(items), b"]}\n"])


def activities_json(cat: Catalogue, slugs: list[str]) -> bytes:
    """activities.json: the envelope and :func:`activity_item` of each of ``slugs``."""
    models = cat.activities
    items = [item_json(activity_fields(cat, slug), models[slug]) for slug in slugs]
    return document(_envelope(cat, "activity", []), items)


def organisations_json(cat: Catalogue, slugs: list[str]) -> bytes:
    """organisations.json: the envelope and :func:`organisation_item` of each of ``slugs``."""
    models = cat.content.organisations
    items = [item_json(organisation_fields(cat, slug), models[slug]) for slug in slugs]
    return document(_envelope(cat, "organisation", []), items)


# --- writing -------------------------------------------------------------------------------


def content_fingerprint(cat: Catalogue) -> str:
    """Changes whenever a content file or the build date changes."""
    return f"{cat.config.today}:{cat.content_digest()}"


def write(cat: Catalogue, output: Path) -> list[Path]:
    """Write the open data files into ``output/data``; skipped when nothing they show changed."""
    activities = sorted(cat.activities)
    organisations = sorted(cat.content.organisations)
    makers: dict[str, Callable[[], bytes]] = {
        "activities.json": lambda: activities_json(cat, activities),
        "organisations.json": lambda: organisations_json(cat, organisations),
        "activities.csv": lambda: activities_csv(cat, activities).encode("utf-8"),
        "coverage.csv": lambda: coverage.csv_text(cat).encode("utf-8"),
        "coverage-weekdays.csv": lambda: weekday_csv(cat).encode("utf-8"),
        "overlaps.csv": lambda: overlap_csv(cat).encode("utf-8"),
    }
    memo = Memo.load(cat, "opendata")
    fingerprint = content_fingerprint(cat)
    made = 0
    for name, make in makers.items():
        url = f"{FOLDER}/{name}"
        if not memo.fresh(output, url, fingerprint):
            write_file(output / url, make())
            made += 1
    memo.save(output)
    logger.info(
        "open data: %s activities, %s organisations (%s of %s files made)",
        len(activities),
        len(organisations),
        made,
        len(makers),
    )
    return [output / FOLDER / name for name in makers]
