"""Words for "language" beside a language's name, which a query reads as part of the name.

People name a language with a word for language as often as without: "arabian kieli",
"somalin kielellä", "arabiska språket", "in the somali language", or in one word,
"arabiankielinen", "venäjänkielisille", "arabiskspråkiga". Read word by word, the word
for language had to match too, so the phrase found only the few listings whose text says
"kieli" or "language" (or whose language café's label does) instead of the activities
held in that language or with help in it, which the name alone finds.

``engine.js`` (``words.js``'s ``languagePhrases``) therefore leaves such a word out of
the query when it follows a word that names a language's entity (a language's name in any
UI language, its Finnish genitive: :mod:`.finnishforms`), so that the phrase lists what
the name lists, in the same order. (Read as an optional word, which adds to the score of
a listing that has it, it ranked first any listing whose title says "kieli" or "språk":
"suomen kielellä" found "Arabian kielen kerho" first.) A Swedish "på" before a language's
name is left out so too ("på arabiska"). A compound of a language's name and a word of
:data:`COMPOUNDS` is read as the name alone. Which words name a language is the index's to say (its language entities), so
this module holds the words for language alone, in every UI language (read on every
site: a newcomer types Finnish on the English site).

Phrases asking for a language course ("ruotsin kieli", "suomen kielen kurssi":
:mod:`.intents`) are read before, and keep meaning the course; a word for language that
follows no language's name ("kieli" alone) is a word as before.
"""

from __future__ import annotations

import logging

from tukena.search import pipeline

logger = logging.getLogger(__name__)

#: The Finnish "kieli" (language) in every case, singular and plural.
_KIELI = (
    "kieli kielen kieltä kielenä kieleksi kielessä kielestä kieleen kielellä kieleltä "
    "kielelle kielet kielten kieliä kielinä kieliksi kielissä kielistä kieliin kielillä "
    "kieliltä kielille"
)
#: The Finnish "-kielinen" (in a language, speaking it) in every case: "arabiankielinen".
_KIELINEN = (
    "kielinen kielisen kielisenä kieliseksi kielisessä kielisestä kieliseen kielisellä "
    "kieliseltä kieliselle kieliset kielisten kielisiä kielisinä kielisiksi kielisissä "
    "kielisistä kielisiin kielisillä kielisiltä kielisille"
)
#: Words for language after a language's name, by UI language ("arabian kielellä",
#: "arabiska språket", "arabic language"; "arabian-kielinen" is cut at the hyphen).
AFTER: dict[str, str] = {
    "fi": f"{_KIELI} {_KIELINEN}",
    "sv": "språk språket språken språkets",
    "en": "language languages",
}
#: Words before a language's name that say "in it", by UI language: the Swedish "på"
#: ("på arabiska") is a stop word on the Swedish site alone, and had to match elsewhere.
#: (The English "in" is a stop word on the English site and optional on the others.)
BEFORE: dict[str, str] = {"sv": "på"}
#: Endings that make a compound of a language's name, by UI language: the ending's words
#: and what the name lost in the compound ("arabisk|språkiga" is "arabiska"; the Finnish
#: compound keeps the genitive whole: "arabian|kielinen").
COMPOUNDS: dict[str, tuple[str, str]] = {
    "fi": (f"{_KIELI} {_KIELINEN}", ""),
    "sv": ("språkig språkiga språkigt talande talare", "a"),
}


def _forms(word: str) -> list[str]:
    """``word`` normalised and lower-cased as the tokenizer gives a query's word, and as
    typed without å, ä and ö ("kielella"), which rephrasing compares word for word."""
    said = pipeline.normalise(word).lower()
    plain = said.replace("ä", "a").replace("å", "a").replace("ö", "o")
    return list(dict.fromkeys((said, plain)))


def _all(words: dict[str, str]) -> list[str]:
    found = [form for text in words.values() for word in text.split() for form in _forms(word)]
    return list(dict.fromkeys(found))


def compact() -> dict[str, list[str] | list[list[str]]]:
    """index.json's ``languageWords``: the words of every UI language, as a query's words
    are compared with them: ``{"after": ["kieli", …], "before": ["på", "pa"], "compounds":
    [["kielinen", ""], …, ["språkiga", "a"], …]}``."""
    compounds = [
        [form, lost]
        for words, lost in COMPOUNDS.values()
        for word in words.split()
        for form in _forms(word)
    ]
    return {"after": _all(AFTER), "before": _all(BEFORE), "compounds": compounds}
