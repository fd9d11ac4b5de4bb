"""UI strings through gettext catalogs (Babel) for fi, sv and en, and date formatting.

Catalogs live in ``tukena/site/locale/<lang>/LC_MESSAGES/messages.po``. They are compiled in
memory when first used, so a checkout builds without a separate compile step; ``make
translations-compile`` still writes .mo files for tools that want them.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from functools import cache, lru_cache
from importlib import resources
from typing import Any, ParamSpec, TypeVar

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

DOMAIN = "messages"
P = ParamSpec("P")
R = TypeVar("R")


def catalog_path(lang: str):
    return resources.files(__package__).joinpath(f"locale/{lang}/LC_MESSAGES/{DOMAIN}.po")


@cache
def translations(lang: str) -> Translations:
    """The gettext translations of a UI language (empty when there is no catalog)."""
    path = catalog_path(lang)
    if not path.is_file():
        return Translations()
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang, domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


@lru_cache(maxsize=4096)
def gettext(lang: str, message: str) -> str:
    """``message`` in ``lang``; memoised, as schedules and notices on every page ask for the
    same few dozen (:func:`forget` drops them for a new build in the same process)."""
    return translations(lang).gettext(message)


@lru_cache(maxsize=1024)
def ngettext(lang: str, singular: str, plural: str, count: int) -> str:
    """``singular`` or ``plural`` in ``lang`` as ``count`` needs (its language's plural
    rules: "1 session", "2 sessions"); memoised as :func:`gettext` is."""
    return translations(lang).ngettext(singular, plural, count)


#: Memoised functions whose results hold translated text (see :func:`memoised`).
_MEMOS: list[Any] = []


def memoised(function: Callable[P, R]) -> Callable[P, R]:
    """``lru_cache`` for a function whose result holds translated text, which :func:`forget`
    drops with the translations (a catalog edited while ``make serve`` rebuilds)."""
    cached = lru_cache(maxsize=4096)(function)
    _MEMOS.append(cached)
    return cached  # type: ignore[return-value] - the same call signature


def forget() -> None:
    """Drop the catalogues and memoised translations: a new build reads them again."""
    translations.cache_clear()
    gettext.cache_clear()
    ngettext.cache_clear()
    for memo in _MEMOS:
        memo.cache_clear()


@lru_cache(maxsize=65536)
def format_day(day: dt.date, lang: str, year: bool = True) -> str:
    """Short date as people write it: fi ``2.9.2026``, sv ``2.9.2026``, en ``2 Sep 2026``.

    Memoised: a build formats the same few hundred days hundreds of thousands of times."""
    if lang == "en":
        text = f"{day.day} {day:%b}"
        return f"{text} {day.year}" if year else text
    if lang == "fi":
        return f"{day.day}.{day.month}.{day.year}" if year else f"{day.day}.{day.month}."
    return f"{day.day}.{day.month}.{day.year}" if year else f"{day.day}.{day.month}"


@lru_cache(maxsize=4096)
def format_time(value: dt.time, lang: str) -> str:
    """A clock time as people of ``lang`` write it: fi and sv ``17.30`` (their standard), en
    ``17:30``, which an English screen-reader voice reads as a time where it reads ``17.30``
    as a decimal ("seventeen point three zero"), and which English readers expect.

    Memoised by time and language: the week lists and schedules ask for the same few dozen."""
    separator = ":" if lang == "en" else "."
    return f"{value.hour}{separator}{value.minute:02d}"
