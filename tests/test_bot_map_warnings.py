"""The forms warn of a place's map point far from the municipality chosen for it, as
``tukena validate`` does (:mod:`tukena.forms.mapwarnings`): on the check page, in a list
linking to the place's map point, and on the form shown again, beside the latitude and
longitude; in the UI language, saying where the point is and what to do. Latitude and
longitude the wrong way round, an error, get a warning saying what to write. A warning
stops nothing."""

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
from tukena import placechecks
from tukena.forms import ui
from tukena.forms.labels import LABELS
from tukena.reference.areas import areas

pytest_plugins = ["tests.bot.fixtures"]

#: the place of :func:`activity_pairs` is in Espoo (049); these points are not
TAMPERE = {"locations.0.coordinates.lat": "61.4978", "locations.0.coordinates.lon": "23.7610"}
OFF_PORVOO = {"locations.0.coordinates.lat": "60.2", "locations.0.coordinates.lon": "25.6"}
TALLINN = {"locations.0.coordinates.lat": "59.4370", "locations.0.coordinates.lon": "24.7536"}
#: in Espoo (Tapiola), and in Helsinki 3 km over Espoo's coarse outline
IN_ESPOO = {"locations.0.coordinates.lat": "60.1756", "locations.0.coordinates.lon": "24.8053"}
NEAR_ESPOO = {"locations.0.coordinates.lat": "60.19", "locations.0.coordinates.lon": "24.88"}
#: Tapiola's point, latitude and longitude the wrong way round, with decimal commas
SWAPPED = {"locations.0.coordinates.lat": "24,8053", "locations.0.coordinates.lon": "60,1756"}
#: what each language says of a point in Tampere, 134 km outside Espoo's outline
IN_TAMPERE = {
    "fi": "Karttapiste on kunnassa Tampere, noin 134 km:n päässä kunnasta Espoo. Tarkista"
    " koordinaatit tai valitse oikea kunta.",
    "sv": "Kartpunkten ligger i Tammerfors, cirka 134 km från Esbo. Kontrollera koordinaterna"
    " eller välj rätt kommun.",
    "en": "The map point is in Tampere, about 134 km from Espoo. Check the coordinates, or"
    " choose the right municipality.",
}
MAP_POINT = "#a-g-locations-0-coordinates"


def place_label(lang: str) -> str:
    """The map point's label on the check page: its place's row, then its own."""
    row = ui.text("row", lang, label=LABELS["locations"][lang], number=1)
    return f"{row}: {LABELS['locations.coordinates'][lang]}"


def listed(html: str, kind: str) -> list[tuple[str, str, list[str]]]:
    """The check page's warnings of ``kind``: each link's text, its target, its items."""
    section = parse(html).find("section", cls=f"check-{kind}")
    if section is None:
        return []
    (items,) = [e for e in section.elements if e.tag == "ul"]
    links = [(item.one("a"), item.one("ul")) for item in items.elements]
    return [(a.text, a.get("href"), [li.text for li in ul.elements]) for a, ul in links]


def map_warnings(html: str) -> list[tuple[str, str, list[str]]]:
    return listed(html, "map")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_check_page_warns_of_a_map_point_in_another_town(client, clock, lang):
    html = check_page(client, clock, activity_pairs(_lang=lang, **TAMPERE)).text
    section = parse(html).one("section", cls="check-map")
    assert section.one("h2").text == ui.text("check.map.heading", lang)
    assert section.one("p").text == ui.text("check.map.lead", lang)
    assert map_warnings(html) == [(place_label(lang), MAP_POINT, [IN_TAMPERE[lang]])]
    # the link leads to the map point's answers
    part = parse(html).one("section", id=MAP_POINT[1:])
    assert part.elements[0].text == LABELS["locations.coordinates"][lang]
    assert [dd.text for dd in part.find_all("dd")] == ["61.4978", "23.7610"]
    assert parse(html).find("section", cls="check-markup") is None
    assert client.app.state.bot.store.counts()["queued"] == 0


@pytest.mark.parametrize(
    ("point", "words"),
    [
        (OFF_PORVOO, "The map point is at sea or on a small island near Porvoo, about 42 km"),
        (TALLINN, "The map point is outside Finland or at sea, about 77 km"),
    ],
    ids=["at sea", "abroad"],
)
def test_a_point_at_sea_or_abroad_says_so(client, clock, point, words):
    html = check_page(client, clock, activity_pairs(_lang="en", **point)).text
    ((_, _, (item,)),) = map_warnings(html)
    assert item.startswith(f"{words} from Espoo. Check the coordinates")


