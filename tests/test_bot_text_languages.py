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
from tukena.forms import textlanguages, ui
from tukena.schemas.languages import language_name

pytest_plugins = ["tests.bot.fixtures"]
TEXTS = ("title", "summary", "description")
#: every text of the activity form that takes further languages, in the form's order (the
#: tests below write some of them and check they reach the file)
ALL = textlanguages.FIELDS["activity"]


def inputs(html: str, fields: tuple[str, ...] = TEXTS) -> dict[str, tuple[str, str]]:
    """Each text input and textarea of the main texts, by name: its ``lang`` and label."""
    found = {}
    names = "|".join(map(re.escape, fields))
    pattern = rf'<(?:input|textarea) ([^>]*name="((?:{names})\.[a-zA-Z-]+)"[^>]*)>'
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
    assert set(inputs(page.text, ALL)) == {f"{t}.{c}" for t in ALL for c in ("fi", "sv", "en")}
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
    found = inputs(response.text, ALL)
    name = language_name("ar", lang)
    expected = ui.text("in_language.other", lang, name=name)
    for text in ALL:
        assert found[f"{text}.ar"] == ("ar", expected)
    assert list(found) == [f"{t}.{c}" for t in ALL for c in ("fi", "sv", "en", "ar")]
    assert 'value="Läksykerho Leppävaarassa"' in response.text  # the form as it was
    assert "ar" not in offered(response.text) and "so" in offered(response.text)
    assert client.app.state.bot.store.counts()["queued"] == 0

    written = {
        "title.ar": "نادي الواجبات",
        "summary.ar": "مساعدة في الواجبات.",
        "description.ar": "أهلاً **بكم**",
        "cost.fee.ar": "٥ يورو",
        "registration.instructions.ar": "اتصل بنا",
        "schedule.note.ar": "في المساء",
        "contact.name.ar": "المنسقة",
    }  # written in it, then sent
    sub = send(client, clock, response.text, written)
    for key, value in written.items():
        field = sub.data
        for part in key.split(".")[:-1]:
            field = field[part]
        assert field["ar"] == value, key
    model = files.model_of(sub.kind, sub.data)  # the file the pull request will hold
    text = files.render(model)
    files.round_trip(text, loader.ACTIVITIES, "content/activities/x.md", model)
    data = documents.parse(text, True).data
    assert data["description"] == {"ar": written["description.ar"]}
    assert data["cost"]["fee"]["ar"] == written["cost.fee.ar"]


def test_the_main_language_and_the_languages_in_use_have_inputs(client, clock):
    """A listing written in Somali first, with its name in Ukrainian too: after any round
    trip (here adding a row), every main text has inputs in Somali (first) and Ukrainian."""
    pairs = activity_pairs(language="so", **{"title.uk": "Гурток"})
    response = submit(
        client, [*pairs, ("_action", "add:schedule.weekly")], fresh_token(client, clock)
    )
    found = inputs(response.text, ALL)
    for text in ("summary", "registration.instructions"):
        names = [n for n in found if n.startswith(f"{text}.")]
        assert names == [f"{text}.{c}" for c in ("fi", "sv", "en", "so", "uk")]
    assert inputs(response.text)["description.so"] == ("so", "kielellä somali")
    assert 'value="Гурток"' in response.text
    assert not {"so", "uk"} & set(offered(response.text))


def test_a_language_of_any_such_text_gives_every_one_inputs(client, clock):
    """A listing whose fee alone is in Ukrainian too (an update of one written by a pull
    request): every text that takes further languages gets inputs in Ukrainian."""
    pairs = activity_pairs(**{"cost.fee.fi": "5 €", "cost.fee.uk": "5 €"})
    response = submit(
        client, [*pairs, ("_action", "add:schedule.weekly")], fresh_token(client, clock)
    )
    found = inputs(response.text, ALL)
    assert [n for n in found if n.endswith(".uk")] == [f"{t}.uk" for t in ALL]
    assert found["title.uk"] == ("uk", "kielellä ukraina")


@pytest.mark.parametrize("code", ["", "fi", "xx", '"><script>alert(1)</script>', "../../etc"])
def test_no_language_or_a_wrong_one_adds_nothing(client, clock, code):
    response = add(client, clock, activity_pairs(), code)
    assert response.status_code == 200
    expected = {f"{t}.{c}" for t in ALL for c in ("fi", "sv", "en")}
    assert set(inputs(response.text, ALL)) == expected
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
