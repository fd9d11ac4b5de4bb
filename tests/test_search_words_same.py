"""A word of the site's own language finds what it means, not a name one letter away, on
every UI language's site: "bastu" (sauna) on the Swedish site finds the sauna evening
whose title says "sauna", and not the listings in Pashto ("paštu" in Finnish, "pastu" as
indexed), not even when the page asks again with typos allowed. The index is built in
Python and searched by engine.js in node, as on the site."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_search_engine import JS, build_more
from tests.test_search_fixtures import activity
from tukena import search
from tukena.search import node

pytestmark = pytest.mark.skipif(node.missing() is not None, reason=str(node.missing()))

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
}  # fmt: skip
PASHTO = {"neuvonta-pastuksi", "pastu-ryhma"}


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
