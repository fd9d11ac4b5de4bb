"""A line-by-line port of the Snowball runtime in lunr-languages' ``lunr.stemmer.support.js``.

The stemmers of lunr-languages 1.22.0 (``lunr.fi.js``, ``lunr.sv.js``) run on this
runtime in the browser; :mod:`tukena.search.stem_fi` and :mod:`tukena.search.stem_sv`
port them onto this class so that Python indexes exactly the stems JavaScript queries.

JavaScript strings are sequences of UTF-16 code units and the runtime indexes them with
``charCodeAt``; :func:`to_units` and :func:`from_units` convert a Python string to and
from a string of code units (astral characters as surrogate pairs) so that positions,
lengths and groupings match the JavaScript runtime even for characters outside the BMP.

Original: Snowball JavaScript Library v0.3, Copyright 2010 Oleg Mazko, and lunr-languages,
Copyright 2014 Mihai Valentin; both under the Mozilla Public License 1.1 (see
``tukena/search/data/LICENSE-lunr-languages``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

logger = logging.getLogger(__name__)


#: An astral character (outside the BMP), and a UTF-16 surrogate code unit. Most words
#: have neither: one scan in C finds that, where a test per character took a call each.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def to_units(text: str) -> str:
    """``text`` with each astral character replaced by its UTF-16 surrogate pair."""
    if text.isascii() or _ASTRAL.search(text) is None:
        return text
    raw = text.encode("utf-16-le", "surrogatepass")
    return "".join(chr(int.from_bytes(raw[i : i + 2], "little")) for i in range(0, len(raw), 2))


def from_units(units: str) -> str:
    """The inverse of :func:`to_units`: surrogate pairs back to astral characters."""
    if units.isascii() or _SURROGATE.search(units) is None:
        return units
    raw = b"".join(ord(c).to_bytes(2, "little") for c in units)
    return raw.decode("utf-16-le", "surrogatepass")


@dataclass(frozen=True)
class Among:
    """One entry of a Snowball ``among`` table: a suffix, its fall-back entry and result."""

    s: str
    substring_i: int
    result: int
    method: Callable[[], bool | int] | None = None

    @property
    def s_size(self) -> int:
        return len(self.s)


class SnowballProgram:
    """The mutable state and primitives of a Snowball stemmer, as in the JavaScript runtime."""

    def __init__(self) -> None:
        self.current = ""
        self.bra = 0
        self.ket = 0
        self.limit = 0
        self.cursor = 0
        self.limit_backward = 0

    def set_current(self, word: str) -> None:
        self.current = word
        self.cursor = 0
        self.limit = len(word)
        self.limit_backward = 0
        self.bra = self.cursor
        self.ket = self.limit

    def get_current(self) -> str:
        result = self.current
        self.current = ""
        return result

    def _code(self, index: int) -> int:
        # charCodeAt past the end gives NaN in JavaScript; every caller checks bounds first.
        return ord(self.current[index])

    def in_grouping(self, s: Sequence[int], lo: int, hi: int) -> bool:
        if self.cursor < self.limit:
            ch = self._code(self.cursor)
            if lo <= ch <= hi:
                ch -= lo
                if s[ch >> 3] & (1 << (ch & 7)):
                    self.cursor += 1
                    return True
        return False

    def in_grouping_b(self, s: Sequence[int], lo: int, hi: int) -> bool:
        if self.cursor > self.limit_backward:
            ch = self._code(self.cursor - 1)
            if lo <= ch <= hi:
                ch -= lo
                if s[ch >> 3] & (1 << (ch & 7)):
                    self.cursor -= 1
                    return True
        return False

    def out_grouping(self, s: Sequence[int], lo: int, hi: int) -> bool:
        if self.cursor < self.limit:
            ch = self._code(self.cursor)
            if ch > hi or ch < lo:
                self.cursor += 1
                return True
            ch -= lo
            if not (s[ch >> 3] & (1 << (ch & 7))):
                self.cursor += 1
                return True
        return False

    def out_grouping_b(self, s: Sequence[int], lo: int, hi: int) -> bool:
        if self.cursor > self.limit_backward:
            ch = self._code(self.cursor - 1)
            if ch > hi or ch < lo:
                self.cursor -= 1
                return True
            ch -= lo
            if not (s[ch >> 3] & (1 << (ch & 7))):
                self.cursor -= 1
                return True
        return False

    def eq_s(self, s_size: int, s: str) -> bool:
        if self.limit - self.cursor < s_size:
            return False
        if self.current[self.cursor : self.cursor + s_size] != s[:s_size]:
            return False
        self.cursor += s_size
        return True

    def eq_s_b(self, s_size: int, s: str) -> bool:
        if self.cursor - self.limit_backward < s_size:
            return False
        if self.current[self.cursor - s_size : self.cursor] != s[:s_size]:
            return False
        self.cursor -= s_size
        return True

    def find_among_b(self, v: Sequence[Among], v_size: int) -> int:
        """Binary search for the longest suffix in ``v`` (sorted as Snowball sorts it)."""
        i, j = 0, v_size
        c, lb = self.cursor, self.limit_backward
        common_i = common_j = 0
        first_key_inspected = False
        current = self.current
        while True:
            k = i + ((j - i) >> 1)
            diff = 0
            common = common_i if common_i < common_j else common_j
            w = v[k]
            for i2 in range(w.s_size - 1 - common, -1, -1):
                if c - common == lb:
                    diff = -1
                    break
                diff = ord(current[c - 1 - common]) - ord(w.s[i2])
                if diff:
                    break
                common += 1
            if diff < 0:
                j = k
                common_j = common
            else:
                i = k
                common_i = common
            if j - i <= 1:
                if i > 0 or j == i or first_key_inspected:
                    break
                first_key_inspected = True
        while True:
            w = v[i]
            if common_i >= w.s_size:
                self.cursor = c - w.s_size
                if w.method is None:
                    return w.result
                res = w.method()
                self.cursor = c - w.s_size
                if res:
                    return w.result
            i = w.substring_i
            if i < 0:
                return 0

    def replace_s(self, c_bra: int, c_ket: int, s: str) -> int:
        adjustment = len(s) - (c_ket - c_bra)
        self.current = self.current[:c_bra] + s + self.current[c_ket:]
        self.limit += adjustment
        if self.cursor >= c_ket:
            self.cursor += adjustment
        elif self.cursor > c_bra:
            self.cursor = c_bra
        return adjustment

    def slice_check(self) -> None:
        if (
            self.bra < 0
            or self.bra > self.ket
            or self.ket > self.limit
            or self.limit > len(self.current)
        ):
            raise ValueError("faulty slice operation")

    def slice_from(self, s: str) -> None:
        self.slice_check()
        self.replace_s(self.bra, self.ket, s)

    def slice_del(self) -> None:
        self.slice_from("")

    def slice_to(self) -> str:
        self.slice_check()
        return self.current[self.bra : self.ket]

    def eq_v_b(self, s: str) -> bool:
        return self.eq_s_b(len(s), s)
