"""The forms warn of what the page will drop of a description's Markdown, as ``tukena validate``
does (:mod:`tukena.forms.markupwarnings`): on the check page, in a list linking to each
answer, and on the form shown again, beside the text's input; in the UI language, naming
the field and the text's language, with what to write instead. A warning stops nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import xss_corpus
from tests.bot.helpers import (
    activity_pairs,
    form_pairs,
    fresh_token,
    shown_again,
    submission_id,
    submit,
    warning_beside,
)
from tests.html_checker import errors
from tests.site_helpers import parse
from tests.test_bot_check import check_form, check_page
from tukena import markupadvice
from tukena.forms import ui
from tukena.forms.labels import LABELS
from tukena.markuploss import losses

pytest_plugins = ["tests.bot.fixtures"]

#: a description with a raw underline (line 1) and an image (line 3)
WITH_LOSSES = "Tervetuloa <u>mukaan</u>!\n\n![Kerho](https://kuvat.example/kerho.jpg)"
#: the words of each warning that only its language has (the advice is translated)
WORDS = {
    "fi": ("alleviivausta", "Ilmoituksen valokuvilla on oma kohtansa"),
    "sv": ("understrykning", "Annonsens foton har en egen del"),
    # a form has a part for photos; the file's advice names images: (the validator's)
    "en": ("underline", "The listing's photos have a part of their own"),
}


def expected(lang: str) -> list[str]:
    raw = markupadvice.raw("u", "<u>", whole=False).say(lang, form=True)
    image = markupadvice.made("img").say(lang, form=True)
    return [
        ui.text("markup.line", lang, line=1, message=raw),
        ui.text("markup.line", lang, line=3, message=image),
    ]


def warnings(html: str) -> list[tuple[str, str, list[str]]]:
    """The check page's warnings: each field's link text, its target, and its items."""
    section = parse(html).find("section", cls="check-warnings")
    if section is None:
        return []
    out = []
    (listed,) = [e for e in section.elements if e.tag == "ul"]
    for item in listed.elements:
        link = item.one("a")
        out.append((link.text, link.get("href"), [li.text for li in item.one("ul").elements]))
    return out


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_check_page_warns_of_what_the_description_loses(client, clock, lang):
    pairs = activity_pairs(
        _lang=lang, **{"description.fi": WITH_LOSSES, "description.en": "Homework <u>help</u>."}
    )
    html = check_page(client, clock, pairs).text
    section = parse(html).one("section", cls="check-warnings")
    assert section.one("h2").text == ui.text("check.markup.heading", lang)
    assert section.one("p").text == ui.text("check.markup.lead", lang)
    label = LABELS["description"][lang]
    underline = markupadvice.raw("u", "<u>", whole=False).say(lang, form=True)
    assert warnings(html) == [
        (f"{label} ({ui.text('in_language.fi', lang)})", "#a-f-description-fi", expected(lang)),
        (
            f"{label} ({ui.text('in_language.en', lang)})",
            "#a-f-description-en",
            [ui.text("markup.line", lang, line=1, message=underline)],
        ),
    ]
    first, second = warnings(html)[0][2]
    assert "<u>" in first and WORDS[lang][0] in first and WORDS[lang][1] in second
    # each link leads to its text's answer on the page, shown as the page will show it:
    # without the underline and the image
    answer = parse(html).one("dd", id="a-f-description-fi")
    assert answer.one("div", cls="prose", lang="fi").text == "Tervetuloa mukaan!"
    assert parse(html).one("dd", id="a-f-description-en")
    assert client.app.state.bot.store.counts()["queued"] == 0


def test_the_warnings_say_what_the_validator_says_in_english(client, clock):
    """One source of what each loss means: the form's English is the validator's, but
    where photos go (the form's own part for them, not the file's ``images:``)."""
    html = check_page(client, clock, activity_pairs(_lang="en", **{"description.fi": WITH_LOSSES}))
    items = warnings(html.text)[0][2]
    said = [f"Line {loss.line}: {loss.message}" for loss in losses(WITH_LOSSES)]
    assert items[0] == said[0]
    assert items[1] == said[1].replace(
        "; a listing names its photos under images:",
        ". The listing's photos have a part of their own.",
    )


def test_a_clean_description_gets_no_warning(client, clock):
    clean = (
        "Tervetuloa **mukaan**!\\\nUusi rivi.\n\n- [kirjasto](https://kirjasto.example/)\n\n"
        '<p class="MsoNormal">Liitetty <i>Wordista</i><br>ja <span>sähköpostista</span></p>'
    )
    html = check_page(client, clock, activity_pairs(**{"description.fi": clean})).text
    assert warnings(html) == [] and "field-warning" not in html
    assert 'id="a-f-description' not in html


def test_the_form_can_be_sent_with_the_warnings(client, clock):
    html = check_page(client, clock, activity_pairs(**{"description.fi": WITH_LOSSES})).text
    assert warnings(html)
    send = parse(html).one("form", cls="check-form").one("button", cls="send")
    assert send.get("type") == "submit" and send.get("name") is None  # it sends, as ever
    clock.advance(30)
    stored = submit(client, check_form(html))
    assert stored.status_code == 200, stored.text[:2000]
    submission = client.app.state.bot.store.get(submission_id(stored.text))
    assert submission.state == "queued"
    assert submission.data["description"] == {"fi": WITH_LOSSES}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_form_shown_again_warns_beside_the_text(client, clock, lang):
    """Sent with an error, the form comes back with the error and, beside the description
    in Swedish, its warnings, which its input names among what describes it."""
    pairs = activity_pairs(_lang=lang, **{"title.fi": "", "description.sv": WITH_LOSSES})
    doc = shown_again(client, clock, pairs)
    box, lead, items = warning_beside(doc, "f-description-sv")
    assert (lead, items) == (ui.text("markup.field", lang), expected(lang))
    textarea = doc.one("textarea", id="f-description-sv")
    assert box.parent is textarea.parent  # in the text's own part of the field
    other = doc.one("textarea", id="f-description-fi")
    assert "w-f-description-fi" not in (other.get("aria-describedby") or "")
    # the error summary lists errors only
    assert "<u>" not in doc.one("div", cls="error-summary").text


def test_an_organisations_description_is_checked_too(client, clock):
    page = client.get("/sv/organisation/new")
    pairs, _ = form_pairs(page.text)
    filled = {"name.fi": "Iftiin ry", "kind": "association", "level": "national"}
    filled["description.fi"] = "Tule mukaan!\n\n- [ ] kahvi"
    pairs = [(n, filled.pop(n, v)) for n, v in pairs if n != "_token"] + list(filled.items())
    html = check_page(client, clock, pairs).text
    box = markupadvice.made("input").say("sv")
    ((label, href, items),) = warnings(html)
    assert (label, href) == ("Vad organisationen gör (på finska)", "#a-f-description-fi")
    assert items == [f"Rad 3: {box}"] and "kryssruta" in box


def test_every_warning_is_said_in_each_language():
    """Each kind of loss has words of its own in Finnish and Swedish, not the English."""
    text = f"{xss_corpus.MARKDOWN}\n\n##### Five\n\n- [x] done\n\n3. three\n\n<u>u</u> x"
    found = losses(text)
    assert {loss.advice.kind for loss in found if loss.advice} >= {"raw", "made", "link", "start"}
    for loss in found:
        assert loss.advice is not None and loss.advice.say("en") == loss.message
        fi, sv = loss.advice.say("fi"), loss.advice.say("sv")
        assert len({fi, sv, loss.message}) == 3, loss
    assert markupadvice.unnamed().say("sv") != markupadvice.unnamed().say("en")


def test_pages_with_warnings_are_valid_html(client, clock, tmp_path: Path):
    pages = tmp_path / "pages"
    pages.mkdir()
    pairs = activity_pairs(_lang="sv", **{"description.fi": WITH_LOSSES})
    (pages / "check.html").write_text(check_page(client, clock, pairs).text, "utf-8")
    wrong = activity_pairs(_lang="sv", **{"title.fi": "", "description.fi": WITH_LOSSES})
    response = submit(client, wrong, fresh_token(client, clock))
    assert response.status_code == 422 and "field-warning" in response.text
    (pages / "errors.html").write_text(response.text, "utf-8")
    assert errors(pages) == []


def test_the_form_says_where_photos_go_where_the_file_names_images():
    """The validator's English names the file's ``images:``; the form's organiser, who has
    no file, is told the form has a part for photos. Every other advice is the same."""
    text = f"{xss_corpus.MARKDOWN}\n\n![a](https://x.example/a.jpg) <img src=x>\n\n3. three"
    found = [loss.advice for loss in losses(text) if loss.advice]
    images = [a for a in found if a.name == "img"]
    assert {a.kind for a in images} == {"made", "raw"}
    for advice in found:
        file, form = advice.say("en"), advice.say("en", form=True)
        if advice.name == "img":
            assert "images:" in file and "images:" not in form
            assert "photos have a part of their own" in form
        else:
            assert form == file
        for lang in ("fi", "sv"):
            assert advice.say(lang, form=True) == advice.say(lang)
