"""Where an activity happens: places in person, and online."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    PlainSerializer,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from tukena.schemas.common import ContentModel, MunicipalityCode, PostalCode, WebUrl
from tukena.schemas.languages import (
    LANGUAGE_CODES,
    LocalisedText,
    Text,
    _language,
    _non_empty_texts,
    _text,
    pick,
)
from tukena.schemas.scripts import letters_direction

#: The key of a place's name written as a plain string: BCP 47's "undetermined language".
#: It is never put in a ``lang`` attribute: :func:`place_name_in` says such a name is in
#: the listing's language where that tells it, else in the reader's; nor is it counted
#: among a listing's languages (:func:`claimed`).
PROPER_NAME = "und"


def _place_name(value: Any) -> Any:
    """A place's name as written: a plain string is a proper name in no language claimed,
    a map keeps the languages it gives.

    Other plain texts of a listing are in its main language, but a place's name is the
    building's: "Hakunilan kansainvälinen yhdistys, kerhohuone" in a Somali listing is
    Finnish, and tagged ``so`` a screen reader would read it with a Somali voice (WCAG
    3.1.2). Neither the listing nor the municipality says which language a name is in (a
    bilingual town's places go by either), so a plain name claims none of its own; pages
    say what its listing's language tells (:func:`place_name_in`)."""
    if isinstance(value, str):
        return {PROPER_NAME: _text(value)}
    if isinstance(value, dict):
        return {_language(code): _text(text) for code, text in value.items()}
    return value


def _named(value: dict[str, str]) -> dict[str, str]:
    if value.get(PROPER_NAME, "x") == "":
        raise PydanticCustomError("localised", "the name is empty")
    return _non_empty_texts(value)


def _written(value: dict[str, str]) -> dict[str, str] | str:
    """A proper name back to the plain string it was written as (files, open data)."""
    return value[PROPER_NAME] if PROPER_NAME in value else value


PlaceName = Annotated[
    dict[str, str],
    BeforeValidator(_place_name),
    AfterValidator(_named),
    PlainSerializer(_written),
    WithJsonSchema(
        {
            "anyOf": [
                {
                    "type": "string",
                    "minLength": 1,
                    "description": "The name as written, a proper name in no language claimed",
                },
                {
                    "type": "object",
                    "description": "Names by language code",
                    "propertyNames": {"enum": sorted(LANGUAGE_CODES)},
                    "additionalProperties": {"type": "string", "minLength": 1},
                    "minProperties": 1,
                },
            ]
        }
    ),
]


def claimed(names: Mapping[str, str] | None) -> Mapping[str, str] | None:
    """The names of a place in the languages they claim: none for a proper name."""
    return None if not names or PROPER_NAME in names else names


def proper_direction(names: Mapping[str, str], text: str) -> str | None:
    """``rtl`` for a place's name written as a plain string (claiming no language, shown as
    the page's own text) in right-to-left letters, which the page must then set right to
    left ("مكتبة Myyrmäki، القاعة 2"); None for any other name, which reads as its page
    or its language does."""
    return "rtl" if PROPER_NAME in names and letters_direction(text) == "rtl" else None


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


#: The listing languages a place's name written as a plain string is taken to be in: a
#: Finnish or Swedish listing names the place as its sign does ("Tapiolan kirjasto"), an
#: English one writes it in English ("Duunikompassi, 3rd floor"). A listing in another
#: language may name it in either national language, so its plain name claims none.
NAMED_IN = ("fi", "sv", "en")
#: The listing languages a street address is taken to be written in: streets are named in
#: Finnish and Swedish, and an English listing may give either name.
STREETS_IN = SIGN_LANGUAGES


def plain_language(main: str, written_in: tuple[str, ...], lang: str) -> str:
    """The language of a place's plain text (its name as a plain string, its street address)
    in a listing written in ``main``: ``main`` when a writer of it writes such a text in it
    (``written_in``), else ``lang``, the page's own, so that it claims none (WCAG 3.1.2
    exempts proper names) rather than a wrong one."""
    return main if main in written_in else lang


def place_name_in(names: Mapping[str, str], lang: str, main: str) -> tuple[str, str]:
    """A place's name in ``lang``, else as its sign says (:func:`sign_language`), and the
    language it is in (:func:`~tukena.schemas.languages.pick`); a name written as a plain
    string (:data:`PROPER_NAME`) is in the listing's language where that says it
    (:data:`NAMED_IN`), else in ``lang``: a screen reader reads "Tapiolan kirjasto" with a
    Finnish voice on the English page, not "Hakunilan kansainvälinen yhdistys" of a Somali
    listing with a Somali one."""
    if PROPER_NAME in names:
        return names[PROPER_NAME], plain_language(main, NAMED_IN, lang)
    return pick(names, lang, sign_language(names, main))  # type: ignore[arg-type]


class Place(ContentModel):
    """A place where the activity meets in person."""

    name: PlaceName | None = Field(
        None,
        description="Name of the place, e.g. a library: as written (in no language claimed), or"
        " by language",
    )
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
