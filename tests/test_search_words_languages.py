"""A language named with a word for language ("arabian kieli", "arabiankielinen",
"arabiska språket", "in the somali language") finds what the language's name alone finds,
on every site, with the rest of the query applied (:mod:`tukena.search.languagewords`).
The sample site's index is built in Python and searched by engine.js in node, as on the
site; the listings expected are read from the content and from the name's own results.
The word for language neither narrows nor ranks: the phrase lists what the name lists, in
the same order."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_search_words_courses import CONTENT, LISTED, _ask, sample  # noqa: F401
from tests.test_search_words_finnish import _in
from tukena import search
from tukena.schemas.vocabulary import ActivityForm
from tukena.search import node

pytestmark = pytest.mark.skipif(node.missing() is not None, reason=str(node.missing()))

#: ``(phrase, the language's name as the phrase has it, its code)``: the phrases people
#: type, in the three UI languages, and in one word. (English function words are the rest
#: of the query: optional on the Finnish and Swedish sites, where they add to a score.)
PHRASES = (
    ("arabian kieli", "arabian", "ar"),
    ("somalin kielellä", "somalin", "so"),
    ("suomen kielellä", "suomen", "fi"),
    ("arabiankielinen", "arabian", "ar"),
    ("venäjänkielinen", "venäjän", "ru"),
    ("somalinkielisille", "somalin", "so"),
    ("arabian-kielinen", "arabian", "ar"),
    ("på arabiska språket", "arabiska", "ar"),
    ("arabiska språket", "arabiska", "ar"),
    ("somaliska språket", "somaliska", "so"),
    ("på arabiska", "arabiska", "ar"),
    ("arabiskspråkiga", "arabiska", "ar"),
    ("arabiskspråkig", "arabiska", "ar"),
    ("rysktalande", "ryska", "ru"),
    ("arabic language", "arabic", "ar"),
    ("in the somali language", "in the somali", "so"),
    ("Arabic-language", "arabic", "ar"),
)
ESPOO = "049"


def _where(code: str, municipality: str) -> set[str]:
    """The sample's listed activities in ``code`` (held or helped in) in ``municipality``."""
    acts = CONTENT.activities
    return {s for s in _in(code) if any(p.municipality == municipality for p in acts[s].locations)}


def _cafes(code: str) -> set[str]:
    """The sample's listed language cafés in ``code`` (held or helped in)."""
    return {s for s in _in(code) if ActivityForm.LANGUAGE_CAFE in CONTENT.activities[s].forms}


@pytest.mark.parametrize("site", search.LANGUAGES)
def test_a_language_named_with_a_word_for_language_finds_what_its_name_finds(
    sample: dict[str, Path],  # noqa: F811
    site: str,
) -> None:
    """ "arabian kieli" found the dozen listings whose text says "kieli", not the fifty in
    Arabic: the word for language had to match too. Then, optional, it still ranked first
    the listings whose titles say "kieli" ("Arabian kielen kerho" for "suomen kielellä"):
    the phrase must list what the name lists, in its order."""
    found = _ask(sample[site], *(q for phrase, name, _ in PHRASES for q in (phrase, name)))
    for number, (phrase, name, code) in enumerate(PHRASES):
        got, alone = found[2 * number], found[2 * number + 1]
        assert alone["complete"] and _in(code) <= set(alone["slugs"]), (site, name)
        assert got["complete"] and got["slugs"] == alone["slugs"], (site, phrase)


@pytest.mark.parametrize("site", search.LANGUAGES)
def test_the_rest_of_the_query_still_narrows_a_language_named_so(
    sample: dict[str, Path],  # noqa: F811
    site: str,
) -> None:
    """ "arabian kielellä kerho espoo" is the Arabic clubs in Espoo: the place, the type and
    the other words apply as they do beside the name alone."""
    pairs = (
        ("arabian kielellä kerho espoo", "arabian kerho espoo"),
        ("arabiankielinen kerho", "arabian kerho"),
        ("arabic language espoo", "arabic espoo"),
        ("arabiska språket espoo", "arabiska espoo"),
        ("somalin kielellä kielikahvila", "somali kielikahvila"),
        ("in the somali language café", "in the somali café"),
        ("arabic language café", "arabic café"),
        ("arabian kielellä kahvila", "arabian kahvila"),
        ("arabiskspråkiga språkcafé", "arabiska språkcafé"),
    )
    queries = ("arabia", "somali", *(q for pair in pairs for q in pair))
    arabic, somali, *found = (r["slugs"] for r in _ask(sample[site], *queries))
    complete = [r["complete"] for r in _ask(sample[site], *(phrase for phrase, _ in pairs))]
    for number, (phrase, name) in enumerate(pairs):
        got, alone = found[2 * number], found[2 * number + 1]
        assert complete[number] and got == alone, (site, phrase)
        assert set(got) < set(somali if "somali" in name else arabic), (site, phrase)
    found = [set(slugs) for slugs in found]
    espoo, cafes = found[4], found[8]
    assert _where("ar", ESPOO) and _where("ar", ESPOO) <= espoo, site
    assert _cafes("so") and _cafes("so") <= cafes, site
    assert found[0] < espoo, site


@pytest.mark.parametrize("site", search.LANGUAGES)
def test_a_word_for_language_beside_no_language_is_a_word_to_match(
    sample: dict[str, Path],  # noqa: F811
    site: str,
) -> None:
    """ "kieli" alone, beside another word, or typed before a name and again after it,
    must still be found: only a word for language after a language's name is part of it."""
    queries = ("kieli", "kerho", "kerho kieli", "kieli arabia", "arabia", "kieli arabian kieli")
    kieli, club, both, before, arabic, twice = (
        set(r["slugs"]) for r in _ask(sample[site], *queries)
    )
    assert kieli and not _in("ar") <= kieli, site
    assert both == kieli & club != set(), site
    assert before == kieli & arabic != arabic, site
    assert twice == before, site
