"""Text pipelines for fi, sv and en that give the tokens lunr.js + lunr-languages give.

The browser queries with lunr.js 2.3.9 and lunr-languages 1.22.0, so the index must hold
exactly the tokens their pipelines produce. lunr.py's own language support does not: it
builds the Finnish trimmer from the letters of an nltk stop-word list (which lacks r, b,
c, f, g, ö and å, so "ryhmät" is indexed as "yhm" while the browser asks for "ryhm"), it
downloads that list at build time, and its English trimmer and stemmer differ from
lunr.js for some words. Here every step is a port of the pinned JavaScript:

* tokenising: lunr.py's tokenizer after :func:`normalise`, which turns every character
  JavaScript's ``\\s`` matches into a space (lunr.js splits on ``/[\\s\\-]+/``);
* trimmer: ``words.js``'s own (``trimmer-tukena``, :func:`trim`), for every language:
  what is not a letter, mark or number comes off each end of a word, in any script.
  ``lunr.trimmer`` and lunr-languages' trimmers keep Latin letters only, so a title in
  Russian or Arabic gave no token at all, and nobody could find it by its name;
* stop-word filter: the lists in :mod:`tukena.search.lunr_data`;
* stemmer: :mod:`tukena.search.stem_fi`, :mod:`tukena.search.stem_sv`,
  :mod:`tukena.search.stem_en`.

The functions are registered with lunr.py's pipeline registry under the names lunr.js
uses (``stopWordFilter-fi``, ``stemmer-fi``, …; the English ones replace lunr.py's stock
``stopWordFilter`` and ``stemmer``; ``trimmer-tukena`` is registered by ``words.js``), so
a serialised index names functions that lunr.js knows.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from lunr.builder import Builder
from lunr.pipeline import Pipeline
from lunr.token import Token
from lunr.tokenizer import Tokenizer

from tukena.search import lunr_data, stem_en
from tukena.search.snowball import from_units, to_units
from tukena.search.stem_fi import FinnishStemmer
from tukena.search.stem_sv import SwedishStemmer

logger = logging.getLogger(__name__)

LANGUAGES = ("fi", "sv", "en")

#: Characters JavaScript's ``\s`` matches (ECMAScript WhiteSpace and LineTerminator).
JS_WHITESPACE = (
    "\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
)
_SPACES = re.compile("[" + JS_WHITESPACE + "]")

PipelineFunction = Callable[..., Token | None]


#: Letters of the Finnish and Swedish alphabets that keep their marks when folding.
KEEP_MARKS = frozenset("åäöÅÄÖ")
_MARKED = re.compile(r"[^\x00-\x7f]")
_COMBINING = re.compile("[\u0300-\u036f]")


def _fold(match: re.Match[str]) -> str:
    char = match[0]
    if char in KEEP_MARKS:
        return char
    return _COMBINING.sub("", unicodedata.normalize("NFD", char))


def normalise_plain(text: str) -> str:
    """The text both the index and the browser's queries see (``words.js``'s ``normalise``).

    NFC; accents off every letter but å, ä and ö (so "cafe" finds "café", while "sää" and
    "saa" stay apart); every character JavaScript's ``\\s`` matches as a plain space.
    This is the plain definition; :func:`normalise` gives the same text faster.
    """
    text = _MARKED.sub(_fold, unicodedata.normalize("NFC", text))
    return _SPACES.sub(" ", text)


#: After NFC, :func:`normalise_plain` maps each character on its own, and leaves alone
#: every ASCII character but JavaScript's whitespace, and å, ä and ö: only these may change.
_MAY_CHANGE = re.compile(r"[\t\n\x0b\x0c\r]|[^\x00-\x7fåäöÅÄÖ]")
_CHARACTERS: dict[str, str] = {}  # what each character seen so far becomes


def _character(match: re.Match[str]) -> str:
    char = match[0]
    done = _CHARACTERS.get(char)
    if done is None:
        done = _CHARACTERS[char] = normalise_plain(char)
    return done


def normalise(text: str) -> str:
    """:func:`normalise_plain`'s text, made without a call per letter å, ä or ö.

    Most texts are Finnish, Swedish or English, NFC already, with no character to fold:
    those are returned as they are after one scan. Otherwise each character that may
    change is folded once and remembered (a character on its own is NFC after NFC of the
    text, so folding it alone gives what folding it in the text gives).
    """
    text = unicodedata.normalize("NFC", text)
    if _MAY_CHANGE.search(text) is None:
        return text
    return _MAY_CHANGE.sub(_character, text)


#: Unicode categories a word keeps at its ends: letters, marks (Arabic vowel signs, a
#: Devanagari word's last vowel) and numbers; JavaScript's ``[\p{L}\p{M}\p{N}]``.
WORD_CATEGORIES = frozenset("LMN")


@lru_cache(maxsize=65536)
def trim(word: str) -> str:
    """``word`` without what is not a letter, mark or number at either end (``words.js``'s
    trimmer); words repeat, and this is a pure function of the word."""
    start, end = 0, len(word)
    while start < end and unicodedata.category(word[start])[0] not in WORD_CATEGORIES:
        start += 1
    while end > start and unicodedata.category(word[end - 1])[0] not in WORD_CATEGORIES:
        end -= 1
    return word[start:end]


def _trimmer(token: Token, i: int | None = None, tokens: list | None = None) -> Token:
    return token.update(lambda string, metadata=None: trim(string))


_trimmer.__name__ = _trimmer.__qualname__ = "trimmer_tukena"


def _stop_word_filter(words: tuple[str, ...], label: str) -> PipelineFunction:
    stop = frozenset(words)

    def stop_word_filter(
        token: Token, i: int | None = None, tokens: list | None = None
    ) -> Token | None:
        return None if str(token) in stop else token

    stop_word_filter.__name__ = label.replace("-", "_")
    return stop_word_filter


def _stemmer(stem: Callable[[str], str], label: str) -> PipelineFunction:
    @lru_cache(maxsize=65536)
    def cached(word: str) -> str:
        return from_units(stem(to_units(word)))

    def stemmer(token: Token, i: int | None = None, tokens: list | None = None) -> Token:
        return token.update(lambda s, metadata=None: cached(s))

    stemmer.__name__ = label.replace("-", "_")
    return stemmer


_fi, _sv = FinnishStemmer(), SwedishStemmer()
TRIMMER = "trimmer-tukena"

#: Pipeline functions by language, in lunr.js order: trimmer, stop-word filter, stemmer.
FUNCTIONS: dict[str, dict[str, PipelineFunction]] = {
    "fi": {
        TRIMMER: _trimmer,
        "stopWordFilter-fi": _stop_word_filter(lunr_data.STOP_WORDS_FI, "stopWordFilter-fi"),
        "stemmer-fi": _stemmer(_fi.stem, "stemmer-fi"),
    },
    "sv": {
        TRIMMER: _trimmer,
        "stopWordFilter-sv": _stop_word_filter(lunr_data.STOP_WORDS_SV, "stopWordFilter-sv"),
        "stemmer-sv": _stemmer(_sv.stem, "stemmer-sv"),
    },
    "en": {
        TRIMMER: _trimmer,
        "stopWordFilter": _stop_word_filter(lunr_data.STOP_WORDS_EN, "stopWordFilter"),
        "stemmer": _stemmer(stem_en.stem, "stemmer"),
    },
}


def register() -> None:
    """Put every function into lunr.py's registry under its lunr.js name (idempotent)."""
    for functions in FUNCTIONS.values():
        for label, fn in functions.items():
            fn.label = label  # type: ignore[attr-defined]
            if Pipeline.registered_functions.get(label) is not fn:
                logger.debug("registering lunr pipeline function %s", label)
                Pipeline.registered_functions[label] = fn


