"""Field types shared by the content models: localised text, languages, times, contacts.

A *localised text* is a map from language code to text (``{fi: ..., sv: ..., en: ...}``).
A plain string is accepted too and means the listing's main language, which the loader
passes in the validation context (``{"language": "fi"}``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Annotated, Any
from urllib.parse import urlsplit

import phonenumbers
from babel import Locale
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    PlainSerializer,
    ValidationInfo,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from tukena import reference

DEFAULT_LANGUAGE = "fi"
UI_LANGUAGES = ("fi", "sv", "en")
_LANGUAGE_NAMES = Locale("en").languages
#: ISO 639-1 codes, plus regional variants Babel names (``fa-AF``: Dari).
LANGUAGE_CODES = frozenset(
    code.replace("_", "-")
    for code in _LANGUAGE_NAMES
    if len(code) == 2 or (len(code) == 5 and code[2] == "_" and len(code.split("_")[0]) == 2)
)
RTL_LANGUAGES = frozenset({"ar", "fa", "fa-AF", "he", "ku", "ps", "ur", "yi", "dv", "ug", "sd"})
_SLUG = re.compile(r"[^\W_](?:[\w-]*[^\W_])?\Z")
_TIME = re.compile(r"([01]?[0-9]|2[0-3])[:.]([0-5][0-9])\Z")


class ContentModel(BaseModel):
    """Base of every content model: unknown keys are errors, text is stripped."""

    model_config = ConfigDict(
        extra="forbid", str_strip_whitespace=True, validate_default=False, frozen=True
    )


_UNWRITABLE = re.compile("\r\n?|\x85|\x00")


def _text(value: Any) -> Any:
    if isinstance(value, str) and ("\r" in value or "\x85" in value or "\x00" in value):
        return _UNWRITABLE.sub(lambda m: "" if m[0] == "\x00" else "\n", value)
    return value


#: Text with ``\\n`` line ends and without NUL characters (a web form sends ``\\r\\n``), so
#: that every model can be written to a file that reads back as the same model.
Text = Annotated[str, BeforeValidator(_text)]


def _language(value: Any) -> str:
    if not isinstance(value, str):
        raise PydanticCustomError("language", "language must be a code such as fi, sv or en")
    code = value.strip()
    if "-" in code:
        base, _, region = code.partition("-")
        code = f"{base.lower()}-{region.upper()}"
    else:
        code = code.lower()
    if code not in LANGUAGE_CODES:
        raise PydanticCustomError(
            "language",
            'unknown language code "{value}": use an ISO 639-1 code such as fi, sv, en, ar, so',
            {"value": value},
        )
    return code


LanguageCode = Annotated[
    str,
    BeforeValidator(_language),
    WithJsonSchema({"type": "string", "enum": sorted(LANGUAGE_CODES)}),
]


def _wrap_plain(value: Any, info: ValidationInfo) -> Any:
    if isinstance(value, str):
        main = (info.context or {}).get("language", DEFAULT_LANGUAGE)
        return {main: _text(value)}
    if isinstance(value, dict):
        return {code: _text(text) for code, text in value.items()}
    return value


def _non_empty_texts(value: dict[str, str]) -> dict[str, str]:
    if not value:
        raise PydanticCustomError("localised", "needs a text in at least one language")
    for lang, text in value.items():
        if not text:
            raise PydanticCustomError("localised", "the {lang} text is empty", {"lang": lang})
    return value


_LOCALISED_SCHEMA = {
    "anyOf": [
        {"type": "string", "minLength": 1, "description": "Text in the listing's main language"},
        {
            "type": "object",
            "description": "Texts by language code",
            "propertyNames": {"enum": sorted(LANGUAGE_CODES)},
            "additionalProperties": {"type": "string", "minLength": 1},
            "minProperties": 1,
        },
    ]
}

LocalisedText = Annotated[
    dict[LanguageCode, str],
    BeforeValidator(_wrap_plain),
    AfterValidator(_non_empty_texts),
    WithJsonSchema(_LOCALISED_SCHEMA),
]


def pick(
    text: dict[str, str] | None, lang: str, fallback: str = DEFAULT_LANGUAGE
) -> tuple[str, str]:
    """The text in ``lang``, else in ``fallback``, else the first; with the language used."""
    if not text:
        return "", lang
    for code in (lang, fallback):
        if code in text:
            return text[code], code
    code = next(iter(text))
    return text[code], code


def _time(value: Any) -> dt.time:
    if isinstance(value, dt.time):
        return value
    match = _TIME.match(str(value).strip()) if isinstance(value, (str, int)) else None
    if not match:
        raise PydanticCustomError("time", 'time must be HH:MM, got "{value}"', {"value": value})
    return dt.time(int(match[1]), int(match[2]))


TimeOfDay = Annotated[
    dt.time,
    BeforeValidator(_time),
    PlainSerializer(lambda t: t.strftime("%H:%M"), return_type=str),
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


def _url(value: Any) -> str:
    text = str(value).strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
        raise PydanticCustomError(
            "url", 'must be an http(s) address, got "{value}"', {"value": value}
        )
    return text


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


@lru_cache(maxsize=4096)
def language_name(code: str, ui: str) -> str:
    """The name of a language in a UI language, e.g. ``language_name("so", "fi") == "somali"``."""
    return Locale.parse(ui).languages.get(code.replace("-", "_"), code)


def text_direction(code: str) -> str:
    """``rtl`` for right-to-left languages, else ``ltr``."""
    return "rtl" if code in RTL_LANGUAGES or code.split("-")[0] in RTL_LANGUAGES else "ltr"
