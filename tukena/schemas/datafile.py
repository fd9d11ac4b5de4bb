"""The envelope of an open data file (``/data/activities.json``, ``/data/organisations.json``):
the licence, the day it was made, the address of its JSON Schema and the items.

The published JSON Schemas of those files are generated from ``DataFile[ActivityRecord]``
and ``DataFile[OrganisationRecord]`` (:mod:`tukena.jsonschema`), so that a consumer can check
a whole downloaded file with any Draft 2020-12 validator and nothing else.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Item = TypeVar("Item", bound=BaseModel)

#: A site address: absolute with the site's address set, else root-relative (/activities/…).
URL_SCHEMA = {"format": "uri-reference"}


def page_url() -> Any:
    """The ``url`` field of a record: the address of its item's page in Finnish."""
    return Field(
        description=(
            "Address of its page in Finnish; the Swedish and English pages are at /sv/ and /en/ "
            "followed by the same path"
        ),
        json_schema_extra=URL_SCHEMA,
    )


def derived(record: type[BaseModel], content: type[BaseModel]) -> tuple[str, ...]:
    """The fields a record model adds to its content model: those the site derives, in the
    order the open data writes them (the file's ``derived_fields``)."""
    return tuple(name for name in record.model_fields if name not in content.model_fields)


class DataFile(BaseModel, Generic[Item]):
    """An open data file of tukena: the licence and provenance, then every item."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    licence: str = Field(description="Licence of the data, e.g. CC BY 4.0")
    licence_url: str = Field(
        description="Address of the licence's text", json_schema_extra=URL_SCHEMA
    )
    attribution: str = Field(description="Whom to credit when using the data")
    generated: dt.date = Field(description="Day the file was made (YYYY-MM-DD)")
    schema_url: str = Field(
        alias="schema",
        description="Address of this file's JSON Schema",
        json_schema_extra=URL_SCHEMA,
    )
    derived_fields: list[str] = Field(
        description=(
            "Fields of each item that the site derives (its address, status and so on); the "
            "others are the listing's own, as the content's schema describes them"
        )
    )
    count: int = Field(ge=0, description="Number of items")
    items: list[Item] = Field(description="Every item, in the order of their slugs")
