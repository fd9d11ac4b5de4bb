"""Clean submitted text: NFC, newlines, and a refusal of invisible tricks.

Rejected everywhere: bidirectional controls (the "Trojan Source" characters), zero-width
spaces and joiners used to split words, byte-order marks, soft hyphens, tag characters,
Hangul fillers, private-use characters, non-characters and control characters other than
the newline and the tab.

Allowed inside words only: the zero-width non-joiner (U+200C), which Persian and Dari
spelling needs, and the zero-width joiner (U+200D), which emoji sequences need. Either one
at the start or end of a word, or next to another invisible character, is rejected.

Free text outside the fields (the submitter's note to the maintainers) is not refused but
scrubbed (:func:`scrub`): its control characters and bidirectional overrides are removed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

ZWNJ = "\u200c"
ZWJ = "\u200d"
#: Format (Cf) characters that look like nothing, named for error messages.
_NAMED = {
    "\u061c": "ARABIC LETTER MARK",
    "\u200b": "ZERO WIDTH SPACE",
    "\u200e": "LEFT-TO-RIGHT MARK",
    "\u200f": "RIGHT-TO-LEFT MARK",
    "\u2060": "WORD JOINER",
    "\ufeff": "ZERO WIDTH NO-BREAK SPACE",
    "\u00ad": "SOFT HYPHEN",
    "\u115f": "HANGUL CHOSEONG FILLER",
    "\u1160": "HANGUL JUNGSEONG FILLER",
    "\u3164": "HANGUL FILLER",
    "\uffa0": "HALFWIDTH HANGUL FILLER",
    "\u180e": "MONGOLIAN VOWEL SEPARATOR",
}
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


@dataclass(frozen=True)
class TextProblem:
    """Why a text was refused: ``bidi`` or ``invisible``, with the offending code point."""

    kind: str
    char: str

    @property
    def codepoint(self) -> str:
        return f"U+{ord(self.char):04X}"

    @property
    def name(self) -> str:
        return _NAMED.get(self.char) or unicodedata.name(self.char, self.codepoint)


def _joiner_ok(text: str, index: int) -> bool:
    """A ZWNJ or ZWJ is allowed between two visible, non-space characters."""
    if index == 0 or index == len(text) - 1:
        return False
    before, after = text[index - 1], text[index + 1]
    return all(
        not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc", "Zs") and c not in _NAMED
        for c in (before, after)
    )


#: Forbidden characters that str.isprintable() lets through.
_PRINTABLE_TRICKS = frozenset(c for c in _NAMED if c.isprintable())


def problem(text: str) -> TextProblem | None:
    """The first character that makes the text unacceptable, or None."""
    plain = text.replace("\n", "").replace("\t", "")
    if plain.isprintable() and _PRINTABLE_TRICKS.isdisjoint(plain):
        return None  # the common case: no format, control, private-use or unassigned character
    for index, char in enumerate(text):
        if char in _BIDI:
            return TextProblem("bidi", char)
        if char in "\n\t":
            continue
        category = unicodedata.category(char)
        if char in (ZWNJ, ZWJ):
            if not _joiner_ok(text, index):
                return TextProblem("invisible", char)
            continue
        if char in _NAMED or category in ("Cf", "Cc", "Co", "Cs"):
            return TextProblem("invisible", char)
        if 0xE0000 <= ord(char) <= 0xE007F or (ord(char) & 0xFFFE) == 0xFFFE:
            return TextProblem("invisible", char)
        if 0xFDD0 <= ord(char) <= 0xFDEF:
            return TextProblem("invisible", char)
    return None


def normalise(value: str, multiline: bool) -> str:
    """NFC, Unix newlines, surrounding white space removed; one line unless ``multiline``."""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        text = " ".join(text.split("\n"))
    return text.strip()


#: What :func:`scrub` removes: control characters but the tab, the newline and the
#: carriage return (made a newline by :func:`normalise`), and the bidirectional embeddings,
#: overrides and isolates, which reorder what follows them.
_SCRUBBED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def scrub(value: str) -> str:
    """``value`` without the characters that can move a terminal's cursor, send it commands
    (an escape sequence that writes the clipboard) or reorder a line: for free text that is
    not checked field by field, such as the submitter's note."""
    return _SCRUBBED.sub("", value)


def clean(value: str, multiline: bool = False) -> tuple[str, TextProblem | None]:
    """Normalise a submitted value and report the first forbidden character, if any."""
    text = normalise(value, multiline)
    return text, problem(text)
