"""Where an activity happens: places in person, and online."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import Field, model_validator

from tukena.schemas.common import ContentModel, MunicipalityCode, PostalCode, WebUrl
from tukena.schemas.languages import LocalisedText, Text, pick


class Coordinates(ContentModel):
    """A point in WGS 84."""

    lat: float = Field(ge=59.0, le=70.5, description="Latitude in degrees (Finland: 59.5–70.1)")
    lon: float = Field(ge=19.0, le=32.0, description="Longitude in degrees (Finland: 19.1–31.6)")


class Accessibility(ContentModel):
    """Accessibility of a place."""

    step_free: bool | None = Field(None, description="Step-free access to the rooms used")
    accessible_toilet: bool | None = Field(None, description="An accessible toilet is available")
    induction_loop: bool | None = Field(None, description="An induction loop is available")
    notes: LocalisedText | None = Field(None, description="Anything else about accessibility")


#: The languages a place's sign is written in, in the order a name is shown in them.
SIGN_LANGUAGES = ("fi", "sv")


def sign_language(names: Mapping[str, str] | None, main: str) -> str:
    """The language to show a place's name in where the reader's is missing: Finnish or
    Swedish, as the building's sign says, else the listing's language. An English reader
    of a listing written in Dari finds "Tikkurilan kirjasto, ryhmätila Lumme", not
    "کتابخانه تیکوریلا"."""
    return next((code for code in SIGN_LANGUAGES if names and code in names), main)


def place_name_in(names: Mapping[str, str], lang: str, main: str) -> tuple[str, str]:
    """A place's name in ``lang``, else as its sign says (:func:`sign_language`), and the
    language it is in (:func:`~tukena.schemas.languages.pick`)."""
    return pick(names, lang, sign_language(names, main))


class Place(ContentModel):
    """A place where the activity meets in person."""

    name: LocalisedText | None = Field(None, description="Name of the place, e.g. a library")
    municipality: MunicipalityCode = Field(
        description="Municipality: code (091) or Finnish or Swedish name; stored as the code"
    )
    street_address: Text | None = Field(None, min_length=2, description="Street address")
    postal_code: PostalCode | None = Field(None, description="Five-digit postal code")
    coordinates: Coordinates | None = Field(None, description="Map point, if known")
    accessibility: Accessibility | None = Field(None, description="Accessibility of the place")


class Online(ContentModel):
    """Taking part online."""

    link: WebUrl | None = Field(None, description="Address where participants join")
    instructions: LocalisedText | None = Field(None, description="How to join online")

    @model_validator(mode="after")
    def _needs_a_way(self) -> Online:
        if self.link is None and self.instructions is None:
            raise ValueError("online participation needs a link or instructions")
        return self
