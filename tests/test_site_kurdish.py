"""Kurdish as Sorani (``ckb``, Arabic script, right to left) and Kurmanji (``kmr``, Latin
script, left to right), beside the plain ``ku`` of older listings, whose texts read in the
direction of their letters: on a built site, by the names people use in Finnish, Swedish and
English, and each text with its own ``lang`` and ``dir``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.site_helpers import LANGUAGES, PREFIX, REPO, cards, main, page, pelican, sample_content
from tukena import writer
from tukena.schemas.languages import (
    LANGUAGE_CODES,
    endonym,
    language_name,
    text_direction,
)
from tukena.schemas.scripts import script
from tukena.site import urls

SORANI = "کۆڕی گفتوگۆ بە کوردی"
SORANI_SUMMARY = "هەموو هەفتەیەک بە یەکەوە قسە دەکەین."
KURMANJI = "Koma axaftinê bi kurdî"
KURMANJI_SUMMARY = "Her hefte em bi hev re diaxivin."
TEXTS = ("title", "summary")
#: what Finnish, Swedish and English readers call them (Infopankki: "kurdi (sorani)")
NAMES = {
    "ckb": {"fi": "kurdi (sorani)", "sv": "kurdiska (sorani)", "en": "Kurdish (Sorani)"},
    "kmr": {"fi": "kurdi (kurmandži)", "sv": "kurdiska (kurmanji)", "en": "Kurdish (Kurmanji)"},
}


def test_sorani_and_kurmanji_are_language_codes_beside_ku():
    assert {"ckb", "kmr", "ku"} <= LANGUAGE_CODES
    for code, names in NAMES.items():
        for lang, name in names.items():
            assert language_name(code, lang) == name
    assert (endonym("ckb"), endonym("kmr"), endonym("ku")) == ("سۆرانی", "Kurmancî", "کوردی")
    assert (text_direction("ckb"), text_direction("kmr")) == ("rtl", "ltr")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SORANI, "rtl"),
        (KURMANJI, "ltr"),
        ("WhatsApp: " + SORANI, "rtl"),  # the letters counted, not the first one taken
        ("Kurdî (کوردی) " + KURMANJI, "ltr"),
        (f'<p>{SORANI} <a href="https://example.org/a/long/address">x</a></p>', "rtl"),
        ("2026 – 17.30", "rtl"),  # no letters: as ku's own pages, Sorani
    ],
)
def test_a_ku_text_reads_in_the_direction_of_its_letters(text, expected):
    assert text_direction("ku", text) == expected
    assert text_direction("ckb", KURMANJI) == "rtl"  # a code that says it is not guessed
    assert text_direction("kmr", SORANI) == "ltr"


def test_scripts_are_told_by_their_letters():
    assert (script(SORANI), script(KURMANJI), script("123 – ?")) == ("Arab", "Latn", None)
    assert endonym("ku", KURMANJI) == "Kurdî" and endonym("ku", SORANI) == "کوردی"


def _listings() -> dict[str, dict]:
    """Three sample listings with Kurdish texts written into them, by slug: Sorani and
    Kurmanji; Kurmanji under ku; a listing in Sorani alone under ku."""
    content, _ = sample_content()
    plain = [s for s, a in content.activities.items() if set(a.title) <= {"fi", "sv", "en"}]
    return {
        plain[0]: {
            "title": {"ckb": SORANI, "kmr": KURMANJI},
            "summary": {"ckb": SORANI_SUMMARY, "kmr": KURMANJI_SUMMARY},
            "languages": ["fi", "ckb", "kmr"],
        },
        plain[1]: {"title": {"ku": KURMANJI}, "summary": {"ku": KURMANJI_SUMMARY}},
        plain[2]: {"language": "ku", "title": {"ku": SORANI}, "summary": {"ku": SORANI_SUMMARY}},
    }


@pytest.fixture(scope="module")
def kurdish(tmp_path_factory) -> tuple[Path, dict[str, dict]]:
    """The sample content with :func:`_listings` written into it, built."""
    root = tmp_path_factory.mktemp("kurdish")
    shutil.copytree(REPO / "content", root / "content")
    content, _ = sample_content()
    changes = _listings()
    for slug, change in changes.items():
        original = content.activities[slug]
        alone = change.get("language") == "ku"  # its texts in Kurdish alone
        update = {
            key: {**getattr(original, key), **value} if key in TEXTS and not alone else value
            for key, value in change.items()
        }
        text = writer.render(original.model_copy(update=update))
        (root / content.paths[("activities", slug)]).write_text(text, "utf-8")
    return pelican(root, root / "out").check().output, changes


def _page(site: Path, lang: str, slug: str):
    return main(page(site, urls.activity(lang, slug)))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sorani_and_kurmanji_texts_have_their_own_lang_and_dir(kurdish, lang):
    site, changes = kurdish
    doc = _page(site, lang, list(changes)[0])
    expected = [("ckb", "rtl", "سۆرانی", SORANI), ("kmr", "ltr", "Kurmancî", KURMANJI)]
    for code, direction, name, title in expected:
        section = doc.one("section", id=f"text-{code}")
        heading = section.one("h2")
        assert heading.text == f"{name} – {NAMES[code][lang]}"
        assert heading.one("span").attrs == {"lang": code, "dir": direction}
        prose = section.one("div", cls="prose")
        assert (prose.get("lang"), prose.get("dir")) == (code, direction)
        assert prose.one("h3").text == title
    links = doc.one("p", cls="other-texts").find_all("span")
    assert [(s.get("lang"), s.get("dir")) for s in links] == [("ckb", "rtl"), ("kmr", "ltr")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_ku_text_in_latin_letters_reads_left_to_right(kurdish, lang):
    """Kurmanji filed under ``ku``: left to right, headed "Kurdî" (not the Sorani کوردی)."""
    site, changes = kurdish
    section = _page(site, lang, list(changes)[1]).one("section", id="text-ku")
    assert section.one("h2").one("span").attrs == {"lang": "ku", "dir": "ltr"}
    assert section.one("h2").one("span").text == "Kurdî"
    prose = section.one("div", cls="prose")
    assert (prose.get("dir"), prose.one("h3").text) == ("ltr", KURMANJI)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_listing_in_sorani_under_ku_reads_right_to_left(kurdish, lang):
    site, changes = kurdish
    title = _page(site, lang, list(changes)[2]).one("h1").one("span")
    assert (title.attrs, title.text) == ({"lang": "ku", "dir": "rtl"}, SORANI)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_pages_and_the_search_filter_name_sorani_and_kurmanji(kurdish, lang):
    site, changes = kurdish
    first = list(changes)[0]
    for code, direction in (("ckb", "rtl"), ("kmr", "ltr")):
        doc = main(page(site, urls.language(lang, code)))
        assert doc.one("h1").text.endswith(NAMES[code][lang])
        name = doc.one("p", cls="endonym")
        assert (name.text, name.get("lang"), name.get("dir")) == (endonym(code), code, direction)
        assert first in cards(doc)
        index = main(page(site, f"{PREFIX[lang]}languages/")).one("ul", cls="languages-list")
        (chip,) = index.find_all("span", lang=code)
        assert chip.get("dir") == direction
    facets = json.loads((site / "search" / lang / "facets.json").read_text("utf-8"))
    named = dict(map(tuple, facets["tables"]["language"]))
    assert {code: named[code] for code in NAMES} == {c: NAMES[c][lang] for c in NAMES}
