"""Which script a text is written in: Arabic or Latin letters.

Kurdish is written in both. Its Sorani (``ckb``), the Kurdish most Kurds in Finland speak,
is written in the Arabic script, right to left; its Kurmanji (``kmr``), spoken by Kurds from
Turkey and Syria, in the Latin script, left to right. A text filed under the plain ``ku``
may be either, so its direction (and the validator's advice to name it ``ckb`` or ``kmr``)
comes from its letters: :func:`script`.

The letters are counted rather than the first one taken (as ``dir="auto"`` does), so that a
Sorani text that opens with a name in Latin letters ("WhatsApp", "Kela") is still Arabic;
HTML tags and web addresses are left out, as an HTML description has Latin letters in its
markup whatever its language.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

#: ISO 15924 codes of the scripts told apart
Script = Literal["Arab", "Latn"]

#: HTML tags, entities and web addresses: Latin letters that are no part of the text
_NOT_TEXT = re.compile(r"<[^>]*>|&#?\w+;|\b(?:https?://|www\.|mailto:)\S+|\S+@\S+")

#: the blocks of the Arabic script: Arabic, its supplement, extended-A, the presentation forms
_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


def _arabic(char: str) -> bool:
    point = ord(char)
    return any(low <= point <= high for low, high in _ARABIC)


def script(text: str) -> Script | None:
    """``Arab`` when a text has more Arabic letters than Latin ones, ``Latn`` when it has
    more Latin ones, else (no letters of either, or as many) ``None``."""
    arabic = latin = 0
    for char in _NOT_TEXT.sub(" ", text):
        if not char.isalpha():
            continue
        if _arabic(char):
            arabic += 1
        elif char.isascii() or unicodedata.name(char, "").startswith("LATIN"):
            latin += 1
    if arabic == latin:
        return None
    return "Arab" if arabic > latin else "Latn"


def letters_direction(text: str) -> Literal["rtl", "ltr"] | None:
    """``rtl`` when a text has more right-to-left letters (Arabic, Hebrew...) than
    left-to-right ones, ``ltr`` when it has more left-to-right ones, else ``None``: the
    direction of a text that claims no language, such as a place's name written as it is
    ("مكتبة Myyrmäki، القاعة 2" reads right to left on any page). Counted as :func:`script`
    counts, not by the first letter, so that a name opening with a Latin word keeps its
    direction."""
    right = left = 0
    for char in _NOT_TEXT.sub(" ", text):
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            right += 1
        elif kind == "L" and char.isalpha():
            left += 1
    if right == left:
        return None
    return "rtl" if right > left else "ltr"
