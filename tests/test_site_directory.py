"""The organisation directory: every organisation under its initial letter, in Finnish and
Swedish alphabetical order; what the filters need (in the directory's data file, which
js/directory.js fetches); the filters' choices and counts. Expected values come from the
content files and the reference data."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from tests.site_helpers import LANGUAGES, PREFIX, main, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena import invites, reference
from tukena.schemas.languages import language_name, pick
from tukena.schemas.vocabulary import label
from tukena.site import urls
from tukena.site.collation import initial, sort_key
from tukena.status import Status

DATA = reference.load()
CONTENT, STATUS = sample_content()
LISTED = {slug: a for slug, a in CONTENT.activities.items() if STATUS[slug] is not Status.ENDED}


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


# --- alphabetical order ---------------------------------------------------------------------


def test_names_sort_as_in_the_finnish_and_swedish_alphabets():
    names = ["Örebro", "Zürich", "aura", "Åbo", "Äänekoski", "Émile", "Ähtäri", "Yläne", "Ådalen"]
    assert sorted(names, key=sort_key) == [
        "aura",
        "Émile",
        "Yläne",
        "Zürich",  # ü as y: after Yläne, not after Ö
        "Åbo",
        "Ådalen",
        "Ähtäri",  # h comes before ä
        "Äänekoski",
        "Örebro",
    ]
    assert sort_key("ABC") == sort_key("abc")
    # a leading quotation mark is passed over, so the name sorts under its letter
    assert sorted(["Rauha ry", "“Pakolaisapu” ry", "Apu ry"], key=sort_key) == [
        "Apu ry",
        "“Pakolaisapu” ry",
        "Rauha ry",
    ]


@pytest.mark.parametrize(
    ("name", "letter"),
    [
        ("Åbo Akademi", "Å"),
        ("ämmät ry", "Ä"),
        ("Öjan kylä", "Ö"),
        ("Église", "E"),
        ("“Quoted” ry", "Q"),
        ("4H-yhdistys", "0–9"),
        ("!!!", "#"),
    ],
)
def test_initial_letters(name, letter):
    assert initial(name) == letter


# --- the page -------------------------------------------------------------------------------


def own_area(slug: str) -> set[str]:
    """The municipalities the organisation names; when it names none, those of its regions."""
    org = CONTENT.organisations[slug]
    if org.municipalities:
        return set(org.municipalities)
    return {c for c, m in DATA.municipalities.items() if m.region in org.regions}


def works_in(slug: str) -> set[str]:
    """Its own area (:func:`own_area`), and where one of its current activities meets (as
    organiser or partner)."""
    places = own_area(slug)
    for activity in LISTED.values():
        if slug in (activity.organisation, *activity.partners):
            places |= {p.municipality for p in activity.locations}
    return places


def matches_place(slug: str, code: str) -> bool:
    return code in works_in(slug)


def name(slug: str, lang: str) -> str:
    org = CONTENT.organisations[slug]
    return pick(org.name, lang, org.language)[0]


def directory_data(site, lang: str) -> list[dict]:
    """The rows of the directory's data file, as js/directory.js reads them."""
    path = site / urls.directory_data(lang)
    return json.loads(path.read_text("utf-8"))["organisations"]


