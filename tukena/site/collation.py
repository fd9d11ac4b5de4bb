"""Alphabetical order as Finnish and Swedish readers expect it, for lists of names.

Python's own order puts Ä before Å (by code point) and every accented letter after z.
Here case and accents are ignored (é as e, ü as y), and å, ä and ö come after z, in that
order, as in both alphabets; Danish and Norwegian æ and ø sort as ä and ö.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

#: The characters after "z" in ASCII stand for å, ä and ö.
_LAST = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"}
_AS = {"ü": "y", "ß": "ss"}
DIGITS = "0–9"


@lru_cache(maxsize=8192)
def sort_key(name: str) -> str:
    """A name's place in a Finnish or Swedish alphabetical list; leading quotation marks
    and other signs are passed over, as :func:`initial` passes them."""
    start = next((i for i, char in enumerate(name) if char.isalnum()), 0)
    out = []
    for char in name[start:].casefold():
        if char in _LAST:
            out.append(_LAST[char])
        elif char in _AS:
            out.append(_AS[char])
        else:
            out.append(unicodedata.normalize("NFD", char)[0])
    return "".join(out)


def initial(name: str) -> str:
    """The letter a name is listed under: its first letter or digit, upper case; Å, Ä and
    Ö are letters of their own, other accents are dropped; every digit goes under 0–9,
    and a name with neither under #."""
    for char in name:
        if char.isdigit():
            return DIGITS
        if char.isalpha():
            upper = char.upper()
            return upper if upper in "ÅÄÖ" else unicodedata.normalize("NFD", upper)[0]
    return "#"
