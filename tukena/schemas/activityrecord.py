"""An activity as the open data publishes it (an item of ``/data/activities.json``).

The record is the content model's own fields with the fields the site derives from them
(its address, status, next session and images' addresses): the published JSON Schema of
``activities.json`` is generated from this model, so the schema and the content model
cannot drift apart. :mod:`tukena.site.exports.opendata` writes the derived fields, in the
order they are declared here, before the content fields.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from tukena.schemas.activity import Activity
from tukena.schemas.common import Slug
from tukena.schemas.datafile import URL_SCHEMA, page_url
from tukena.status import STALE_AFTER_MONTHS, Status


class ActivityRecord(Activity):
    """An activity in tukena's open data: its listing's fields and the derived fields named
    in the file's derived_fields."""

    slug: Slug = Field(description="Identifier of the activity; its file's name")
    url: str = page_url()
    status: Status = Field(
        description=(
            "active: it has meetings ahead and its organiser has confirmed it recently; stale: "
            "it has meetings ahead but has not been confirmed for longer than the site's "
            f"staleness period ({STALE_AFTER_MONTHS} months unless the site sets another); "
            "ended: its valid_until "
            "date has passed or no meeting is left (its season or last session is over)"
        )
    )
    next_session: dt.date | None = Field(
        description=(
            "Date of its next meeting, local time in Finland; null when it has ended or its "
            "capacity is paused"
        )
    )
    image_urls: list[str] = Field(
        description="Addresses of its images, in the order of images",
        json_schema_extra={"items": URL_SCHEMA},
    )
