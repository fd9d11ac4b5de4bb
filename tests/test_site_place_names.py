"""A place's name written as a plain string is a proper name that claims no language: no
page, card, search result or export says it is in the listing's language (a Finnish name
in a Somali listing read with a Somali voice, WCAG 3.1.2), and the file written back from
the model has the plain string again. A name given by language keeps its languages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.site_helpers import LANGUAGES, PREFIX, html_files, sample_content, sample_site
from tukena import loader, writer
from tukena.schemas import Activity
from tukena.schemas.location import PROPER_NAME
from tukena.site import othertexts

CONTENT, _ = sample_content()
SOMALI = "hooyooyinka-kooxda-hakunila"
PLAIN = "Hakunilan kansainvälinen yhdistys, kerhohuone"
DARI = "dari-neuvonta-tikkurila"
BY_LANGUAGE = {"fa-AF": "کتابخانه تیکوریلا", "fi": "Tikkurilan kirjasto, ryhmätila Lumme"}
#: an element that says its own language, opening right before the text
TAGGED = r'<[a-z]+\s[^>]*\blang="([^"]+)"[^>]*>\s*'


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return sample_site(tmp_path_factory).check().output


def test_the_sample_names_the_places_as_the_tests_need():
    somali = CONTENT.activities[SOMALI]
    assert somali.language == "so"
    assert somali.locations[0].name == {PROPER_NAME: PLAIN}
    assert CONTENT.activities[DARI].locations[0].name == BY_LANGUAGE


def test_a_plain_name_is_no_text_in_a_language_of_the_listing():
    """What the pages count as the listing's texts by language (the sections of texts in
    languages beyond the UI's, the warnings of Kurdish texts) leave a plain name out."""
    parts = othertexts.activity_parts(CONTENT.activities[SOMALI])
    assert othertexts.languages(parts, ()) == ["so", "fi"]


def test_no_page_says_a_plain_place_name_is_in_another_language(site):
    """Every page that shows the Somali listing's place (its own in fi, sv and en, the
    municipality's, the language's, the organisations', the lists of forms and target
    groups) shows it as the page's own text: not in an element with a lang of its own,
    and not in the listing's Somali section."""
    pages = [p for p in html_files(site) if PLAIN in p.read_text("utf-8")]
    assert len(pages) > 10
    for path in pages:
        html = path.read_text("utf-8")
        assert not re.search(TAGGED + re.escape(PLAIN), html), path
        assert f'lang="{PROPER_NAME}"' not in html, path
        section = re.search(r'<section[^>]*id="text-so".*?</section>', html, re.S)
        assert not section or PLAIN not in section[0], path


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_activity_page_shows_the_plain_name_untagged(site, lang):
    html = (site / f"{PREFIX[lang]}activities/{SOMALI}.html").read_text("utf-8")
    assert f"<strong>{PLAIN}</strong>" in html
    assert 'lang="so"' in html  # the Somali title and summary still say so


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_results_give_the_plain_name_no_language(site, lang):
    found = []
    for path in (site / "search" / lang / "results").glob("*.json"):
        found += [r for r in json.loads(path.read_text("utf-8")) if r.get("p") == PLAIN]
    assert found and all("pl" not in r for r in found)


def test_calendar_and_open_data_have_the_name_as_written(site):
    ics = (site / f"activities/{SOMALI}.ics").read_text("utf-8")
    assert "LOCATION:Hakunilan kansainvälinen yhdistys\\, kerhohuone\\, Hakunilantie 48" in ics
    data = json.loads((site / "data" / "activities.json").read_text("utf-8"))
    (item,) = [i for i in data["items"] if i["slug"] == SOMALI]
    assert item["locations"][0]["name"] == PLAIN


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_name_given_by_language_keeps_its_languages(site, lang):
    """The Dari listing's place, named in Dari and Finnish: a Swedish or English page shows
    the Finnish name, as the building's sign says, tagged Finnish."""
    html = (site / f"{PREFIX[lang]}activities/{DARI}.html").read_text("utf-8")
    fi = BY_LANGUAGE["fi"]
    assert f'<strong><span lang="fi" dir="ltr">{fi}</span></strong>' in html


def test_the_written_file_has_the_plain_name_again(tmp_path: Path):
    a = CONTENT.activities[SOMALI]
    text = writer.render(a)
    assert f"\n- name: {PLAIN}\n" in text
    dari = writer.render(CONTENT.activities[DARI])
    assert f"\n- name:\n    fa-AF: {BY_LANGUAGE['fa-AF']}\n" in dari
    rel = "content/activities/x.md"
    (tmp_path / "content/activities").mkdir(parents=True)
    for model, written in ((a, text), (CONTENT.activities[DARI], dari)):
        (tmp_path / rel).write_text(written, "utf-8")
        found, problems = loader.read_item(tmp_path / rel, loader.ACTIVITIES, rel)
        assert problems == [] and found == model
        assert isinstance(found, Activity)


FINNISH = "kielikahvila-tapiola"  # a Finnish listing: "Tapiolan kirjasto", "Kulttuuriaukio 2"
ENGLISH = "job-club-in-english-helsinki"  # an English one: "Duunikompassi, 3rd floor"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_plain_name_and_street_of_a_finnish_listing_are_tagged_finnish(site, lang):
    """On the Swedish and English pages a screen reader reads "Tapiolan kirjasto" and its
    street in Finnish (WCAG 3.1.2); the Finnish page shows them as its own text."""
    html = (site / f"{PREFIX[lang]}activities/{FINNISH}.html").read_text("utf-8")
    assert '<strong><span lang="fi" dir="ltr">Tapiolan kirjasto</span></strong>' in html
    assert '<span lang="fi" dir="ltr">Kulttuuriaukio 2</span>, 02100' in html
    own = (site / f"activities/{FINNISH}.html").read_text("utf-8")
    assert "<strong>Tapiolan kirjasto</strong><br>Kulttuuriaukio 2, 02100" in own


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_plain_name_of_an_english_listing_is_tagged_english_on_cards(site, lang):
    """The card on the organisation's page and the search results of the Swedish and
    Finnish sites say "Duunikompassi, 3rd floor" is English; its Finnish street is no
    English text, so the English listing's street claims no language."""
    name = "Duunikompassi, 3rd floor"
    html = (site / f"{PREFIX[lang]}organisations/duunikompassi-oy.html").read_text("utf-8")
    assert f'<dd><span lang="en" dir="ltr">{name}</span>, ' in html
    found = []
    for path in (site / "search" / lang / "results").glob("*.json"):
        found += [r for r in json.loads(path.read_text("utf-8")) if r.get("p") == name]
    assert found and all(r["pl"] == "en" for r in found)
    page = (site / f"{PREFIX[lang]}activities/{ENGLISH}.html").read_text("utf-8")
    assert "<br>Hämeentie 15, 00500" in page
