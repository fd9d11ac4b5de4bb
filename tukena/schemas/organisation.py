"""An organisation that runs activities (``content/organisations/<slug>.yaml`` or ``.md``)."""

from __future__ import annotations

import datetime as dt
import re

from pydantic import Field, ValidationInfo, field_validator, model_validator
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fi import ytunnus

from tukena import reference
from tukena.schemas.common import ContentModel, Email, MunicipalityCode, Phone, RegionCode, WebUrl
from tukena.schemas.contact import Address, Image
from tukena.schemas.languages import DEFAULT_LANGUAGE, LanguageCode, LocalisedText, Text
from tukena.schemas.vocabulary import Level, OrganisationKind

_REGISTER_NUMBER = re.compile(r"\d{1,3}(\.?\d{3})*\Z")


class Organisation(ContentModel):
    """An association, a municipality or another body that runs activities."""

    language: LanguageCode = Field(
        DEFAULT_LANGUAGE, description="Main language of this file: plain texts are in it"
    )
    name: LocalisedText = Field(description="Name of the organisation, by language")
    description: LocalisedText | None = Field(
        None, description="What the organisation does (the Markdown body of a .md file)"
    )
    kind: OrganisationKind = Field(description="Legal or administrative form")
    business_id: str | None = Field(None, description="Business ID (Y-tunnus), e.g. 1234567-1")
    association_register_number: str | None = Field(
        None, description="Number in the Finnish register of associations, e.g. 123.456"
    )
    level: Level = Field(description="Operating level: local, regional or national")
    municipalities: list[MunicipalityCode] = Field(
        default_factory=list,
        validate_default=True,
        description="Municipalities it operates in (codes or names); when given, these are"
        " where it works, and its regions only say which regions they are in",
    )
    regions: list[RegionCode] = Field(
        default_factory=list,
        description="Regions (maakunnat) it operates in (codes or names): every municipality"
        " of them when it names no municipalities",
    )
    languages: list[LanguageCode] = Field(
        default_factory=list, description="Languages the organisation works in"
    )
    networks: list[Text] = Field(default_factory=list, description="Networks it belongs to")
    website: WebUrl | None = Field(None, description="Website address")
    email: Email | None = Field(None, description="Public e-mail address")
    phone: Phone | None = Field(None, description="Public phone number; stored as E.164")
    address: Address | None = Field(None, description="Visiting or postal address")
    logo: Image | None = Field(None, description="Logo with its text alternative")
    verified: dt.date | None = Field(
        None,
        description="Date the organisation last confirmed these details (the forms set it to"
        " the day they are sent)",
    )

    @field_validator("business_id")
    @classmethod
    def _business_id(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return ytunnus.format(ytunnus.validate(value))
        except StdnumError:
            raise ValueError(
                f'"{value}" is not a valid business ID (Y-tunnus): check the digits and the '
                "check digit"
            ) from None

    @field_validator("association_register_number")
    @classmethod
    def _register_number(cls, value: str | None) -> str | None:
        if value is not None and not _REGISTER_NUMBER.match(value):
            raise ValueError(f'"{value}" is not an association register number such as 123.456')
        return value

    @field_validator("municipalities")
    @classmethod
    def _local_area(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if not value and info.data.get("level") is Level.LOCAL:
            raise ValueError("a local organisation needs its municipalities")
        return value

    @model_validator(mode="after")
    def _area(self) -> Organisation:
        if self.level is Level.REGIONAL and not (self.regions or self.municipalities):
            raise ValueError("a regional organisation needs its regions or municipalities")
        return self

    def area(self) -> frozenset[str]:
        """The codes of the municipalities it works in by its own word: those it names, when
        it names any, else every municipality of the regions it names.

        Named municipalities are where it works; its regions then only say which regions
        they are in. A wellbeing services county of Eastern Uusimaa names Uusimaa and its
        own three municipalities, and does not work in Helsinki; a body working across a
        whole region names the region alone. Every page that answers "which organisations
        work in X" (a municipality's page, the organisation directory's filter and counts)
        goes by this; a current activity there adds an organisation too
        (:func:`tukena.site.municipality.organisations_in`)."""
        if self.municipalities or not self.regions:
            return frozenset(self.municipalities)
        named = set(self.regions)
        towns = reference.load().municipalities
        return frozenset(code for code, m in towns.items() if m.region in named)
