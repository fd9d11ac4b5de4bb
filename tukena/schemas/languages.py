"""Languages and texts in the content models.

A *localised text* is a map from language code to text (``{fi: ..., sv: ..., en: ...}``).
A plain string is accepted too and means the listing's main language, which the loader
passes in the validation context (``{"language": "fi"}``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated, Any

from babel import Locale, UnknownLocaleError
from pydantic import AfterValidator, BeforeValidator, ValidationInfo, WithJsonSchema
from pydantic_core import PydanticCustomError

from tukena.schemas.scripts import script

DEFAULT_LANGUAGE = "fi"
UI_LANGUAGES = ("fi", "sv", "en")
_LANGUAGE_NAMES = Locale("en").languages
#: ISO 639-3 codes beyond ISO 639-1 that a listing needs to say which language it means:
#: the two Kurdish languages spoken in Finland, which ``ku`` does not tell apart. Sorani
#: (Central Kurdish, ``ckb``) is written in the Arabic script, right to left; Kurmanji
#: (Northern Kurdish, ``kmr``) in the Latin script (:mod:`tukena.schemas.scripts`).
FURTHER_CODES = frozenset({"ckb", "kmr"})
#: ISO 639-1 codes, plus regional variants Babel names (``fa-AF``: Dari), plus
#: :data:`FURTHER_CODES`.
LANGUAGE_CODES = FURTHER_CODES | frozenset(
    code.replace("_", "-")
    for code in _LANGUAGE_NAMES
    if len(code) == 2 or (len(code) == 5 and code[2] == "_" and len(code.split("_")[0]) == 2)
)
#: Written right to left. ``ku`` is here for a text without letters to go by and for the
#: language's own pages, which name it in Sorani's script (:data:`ENDONYMS`): a ``ku`` text
#: takes the direction of its script (:func:`text_direction`).
RTL_LANGUAGES = frozenset(
    {"ar", "ckb", "fa", "fa-AF", "he", "ku", "ps", "ur", "yi", "dv", "ug", "sd"}
)
#: Languages written in either script, whose texts' direction is that of their letters.
#: CLDR's ``ku`` is Kurmanji, in Latin letters, but the listings that used it before
#: ``ckb`` and ``kmr`` were accepted are mostly Sorani, in Arabic ones.
EITHER_SCRIPT = frozenset({"ku"})
#: Names of languages in themselves where Babel's would not fit or has none: Kurdish as its
#: Sorani speakers write it (its Kurmanji speakers' "Kurdî" for a text in Latin letters:
#: :data:`SCRIPT_ENDONYMS`); Sorani and Kurmanji by the names that tell them apart (Babel
#: says "Central Kurdish" for Sorani, and has nothing for ``kmr``).
ENDONYMS = {"ku": "کوردی", "ckb": "سۆرانی", "kmr": "Kurmancî"}
#: The name of a language written in either script, as a text in one of them names it.
SCRIPT_ENDONYMS = {("ku", "Latn"): "Kurdî", ("ku", "Arab"): "کوردی"}
#: Names of languages in a UI language where Babel's mislead or are missing: Swedish CLDR
#: calls Pashto "afghanska", which readers cannot tell from Dari, the other Afghan language;
#: Finnish CLDR calls Sorani "soranî" and Swedish "centralkurdiska", and none names
#: Kurmanji. Finnish institutions (Infopankki, Kotoutumisen osaamiskeskus) write "kurdi
#: (sorani)", so each is named as Kurdish with the variety after it, as people say it.
UI_NAMES = {
    ("ps", "sv"): "pashto",
    ("ckb", "fi"): "kurdi (sorani)",
    ("ckb", "sv"): "kurdiska (sorani)",
    ("ckb", "en"): "Kurdish (Sorani)",
    ("kmr", "fi"): "kurdi (kurmandži)",
    ("kmr", "sv"): "kurdiska (kurmanji)",
    ("kmr", "en"): "Kurdish (Kurmanji)",
}

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


@lru_cache(maxsize=4096)
def language_name(code: str, ui: str) -> str:
    """The name of a language in a UI language, e.g. ``language_name("so", "fi") == "somali"``;
    its English name where the UI language has none (Babel's Finnish has no "sr_ME"; none
    has ``kmr``)."""
    if (code, ui) in UI_NAMES:
        return UI_NAMES[code, ui]
    key = code.replace("-", "_")
    found = Locale.parse(ui).languages.get(key)
    return found or UI_NAMES.get((code, "en")) or _LANGUAGE_NAMES.get(key, code)


def endonym(code: str, text: str = "") -> str:
    """A language's name in itself (``fa-AF``: دری, not Babel's display name "فارسی
    (افغانستان)"), or its code when Babel has none; for a language written in either
    script (:data:`EITHER_SCRIPT`), as ``text`` names it in its script ("Kurdî" over a
    Kurdish text in Latin letters), so the name and the text it heads read alike."""
    if text and code in EITHER_SCRIPT:
        found = script(text)
        if found:
            return SCRIPT_ENDONYMS.get((code, found)) or _endonym(code)
    return _endonym(code)


@lru_cache(maxsize=512)
def _endonym(code: str) -> str:
    if code in ENDONYMS:
        return ENDONYMS[code]
    name = code.replace("-", "_")
    try:
        return Locale.parse(name).languages.get(name) or code
    except (UnknownLocaleError, ValueError):
        return code


def in_ui_languages(fi: str, sv: str, en: str) -> dict[str, str]:
    """A text of the UI in each of its languages (the modules of UI texts call it ``_t`` or ``_l``)."""
    return {"fi": fi, "sv": sv, "en": en}


def text_direction(code: str, text: str = "") -> str:
    """``rtl`` for right-to-left languages, else ``ltr``; for a language written in either
    script (:data:`EITHER_SCRIPT`: ``ku``), that of ``text``'s letters, so a Kurmanji text
    under ``ku`` reads left to right and a Sorani one right to left. Without a text (a
    language's page, the UI), or with one whose letters do not tell, ``ku`` is right to
    left, as the Sorani of most listings that use it, and the name its page shows, are."""
    if text and code in EITHER_SCRIPT:
        found = script(text)
        if found:
            return "rtl" if found == "Arab" else "ltr"
    return "rtl" if code in RTL_LANGUAGES or code.split("-")[0] in RTL_LANGUAGES else "ltr"
