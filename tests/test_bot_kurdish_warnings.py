"""The forms warn of a Kurdish text under the plain ``ku``, as ``tukena validate`` does
(:mod:`tukena.forms.kurdishwarnings`): in Arabic letters it is likely Sorani (``ckb``), in
Latin ones Kurmanji (``kmr``), and the organiser is told which language to add and to move
the text there; on the check page, in a list linking to each text, and on the form shown
again, beside the text's input; in the UI language. A warning stops nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bot.helpers import (
    activity_pairs,
    fresh_token,
    shown_again,
    submission_id,
    submit,
    warning_beside,
)
from tests.html_checker import errors
from tests.site_helpers import parse
from tests.test_bot_check import CHECK, check_form, check_page
from tests.test_bot_map_warnings import listed
from tukena import kurdishtexts
from tukena.forms import ui
from tukena.forms.labels import LABELS
from tukena.schemas.languages import language_name

pytest_plugins = ["tests.bot.fixtures"]

SORANI = "یارمەتی لە ئەرکی ماڵەوە بۆ منداڵان."
KURMANJI = "Alîkariya karên malê ji bo zarokan."
#: the texts of a listing whose Kurdish is under ku: its summary in Sorani, its title in
#: Kurmanji
TEXTS = {"title.ku": "Koma karên malê", "summary.ku": SORANI}
#: what each language says of a ku text in Arabic letters
ARABIC = {
    "fi": "Teksti on kirjoitettu arabialaisin kirjaimin, joten se on luultavasti soranin"
    " kurdia. Jos näin on, valitse kuvauksen alta kieli kurdi (sorani, ckb), paina ”Lisää"
    " kieli” ja siirrä teksti uuteen kenttään. Silloin lukijat tietävät, mitä kurdia teksti"
    " on.",
    "sv": "Texten är skriven med arabiska bokstäver, så den är troligen på sorani. Om den är"
    " det, välj språket kurdiska (sorani, ckb) under beskrivningen, tryck på ”Lägg till"
    " språket” och flytta texten till det nya fältet. Då vet läsarna vilken kurdiska texten"
    " är på.",
    "en": "The text is in Arabic letters, so it is probably Sorani. If it is, choose Kurdish"
    " (Sorani, ckb) under the description, press “Add the language” and move the text to the"
    " new field. Then readers know which Kurdish it is.",
}
#: the words of a Latin-letter text's warning that name Kurmanji
LATIN = {"fi": "kurdi (kurmandži, kmr)", "sv": "kurdiska (kurmanji, kmr)", "en": "(Kurmanji, kmr)"}


def label(field: str, lang: str) -> str:
    """A ku text's label on the check page: its field's, with its language."""
    return f"{LABELS[field][lang]} ({ui.text('in_language.other', lang, name=language_name('ku', lang))})"


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_check_page_names_the_likely_kurdish_of_each_text(client, clock, lang):
    html = check_page(client, clock, activity_pairs(_lang=lang, **TEXTS)).text
    section = parse(html).one("section", cls="check-kurdish")
    assert section.one("h2").text == ui.text("check.kurdish.heading", lang)
    assert section.one("p").text == ui.text("check.kurdish.lead", lang)
    (title, summary) = listed(html, "kurdish")
    assert title[:2] == (label("title", lang), "#a-f-title-ku")
    assert summary == (label("summary", lang), "#a-f-summary-ku", [ARABIC[lang]])
    ((latin,),) = [title[2]]
    assert LATIN[lang] in latin and ARABIC[lang].split(".")[0] not in latin
    # each link leads to its text's answer, shown in the direction of its letters
    answer = parse(html).one("dd", id="a-f-summary-ku")
    assert (answer.one("span", lang="ku").text, answer.one("span", lang="ku").get("dir")) == (
        SORANI,
        "rtl",
    )
    assert parse(html).one("dd", id="a-f-title-ku")
    assert client.app.state.bot.store.counts()["queued"] == 0


def test_the_form_suggests_what_the_validator_suggests():
    """One source of which Kurdish a text's letters suggest: the validator's."""
    assert kurdishtexts.SUGGESTED["Arab"][0] == "ckb" and "ckb" in ARABIC["en"]
    assert kurdishtexts.SUGGESTED["Latn"][0] == "kmr" and "kmr" in LATIN["en"]


def test_texts_that_name_their_kurdish_get_no_warning(client, clock):
    """Sorani under ckb, Kurmanji under kmr, and a ku text whose letters do not tell (a
    phone number) are left alone."""
    texts = {"title.ckb": SORANI, "title.kmr": KURMANJI, "summary.ku": "040 123 4567"}
    html = check_page(client, clock, activity_pairs(**texts)).text
    assert listed(html, "kurdish") == [] and "field-warning" not in html
    assert 'id="a-f-' not in html


def test_the_form_can_be_sent_with_the_warnings(client, clock):
    html = check_page(client, clock, activity_pairs(**TEXTS)).text
    assert len(listed(html, "kurdish")) == 2
    send = parse(html).one("form", cls="check-form").one("button", cls="send")
    assert send.get("type") == "submit" and send.get("name") is None
    clock.advance(30)
    stored = submit(client, check_form(html))
    assert stored.status_code == 200, stored.text[:2000]
    submission = client.app.state.bot.store.get(submission_id(stored.text))
    assert submission.state == "queued"
    assert submission.data["summary"]["ku"] == SORANI


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_form_shown_again_warns_beside_the_text(client, clock, lang):
    """Sent with an error, the form comes back with the error and, beside the Sorani
    summary under ku, its warning, which its input names among what describes it."""
    pairs = activity_pairs(_lang=lang, **{"title.fi": "", "summary.ku": SORANI})
    doc = shown_again(client, clock, pairs)
    box, lead, items = warning_beside(doc, "f-summary-ku")
    assert (lead, items) == (ui.text("kurdish.field", lang), [ARABIC[lang]])
    assert box.parent is doc.one("textarea", id="f-summary-ku").parent
    assert "sorani" not in doc.one("div", cls="error-summary").text.lower()


def test_a_text_with_lost_markdown_and_kurdish_gets_both(client, clock):
    """A Kurmanji description under ku with raw HTML: its box says both, each with its
    lead, and the check page lists it under both headings."""
    pairs = activity_pairs(
        _lang="en", **{"title.fi": "", "description.ku": "Werin <u>bi me re</u>!"}
    )
    response = submit(client, [*pairs, *CHECK], fresh_token(client, clock))
    box = parse(response.text).one("div", id="w-f-description-ku")
    leads = [e.text for e in box.elements if e.tag == "p"]
    assert leads == [ui.text("markup.field", "en"), ui.text("kurdish.field", "en")]
    html = check_page(client, clock, activity_pairs(**{"description.ku": "Werin <u>bi me re</u>!"}))
    sections = parse(html.text).find_all("section", cls="check-warnings")
    assert [s.get("class") for s in sections] == [
        "field-warning check-warnings check-markup",
        "field-warning check-warnings check-kurdish",
    ]
    assert listed(html.text, "kurdish")[0][1] == listed(html.text, "markup")[0][1]


def test_pages_with_kurdish_warnings_are_valid_html(client, clock, tmp_path: Path):
    pages = tmp_path / "pages"
    pages.mkdir()
    pairs = activity_pairs(_lang="sv", **TEXTS)
    (pages / "check.html").write_text(check_page(client, clock, pairs).text, "utf-8")
    wrong = activity_pairs(_lang="sv", **{"title.fi": "", "summary.ku": SORANI})
    response = submit(client, wrong, fresh_token(client, clock))
    assert response.status_code == 422 and "field-warning" in response.text
    (pages / "errors.html").write_text(response.text, "utf-8")
    assert errors(pages) == []