def test_the_form_says_what_the_validator_says(client, clock):
    """One source of where a point is: the validator's distance and place, in the form's
    words."""
    said = placechecks.stray("049", 23.7610, 61.4978, areas())
    assert said == (
        "the map point is in Tampere, 134 km outside Espoo: check the coordinates (or the"
        " municipality)"
    )
    html = check_page(client, clock, activity_pairs(_lang="en", **TAMPERE)).text
    assert map_warnings(html)[0][2] == [IN_TAMPERE["en"]]


@pytest.mark.parametrize("point", [IN_ESPOO, NEAR_ESPOO], ids=["inside", "over the border"])
def test_a_point_in_or_near_its_municipality_gets_no_warning(client, clock, point):
    html = check_page(client, clock, activity_pairs(**point)).text
    assert map_warnings(html) == [] and "field-warning" not in html
    assert 'id="a-g-locations' not in html


def test_the_form_can_be_sent_with_the_warning(client, clock):
    html = check_page(client, clock, activity_pairs(**TAMPERE)).text
    assert map_warnings(html)
    send = parse(html).one("form", cls="check-form").one("button", cls="send")
    assert send.get("type") == "submit" and send.get("name") is None
    clock.advance(30)
    stored = submit(client, check_form(html))
    assert stored.status_code == 200, stored.text[:2000]
    submission = client.app.state.bot.store.get(submission_id(stored.text))
    assert submission.state == "queued"
    place = submission.data["locations"][0]
    assert (place["municipality"], place["coordinates"]) == ("049", {"lat": 61.4978, "lon": 23.761})


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_form_shown_again_warns_beside_the_map_point(client, clock, lang):
    """Sent with an error elsewhere, the form comes back with the warning beside the map
    point's latitude and longitude, which their fieldset names among what describes it."""
    pairs = activity_pairs(_lang=lang, **{"title.fi": "", **TAMPERE})
    doc = shown_again(client, clock, pairs)
    box, lead, items = warning_beside(doc, "g-locations-0-coordinates")
    assert (lead, items) == (ui.text("map.field", lang), [IN_TAMPERE[lang]])
    assert box.parent is doc.one("fieldset", id="g-locations-0-coordinates")
    assert doc.one("input", id="f-locations-0-coordinates-lat").get("value") == "61.4978"
    assert "Tampere" not in doc.one("div", cls="error-summary").text


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "fi",
            "Leveysaste ja pituusaste näyttävät olevan väärin päin. Kirjoita leveysasteeksi"
            " 60,1756 ja pituusasteeksi 24,8053.",
        ),
        (
            "en",
            "The latitude and longitude seem to be the wrong way round. Write 60,1756 as the"
            " latitude and 24,8053 as the longitude.",
        ),
    ],
)
def test_swapped_coordinates_are_named_beside_their_errors(client, clock, lang, said):
    """Swapped, both are out of Finland's range: the form cannot be sent, and says beside
    the errors what to write, in the numbers as typed."""
    pairs = activity_pairs(_lang=lang, **SWAPPED)
    response = submit(client, [*pairs, *CHECK], fresh_token(client, clock))
    assert response.status_code == 422
    doc = parse(response.text)
    box = doc.one("div", id="w-g-locations-0-coordinates")
    assert box.one("p").text == ui.text("map.swapped.field", lang)
    assert [li.text for li in box.one("ul").elements] == [said]
    assert doc.one("input", id="f-locations-0-coordinates-lat").get("aria-invalid") == "true"
    assert client.app.state.bot.store.counts()["queued"] == 0


def test_a_point_out_of_range_but_not_swapped_gets_only_its_error(client, clock):
    pairs = activity_pairs(
        **{"locations.0.coordinates.lat": "80", "locations.0.coordinates.lon": "24.8"}
    )
    response = submit(client, pairs, fresh_token(client, clock))
    assert response.status_code == 422
    assert "field-warning" not in response.text


def test_pages_with_map_warnings_are_valid_html(client, clock, tmp_path: Path):
    pages = tmp_path / "pages"
    pages.mkdir()
    pairs = activity_pairs(_lang="sv", **TAMPERE)
    (pages / "check.html").write_text(check_page(client, clock, pairs).text, "utf-8")
    wrong = activity_pairs(_lang="sv", **{"title.fi": "", **TAMPERE})
    response = submit(client, wrong, fresh_token(client, clock))
    assert response.status_code == 422 and "field-warning" in response.text
    (pages / "errors.html").write_text(response.text, "utf-8")
    swapped = submit(client, activity_pairs(_lang="sv", **SWAPPED), fresh_token(client, clock))
    assert swapped.status_code == 422 and "field-warning" in swapped.text
    (pages / "swapped.html").write_text(swapped.text, "utf-8")
    assert errors(pages) == []
