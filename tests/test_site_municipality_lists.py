"""A municipality's page shows the first few activities of each form and links a list of
them all when there are more: rendered from the sample content with one activity of each
form on the page and two on a page of a list; what each page should hold comes from the
content files."""

from __future__ import annotations

import math
import re

import pytest

from tests.site_helpers import DAY, LANGUAGES, REPO, cards, edited, main, parse, sample_content
from tukena import reference
from tukena.schemas.vocabulary import ActivityForm, label
from tukena.site import catalogue, render, urls
from tukena.site.config import SiteConfig
from tukena.site.exports import sitemap
from tukena.site.fingerprints import fingerprints
from tukena.site.routes import pages
from tukena.status import Status

SHOWN = 1  # activities of a form on a municipality's page
SIZE = 2  # activities on a page of a list
DATA = reference.load()
CONTENT, STATUS = sample_content()
LISTED = {slug: a for slug, a in CONTENT.activities.items() if STATUS[slug] is not Status.ENDED}
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}


def config(shown: int = SHOWN) -> SiteConfig:
    return SiteConfig(
        root=REPO,
        output=REPO / "output",
        theme=REPO / "theme",
        today=DAY,
        page_size=SIZE,
        group_size=shown,
    )


@pytest.fixture(scope="module")
def cat():
    return catalogue.build(CONTENT, config())


def members(code: str, form: ActivityForm) -> set[str]:
    """The current activities of ``form`` that meet in the municipality."""
    return {
        slug
        for slug, a in LISTED.items()
        if form in a.forms and code in {p.municipality for p in a.locations}
    }


EXPECTED = {
    (code, form): found
    for code in DATA.municipalities
    for form in ActivityForm
    if len(found := members(code, form)) > SHOWN
}


def list_url(lang: str, code: str, form: ActivityForm, number: int = 1) -> str:
    page = urls.municipality(lang, DATA.municipalities[code]).removesuffix(".html")
    return f"{page}/{form.value}.html" if number == 1 else f"{page}/{form.value}/{number}.html"


def test_the_sample_has_long_and_short_groups():
    assert len(EXPECTED) >= 3
    assert any(len(found) > SIZE for found in EXPECTED.values())  # a list of several pages


def test_lists_exist_for_the_groups_longer_than_a_page_shows(cat):
    jobs = [j for j in pages(cat) if j.kind == "municipality-form"]
    for lang in LANGUAGES:
        expected = {
            list_url(lang, code, form, n)
            for (code, form), found in EXPECTED.items()
            for n in range(1, math.ceil(len(found) / SIZE) + 1)
        }
        assert {j.url for j in jobs if j.lang == lang} == expected
    # no lists when the page shows every activity
    assert not [j for j in pages(catalogue.build(CONTENT, config(0))) if j.kind == jobs[0].kind]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_municipality_page_shows_the_first_of_each_form_and_links_the_rest(cat, lang):
    jobs = {j.key: j for j in pages(cat) if j.kind == "municipality" and j.lang == lang}
    lists = {j.url: j for j in pages(cat) if j.kind == "municipality-form"}
    linked = 0
    for code in {c for a in LISTED.values() for c in (p.municipality for p in a.locations)}:
        doc = main(parse(render.render(cat, jobs[code], "t")))
        chips = {a.get("href"): a.text for a in doc.one("nav").find_all("a")}
        for form in ActivityForm:
            found = members(code, form)
            section = doc.find("section", **{"aria-labelledby": f"form-{form.value}"})
            if not found:
                assert section is None
                continue
            assert chips[f"#form-{form.value}"] == f"{label(form, lang)} ({len(found)})"
            shown = cards(section)
            more = [
                a.get("href") for a in section.find_all("a") if "/municipalities/" in a.get("href")
            ]
            if len(found) <= SHOWN:
                assert sorted(shown) == sorted(found) and more == []
                continue
            linked += 1
            assert len(shown) == SHOWN and set(shown) <= found
            assert more == [f"/{list_url(lang, code, form)}"]
            assert str(len(found)) in section.find("p", cls="more").text
            # the page shows the start of the list
            first = lists[list_url(lang, code, form)]
            assert cards(main(parse(render.render(cat, first, "t"))))[:SHOWN] == shown
    assert linked == sum(1 for code, _ in EXPECTED)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_list_holds_every_activity_once_on_numbered_pages(cat, lang):
    for (code, form), found in EXPECTED.items():
        count = math.ceil(len(found) / SIZE)
        shown: list[str] = []
        for number in range(1, count + 1):
            job = next(j for j in pages(cat) if j.url == list_url(lang, code, form, number))
            doc = parse(render.render(cat, job, "t"))
            name = DATA.municipalities[code].name(lang)
            assert doc.one("h1").text == f"{name}: {label(form, lang)}"
            up = doc.one("nav", cls="up").links()
            assert up == [
                f"/{urls.municipality(lang, DATA.municipalities[code])}",
                f"/{urls.form(lang, form)}",
            ]
            here = cards(main(doc))
            assert 0 < len(here) <= SIZE
            shown += here
            nav = doc.find("nav", cls="pagination")
            if count == 1:
                assert nav is None
                continue
            labels = [re.sub(r"\s+", " ", li.text).strip() for li in nav.find_all("li")]
            assert labels == [str(n) for n in range(1, count + 1)]  # numbers, no places
        assert sorted(shown) == sorted(found), (code, form)  # each exactly once


def test_lists_are_in_the_sitemap_with_their_language_versions(cat):
    entries = {e.url: e for e in sitemap.entries(cat)}
    for (code, form), found in EXPECTED.items():
        for number in range(1, math.ceil(len(found) / SIZE) + 1):
            versions = {lang: f"/{list_url(lang, code, form, number)}" for lang in LANGUAGES}
            for lang in LANGUAGES:
                entry = entries[list_url(lang, code, form, number)]
                links = dict(re.findall(r'hreflang="([^"]+)" href="([^"]+)"', entry.alternates))
                assert {k: v for k, v in links.items() if k != "x-default"} == versions
                newest = max(LISTED[s].verified for s in found)
                assert entry.lastmod == newest


def test_a_list_is_rendered_again_when_one_of_its_activities_changes(cat):
    (code, form), found = next(iter(sorted(EXPECTED.items())))
    slug = sorted(found)[0]
    changed = CONTENT.activities[slug].model_copy(update={"summary": {"fi": "Uusi kuvaus"}})
    after = catalogue.build(edited(CONTENT, "activities", slug, changed), config())
    jobs = [j for j in pages(cat) if j.kind == "municipality-form" and j.lang == "en"]
    old, new = fingerprints(cat, jobs, "code"), fingerprints(after, jobs, "code")
    changed = {job.key for job in jobs if old[job.url] != new[job.url]}
    expected = {f"{c}/{f.value}" for (c, f), slugs in EXPECTED.items() if slug in slugs}
    assert f"{code}/{form.value}" in expected and changed == expected