def runs_of(slug: str) -> list:
    return [a for a in LISTED.values() if slug in (a.organisation, *a.partners)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_directory_lists_every_organisation_by_letter(site, lang):
    doc = main(page(site, f"{PREFIX[lang]}organisations/"))
    groups = doc.find_all("section", cls="letter-group")
    listed = []
    for group in groups:
        heading = group.one("h2")
        rows = group.find_all("li")
        assert rows, heading.text
        for row in rows:
            (link,) = row.links()
            slug = link.rsplit("/", 1)[1].removesuffix(".html")
            assert initial(name(slug, lang)) == heading.text, slug
            listed.append(slug)
            org = CONTENT.organisations[slug]
            assert not row.attrs, "what the filters match is in the data file, not the page"
            meta = row.one("span", cls="meta").text
            assert label(org.kind, lang) in meta
            assert re.findall(r"(\d+)\D*$", meta) == [str(len(runs_of(slug)))], slug
    assert sorted(listed) == sorted(CONTENT.organisations), "each once"
    names = [name(s, lang) for s in listed]
    assert names == sorted(names, key=sort_key)
    index = doc.one("nav", cls="letters")
    assert index.links() == [f"#{g.one('h2').get('id')}" for g in groups]
    assert len(groups) > 5
    assert doc.find("nav", cls="pagination") is None, "the sample fits on one page"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_data_file_holds_every_row_as_the_page_shows_it_and_what_filters_match(site, lang):
    doc = main(page(site, f"{PREFIX[lang]}organisations/"))
    shown = [
        (
            row.one("a").get("href"),
            row.one("a").text,
            next((s.get("lang") for s in row.one("a").find_all("span")), None),
            row.one("span", cls="meta").text,
        )
        for row in doc.find_all("li")
        if row.parent.get("class") == "index-list"
    ]
    rows = directory_data(site, lang)
    assert [("/" + r["url"], r["name"], r.get("lang"), r["meta"]) for r in rows] == shown
    for row in rows:
        slug = row["url"].rsplit("/", 1)[1].removesuffix(".html")
        org = CONTENT.organisations[slug]
        assert row["url"] == urls.organisation(lang, slug)
        assert row["letter"] == initial(row["name"])
        assert row["kind"] == org.kind.value
        assert set(row["places"]) == works_in(slug), slug
        assert row["languages"] == list(dict.fromkeys(org.languages))
        assert set(row["names"].split(" ")) == set(" ".join(org.name.values()).split(" "))
        referred = any(invites.takes_referrals(a) for a in runs_of(slug))
        assert row.get("referrals", False) == referred, slug
        name_lang = pick(org.name, lang, org.language)[1]
        assert row.get("lang") == (None if name_lang == lang else name_lang), slug
    if lang == "sv":  # some names are written in Finnish (and English) only
        assert any("lang" in row for row in rows), "a name in another language says so"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_directory_filters_offer_what_matches_with_counts(site, lang):
    doc = main(page(site, f"{PREFIX[lang]}organisations/"))
    form = doc.one("form", id="directory-filter")
    assert "hidden" in form.attrs, "shown by the script only"

    def options(field: str) -> dict[str, str]:
        select = form.one("select", id=f"filter-{field}")
        return {o.get("value"): o.text for o in select.find_all("option") if o.get("value")}

    slugs = list(CONTENT.organisations)
    places = options("place")
    expected = Counter(c for c in DATA.municipalities for s in slugs if matches_place(s, c))
    assert {c: int(re.search(r"\((\d+)\)$", t)[1]) for c, t in places.items()} == expected
    for code, text in places.items():
        assert text.startswith(DATA.municipalities[code].name(lang))
    for group in form.one("select", id="filter-place").find_all("optgroup"):
        region = {DATA.municipalities[o.get("value")].region for o in group.find_all("option")}
        assert len(region) == 1
        (code,) = region
        assert group.get("label") == DATA.regions[code].name(lang)
    kinds = Counter(CONTENT.organisations[s].kind for s in slugs)
    assert options("kind") == {k.value: f"{label(k, lang)} ({n})" for k, n in kinds.items()}
    languages = Counter(c for s in slugs for c in set(CONTENT.organisations[s].languages))
    assert options("language") == {
        c: f"{language_name(c, lang)} ({n})" for c, n in languages.items()
    }
    referred = sum(
        1
        for s in slugs
        if any(
            invites.takes_referrals(a)
            for a in LISTED.values()
            if s in (a.organisation, *a.partners)
        )
    )
    box = form.one("label", **{"for": "filter-referrals"})
    assert box.text.endswith(f"({referred})")
    status = doc.one("p", id="directory-status")
    assert "{shown}" in status.get("data-template")
    assert str(len(slugs)) in status.get("data-template")


# --- one answer to "which organisations work here" ------------------------------------------

EASTERN_UUSIMAA = "ita-uudenmaan-hyvinvointialue-kotoutuminen"


def _slug(href: str) -> str:
    return href.rsplit("/", 1)[1].removesuffix(".html")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_directory_and_each_municipality_page_name_the_same_organisations(site, lang):
    """For every municipality, the organisations the directory shows when it is chosen (the
    data file's rows that name it: all js/directory.js matches a municipality against) and
    the number its choice says are those the municipality's page lists; one that names a
    region and some municipalities in it works in those municipalities, not the region's
    others."""
    doc = main(page(site, f"{PREFIX[lang]}organisations/"))
    chosen: dict[str, set[str]] = {}
    for row in directory_data(site, lang):
        for code in row["places"]:
            chosen.setdefault(code, set()).add(_slug(row["url"]))
    select = doc.one("select", id="filter-place")
    counts = {
        o.get("value"): int(re.search(r"\((\d+)\)$", o.text)[1])
        for o in select.find_all("option")
        if o.get("value")
    }
    listed_somewhere = 0
    for code, m in DATA.municipalities.items():
        there = main(page(site, urls.municipality(lang, m)))
        section = there.find("section", cls="organisations-here")
        listed = {_slug(h) for h in section.one("ul").links()} if section else set()
        assert listed == chosen.get(code, set()), m.name_fi
        assert counts.get(code, 0) == len(listed), m.name_fi
        listed_somewhere += bool(listed)
    assert listed_somewhere > 10
    helsinki, porvoo = "091", "638"
    assert EASTERN_UUSIMAA in chosen[porvoo] and EASTERN_UUSIMAA not in chosen[helsinki]
