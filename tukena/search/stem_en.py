"""A port of lunr.js 2.3.9's own Porter stemmer (``lunr.stemmer``), regular expressions and all.

lunr.py ships a different Porter implementation ("lay" → "lai" where lunr.js keeps
"lay"), so the English index uses this port instead. JavaScript's ``.`` excludes line
terminators and its ``$`` only matches at the very end; the patterns below spell that
out so that Python's ``re`` behaves the same.

Original: lunr.js, Copyright (C) 2020 Oliver Nightingale, MIT licence; the stemmer is
based on Martin Porter's algorithm and the JavaScript implementation by Andargor.
"""

from __future__ import annotations

import logging
import re

logger = logging.getLogger(__name__)

_ANY = r"[^\n\r\u2028\u2029]"  # JavaScript's "."

STEP2 = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize",
    "bli": "ble", "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize",
    "ation": "ate", "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful",
    "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble", "logi": "log",
}  # fmt: skip
STEP3 = {
    "icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "",
    "ness": "",
}  # fmt: skip

_c = "[^aeiou]"
_v = "[aeiouy]"
_C = _c + "[^aeiouy]*"
_V = _v + "[aeiou]*"

RE_MGR0 = re.compile("^(" + _C + ")?" + _V + _C)
RE_MGR1 = re.compile("^(" + _C + ")?" + _V + _C + _V + _C)
RE_MEQ1 = re.compile("^(" + _C + ")?" + _V + _C + "(" + _V + r")?\Z")
RE_S_V = re.compile("^(" + _C + ")?" + _v)

RE_1A = re.compile(rf"^({_ANY}+?)(ss|i)es\Z")
RE2_1A = re.compile(rf"^({_ANY}+?)([^s])s\Z")
RE_1B = re.compile(rf"^({_ANY}+?)eed\Z")
RE2_1B = re.compile(rf"^({_ANY}+?)(ed|ing)\Z")
RE_1B_2 = re.compile(rf"{_ANY}\Z")
RE2_1B_2 = re.compile(r"(at|bl|iz)\Z")
RE3_1B_2 = re.compile(r"([^aeiouylsz])\1\Z")
RE4_1B_2 = re.compile("^" + _C + _v + r"[^aeiouwxy]\Z")
RE_1C = re.compile(rf"^({_ANY}+?[^aeiou])y\Z")
RE_2 = re.compile(
    rf"^({_ANY}+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator"
    r"|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\Z"
)
RE_3 = re.compile(rf"^({_ANY}+?)(icate|ative|alize|iciti|ical|ful|ness)\Z")
RE_4 = re.compile(
    rf"^({_ANY}+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\Z"
)
RE2_4 = re.compile(rf"^({_ANY}+?)(s|t)(ion)\Z")
RE_5 = re.compile(rf"^({_ANY}+?)e\Z")
RE_5_1 = re.compile(r"ll\Z")
RE3_5 = re.compile("^" + _C + _v + r"[^aeiouwxy]\Z")


def _drop_last(w: str) -> str:
    """``w.replace(/.$/, "")``."""
    return RE_1B_2.sub("", w, count=1)


def stem(w: str) -> str:  # noqa: C901 - mirrors the JavaScript step by step
    """The lunr.js Porter stem of one lower-case word (a string of UTF-16 code units)."""
    if len(w) < 3:
        return w
    firstch = w[0]
    if firstch == "y":
        w = "Y" + w[1:]

    # Step 1a
    if m := RE_1A.match(w):
        w = m[1] + m[2]
    elif m := RE2_1A.match(w):
        w = m[1] + m[2]

    # Step 1b
    if m := RE_1B.match(w):
        if RE_MGR0.search(m[1]):
            w = _drop_last(w)
    elif m := RE2_1B.match(w):
        stem_ = m[1]
        if RE_S_V.search(stem_):
            w = stem_
            if RE2_1B_2.search(w):
                w = w + "e"
            elif RE3_1B_2.search(w):
                w = _drop_last(w)
            elif RE4_1B_2.search(w):
                w = w + "e"

    # Step 1c
    if m := RE_1C.match(w):
        w = m[1] + "i"

    # Step 2
    if (m := RE_2.match(w)) and RE_MGR0.search(m[1]):
        w = m[1] + STEP2[m[2]]

    # Step 3
    if (m := RE_3.match(w)) and RE_MGR0.search(m[1]):
        w = m[1] + STEP3[m[2]]

    # Step 4
    if m := RE_4.match(w):
        if RE_MGR1.search(m[1]):
            w = m[1]
    elif m := RE2_4.match(w):
        stem_ = m[1] + m[2]
        if RE_MGR1.search(stem_):
            w = stem_

    # Step 5
    if m := RE_5.match(w):
        stem_ = m[1]
        if RE_MGR1.search(stem_) or (RE_MEQ1.search(stem_) and not RE3_5.search(stem_)):
            w = stem_
    if RE_5_1.search(w) and RE_MGR1.search(w):
        w = _drop_last(w)

    if firstch == "y":
        w = "y" + w[1:]
    return w
