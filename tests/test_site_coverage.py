"""Coverage pages of the built sample site in fi, sv and en, and the map they draw.

Expected figures come from the content files and the reference data, counted here apart
from the site's own code: current activities by municipality, region and form, the
population living where there is at least one, and those that meet online only."""

from __future__ import annotations

import csv
import dataclasses
import io
import re

import pytest

from tests.site_helpers import DAY, LANGUAGES, PREFIX, REPO, main, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena import reference
from tukena.reference import shapes
from tukena.schemas.vocabulary import ActivityForm
from tukena.site import catalogue, coverage, urls
from tukena.site.config import SiteConfig
from tukena.status import Status

CONTENT, STATUS = sample_content()
LISTED = sorted(slug for slug, state in STATUS.items() if state is not Status.ENDED)
DATA = reference.load()
FORMS = ["", *(f.value for f in ActivityForm)]
PATH_TOKEN = re.compile(r"[MlLz]|-?\d+")


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


def _of_form(form: str) -> list[str]:
    return [s for s in LISTED if not form or form in CONTENT.activities[s].forms]


def _places(slug: str) -> set[str]:
    return {p.municipality for p in CONTENT.activities[slug].locations}


def _expected_counts(form: str) -> dict[str, int]:
    return {
        code: sum(1 for s in _of_form(form) if code in _places(s)) for code in DATA.municipalities
    }


def _shade(count: int) -> int:
    """The legend's classes: none, 1, 2–4, 5–9, 10 or more."""
    return 0 if count == 0 else 1 if count == 1 else 2 if count <= 4 else 3 if count <= 9 else 4


def _url(lang: str, form: str) -> str:
    return urls.coverage(lang, form)


def points(data: str) -> list[list[tuple[int, int]]]:
    """Absolute points of each ring of path data made of M, l and z commands."""
    rings: list[list[tuple[int, int]]] = []
    tokens = PATH_TOKEN.findall(data)
    assert "".join(tokens) == data.replace(" ", ""), "only M, l, z and whole numbers"
    i = 0
    command = ""
    x = y = 0
    while i < len(tokens):
        token = tokens[i]
        if token in ("M", "l", "z"):
            command = token
            i += 1
            continue
        dx, dy = int(tokens[i]), int(tokens[i + 1])
        i += 2
        if command == "M":
            x, y = dx, dy
            rings.append([(x, y)])
        else:
            assert command == "l", data[:40]
            x, y = x + dx, y + dy
            rings[-1].append((x, y))
    return rings


def test_arcs_decode_deltas_and_rings_join_them():
    topology = {
        "transform": {"scale": [0.5, 2.0], "translate": [20.0, 60.0]},
        "arcs": [[[0, 0], [2, 1], [2, -1]], [[4, 0], [0, 3]]],
    }
    arcs = shapes.decode_arcs(topology)
    assert arcs == [[(20.0, 60.0), (21.0, 62.0), (22.0, 60.0)], [(22.0, 60.0), (22.0, 66.0)]]
    assert shapes.ring(arcs, [0, 1]) == [(20.0, 60.0), (21.0, 62.0), (22.0, 60.0), (22.0, 66.0)]
    # ~1 is arc 1 reversed: it ends where arc 0 starts reversed
    assert shapes.ring(arcs, [~1, ~0]) == [(22.0, 66.0), (22.0, 60.0), (21.0, 62.0), (20.0, 60.0)]


def test_path_data_is_relative_whole_units_and_skips_what_rounds_away():
    square = [(0.2, 0.1), (10.0, 0.0), (10.4, 0.3), (10.0, 10.0), (0.0, 10.0), (0.0, 0.0)]
    assert shapes.path_data([square]) == "M0 0l10 0 0 10-10 0z"
    assert shapes.path_data([[(0.0, 0.0), (0.3, 0.2), (0.1, 0.4)]]) == ""  # under one unit
    assert points(shapes.path_data([square, [(5, 5), (7, 5), (7, 8)]])) == [
        [(0, 0), (10, 0), (10, 10), (0, 10)],
        [(5, 5), (7, 5), (7, 8)],
    ]


def _centre(code: str) -> tuple[float, float]:
    every = [p for ring in points(shapes.outlines().municipalities[code]) for p in ring]
    return sum(p[0] for p in every) / len(every), sum(p[1] for p in every) / len(every)


