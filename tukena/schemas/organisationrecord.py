"""An organisation as the open data publishes it (an item of ``/data/organisations.json``):
the content model's own fields and the fields the site derives. The published JSON Schema
of ``organisations.json`` is generated from this model, as for activities
(:mod:`tukena.schemas.activityrecord`)."""

from __future__ import annotations

from pydantic import Field

from tukena.schemas.common import Slug
from tukena.schemas.datafile import URL_SCHEMA, page_url
from tukena.schemas.organisation import Organisation


class OrganisationRecord(Organisation):
    """An organisation in tukena's open data: its file's fields and the derived fields named
    in the file's derived_fields."""

    slug: Slug = Field(description="Identifier of the organisation; its file's name")
    url: str = page_url()
    activities: list[Slug] = Field(
        description="Slugs of its current (not ended) activities, as organiser or partner"
    )
    logo_url: str | None = Field(
        description="Address of its logo; null without one", json_schema_extra=URL_SCHEMA
    )
