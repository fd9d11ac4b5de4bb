"""An organisation as the open data publishes it (an item of ``/data/organisations.json``):
the content model's own fields and the fields the site derives. The published JSON Schema
of ``organisations.json`` is generated from this model, as for activities
(:mod:`tukena.schemas.activityrecord`)."""

from __future__ import annotations

from pydantic import Field

from tukena.schemas.activityrecord import URL_SCHEMA
from tukena.schemas.common import Slug
from tukena.schemas.organisation import Organisation


class OrganisationRecord(Organisation):
    """An organisation in tukena's open data: its file's fields and the derived fields named
    in the file's derived_fields."""

    slug: Slug = Field(description="Identifier of the organisation; its file's name")
    url: str = Field(
        description=(
            "Address of its page in Finnish; the Swedish and English pages are at /sv/ and /en/ "
            "followed by the same path"
        ),
        json_schema_extra=URL_SCHEMA,
    )
    activities: list[Slug] = Field(
        description="Slugs of its current (not ended) activities, as organiser or partner"
    )
    logo_url: str | None = Field(
        description="Address of its logo; null without one", json_schema_extra=URL_SCHEMA
    )

    @classmethod
    def derived(cls) -> tuple[str, ...]:
        """The fields the site derives, in the order the open data writes them."""
        return tuple(name for name in cls.model_fields if name not in Organisation.model_fields)
