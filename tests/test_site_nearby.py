"""Municipality pages name the organisations that work there, and lead on to the
neighbouring municipalities, to online activities and to the nearest municipality with each
activity form not on offer.

Neighbours come from the outlines' shared borders, with the nearest municipalities for an
island; the counts and the links on the pages are checked against the content files.
"""

from __future__ import annotations

import dataclasses
import math
import re
from pathlib import Path

import pytest

from tests.site_helpers import DAY, LANGUAGES, PREFIX, REPO, main, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena import reference
from tukena.reference.neighbours import (
    bordering,
    by_distance,
    centres,
    nearest,
    neighbours,
)
from tukena.schemas.languages import pick
from tukena.schemas.vocabulary import ActivityForm
from tukena.site import urls
from tukena.site.i18n import translations
from tukena.status import Status

DATA = reference.load()
CONTENT, STATUS = sample_content()
LISTED = {slug: a for slug, a in CONTENT.activities.items() if STATUS[slug] is not Status.ENDED}
CODE = {m.name("fi"): code for code, m in DATA.municipalities.items()}
ONLINE = sum(1 for a in LISTED.values() if a.online is not None)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (longitude, latitude) points, in kilometres: the
    haversine formula, written here apart from the code it checks."""
    (lon1, lat1), (lon2, lat2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


def current_in(code: str) -> int:
    return sum(1 for a in LISTED.values() if code in {p.municipality for p in a.locations})


# --- neighbours -----------------------------------------------------------------------------


def test_every_municipality_has_neighbours_other_than_itself():
    found = neighbours()
    assert set(found) == set(DATA.municipalities)
    for code, others in found.items():
        assert others and code not in others and set(others) <= set(DATA.municipalities)
        assert list(others) == sorted(set(others)), "in code order, each once"


def test_neighbours_are_the_municipalities_that_share_a_border():
    found = neighbours()
    names = {name: {DATA.municipalities[c].name("fi") for c in found[CODE[name]]} for name in CODE}
    assert names["Helsinki"] == {"Espoo", "Vantaa", "Sipoo"}
    assert {"Helsinki", "Espoo", "Kerava", "Tuusula", "Sipoo"} <= names["Vantaa"]
    assert "Nokia" in names["Tampere"] and "Kangasala" in names["Tampere"]
    assert "Rovaniemi" not in names["Helsinki"]
    # a border the outlines' scale loses, added by hand
    assert names["Kerava"] == {"Järvenpää", "Sipoo", "Tuusula", "Vantaa"}
    assert names["Järvenpää"] == {"Kerava", "Mäntsälä", "Sipoo", "Tuusula"}
    for code, others in found.items():  # a shared border is shared both ways
        for other in others:
            assert code in found[other], (code, other)


#: Municipalities with no land border at the outlines' scale (1:4.5 million).
ISLANDS = {
    CODE[name]
    for name in (
        "Brändö Föglö Hailuoto Kumlinge Kustavi Kökar Kemiönsaari Lumparland Parainen "
        "Sottunga Vårdö"
    ).split()
}


def test_an_island_gets_the_nearest_municipalities():
    found = neighbours()
    hailuoto = {DATA.municipalities[c].name("fi") for c in found[CODE["Hailuoto"]]}
    assert "Oulu" in hailuoto and len(hailuoto) == 3
    aland = {c for c, m in DATA.municipalities.items() if m.region == "21"}
    assert set(found[CODE["Maarianhamina"]]) <= aland
    for island in ISLANDS:  # the nearest three, as there is no shared border
        nearest_three = by_distance()[island][:3]
        assert set(nearest_three) <= set(found[island]), DATA.municipalities[island].name("fi")
        # and any more are islands that have this one among their own nearest three
        for other in set(found[island]) - set(nearest_three):
            assert other in ISLANDS and island in by_distance()[other][:3]
        for other in nearest_three:  # the island is their neighbour too
            assert island in found[other]
    oulu = {DATA.municipalities[c].name("fi") for c in found[CODE["Oulu"]]}
    assert "Hailuoto" in oulu


def test_others_come_nearest_first():
    found = by_distance()
    for code in list(DATA.municipalities)[::10]:
        assert sorted(found[code]) == sorted(set(DATA.municipalities) - {code})
        here = centres()[code]
        away = [distance_km(here, centres()[other]) for other in found[code]]
        assert away == sorted(away), code
    helsinki = {DATA.municipalities[c].name("fi") for c in found[CODE["Helsinki"]][:5]}
    assert {"Espoo", "Vantaa", "Kauniainen", "Sipoo"} <= helsinki


def test_bordering_and_nearest_on_small_cases():
    assert bordering({"a": {1, 2}, "b": {2, 3}, "c": {4}, "d": {3, 5}}) == {
        "a": {"b"},
        "b": {"a", "d"},
        "c": set(),
        "d": {"b"},
    }
    centres = {"x": (25.0, 60.0), "near": (25.1, 60.0), "far": (28.0, 65.0), "mid": (26, 61)}
    assert nearest("x", centres, 2) == ["near", "mid"]
    helsinki, tampere = (24.94, 60.17), (23.76, 61.50)
    assert 155 < distance_km(helsinki, tampere) < 165  # about 160 km as the crow flies


# --- the pages ------------------------------------------------------------------------------

CHIP = re.compile(r"^(?P<name>.+) \((?P<count>\d+)\)$")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_municipality_pages_show_their_neighbours_and_online_activities(site, lang):
    for code, m in DATA.municipalities.items():
        doc = main(page(site, urls.municipality(lang, m)))
        section = doc.one("section", cls="nearby")
        chips = section.find("ul", cls="chips")
        shown = []
        for item in chips.find_all("li") if chips else []:
            parts = CHIP.match(item.text).groupdict()
            shown.append((parts["name"], int(parts["count"]), item.one("a").get("href")))
        expected, without = [], []
        for other in neighbours()[code]:
            om = DATA.municipalities[other]
            if count := current_in(other):
                expected.append((om.name(lang), count, f"/{urls.municipality(lang, om)}"))
            else:
                without.append(om.name(lang))
        assert shown == sorted(expected, key=lambda row: row[0].casefold()), m.name(lang)
        # those with none are named on one line, not as chips of "(0)"
        none = section.find("p", cls="none-nearby")
        names = ", ".join(sorted(without, key=str.casefold))
        assert (none is not None) == bool(without), m.name(lang)
        if without:
            message = (
                "None now in %(names)s."
                if expected
                else "No current activities in the neighbouring municipalities (%(names)s)."
            )
            assert none.text == translations(lang).gettext(message) % {"names": names}
        online = [a for a in section.find_all("a") if "mode=online" in (a.get("href") or "")]
        assert len(online) == 1
        assert online[0].get("href") == f"/{PREFIX[lang]}search/?mode=online"
        assert re.match(r"\d+", online[0].text)[0] == str(ONLINE)


def _here(count: int, lang: str) -> str:
    """An organisation's current activities in the municipality, as its page says them:
    a zero in words, not "(0)"."""
    t = translations(lang)
    if not count:
        return f"({t.gettext('no current activities here')})"
    words = t.ngettext("%(num)d current activity here", "%(num)d current activities here", count)
    return f"({words % {'num': count}})"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_municipality_pages_name_the_organisations_that_work_there(site, lang):
    seen = zeros = 0
    for code, m in DATA.municipalities.items():
        doc = main(page(site, urls.municipality(lang, m)))
        counts = {}
        for slug, org in CONTENT.organisations.items():
            runs = [
                a
                for a in LISTED.values()
                if slug in (a.organisation, *a.partners) and code in places_of(a)
            ]
            if runs or code in org.municipalities:
                counts[slug] = len(runs)
        section = doc.find("section", cls="organisations-here")
        if not counts:
            assert section is None, code
            continue
        seen += 1
        zeros += sum(1 for n in counts.values() if not n)
        shown = []
        for item in section.find_all("li"):
            (link,) = item.links()
            slug = link.rsplit("/", 1)[1].removesuffix(".html")
            assert link == f"/{urls.organisation(lang, slug)}"
            shown.append((slug, item.one("span", cls="count").text))
        assert dict(shown) == {slug: _here(n, lang) for slug, n in counts.items()}, code
        names = [
            pick(CONTENT.organisations[s].name, lang, CONTENT.organisations[s].language)[0]
            for s, _ in shown
        ]
        assert names == sorted(names, key=str.casefold), code
    assert seen > 10 and zeros > 0  # the sample has an organisation with none here


def test_the_sample_has_neighbours_with_and_without_activities():
    counts = [current_in(o) for code in DATA.municipalities for o in neighbours()[code]]
    assert 0 in counts and any(counts) and ONLINE > 0


def test_a_municipality_page_is_rendered_again_exactly_when_what_it_shows_changes():
    from tukena.site.catalogue import build
    from tukena.site.config import SiteConfig
    from tukena.site.fingerprints import fingerprints
    from tukena.site.pages import context
    from tukena.site.routes import pages

    config = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY)
    before = build(CONTENT, config)
    jobs = [j for j in pages(before) if j.kind == "municipality" and j.lang == "fi"]
    # take away, one at a time, activities that meet in one municipality and not online
    alone = [s for s, a in LISTED.items() if len(a.locations) == 1 and a.online is None]
    assert len(alone) >= 5
    for slug in alone[:5]:
        town = CONTENT.activities[slug].locations[0].municipality
        activities = {s: a for s, a in CONTENT.activities.items() if s != slug}
        after = build(dataclasses.replace(CONTENT, activities=activities), config)
        old, new = fingerprints(before, jobs, "code"), fingerprints(after, jobs, "code")
        changed = {job.key for job in jobs if old[job.url] != new[job.url]}
        shown = {job.key for job in jobs if context(before, job) != context(after, job)}
        assert changed == shown, slug
        assert {town, *(c for c in DATA.municipalities if town in neighbours()[c])} <= changed


def test_a_renamed_organisation_renders_the_pages_that_name_it_again():
    from tukena.site.catalogue import build
    from tukena.site.config import SiteConfig
    from tukena.site.fingerprints import fingerprints
    from tukena.site.routes import pages

    config = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY)
    before = build(CONTENT, config)
    jobs = [j for j in pages(before) if j.kind == "municipality" and j.lang == "sv"]
    slug, org = next(iter(CONTENT.organisations.items()))
    renamed = org.model_copy(update={"name": {**org.name, "sv": "Ett nytt namn"}})
    signatures = {**CONTENT.signatures, ("organisations", slug): "edited"}
    after = build(
        dataclasses.replace(
            CONTENT,
            organisations={**CONTENT.organisations, slug: renamed},
            signatures=signatures,
        ),
        config,
    )
    old, new = fingerprints(before, jobs, "code"), fingerprints(after, jobs, "code")
    changed = {job.key for job in jobs if old[job.url] != new[job.url]}
    named = {
        code
        for code in DATA.municipalities
        if any(
            slug in (a.organisation, *a.partners) and code in places_of(a) for a in LISTED.values()
        )
        or code in org.municipalities
    }
    assert named and changed == named


def nearest_with(code: str, form) -> str | None:
    """The nearest municipality (by the centres' great-circle distance) with a current
    activity of ``form``, from the content files."""
    where = {p.municipality for a in LISTED.values() if form in a.forms for p in a.locations}
    where.discard(code)
    if not where:
        return None
    here = centres()[code]
    return min(where, key=lambda other: (distance_km(here, centres()[other]), other))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_form_not_on_offer_names_the_nearest_municipality_with_it(site, lang):
    for code, m in DATA.municipalities.items():
        doc = main(page(site, urls.municipality(lang, m)))
        section = doc.find("section", cls="missing-forms")
        offered = {f for a in LISTED.values() for f in a.forms if code in places_of(a)}
        gaps = [f for f in ActivityForm if f not in offered]
        rows = section.find_all("li") if section else []
        assert len(rows) == len(gaps), code
        for row, form in zip(rows, gaps, strict=True):
            links = row.links()
            assert links[0] == f"/{urls.coverage(lang, form.value)}"
            other = nearest_with(code, form)
            if other is None:
                assert len(links) == 1
                continue
            target = f"/{urls.municipality(lang, DATA.municipalities[other])}#form-{form.value}"
            assert links[1:] == [target], (code, form)
            there = page(site, target.removeprefix("/").split("#")[0])
            assert there.find("h2", id=f"form-{form.value}"), target  # the anchor is there


def places_of(activity) -> set[str]:
    return {p.municipality for p in activity.locations}
