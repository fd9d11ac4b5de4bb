"""Cards: what a listing's result object and its indexed title, summary and keywords are
made of, read from the model once for every language; and the result chunks written from
them as JSON text.

Reading thousands of models misses the processor's caches: a field read costs about ten
times more in a loop over the listings than in a tight loop. A :class:`Card` holds what
every language needs, and what is the same in every language ready encoded: the verified
date; and the schedule's line in every UI language, encoded. :func:`chunks` then writes the
result chunks (:mod:`tukena.search.results`) without building an object per result: each
language adds its texts, encoded by the json module's own string encoder, so the bytes are
those of ``json.dumps(chunk, ensure_ascii=False, separators=(",", ":"))``.
``tests/test_search_shared.py`` checks them against :func:`tukena.search.results.build`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from json.encoder import encode_basestring

from tukena.schemas.languages import UI_LANGUAGES, pick
from tukena.schemas.location import place_name_in, proper_direction
from tukena.search import results
from tukena.search.documents import Listing
from tukena.site.scheduleline import line

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Card:
    """A listing's texts by language, and its result object's parts that are the same in
    every language, encoded."""

    title: dict[str, str]
    summary: dict[str, str]
    language: str
    keywords: str  # joined by spaces
    organisation: tuple[dict[str, str], str] | None  # its names and its language
    place: dict[str, str] | None  # the first place's names
    verified: str  # ',"v":"YYYY-MM-DD"'
    #: ``,"h":"Tuesdays 17:00–19:00, …"`` by UI language: the schedule's line
    when: dict[str, str]
    #: the title's languages that are not UI languages (``x``), when it has any
    further: tuple[str, ...] = ()


def card(item: Listing, today: dt.date) -> Card:
    """The :class:`Card` of one listing, as :func:`tukena.search.results.record` reads it."""
    a = item.activity
    org = item.organisation
    names = [p.name for p in a.locations if p.name]
    when = {
        lang: f',"h":{encode_basestring(line(a.schedule, lang, today, item.next_session))}'
        for lang in UI_LANGUAGES
    }
    return Card(
        a.title,
        a.summary,
        a.language,
        " ".join(a.keywords),
        None if org is None else (org.name, org.language),
        names[0] if names else None,
        f',"v":"{a.verified.isoformat()}"',
        when,
        tuple(code for code in a.title if code not in UI_LANGUAGES),
    )


def _text(key: str, texts: dict[str, str], lang: str, fallback: str) -> str:
    """``"key":text`` and, when the text is in another language, ``,"keyl":lang``."""
    return _said(key, *pick(texts, lang, fallback), lang)


def _said(key: str, text: str, used: str, lang: str) -> str:
    """``"key":text``, and ``,"keyl":used`` when ``used`` is not ``lang``."""
    if used == lang:
        return f'"{key}":{encode_basestring(text)}'
    return f'"{key}":{encode_basestring(text)},"{key}l":{encode_basestring(used)}'


def encode(made: Card, lang: str, url: str) -> str:
    """The JSON text of the listing's result object, as ``record`` makes it."""
    parts = [
        "{",
        _text("t", made.title, lang, made.language),
        ",",
        _text("s", made.summary, lang, made.language),
    ]
    if made.further:
        shown = pick(made.title, lang, made.language)[1]
        others = [
            f"[{encode_basestring(code)},{encode_basestring(made.title[code])}]"
            for code in made.further
            if code != shown
        ]
        if others:
            parts.append(',"x":[' + ",".join(others) + "]")
    parts += [
        ',"u":',
        encode_basestring(url),
    ]
    if made.organisation is not None:
        names, language = made.organisation
        parts += [",", _text("o", names, lang, language)]
    parts.append(made.verified)
    if made.place is not None:
        text, used = place_name_in(made.place, lang, made.language)
        parts += [",", _said("p", text, used, lang)]
        if proper_direction(made.place, text):
            parts.append(',"pd":"rtl"')
    parts += [made.when[lang], "}"]
    return "".join(parts)


def chunks(
    cards: list[Card], slugs: list[str], lang: str, url_for: Callable[[str], str]
) -> tuple[str, dict[str, bytes]]:
    """The URL prefix and the chunk files' bytes, by file name relative to the language's
    folder, as :func:`tukena.search.results.build` and ``json.dumps`` make them."""
    urls = [url_for(slug) for slug in slugs]
    prefix = results.url_prefix(urls)
    cut = len(prefix)
    objects = [encode(made, lang, url[cut:]) for made, url in zip(cards, urls, strict=True)]
    size = results.CHUNK
    made = {
        results.chunk_name(start): ("[" + ",".join(objects[start : start + size]) + "]").encode(
            "utf-8"
        )
        for start in range(0, len(objects), size)
    }
    logger.debug("%s result chunks for %s", len(made), lang)
    return prefix, made
