"""A word of the site's own language finds what it means, not a name one letter away, on
every UI language's site: "bastu" (sauna) on the Swedish site finds the sauna evening
whose title says "sauna", and not the listings in Pashto ("paštu" in Finnish, "pastu" as
indexed), not even when the page asks again with typos allowed; "språkcafé gratis Esbo"
finds what "kielikahvila ilmainen Espoo" and "language cafe free Espoo" do, not an info
evening whose summary says "språk" (language). The index is built in Python and searched
by engine.js in node, as on the site."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_search_engine import JS, build_more
from tests.test_search_fixtures import activity
from tukena import search
from tukena.search import node

pytestmark = pytest.mark.skipif(node.missing() is not None, reason=str(node.missing()))

ESPOO = [{"municipality": "Espoo", "name": "Kulttuurikeskus"}]
ADDED = {
    "saunailta": activity(
        title={"fi": "Miesten sauna- ja keskusteluilta", "en": "Men's sauna evening"},
        summary={"fi": "Saunotaan ja jutellaan."},
        locations=[{"municipality": "Oulu"}],
    ),
    "neuvonta-pastuksi": activity(
        title={"fi": "Neuvontaa"}, languages=["fi"], support_languages=["ps"]
    ),
    "pastu-ryhma": activity(title={"fi": "Keskusteluryhmä"}, languages=["ps"]),
    "infoillat": activity(
        title={"fi": "Tervetuloa Espooseen -infoillat", "sv": "Välkommen till Esbo – infokvällar",
               "en": "Welcome to Espoo info evenings"},
        summary={"fi": "Joka ilta oma aihe ja kieli.", "sv": "Varje kväll har ett eget tema och språk.",
                 "en": "Each evening has its own topic and language."},
        forms=["guidance"], languages=["fi", "ar"], locations=ESPOO,
    ),
}  # fmt: skip
PASHTO = {"neuvonta-pastuksi", "pastu-ryhma"}
#: The same query in each UI language.
FREE_CAFE_IN_ESPOO = {
    "fi": "kielikahvila ilmainen Espoo",
    "sv": "språkcafé gratis Esbo",
    "en": "language cafe free Espoo",
}
ARABIC_EVENING_IN_ESPOO = {"fi": "arabia illalla Espoo", "sv": "arabiska kväll Esbo",
                           "en": "arabic evening Espoo"}  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The search files of the search tests' content and :data:`ADDED`, and the slugs."""
    out = tmp_path_factory.mktemp("same")
    return out, build_more(out, ADDED)


def ask(built: tuple[Path, list[str]], site: str, *queries: str, typos: bool = False) -> list:
    """The slugs each query finds and whether they match all of it: as the page asks first,
    or (``typos``) as it asks again when nothing matched every word."""
    folder, slugs = built
    wanted = [{"q": q, "options": {"typos": typos}} for q in queries]
    question = {"dir": str(folder / "search" / site), "queries": wanted, "more": True}
    results = node.run(JS / "search.js", question)["results"]
    return [({slugs[r] for r in res["refs"]}, res["complete"]) for res in results]


@pytest.mark.parametrize("site", search.LANGUAGES)
@pytest.mark.parametrize("typos", [False, True])
def test_sauna_and_bastu_find_the_sauna_evening_not_pashto(
    built: tuple[Path, list[str]], site: str, typos: bool
) -> None:
    """ "bastu", "bastun" and "sauna" find the sauna evening alone, on every site; "bastu"
    beside a word that nothing matches gives partial matches without the Pashto ones."""
    found = ask(built, site, "bastu", "bastun", "sauna", "bastu zyxwvu", typos=typos)
    for query, (slugs, complete) in zip(("bastu", "bastun", "sauna"), found[:3], strict=True):
        assert slugs == {"saunailta"} and complete, (site, query)
    partial, complete = found[3]
    assert not complete and "saunailta" in partial and not partial & PASHTO
    # a typo of Pashto's name still finds it when asked again
    (pashtu,) = ask(built, site, "pashtu", typos=True)
    assert pashtu[0] == PASHTO and pashtu[1], site


def test_a_free_language_cafe_in_espoo_is_the_same_in_every_language(
    built: tuple[Path, list[str]],
) -> None:
    """The Swedish "språkcafé" is not cut to "språk" (language) to match an ending, which
    found the info evening whose summary says "språk"; its Arabic evening is found in every
    language."""
    cafes, evenings = {}, {}
    for site in search.LANGUAGES:
        cafe, evening = ask(built, site, FREE_CAFE_IN_ESPOO[site], ARABIC_EVENING_IN_ESPOO[site])
        assert cafe[1] and evening[1], site
        cafes[site], evenings[site] = cafe[0], evening[0]
    assert cafes["sv"] == cafes["fi"] == cafes["en"] == {"kielikahvila-tapiola"}
    assert "infoillat" in evenings["sv"] and evenings["sv"] == evenings["fi"] == evenings["en"]
