"""A compact, lossless form of a lunr index, expanded in the browser by ``engine.js``.

lunr's own JSON repeats every document reference in every posting and stores a vector
of rounded scores for every field of every document; most of its bytes are redundant.
Everything lunr.js needs can be recomputed from three things, and only they are kept:

* the sorted vocabulary, front-coded: each term is the length of the prefix it shares
  with the previous term, as a number, then the rest of the term; terms are separated
  by a space, which no term can contain;
* per field, the postings of every term in vocabulary order: the number of documents,
  then for each document ``2 × gap + (tf > 1)`` and, when ``tf > 1``, ``tf − 2``, where
  ``gap`` is the distance from the previous document number minus one;
* the document count, the field boosts, and BM25's ``k1`` and ``b``.

From these the browser rebuilds the inverted index, the field lengths (the sum of the
term frequencies), the average field lengths, the idf of each term and each field
vector with lunr.Builder's own formula, then a :class:`lunr.Index` (``engine.js``).
``tests/test_search_index.py`` checks that the result equals lunr.py's serialised index.

Numbers are written in base 32, most significant digit first: digits that continue a
number are taken from :data:`MORE` and the last digit from :data:`LAST`, so numbers need
no separators. Document references are the numbers ``0 … n − 1``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from tukena.search.indexer import Postings
from tukena.search.snowball import from_units, to_units

logger = logging.getLogger(__name__)

LAST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"
MORE = "ghijklmnopqrstuvwxyz0123456789_$"
FORMAT = 1


def _number(value: int) -> str:
    if value < 0:
        raise ValueError(f"cannot encode {value}")
    digits = [LAST[value & 31]]
    value >>= 5
    while value:
        digits.append(MORE[value & 31])
        value >>= 5
    return "".join(reversed(digits))


#: Numbers below 1024 (one or two digits), most of those written, ready made.
_SMALL = tuple(_number(value) for value in range(1024))


def number(value: int) -> str:
    """``value`` (≥ 0) in the base-32 digits described above."""
    return _SMALL[value] if 0 <= value < 1024 else _number(value)


def numbers(values: Iterable[int]) -> str:
    """Several numbers, concatenated."""
    return "".join(number(v) for v in values)


def decode(text: str) -> list[int]:
    """The numbers in ``text`` (the inverse of :func:`numbers`; used by tests)."""
    out, acc = [], 0
    for char in text:
        if (i := LAST.find(char)) >= 0:
            out.append(acc * 32 + i)
            acc = 0
        else:
            acc = acc * 32 + MORE.index(char)
    return out


def js_order(term: str) -> bytes:
    """Sort key giving JavaScript's string order (UTF-16 code units), which lunr.js needs."""
    return term.encode("utf-16-be", "surrogatepass")


def front_code(terms: list[str]) -> str:
    """The sorted vocabulary as one string (see the module docstring)."""
    parts, previous = [], ""
    for term in terms:
        units = to_units(term)  # JavaScript slices strings by UTF-16 code units
        shared = 0
        limit = min(len(units), len(previous))
        while shared < limit and units[shared] == previous[shared]:
            shared += 1
        if shared and 0xD800 <= ord(units[shared - 1]) <= 0xDBFF:
            shared -= 1  # never split a surrogate pair
        parts.append(number(shared) + from_units(units[shared:]))
        previous = units
    return " ".join(parts)


@dataclass(frozen=True)
class FieldSpec:
    """An indexed field: its short name and its boost."""

    name: str
    boost: float = 1


def encode(postings: Postings, fields: list[FieldSpec]) -> dict[str, Any]:
    """The compact form of ``postings`` (:mod:`tukena.search.indexer`), fields as ``fields``."""
    if tuple(f.name for f in fields) != postings.fields:
        raise ValueError(f"fields {fields} do not match the postings' {postings.fields}")
    terms = sorted(postings.terms, key=js_order)
    streams: list[list[str]] = [[] for _ in fields]
    small = _SMALL  # most gaps are small: a look-up rather than a call to number()
    for term in terms:
        for stream, docs in zip(streams, postings.terms[term], strict=True):
            append = stream.append
            append(number(len(docs)))
            previous = -1
            for doc in sorted(docs):
                tf = docs[doc]
                if tf > 1:
                    value = 2 * (doc - previous) - 1
                    append(small[value] if value < 1024 else _number(value))
                    append(number(tf - 2))
                else:
                    value = 2 * (doc - previous - 1)
                    append(small[value] if value < 1024 else _number(value))
                previous = doc
    logger.debug("compacted %s terms of %s documents", len(terms), postings.count)
    return {
        "format": FORMAT,
        "n": postings.count,
        "fields": [[f.name, f.boost] for f in fields],
        "k1": postings.k1,
        "b": postings.b,
        "pipeline": postings.pipeline,
        "terms": front_code(terms),
        "postings": ["".join(s) for s in streams],
    }
