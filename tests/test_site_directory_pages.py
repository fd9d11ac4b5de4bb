"""The organisation directory in pages: every organisation on exactly one page, in
alphabetical order; each page named by the letters (or, within a letter, the starts of the
names) it covers; the letter index of the whole directory on every page, each letter
leading to the page and heading where it begins; the pages each other's language versions,
in the sitemap too. Rendered from the sample content with seven organisations a page."""

from __future__ import annotations

import math
import re

import pytest

from tests.site_helpers import (
    DAY,
    LANGUAGES,
    REPO,
    assert_language_versions,
    main,
    parse,
    sample_content,
)
from tukena.schemas.languages import pick
from tukena.site import catalogue, render
from tukena.site.collation import initial, sort_key
from tukena.site.config import SiteConfig
from tukena.site.directorypages import address, letters, split
from tukena.site.routes import pages

SIZE = 7
CONTENT, _STATUS = sample_content()


def test_names_without_a_letter_first_are_named_apart_from_the_letters():
    """ "0–9" is a range itself: a page from the digits to C is "0–9, A–C", not "0–9–C"."""
    names = ["!!!", "12 ry", "4H-yhdistys", "Apu", "Bana", "Cedri", "Dora"]
    assert names == sorted(names, key=sort_key)
    assert [p.label for p in split(names, 4)] == ["#, 0–9, A", "B–D"]
    assert [p.label for p in split(names, 6)] == ["#, 0–9, A–C", "D"]
    assert [p.label for p in split(names, 2)] == ["#, 12", "0–9, A", "B–C", "D"]
    assert [p.label for p in split(names[1:], 2)] == ["0–9", "A–B", "C–D"]
    assert [p.label for p in split(names[1:], 1)] == ["12", "4H", "A", "B", "C", "D"]
    assert [p.label for p in split(names[1:], 0)] == ["0–9, A–D"]


def test_pages_are_named_by_their_letters_and_within_a_letter_by_the_names():
    names = ["Apu", "Avara", "Kaisla", "Kauna", "Kota", "Kuu", "“Lumo” ry", "Öljy"]
    assert [p.label for p in split(names, 3)] == ["A–Kai", "Kau–Kuu", "L–Ö"]
    assert [p.label for p in split(names, 2)] == ["A", "Kai–Kau", "Kot–Kuu", "L–Ö"]
    assert [p.label for p in split(names, 4)] == ["A–Kau", "Kot–Ö"]
    assert [(p.start, p.stop) for p in split(names, 3)] == [(0, 3), (3, 6), (6, 8)]
    assert [(p.start, p.stop, p.label) for p in split(names, 0)] == [(0, 8, "A–Ö")]
    assert [(p.start, p.stop) for p in split([], 3)] == [(0, 0)]
    assert [(e.letter, e.id, e.page) for e in letters(names, 3)] == [
        ("A", "letter-0", 1),
        ("K", "letter-1", 1),
        ("L", "letter-2", 3),
        ("Ö", "letter-3", 3),
    ]
    assert address("fi", 1) == "organisations/"
    assert address("sv", 3) == "sv/organisations/3/"


@pytest.fixture(scope="module")
def cat():
    config = SiteConfig(
        root=REPO,
        output=REPO / "output",
        theme=REPO / "theme",
        today=DAY,
        directory_page_size=SIZE,
    )
    return catalogue.build(CONTENT, config)


def name(slug: str, lang: str) -> str:
    org = CONTENT.organisations[slug]
    return pick(org.name, lang, org.language)[0]


def directory(cat, lang: str) -> list:
    return [j for j in pages(cat) if j.kind == "organisations" and j.lang == lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_organisation_on_one_page_in_order_and_the_letters_lead_to_each(cat, lang):
    jobs = directory(cat, lang)
    assert [j.page for j in jobs] == list(
        range(1, math.ceil(len(CONTENT.organisations) / SIZE) + 1)
    )
    assert len(jobs) > 3
    shown: list[str] = []
    headings: dict[str, tuple[str, str]] = {}  # letter -> (page, heading id) where it begins
    docs = {}
    for job in jobs:
        doc = docs[job.url] = parse(render.render(cat, job, "t"))
        here = []
        for group in main(doc).find_all("section", cls="letter-group"):
            heading = group.one("h2")
            for link in group.links():
                slug = link.rsplit("/", 1)[1].removesuffix(".html")
                assert initial(name(slug, lang)) == heading.text, slug
                here.append(slug)
            headings.setdefault(heading.text, (f"/{job.url}", heading.get("id")))
        assert 0 < len(here) <= SIZE
        numbers = [
            str(len(shown) + 1),
            str(len(shown) + len(here)),
            str(len(CONTENT.organisations)),
        ]
        shown += here
        nav = doc.one("nav", cls="pagination")
        items = nav.find_all("li")
        assert len(items) == len(jobs)
        current = [li for li in items if li.find("span", **{"aria-current": "page"})]
        assert [items.index(li) + 1 for li in current] == [job.page]
        first, last = name(here[0], lang), name(here[-1], lang)
        label = re.sub(r"^\d+ ", "", current[0].text)
        assert label.startswith(initial(first)) or first.startswith(label.split("–")[0])
        assert label.endswith(initial(last)) or last.startswith(label.split("–")[-1])
        assert re.findall(r"\d+", nav.one("p").text) == numbers  # 8–14 of 31
        links = [li.links()[0] for li in items if li not in current]
        assert links == [f"/{j.url}" for j in jobs if j is not job]
        title = doc.one("title").text
        assert f"{job.page}" in title and f"{len(jobs)}" in title
        steps = {
            a.get("rel"): a.get("href")
            for a in doc.one("nav", cls="pagination-steps").find_all("a")
        }
        assert steps.get("prev") == (f"/{jobs[job.page - 2].url}" if job.page > 1 else None)
        assert steps.get("next") == (f"/{jobs[job.page].url}" if job.page < len(jobs) else None)
    assert sorted(shown) == sorted(CONTENT.organisations), "each exactly once"
    names = [name(s, lang) for s in shown]
    assert names == sorted(names, key=sort_key)
    # every page's letter index: every letter of the directory, to the page it begins on
    for job in jobs:
        index = docs[job.url].one("nav", cls="letters")
        expected = [
            f"#{anchor}" if url == f"/{job.url}" else f"{url}#{anchor}"
            for url, anchor in headings.values()
        ]
        assert index.links() == expected
        assert [a.text for a in index.find_all("a")] == list(headings)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_letter_that_goes_on_over_a_page_is_named_by_the_names(cat, lang):
    jobs = directory(cat, lang)
    labels = []
    for job in jobs:
        doc = parse(render.render(cat, job, "t"))
        current = doc.one("nav", cls="pagination").one("span", **{"aria-current": "page"})
        labels.append(re.sub(r"^\d+ ", "", current.text))
    # the sample has more than seven names under some letter: its pages name the names
    assert any(len(end) > 1 and end != "0–9" for label in labels for end in label.split("–"))


def test_the_pages_of_the_directory_are_each_others_language_versions(cat):
    jobs = [j for j in pages(cat) if j.kind == "organisations"]
    assert_language_versions(cat, jobs)
