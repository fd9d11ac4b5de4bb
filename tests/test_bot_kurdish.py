"""The bot's forms offer Kurdish as Sorani (``ckb``) and Kurmanji (``kmr``), among the
common languages, and take texts in them; a text under the plain ``ku`` is shown back in
the direction of its letters."""

from __future__ import annotations

import re

import pytest

from tests.bot.helpers import activity_pairs, fresh_token, submission_id, submit
from tests.site_helpers import parse
from tukena import loader
from tukena.bot import files

pytest_plugins = ["tests.bot.fixtures"]
SORANI = "کۆڕی ئەرکی ماڵەوە"
KURMANJI = "Koma karên malê"
LABELS = {
    "fi": ("kurdi (sorani, ckb)", "kurdi (kurmandži, kmr)"),
    "sv": ("kurdiska (sorani, ckb)", "kurdiska (kurmanji, kmr)"),
    "en": ("Kurdish (Sorani, ckb)", "Kurdish (Kurmanji, kmr)"),
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_sorani_and_kurmanji_are_among_the_common_languages(client, lang):
    html = client.get(f"/{lang}/activity/new").text
    (fieldset,) = re.findall(r'<fieldset class="field multichoice"[^>]*id="f-languages".*?</fieldset>', html, re.S)  # fmt: skip
    common = fieldset[: fieldset.index('<details class="more-options">')]
    boxes = parse(common).find_all("input", type="checkbox")
    labels = {
        box.get("value"): parse(common).one("label", for_=box.get("id")).text for box in boxes
    }
    assert (labels["ckb"], labels["kmr"]) == LABELS[lang]
    assert "ku" not in labels  # older listings' plain ku is among all the options
    (control,) = re.findall(r'<select [^>]*name="_text_language"[^>]*>(.*?)</select>', html, re.S)
    assert {'value="ckb"', 'value="kmr"', 'value="ku"'} <= set(
        re.findall(r'value="[^"]*"', control)
    )


def test_a_listing_in_sorani_is_sent_with_its_code(client, clock):
    pairs = [
        *activity_pairs(**{"title.ckb": SORANI, "summary.ckb": "یارمەتی لە ئەرکی ماڵەوە."}),
        ("languages", "ckb"),
        ("support_languages", "kmr"),
    ]
    sent = submit(client, pairs, fresh_token(client, clock))
    assert sent.status_code == 200, sent.text[:2000]
    sub = client.app.state.bot.store.get(submission_id(sent.text))
    assert sub.data["title"]["ckb"] == SORANI
    assert sorted(sub.data["languages"]) == ["ckb", "fi"]
    assert sub.data["support_languages"] == ["kmr"]
    model = files.model_of(sub.kind, sub.data)
    files.round_trip(files.render(model), loader.ACTIVITIES, "content/activities/x.md", model)


def test_the_check_page_shows_kurdish_in_the_direction_of_its_letters(client, clock):
    texts = {"title.ckb": SORANI, "title.kmr": KURMANJI, "summary.ku": "Alîkariya karên malê."}
    html = submit(
        client, [*activity_pairs(**texts), ("_action", "check")], fresh_token(client, clock)
    ).text
    shown = {
        (span.get("lang"), span.get("dir"), span.text)
        for span in parse(html).find_all("span")
        if span.get("lang") in ("ckb", "kmr", "ku")
    }
    assert shown == {
        ("ckb", "rtl", SORANI),
        ("kmr", "ltr", KURMANJI),
        ("ku", "ltr", "Alîkariya karên malê."),  # Kurmanji under ku: left to right
    }
