"""A place's name written as a plain string claims no language, so its page shows it as
the page's own text; in Arabic letters it still reads right to left. Its page, the cards
that name it and the search's result records set it right to left, so that its words,
numbers and punctuation keep their order ("مكتبة Varissuo، القاعة 2" is not shown as
"مكتبة Varissuo، 2 القاعة" in a left-to-right line); a name in Latin letters gets no dir."""

from __future__ import annotations

import json

import pytest

from tests.site_helpers import DAY, REPO, edited, parse, sample_content
from tukena import search
from tukena.schemas.location import PROPER_NAME
from tukena.site import render, urls
from tukena.site.catalogue import build
from tukena.site.config import SiteConfig
from tukena.site.routes import jobs

pytest_plugins = ["tests.browser_fixtures"]
CONTENT, _ = sample_content()
SLUG = "vanhempainryhma-arabiaksi-varissuo"  # a listing written in Arabic
ARABIC = "مكتبة Varissuo، القاعة 2"
LATIN = "Varissuon kirjasto, kerhohuone 2"


def _content(name: str):
    activity = CONTENT.activities[SLUG]
    assert activity.language == "ar"
    first, *rest = activity.locations
    place = first.model_copy(update={"name": {PROPER_NAME: name}})
    changed = activity.model_copy(update={"locations": [place, *rest]})
    return edited(CONTENT, "activities", SLUG, changed), first.municipality


def _elements(html: str, name: str) -> list:
    """The innermost elements that hold the name."""
    return [
        n
        for n in parse(html).iter()
        if n.tag not in ("script", "title", "meta")
        and name in n.text
        and not any(name in c.text for c in n.children if not isinstance(c, str))
    ]


@pytest.mark.parametrize(("name", "direction"), [(ARABIC, "rtl"), (LATIN, None)])
def test_a_plain_place_name_reads_in_its_letters_direction(name, direction):
    content, code = _content(name)
    config = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY)
    cat = build(content, config)
    pages = [
        j
        for j in jobs(cat)
        if (j.kind, j.key) in {("activity", SLUG), ("municipality", code)} and j.page == 1
    ]
    assert {j.lang for j in pages} == {"fi", "sv", "en"} and len(pages) == 6
    for job in pages:
        found = _elements(render.render(cat, job, "t"), name)
        assert found, job.url  # the activity's page, and its card on the municipality's
        for node in found:
            assert node.get("dir") == direction, job.url
            assert node.get("lang") is None, job.url  # it claims no language


@pytest.mark.parametrize(("name", "direction"), [(ARABIC, "rtl"), (LATIN, None)])
@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_search_results_say_which_way_a_plain_place_name_reads(name, direction, lang):
    content, _ = _content(name)
    files = search.build(content, lang, DAY, lambda slug: urls.activity(lang, slug))
    records = [
        record
        for path, data in files.items()
        if "/results/" in path
        for record in json.loads(data)
        if isinstance(record, dict) and record.get("p") == name
    ]
    assert len(records) == 1
    assert records[0].get("pd") == direction


@pytest.mark.browser
def test_a_search_card_sets_a_place_name_right_to_left_as_its_record_says(browser):
    """The search page's card (js/search/cards.js) gives the place's name the direction its
    result record carries (``pd``), and a name without one none."""
    script = REPO / "theme" / "static" / "js" / "search" / "cards.js"
    make = """([name, direction]) => {
        const t = {when: "Milloin", where: "Missä", language: "Kieli", cost: "Hinta",
                   free: "Maksuton", fee: "Maksullinen", places: "Paikkoja", flags: {}};
        const card = TukenaSearch.cards({doc: document, t: t, lang: "fi", languageNames: {},
                                         capacity: {}})({
            t: "Kahvila", url: "/x.html", p: name, pd: direction, municipalities: ["Turku"],
            languages: ["ar"], help: [], flags: {}, capacity: "open"});
        const span = [...card.querySelectorAll("dd span")].find(s => s.textContent === name);
        return [span.getAttribute("dir"), span.getAttribute("lang")];
    }"""
    page = browser.new_page()
    try:
        page.set_content("<!doctype html><html lang='fi'><title>t</title><body></body></html>")
        page.add_script_tag(path=str(script))
        assert page.evaluate(make, [ARABIC, "rtl"]) == ["rtl", None]
        assert page.evaluate(make, [LATIN, None]) == [None, None]
    finally:
        page.close()