def test_every_municipality_has_an_outline_inside_the_map():
    outline = shapes.outlines()
    assert set(outline.municipalities) == set(DATA.municipalities)
    for code, data in outline.municipalities.items():
        rings = points(data)
        assert rings and all(len(r) >= 3 for r in rings), code
        for x, y in (p for r in rings for p in r):
            assert 0 <= x <= outline.width and 0 <= y <= outline.height, code
    assert 0.4 < outline.width / outline.height < 0.7  # Finland is about twice as tall as wide


def test_the_map_puts_places_where_they_are():
    helsinki, utsjoki, rovaniemi = _centre("091"), _centre("890"), _centre("698")
    mariehamn, joensuu, oulu = _centre("478"), _centre("167"), _centre("564")
    assert helsinki[1] > oulu[1] > rovaniemi[1] > utsjoki[1]  # y grows southwards
    assert mariehamn[0] < helsinki[0] < joensuu[0]  # x grows eastwards
    assert abs(oulu[0] - rovaniemi[0]) < abs(mariehamn[0] - joensuu[0]) / 3


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("form", FORMS)
def test_map_shades_each_municipality_by_its_current_activities(site, lang, form):
    doc = main(page(site, _url(lang, form)))
    expected = _expected_counts(form)
    names = {DATA.municipalities[c].name(lang): c for c in DATA.municipalities}
    assert len(names) == len(DATA.municipalities)
    # The map is for the eye and the mouse: hidden from assistive technology, its links out
    # of the tab order; the lists and tables below give the same figures and links.
    svg = doc.one("svg")
    assert svg.get("aria-hidden") == "true"
    assert doc.one("figure", cls="coverage-map").one("figcaption").text
    shaded = {}
    for link in svg.find_all("a"):
        path = link.one("path")
        name, _, count = path.one("title").text.rpartition(": ")
        code = names[name]
        assert link.get("tabindex") == "-1"
        assert link.get("href") == f"/{urls.municipality(lang, DATA.municipalities[code])}"
        assert path.get("d") == shapes.outlines().municipalities[code]
        assert path.classes() == {f"level-{_shade(int(count))}"}, name
        shaded[code] = int(count)
    assert shaded == expected
    borders = [p for p in svg.find_all("path") if "county-borders" in p.classes()]
    assert len(borders) == 1 and len(svg.find_all("path")) == len(shaded) + 1


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("form", ["", "language-cafe", "peer-group", "sports-outdoors"])
def test_lists_and_tables_give_the_same_figures(site, lang, form):
    doc = main(page(site, _url(lang, form)))
    expected = _expected_counts(form)
    listed = {}
    for region in DATA.regions:
        section = doc.one(id=f"region-{region}")
        assert section.text == DATA.regions[region].name(lang)
    for item in doc.one("section", aria_labelledby="places-heading").find_all("li"):
        link = item.one("a")
        count = int(item.one("span", cls="count").text.strip("()"))
        municipality = next(
            m
            for m in DATA.municipalities.values()
            if urls.municipality(lang, m) in link.get("href")
        )
        listed[municipality.code] = count
        assert ("gap" in item.classes()) == (count == 0)
        if form and count:  # straight to that form's activities on the municipality page
            assert link.get("href") == f"/{urls.municipality(lang, municipality)}#form-{form}"
            target = page(site, urls.municipality(lang, municipality))
            assert target.find(id=f"form-{form}") is not None
    assert listed == expected
    for heading, areas, key in (
        ("regions-heading", DATA.regions, "region"),
        ("counties-heading", DATA.counties, "county"),
    ):
        table = doc.one("table", aria_labelledby=heading)  # named by its heading
        rows = {r.one("th").text: r for r in table.one("tbody").find_all("tr")}
        names = sorted((a.name(lang) for a in areas.values()), key=str.casefold)
        assert list(rows) == (names if key == "county" else [a.name(lang) for a in areas.values()])
        for code, area in areas.items():
            members = [m for m in DATA.municipalities.values() if getattr(m, key) == code]
            covered = [m for m in members if expected[m.code]]
            people = sum(m.population for m in members)
            share = round(100 * sum(m.population for m in covered) / people)
            activities = sum(
                1
                for s in _of_form(form)
                if code in {getattr(DATA.municipalities[c], key) for c in _places(s)}
            )
            cells = [td.text for td in rows[area.name(lang)].find_all("td")]
            # the activities first: on a phone the rest of the row is scrolled to
            assert cells == [str(activities), f"{len(covered)} / {len(members)}", f"{share} %"], (
                code
            )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_regions_against_forms(site, lang):
    doc = main(page(site, _url(lang, "")))
    table = doc.one("table", **{"aria-labelledby": "forms-heading"})
    heads = table.one("thead").find_all("th")[1:]
    assert [h.one("a").get("href") for h in heads] == [
        f"/{urls.coverage(lang, f.value)}" for f in ActivityForm
    ]
    for row, code in zip(table.one("tbody").find_all("tr"), DATA.regions, strict=True):
        for cell, form in zip(row.find_all("td"), ActivityForm, strict=True):
            n = sum(
                1
                for s in _of_form(form.value)
                if code in {DATA.municipalities[c].region for c in _places(s)}
            )
            assert cell.text == str(n), (code, form)
            assert ("gap" in cell.classes()) == (n == 0)
    form_page = page(site, _url(lang, "language-cafe"))
    assert form_page.find("section", **{"aria-labelledby": "forms-heading"}) is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_regions_against_languages(site, lang):
    """Activities held in each language, or with help in it, by region: every language
    with a page (Swedish too, not Finnish), each linked to it."""
    doc = main(page(site, _url(lang, "")))
    table = doc.one("table", cls="matrix-languages")
    heads = table.one("thead").find_all("th")[1:]
    codes = [h.one("a").get("href").rsplit("/", 1)[1].removesuffix(".html") for h in heads]
    spoken: dict[str, set[str]] = {}
    for s in LISTED:
        activity = CONTENT.activities[s]
        for code in {*activity.languages, *activity.support_languages} - {"fi"}:
            spoken.setdefault(code, set()).add(s)
    by_lower = {code.lower(): code for code in spoken}
    assert sorted(codes) == sorted(by_lower)
    assert "sv" in codes and "fi" not in codes
    gaps = 0
    for row, region in zip(table.one("tbody").find_all("tr"), DATA.regions, strict=True):
        for cell, code in zip(row.find_all("td"), codes, strict=True):
            slugs = spoken[by_lower[code]]
            n = sum(
                1 for s in slugs if region in {DATA.municipalities[c].region for c in _places(s)}
            )
            assert cell.text == str(n), (region, code)
            assert ("gap" in cell.classes()) == (n == 0)
            gaps += n == 0
    assert gaps and gaps < len(codes) * len(DATA.regions)
    assert page(site, _url(lang, "language-cafe")).find("table", cls="matrix-languages") is None


