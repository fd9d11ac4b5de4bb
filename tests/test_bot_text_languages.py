"""The activity form takes the name, introduction and description in further languages
(:mod:`tukena.forms.textlanguages`): the listing's main language, the languages it already
has, and one the organiser adds with the control under the description, without
JavaScript. What is written there reaches the submission."""

from __future__ import annotations

import re
from html import unescape

import pytest

from tests.bot.helpers import activity_pairs, form_pairs, fresh_token, submission_id, submit
from tukena import documents, loader
from tukena.bot import files
from tukena.forms import ui
from tukena.schemas.languages import language_name

pytest_plugins = ["tests.bot.fixtures"]
TEXTS = ("title", "summary", "description")


def inputs(html: str, fields: tuple[str, ...] = TEXTS) -> dict[str, tuple[str, str]]:
    """Each text input and textarea of the main texts, by name: its ``lang`` and label."""
    found = {}
    pattern = rf'<(?:input|textarea) ([^>]*name="((?:{"|".join(fields)})\.[^"]+)"[^>]*)>'
    for tag, name in re.findall(pattern, html):
        ident = re.search(r'id="([^"]+)"', tag)[1]
        label = re.search(rf'<label for="{re.escape(ident)}">([^<]*)</label>', html)[1]
        found[name] = (re.search(r'lang="([^"]+)"', tag)[1], unescape(label))
    return found


def offered(html: str) -> list[str]:
    (body,) = re.findall(r'<select [^>]*name="_text_language"[^>]*>(.*?)</select>', html, re.S)
    return re.findall(r'<option value="([^"]*)"', body)


def add(client, clock, pairs, code: str):
    action = [("_action", "add-language"), ("_text_language", code)]
    return submit(client, [*pairs, *action], fresh_token(client, clock))


def send(client, clock, html: str, written: dict[str, str]):
    """The form of ``html`` sent with ``written`` filled in; the stored submission."""
    pairs, _ = form_pairs(html)
    pairs = [(n, written.get(n, v)) for n, v in pairs if n not in ("_action", "_token")]
    sent = submit(client, pairs, fresh_token(client, clock))
    assert sent.status_code == 200, sent.text[:2000]
    return client.app.state.bot.store.get(submission_id(sent.text))


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_adding_a_language_shows_inputs_for_it_and_keeps_what_was_written(client, clock, lang):
    page = client.get(f"/{lang}/activity/new")
    assert set(inputs(page.text)) == {f"{t}.{c}" for t in TEXTS for c in ("fi", "sv", "en")}
    choices = offered(page.text)
    assert choices[0] == "" and {"ar", "so", "uk"} <= set(choices)
    assert not {"fi", "sv", "en"} & set(choices)
    # the page shown again opens at the name's fieldset, where the new inputs are
    assert (
        'formaction="/submit#f-title"' in page.text
        and 'fieldset class="field localised" id="f-title"' in page.text
    )

    response = add(client, clock, activity_pairs(_lang=lang), "ar")
    assert response.status_code == 200
    found = inputs(response.text)
    name = language_name("ar", lang)
    expected = ui.text("in_language.other", lang, name=name)
    for text in TEXTS:
        assert found[f"{text}.ar"] == ("ar", expected)
    assert 'value="Läksykerho Leppävaarassa"' in response.text  # the form as it was
    assert "ar" not in offered(response.text) and "so" in offered(response.text)
    assert client.app.state.bot.store.counts()["queued"] == 0

    written = {
        "title.ar": "نادي الواجبات",
        "summary.ar": "مساعدة في الواجبات.",
        "description.ar": "أهلاً **بكم**",
    }  # written in it, then sent
    sub = send(client, clock, response.text, written)
    assert sub.data["title"]["ar"] == written["title.ar"]
    assert sub.data["summary"]["ar"] == written["summary.ar"]
    assert sub.data["description"]["ar"] == written["description.ar"]
    model = files.model_of(sub.kind, sub.data)  # the file the pull request will hold
    text = files.render(model)
    files.round_trip(text, loader.ACTIVITIES, "content/activities/x.md", model)
    assert documents.parse(text, True).data["description"] == {"ar": written["description.ar"]}


def test_the_main_language_and_the_languages_in_use_have_inputs(client, clock):
    """A listing written in Somali first, with its name in Ukrainian too: after any round
    trip (here adding a row), every main text has inputs in Somali (first) and Ukrainian."""
    pairs = activity_pairs(language="so", **{"title.uk": "Гурток"})
    response = submit(
        client, [*pairs, ("_action", "add:schedule.weekly")], fresh_token(client, clock)
    )
    names = [n for n in inputs(response.text) if n.startswith("summary.")]
    assert names == ["summary.fi", "summary.sv", "summary.en", "summary.so", "summary.uk"]
    assert inputs(response.text)["description.so"] == ("so", "kielellä somali")
    assert 'value="Гурток"' in response.text
    assert not {"so", "uk"} & set(offered(response.text))


@pytest.mark.parametrize("code", ["", "fi", "xx", '"><script>alert(1)</script>', "../../etc"])
def test_no_language_or_a_wrong_one_adds_nothing(client, clock, code):
    response = add(client, clock, activity_pairs(), code)
    assert response.status_code == 200
    assert set(inputs(response.text)) == {f"{t}.{c}" for t in TEXTS for c in ("fi", "sv", "en")}
    assert "<script>alert" not in response.text
    assert client.app.state.bot.store.counts()["queued"] == 0


def test_an_organisation_takes_its_name_and_description_in_a_further_language(client, clock):
    page = client.get("/sv/organisation/new")
    assert "Namn och beskrivning också på ett annat språk" in page.text
    pairs, _ = form_pairs(page.text)
    filled = {"name.fi": "Iftiin ry", "kind": "association", "level": "national"}
    pairs = [(n, filled.pop(n, v)) for n, v in pairs if n != "_token"] + list(filled.items())
    response = add(client, clock, pairs, "so")
    assert response.status_code == 200
    found = inputs(response.text, ("name", "description"))
    assert found["name.so"] == found["description.so"] == ("so", "på somaliska")
    assert 'formaction="/submit#f-name"' in response.text
    written = {"name.so": "Ururka Iftiin", "description.so": "Waxaan caawinaa qoysaska."}
    sub = send(client, clock, response.text, written)
    assert sub.data["name"]["so"] == written["name.so"]
    assert sub.data["description"]["so"] == written["description.so"]


def test_a_problem_report_has_no_such_control(client):
    assert 'name="_text_language"' not in client.get("/en/report").text