register()


def _drop_empty(token: Token, i: int | None = None, tokens: list | None = None) -> Token | None:
    """Indexing only: lunr.js would index "" for a token of punctuation; nobody searches it."""
    return token if str(token) else None


_drop_empty.label = "tukena-drop-empty"  # type: ignore[attr-defined]
Pipeline.registered_functions.setdefault("tukena-drop-empty", _drop_empty)


def index_pipeline(lang: str) -> list[PipelineFunction]:
    """The functions lunr.js runs on indexed text (``lunr.fi`` etc. set the same three)."""
    return list(FUNCTIONS[lang].values())


def search_pipeline(lang: str) -> list[PipelineFunction]:
    """The functions lunr.js runs on query terms: no stop-word filter."""
    return [fn for label, fn in FUNCTIONS[lang].items() if not label.startswith("stopWord")]


def builder(lang: str) -> Builder:
    """A lunr.py builder whose pipelines match ``lunr(function () { this.use(lunr.fi) })``."""
    b = Builder()
    b.pipeline.add(*index_pipeline(lang), _drop_empty)
    b.search_pipeline.add(*search_pipeline(lang))
    return b


def tokens(text: str, lang: str, normalised: bool = True) -> list[str]:
    """The terms lunr.js indexes for ``text`` (tokenizer and full pipeline, empties kept),
    after :func:`normalise` unless ``normalised`` is false (whitespace is always split as
    lunr.js splits it)."""
    pipeline = Pipeline()
    pipeline.add(*index_pipeline(lang))
    text = normalise(text) if normalised else _SPACES.sub(" ", text)
    return [str(t) for t in pipeline.run(Tokenizer(text))]


def query_terms(text: str, lang: str, normalised: bool = True) -> list[str]:
    """The terms lunr.js searches for when each word of ``text`` is a query term."""
    pipeline = Pipeline()
    pipeline.add(*search_pipeline(lang))
    text = normalise(text) if normalised else _SPACES.sub(" ", text)
    return [str(t) for t in pipeline.run(Tokenizer(text))]
