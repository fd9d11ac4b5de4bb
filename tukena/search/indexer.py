"""The postings lunr.py's ``Builder.add`` makes, made without a token object per word.

``Builder.add`` walks every character of every field in Python (``lunr.Tokenizer``), makes
a ``Token`` per word and runs each pipeline function on each token. Most of that work
repeats: the pipeline functions are pure functions of the word (the builder keeps no
token metadata), and the same few thousand words make up every document. Here:

* words are split with one regular expression, exactly as ``lunr.Tokenizer`` splits a
  string: lower-cased, on the characters of ``lunr.tokenizer.SEPARATOR_CHARS``;
* an :class:`Analyser` runs each distinct word through the builder's own pipeline once and
  remembers its terms, for every document and field of one language;
* :func:`index` counts the terms into :class:`Postings`, all that
  :func:`tukena.search.compact.encode` writes (the browser recomputes the rest).

:func:`from_builder` reads the same postings out of a lunr.py builder:
``tests/test_search_indexer.py`` checks that both agree on content and random text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from lunr.builder import Builder
from lunr.token import Token
from lunr.tokenizer import SEPARATOR_CHARS

from tukena.search import pipeline

logger = logging.getLogger(__name__)

#: A word as ``lunr.Tokenizer`` cuts it: a run of characters that are not separators.
WORD = re.compile("[^" + re.escape(SEPARATOR_CHARS) + "]+")
#: lunr.Builder's default BM25 parameters, which the site keeps.
K1 = 1.2
B = 0.75


def words(text: str) -> list[str]:
    """The token strings ``lunr.Tokenizer(text)`` makes, in order."""
    return WORD.findall(text.lower())


class Analyser:
    """The terms the index pipeline of one language makes of a text, each word run once."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._pipeline = pipeline.builder(lang).pipeline
        self._terms: dict[str, tuple[str, ...]] = {}

    def word(self, word: str) -> tuple[str, ...]:
        """The terms of one token string (none for a stop word or an empty term)."""
        terms = self._terms.get(word)
        if terms is None:
            tokens = self._pipeline.run([Token(word)])  # the functions read no metadata
            terms = self._terms[word] = tuple(str(token) for token in tokens)
        return terms

    def terms(self, text: str) -> list[str]:
        """The terms of ``text``, in order, as the builder indexes them."""
        known = self._terms
        out: list[str] = []
        for word in words(text):
            terms = known.get(word)
            if terms is None:
                terms = self.word(word)
            if len(terms) == 1:
                out.append(terms[0])
            else:
                out.extend(terms)
        return out

    def counts(self, text: str) -> dict[str, int]:
        """How many times each term occurs in ``text`` (its term frequencies)."""
        known = self._terms
        counts: dict[str, int] = {}
        for word in WORD.findall(text.lower()):  # words(text), without the call
            terms = known.get(word)
            if terms is None:
                terms = self.word(word)
            for term in terms:
                counts[term] = counts.get(term, 0) + 1
        return counts

    def __len__(self) -> int:
        return len(self._terms)


@dataclass
class Postings:
    """Per term and field, the term frequency in each document that has it.

    ``terms[term][i]`` maps document numbers to frequencies in field ``fields[i]``; a term
    has an entry (maybe empty) for every field, as in lunr's inverted index.
    """

    fields: tuple[str, ...]
    count: int = 0
    terms: dict[str, list[dict[int, int]]] = field(default_factory=dict)
    k1: float = K1
    b: float = B
    pipeline: list[str] = field(default_factory=list)


def index(
    documents: Iterable[Sequence[str]], fields: Sequence[str], analyser: Analyser
) -> Postings:
    """Postings of ``documents`` (each the texts of ``fields``), numbered from 0.

    Each distinct text of a field is counted once, for all the documents that have it (a
    summary or keywords repeat over many listings): its terms go into their postings for
    those documents at once. A posting's documents are then not in order, which neither
    the postings' equality nor :func:`tukena.search.compact.encode` minds."""
    labels = [fn.label for fn in pipeline.search_pipeline(analyser.lang)]
    out = Postings(tuple(fields), pipeline=labels)
    terms = out.terms
    width = len(fields)
    count = 0
    groups: list[dict[str, list[int]]] = [{} for _ in range(width)]
    for number, texts in enumerate(documents):
        count = number + 1
        for group, text in zip(groups, texts, strict=True):
            numbers = group.get(text)
            if numbers is None:
                group[text] = [number]
            else:
                numbers.append(number)
    for slot, group in enumerate(groups):
        for text, numbers in group.items():
            alone = numbers[0] if len(numbers) == 1 else None  # most texts: one document
            for term, tf in analyser.counts(text).items():
                posting = terms.get(term)
                if posting is None:
                    posting = terms[term] = [{} for _ in range(width)]
                if alone is None:
                    posting[slot].update(dict.fromkeys(numbers, tf))
                else:
                    posting[slot][alone] = tf
    out.count = count
    logger.debug(
        "indexed %s documents: %s terms of %s distinct words", count, len(terms), len(analyser)
    )
    return out


def from_builder(builder: Builder) -> Postings:
    """The postings a lunr.py builder holds (documents must be refs ``0 … n − 1``)."""
    fields = tuple(builder._fields)
    frequencies = builder.field_term_frequencies
    terms = {
        term: [
            {int(ref): frequencies[f"{name}/{ref}"][term] for ref in posting[name]}
            for name in fields
        ]
        for term, posting in builder.inverted_index.items()
    }
    return Postings(
        fields,
        builder.document_count,
        terms,
        builder._k1,
        builder._b,
        builder.search_pipeline.serialize(),
    )
