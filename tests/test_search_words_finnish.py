"""A language's Finnish genitive and translative ("ruotsin kieli", "englanniksi") find what
its basic form finds, on every site (:mod:`tukena.search.finnishforms`). The sample site's
index is built in Python and searched by engine.js in node, as on the site; the listings
expected are read from the content and from the basic form's own results."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_search_words_courses import CONTENT, LISTED, _ask, sample  # noqa: F401
from tukena import search
from tukena.schemas.languages import language_name
from tukena.search import finnishforms, node

pytestmark = pytest.mark.skipif(node.missing() is not None, reason=str(node.missing()))

#: Languages of the sample whose basic form is no word of a title or keyword in another
#: sense: their genitive and translative find exactly what it finds ("Suomi.fi" is a
#: title's word that "suomen" rightly does not find; on the Swedish and English sites
#: "ruotsi" begins the "ruotsin" of the Finnish or Swedish course's label).
SAME = ("ar", "en", "ru", "so", "uk", "ps")


def _languages() -> list[str]:
    """The languages the sample's listed activities are held or helped in."""
    acts = CONTENT.activities
    found = {c for s in LISTED for c in (*acts[s].languages, *acts[s].support_languages)}
    return sorted(found)


def _in(code: str) -> set[str]:
    """The sample's listed activities held in ``code`` or where someone helps in it: what
    the language's entities stand for."""
    acts = CONTENT.activities
    return {s for s in LISTED if code in acts[s].languages or code in acts[s].support_languages}


def test_the_rule_inflects_the_names_with_gradation_and_the_irregular_ones() -> None:
    inflect = finnishforms.inflect
    assert inflect("ruotsi") == ("ruotsin", "ruotsiksi")
    assert inflect("arabia") == ("arabian", "arabiaksi")
    assert inflect("venäjä") == ("venäjän", "venäjäksi")
    assert inflect("suomi") == ("suomen", "suomeksi")
    assert inflect("englanti") == ("englannin", "englanniksi")
    assert inflect("turkki") == ("turkin", "turkiksi")
    assert inflect("kreikka") == ("kreikan", "kreikaksi")
    assert inflect("osseetti") == ("osseetin", "osseetiksi")
    assert inflect("esperanto") == ("esperanton", "esperantoksi")
    assert inflect("vietnam") == ("vietnamin", "vietnamiksi")
    assert inflect("malta") == ("maltan", "maltaksi")
    assert finnishforms.forms("kurdi (sorani)") == ["kurdin", "kurdiksi", "soranin", "soraniksi"]
    assert finnishforms.forms("norjan bokmål") == ["bokmålin", "bokmåliksi"]
    assert finnishforms.forms("etelä-ndebele") == ["ndebelen", "ndebeleksi"]
    assert finnishforms.forms("Montenegrin") == []  # Babel's English name: no Finnish one


@pytest.mark.parametrize("site", search.LANGUAGES)
def test_a_languages_genitive_and_translative_find_what_its_name_finds(
    sample: dict[str, Path],  # noqa: F811
    site: str,
) -> None:
    """ "ruotsin", "englanniksi", "arabian" on every site: the Finnish stemmer cut "ruotsin"
    to another stem than "ruotsi", and the other sites do not stem Finnish at all."""
    codes = _languages()
    assert set(SAME) <= set(codes) and {"fi", "sv"} <= set(codes)
    queries = [(code, name, *finnishforms.forms(name))
               for code in codes for name in [language_name(code, "fi")]]  # fmt: skip
    found = iter(_ask(sample[site], *(q for _, *words in queries for q in words)))
    for code, name, *forms in queries:
        base = next(found)
        assert _in(code) <= set(base["slugs"]) and base["complete"], (site, name)
        for form in forms:
            got = next(found)
            assert got["complete"] and _in(code) <= set(got["slugs"]), (site, form)
            if code in SAME or (code == "sv" and (form == "ruotsin" or site == "fi")):
                assert set(got["slugs"]) == set(base["slugs"]), (site, form)
