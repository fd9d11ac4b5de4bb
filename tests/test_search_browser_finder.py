""" "Find a municipality" on the search page, in Chromium: a place is found by its Finnish
and Swedish names whichever the page shows ("Esbo" on the Finnish site, "Helsinki" on the
Swedish one, "Keski-Suomi" on the English one), and listed under the name it shows.

What the list should keep is worked out from the reference data and the sample's
listings (tests/search_browser_support.py), not from the page.
"""

from __future__ import annotations

import re

import pytest

from tests.search_browser_support import DATA, LISTED, open_search, places
from tests.test_search_browser_said import LISTEN, find_place, said
from tukena.reference import fold
from tukena.site.i18n import translations

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]

#: The municipalities in the lists: those with activities in the sample.
LISTED_PLACES = {code for a in LISTED.values() for code in places(a)}


def folded(text: str) -> str:
    """As the field compares: case, marks, spaces and hyphens aside."""
    return re.sub(r"[\s\-]", "", fold(text))


def holding(typed: str) -> list[str]:
    """The listed municipalities with a Finnish or Swedish name that holds ``typed``."""
    return sorted(
        code
        for code in LISTED_PLACES
        for m in [DATA.municipalities[code]]
        if any(folded(typed) in folded(name) for name in (m.name_fi, m.name_sv))
    )


def shown(page) -> list[tuple[str, str]]:
    """The municipalities left in the list shown: (code, the name on its label)."""
    boxes = page.locator(".place-list:not([hidden]) input[name=municipality]").filter(visible=True)
    return sorted(
        (box.get_attribute("value"), box.evaluate("b => b.labels[0].firstChild.textContent.trim()"))
        for box in boxes.all()
    )


@pytest.mark.parametrize(
    ("lang", "typed", "name"),
    [
        ("fi", "Esbo", "Espoo"),
        ("fi", "Helsingfors", "Helsinki"),
        ("fi", "Åbo", "Turku"),
        ("fi", "Vasa", "Vaasa"),
        ("en", "Esbo", "Espoo"),
        ("en", "Helsingfors", "Helsinki"),
        ("en", "Åbo", "Turku"),
        ("en", "Vasa", "Vaasa"),
        ("sv", "Espoo", "Esbo"),
        ("sv", "Helsinki", "Helsingfors"),
        ("sv", "Turku", "Åbo"),
        ("fi", "abo", "Turku"),  # Å typed without its ring
        ("sv", "abo", "Åbo"),
    ],
)
def test_a_municipality_is_found_by_its_name_in_the_other_language(site, page, lang, typed, name):
    """The name in the other official language finds the municipality, listed under the
    name the page shows, and the status counts it; "abo" finds Åbo (and Uleåborg)."""
    code = DATA.municipality(name).code
    assert code in LISTED_PLACES  # the sample has activities there
    open_search(page, site, lang=lang)
    message = find_place(page, typed)
    left = shown(page)
    assert (code, name) in left
    assert [c for c, _ in left] == holding(typed)
    assert all(label == DATA.municipalities[c].name(lang) for c, label in left)
    n = len(left)
    assert message == translations(lang).ngettext(
        "{n} municipality", "{n} municipalities", n
    ).format(n=n)


@pytest.mark.parametrize("typed", ["Keski-Suomi", "keski suomi", "Pohjanmaa"])
def test_a_region_is_found_by_its_finnish_name_on_the_english_site(site, page, typed):
    """ "Keski-Suomi" shows Central Finland, whole and open; "Pohjanmaa" the regions with
    it in their Finnish names (Ostrobothnia, North Ostrobothnia), and no other."""
    regions = {DATA.municipalities[code].region for code in LISTED_PLACES}
    wanted = sorted(
        DATA.regions[r].name_en for r in regions if folded(typed) in folded(DATA.regions[r].name_fi)
    )
    assert wanted
    open_search(page, site, lang="en")
    find_place(page, typed)
    groups = page.locator(".place-list[data-by=region] .place-group").filter(visible=True)
    names = sorted(g.evaluate("d => d.querySelector('summary').firstChild.textContent.trim()")
                   for g in groups.all())  # fmt: skip
    assert names == wanted
    assert all(g.evaluate("d => d.open") for g in groups.all())
    members = sorted(
        code for code in LISTED_PLACES if DATA.regions[DATA.municipalities[code].region].name_en
        in wanted
    )  # fmt: skip
    assert [c for c, _ in shown(page)] == members


@pytest.mark.parametrize(("lang", "typed"), [("fi", "Lovisa"), ("en", "Lovisa"), ("sv", "Loviisa")])
def test_a_name_in_the_other_language_without_activities_is_said_so(site, page, lang, typed):
    """Loviisa (Lovisa) has no activities in the sample: either name empties the list and
    says that no municipality with activities matches it, once."""
    assert DATA.municipality(typed).code not in LISTED_PLACES
    open_search(page, site, lang=lang)
    page.evaluate(LISTEN)
    message = find_place(page, typed)
    assert shown(page) == []
    no_place = translations(lang).gettext("No municipality with activities matches “{name}”.")
    assert message == no_place.format(name=typed)
    assert said(page) == [("f-place-found", message)]
