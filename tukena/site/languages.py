"""Activities by language: a page for each language that current activities are held in or
offer help in, and an index of them.

Someone who has just moved to Finland looks for an activity in a language they know. Each
language is named in the UI language and in itself (العربية, Soomaali, українська), with
``lang`` and ``dir``, so a person who reads neither Finnish, Swedish nor English still
recognises their own. A page lists first the activities held in the language, then those
held in others that offer help in it.

Finnish and Swedish get no page: nearly every activity is in one of them, and every
listing says how much Finnish or Swedish it needs.
"""

from __future__ import annotations

from functools import lru_cache

from babel import Locale, UnknownLocaleError

from tukena.schemas.languages import language_name, text_direction
from tukena.site import urls
from tukena.site.catalogue import Catalogue
from tukena.site.collation import sort_key

#: Languages without a page of their own (see the module's docstring).
NATIONAL = frozenset({"fi", "sv"})


@lru_cache(maxsize=512)
def endonym(code: str) -> str:
    """A language's name in itself (``fa-AF``: دری), or its code when Babel has none."""
    name = code.replace("-", "_")
    try:
        return Locale.parse(name).languages.get(name) or code
    except (UnknownLocaleError, ValueError):
        return code


def offered(cat: Catalogue) -> list[str]:
    """The languages with a page: held in or offering help in a current activity, except
    Finnish and Swedish; by code."""
    found = cat.memo.get("languages")
    if found is None:
        codes = {*cat.by_language, *cat.by_help_language} - NATIONAL
        found = cat.memo["languages"] = sorted(
            c for c in codes if cat.by_language.get(c) or cat.by_help_language.get(c)
        )
    return found


def ref(cat: Catalogue, code: str, lang: str) -> dict:
    """What a link to a language's page shows: both names and the counts."""
    return {
        "code": code,
        "name": language_name(code, lang),
        "endonym": endonym(code),
        "dir": text_direction(code),
        "url": urls.language(lang, code),
        "held": len(cat.by_language.get(code, [])),
        "help": len(cat.by_help_language.get(code, [])),
    }


def refs(cat: Catalogue, lang: str) -> list[dict]:
    """Every language with a page, by its name in the UI language."""
    rows = [ref(cat, code, lang) for code in offered(cat)]
    return sorted(rows, key=lambda row: (sort_key(row["name"]), row["code"]))


def context(cat: Catalogue, code: str, lang: str) -> dict:
    """A language page's context: the language and its two lists of activities."""
    return {
        "language": ref(cat, code, lang),
        "activities": cat.by_language.get(code, []),
        "help": cat.by_help_language.get(code, []),
        "search_url": f"{urls.page(lang, 'search')}?language={code}",
    }


def depends_on(cat: Catalogue, code: str) -> list[str]:
    """The activities a language's page shows."""
    return [*cat.by_language.get(code, []), *cat.by_help_language.get(code, [])]
