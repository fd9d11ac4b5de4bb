"""The base of every content model and the field types it shares: times, places, contacts,
slugs. Languages and localised text are in :mod:`tukena.schemas.languages`."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Any
from urllib.parse import urlsplit

import phonenumbers
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PlainSerializer,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from tukena import reference
from tukena.impossibledates import time_problem
from tukena.schemas import pickled

_SLUG = re.compile(r"[^\W_](?:[\w-]*[^\W_])?\Z")
_TIME = re.compile(r"([01]?[0-9]|2[0-3])[:.]([0-5][0-9])\Z")


class ContentModel(BaseModel):
    """Base of every content model: unknown keys are errors, text is stripped."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, validate_default=False, frozen=True
    )

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """Pickle the field values only: cheaper to send between processes and to cache
        (:mod:`tukena.schemas.pickled`)."""
        super().__pydantic_init_subclass__(**kwargs)
        pickled.register(cls)


def _time(value: Any) -> dt.time:
    if isinstance(value, dt.time):
        return value
    match = _TIME.match(str(value).strip()) if isinstance(value, (str, int)) else None
    if not match:
        # 25:00 is written as asked: say what is wrong with it, not the format again
        impossible = time_problem(value) if isinstance(value, str) else None
        if impossible:
            raise PydanticCustomError("time", impossible)
        raise PydanticCustomError("time", 'time must be HH:MM, got "{value}"', {"value": value})
    return dt.time(int(match[1]), int(match[2]))


def clock(value: dt.time) -> str:
    """``HH:MM``, what ``strftime("%H:%M")`` writes, at about a third of its cost: the open
    data writes every weekly slot's and session's times."""
    return "%02d:%02d" % (value.hour, value.minute)  # noqa: UP031 - quicker than an f-string


TimeOfDay = Annotated[
    dt.time,
    BeforeValidator(_time),
    PlainSerializer(clock, return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^([01]?[0-9]|2[0-3])[:.][0-5][0-9]$"}),
]


def _municipality(value: Any) -> str:
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise PydanticCustomError("municipality", "municipality must be a code or a name")
    try:
        return reference.municipality(value).code
    except LookupError as exc:
        raise PydanticCustomError(
            "municipality", str(exc).replace("{", "(").replace("}", ")")
        ) from None


MunicipalityCode = Annotated[
    str,
    BeforeValidator(_municipality),
    WithJsonSchema(
        {
            "type": ["string", "integer"],
            "description": "Municipality code (091) or Finnish or Swedish name",
        }
    ),
]


def _region(value: Any) -> str:
    data = reference.load()
    text = str(value).strip()
    if text.isdigit() and text.zfill(2) in data.regions:
        return text.zfill(2)
    for region in data.regions.values():
        if reference.fold(text) in {
            reference.fold(n) for n in (region.name_fi, region.name_sv, region.name_en)
        }:
            return region.code
    raise PydanticCustomError("region", 'unknown region "{value}"', {"value": value})


RegionCode = Annotated[
    str,
    BeforeValidator(_region),
    WithJsonSchema({"type": ["string", "integer"], "description": "Region code (01) or name"}),
]


def _phone(value: Any) -> str:
    try:
        number = phonenumbers.parse(str(value), "FI")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise PydanticCustomError("phone", 'not a valid phone number: "{value}"', {"value": value})
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


Phone = Annotated[
    str,
    BeforeValidator(_phone),
    WithJsonSchema({"type": "string", "description": "Phone number; stored as E.164"}),
]


#: ASCII characters that no URL holds as they are (WHATWG URL, RFC 3986): a browser sends
#: them percent-encoded, and so does the site, where a page's markup must stay valid HTML.
_NOT_IN_URL = str.maketrans(
    {c: f"%{ord(c):02X}" for c in '"<>\\^`{|}' + "".join(map(chr, [*range(32), 127]))}
)


def _url(value: Any) -> str:
    text = str(value).strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
        raise PydanticCustomError(
            "url", 'must be an http(s) address, got "{value}"', {"value": value}
        )
    return text.translate(_NOT_IN_URL)


WebUrl = Annotated[
    str,
    BeforeValidator(_url),
    WithJsonSchema({"type": "string", "format": "uri", "pattern": "^https?://"}),
]


_EMAIL = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+\Z"
)


def _email(value: Any) -> str:
    text = str(value).strip()
    local = text.partition("@")[0]
    if (
        len(text) > 254
        or len(local) > 64
        or not _EMAIL.match(text)
        or ".." in text
        or local.startswith(".")
        or local.endswith(".")
    ):
        raise PydanticCustomError(
            "email", 'not a valid e-mail address: "{value}"', {"value": value}
        )
    return text


Email = Annotated[
    str,
    BeforeValidator(_email),
    WithJsonSchema({"type": "string", "format": "email"}),
]


def _slug(value: Any) -> str:
    text = unicodedata.normalize("NFC", str(value).strip())
    if not _SLUG.match(text):
        raise PydanticCustomError(
            "slug", 'must be a slug (letters, digits and hyphens), got "{value}"', {"value": value}
        )
    return text


Slug = Annotated[
    str, BeforeValidator(_slug), WithJsonSchema({"type": "string", "pattern": r"^[^\s/.]+$"})
]


def _postal_code(value: Any) -> str:
    text = str(value).strip()
    if not (len(text) == 5 and text.isdigit()):
        raise PydanticCustomError(
            "postal_code", 'postal code must be five digits, got "{value}"', {"value": value}
        )
    return text


PostalCode = Annotated[
    str, BeforeValidator(_postal_code), WithJsonSchema({"type": "string", "pattern": r"^\d{5}$"})
]
