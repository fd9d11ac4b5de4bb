"""The texts of the activity fields, per field for every listing, made from the cards.

:func:`tukena.search.activity_texts` defines them listing by listing from the models;
:func:`columns` gives the same texts from :class:`~tukena.search.cards.Card`, which hold
what the title, summary and keywords are made of for every language, so that building a
language reads no model (reading thousands of models misses the processor's caches more
than picking a language from a dictionary). Each distinct text is normalised once per build
for every language: keywords are the same in every language, a title or summary given in
one language only is the same in the others, and many listings share a summary.
``tests/test_search_shared.py`` checks that both give the same texts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from tukena.schemas.languages import pick
from tukena.search import pipeline
from tukena.search.cards import Card
from tukena.search.documents import Listing

logger = logging.getLogger(__name__)


def other_titles(title: dict[str, str], lang: str, main: str) -> str:
    """A listing's titles in the languages other than the one ``lang`` shows (its own, else
    the listing's ``main`` language), one after the other; "" when it has only one."""
    shown = pick(title, lang, main)[1]
    return " ".join(text for code, text in title.items() if code != shown)


def _raw(cards: list[Card], name: str, lang: str) -> list[str] | None:
    if name == "t":
        return [pick(card.title, lang, card.language)[0] for card in cards]
    if name == "o":
        return [other_titles(card.title, lang, card.language) for card in cards]
    if name == "s":
        return [pick(card.summary, lang, card.language)[0] for card in cards]
    if name == "k":
        return [card.keywords for card in cards]
    return None  # the cards do not hold it


def columns(
    listings: list[Listing],
    cards: list[Card],
    lang: str,
    fields: Sequence[str],
    normalised: dict[str, str],
    field_text: Callable[[Listing, str, str], str],
) -> list[tuple[str, ...]]:
    """Per listing, the normalised text of each field (as ``activity_texts`` gives them).

    ``normalised`` remembers normalised texts by text, for every language;
    ``field_text(listing, name, lang)`` gives the text of a field the cards lack."""
    if not fields:
        return [() for _ in listings]
    made = []
    for name in fields:
        raw = _raw(cards, name, lang)
        if raw is None:
            raw = [field_text(item, name, lang) for item in listings]
        column = []
        for text in raw:
            value = normalised.get(text)
            if value is None:
                value = normalised[text] = pipeline.normalise(text)
            column.append(value)
        made.append(column)
    logger.debug("texts of %s fields of %s listings in %s", len(fields), len(cards), lang)
    return list(zip(*made, strict=True))
