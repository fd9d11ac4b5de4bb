"""The Finnish genitive and translative of a language's Finnish name, for its search entity.

Finnish speakers name a language in the genitive ("ruotsin kieli", "arabian kerho") or
the translative ("englanniksi", in English) at least as often as in its basic form, and
the Finnish stemmer does not always cut them to the same stem: "ruotsi" is "ruot" but
"ruotsin" is "ruots", so "ruotsin" found half the listings "ruotsi" found. The other
sites do not stem Finnish at all. A language's entity therefore holds these forms too
(:func:`.entities.names` adds those whose terms it does not have yet).

The forms come from a small rule (a vowel ending takes -n and -ksi, a consonant ending
-in and -iksi, with the consonant gradation of -nti, -kki, -tti, -kka …) and
:data:`IRREGULAR` for the names the rule gets wrong ("suomi", "suomen").
"""

from __future__ import annotations

import logging
import re

from tukena.search import pipeline

logger = logging.getLogger(__name__)

#: Names whose genitive and translative the rule would get wrong: ``name: (genitive,
#: translative)``. "suomi" is an old e-stem (suomen, suomeksi).
IRREGULAR: dict[str, tuple[str, str]] = {
    "suomi": ("suomen", "suomeksi"),
    "esperanto": ("esperanton", "esperantoksi"),  # a loan word: no gradation
}

_VOWELS = "aeiouyäö"
#: Consonant gradation before the ending's closed syllable, for the stem's last consonants
#: and vowel: "englanti" → "englanni-", "turkki" → "turki-", "kreikka" → "kreika-".
_GRADATION = re.compile(r"(nt|kk|tt|pp)([aeiouyäö])$")
_WEAK = {"nt": "nn", "kk": "k", "tt": "t", "pp": "p"}
#: Where a name's words are inflected: the last word of each part ("kurdi (sorani)" is
#: "kurdi" and "sorani"; "norjan bokmål" is "bokmål"; "etelä-ndebele" is "ndebele").
_PART = re.compile(r"[^()]+")
_WORD = re.compile(r"[^\W\d_]+$")


def inflect(word: str) -> tuple[str, str]:
    """``(genitive, translative)`` of a single Finnish word ``word`` (lower case)."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word[-1] not in _VOWELS:
        return f"{word}in", f"{word}iksi"
    found = _GRADATION.search(word)
    stem = word[: found.start()] + _WEAK[found[1]] + found[2] if found else word
    return f"{stem}n", f"{stem}ksi"


def forms(name: str) -> list[str]:
    """The genitive and translative of the inflected words of the Finnish language name
    ``name``: ``forms("englanti") == ["englannin", "englanniksi"]``. None for a name that
    is not a Finnish one (Babel falls back on an English "Montenegrin")."""
    if name != name.lower():
        return []
    found: list[str] = []
    for part in _PART.findall(name):
        last = _WORD.search(part.strip().replace("-", " "))
        if last and len(last[0]) > 2:  # not the "yi" of "sichuanin-yi"
            found += inflect(last[0])
    return list(dict.fromkeys(found))


def added(name: str, text: str, lang: str) -> list[str]:
    """The :func:`forms` of the Finnish name ``name`` that make a term of ``lang``'s index
    the entity ``text`` does not have yet, so that the index grows only where it must: on
    the Finnish site "ruotsin" ("ruots", where "ruotsi" is "ruot") but not "ruotsiksi"
    (also "ruots") nor "venäjän" ("venäj", as "venäjä"); on the others, which do not stem
    Finnish, every form."""
    terms = set(pipeline.tokens(text, lang))
    found = []
    for form in forms(name):
        new = set(pipeline.tokens(form, lang)) - terms
        if new:
            found.append(form)
            terms |= new
    return found