@pytest.mark.parametrize("form", FORMS)
def test_summary_and_choices(site, form):
    doc = main(page(site, _url("en", form)))
    mine = _of_form(form)
    counts = _expected_counts(form)
    covered = [c for c, n in counts.items() if n]
    population = sum(m.population for m in DATA.municipalities.values())
    share = round(100 * sum(DATA.municipalities[c].population for c in covered) / population)
    facts = doc.one(cls="coverage-facts").text
    noun = "activity" if len(mine) == 1 else "activities"
    assert f"{len(mine)} current {noun}." in facts
    assert (
        f"{len(covered)} of {len(DATA.municipalities)} municipalities have at least one; "
        f"{share}% of the population lives in them (population on 31 Dec 2020)." in facts
    )
    online = sum(1 for s in mine if not _places(s))
    assert (f"{online} activit" in facts) == bool(online)
    assert [li.text for li in doc.one("ul", cls="legend").find_all("li")] == [
        "none: a gap",
        "1",
        "2–4",
        "5–9",
        "10 or more",
    ]
    choices = doc.one("nav", cls="coverage-choices").find_all("li")
    assert [c.one("a").get("href") for c in choices] == [
        f"/{urls.coverage('en', f)}" for f in FORMS
    ]
    current = [c.one("a").get("href") for c in choices if c.one("a").get("aria-current")]
    assert current == [f"/{urls.coverage('en', form)}"]
    assert [c.one("span", cls="count").text for c in choices] == [
        f"({len(_of_form(f))})" for f in FORMS
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_coverage_is_linked_from_every_page_and_the_municipalities(site, lang):
    home = page(site, PREFIX[lang])
    assert f"/{urls.coverage(lang)}" in home.one("footer").links()
    index = main(page(site, f"{PREFIX[lang]}municipalities/"))
    assert f"/{urls.coverage(lang)}" in index.links()


def test_coverage_csv_has_every_municipality_and_form(site):
    raw = (site / "data" / "coverage.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a byte order mark, for spreadsheets
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["municipality_code"] for r in rows] == list(DATA.municipalities)
    # the first columns as they have always been, the names added since last
    assert list(rows[0])[:9] == [
        "municipality_code", "municipality_fi", "municipality_sv", "region_code", "region_fi",
        "county_code", "population", "population_at", "activities",
    ]  # fmt: skip
    assert list(rows[0])[-3:] == ["region_sv", "county_fi", "county_sv"]
    by_form = {form: _expected_counts(form) for form in FORMS}
    for row in rows:
        m = DATA.municipalities[row["municipality_code"]]
        assert (row["municipality_fi"], row["municipality_sv"]) == (m.name_fi, m.name_sv)
        assert row["region_fi"] == DATA.regions[m.region].name_fi
        county = DATA.counties[m.county] if m.county else None
        assert (row["region_sv"], row["county_fi"], row["county_sv"]) == (
            DATA.regions[m.region].name_sv,
            county.name_fi if county else "",
            county.name_sv if county else "",
        )
        assert (row["region_code"], row["county_code"]) == (m.region, m.county or "")
        assert (int(row["population"]), row["population_at"]) == (m.population, "2020-12-31")
        assert int(row["activities"]) == by_form[""][m.code]
        for form in FORMS[1:]:
            assert int(row[form]) == by_form[form][m.code], (m.code, form)
    spoken: dict[str, set[str]] = {}
    for slug in LISTED:
        activity = CONTENT.activities[slug]
        for code in {*activity.languages, *activity.support_languages} - {"fi"}:
            spoken.setdefault(code, set()).add(slug)
    columns = [c for c in rows[0] if c.startswith("language_")]
    assert sorted(columns) == sorted(f"language_{code}" for code in spoken)
    for row in rows:
        for code, slugs in spoken.items():
            n = sum(1 for s in slugs if row["municipality_code"] in _places(s))
            assert int(row[f"language_{code}"]) == n, (row["municipality_code"], code)
    assert any(int(row["language_ar"]) for row in rows)
    assert any(int(row["language_sv"]) for row in rows) and "language_fi" not in rows[0]
    links = main(page(site, urls.coverage("sv"))).links()
    assert "/data/coverage.csv" in links


def test_a_form_or_group_named_twice_counts_once():
    """Listings, their counts and the coverage pages count an activity once per form."""
    content = dataclasses.replace(CONTENT, activities=dict(CONTENT.activities))  # a copy
    slug = LISTED[0]
    activity = content.activities[slug]
    twice = {"forms": activity.forms * 2, "target_groups": activity.target_groups * 2}
    content.activities[slug] = activity.model_copy(update=twice)
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    cat = catalogue.build(content, config)
    for form in activity.forms:
        assert cat.by_form[form].count(slug) == 1
    for group in activity.target_groups:
        assert cat.by_group[group].count(slug) == 1
    form = activity.forms[0].value
    choices = {c["code"]: c["count"] for c in coverage.context(cat, form, "en")["choices"]}
    assert choices[form] == len(_of_form(form))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("form", ["", "language-cafe"])
def test_every_table_is_named_by_its_heading(site, lang, form):
    """A screen reader lists the tables by name: each is named by the heading above it,
    as its scrolling region is, and no section around it repeats the name."""
    doc = main(page(site, _url(lang, form)))
    tables = doc.find_all("table")
    assert tables
    for table in tables:
        heading = doc.one(id=table.get("aria-labelledby"))
        assert heading.tag == "h2" and heading.text
        named = doc.find_all(None, aria_labelledby=table.get("aria-labelledby"))
        assert [n.tag for n in named] == ["div", "table"]  # the scrolling region and the table
