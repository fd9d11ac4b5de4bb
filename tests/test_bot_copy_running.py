"""A copy of a listing still running keeps its dates (:mod:`tukena.bot.nextseason`): its
form says so on every round, and while the copy meets when and where the listing does, the
form warns beside its schedule and the check page lists it (:mod:`tukena.forms.runningwarnings`):
sent so, it would list the same group twice. A copy for the next season or of another group
(another date, weekday, time or place) is not warned of; a new title is no other group."""

from __future__ import annotations

import pytest

from tests.bot.helpers import form_pairs, fresh_token, make_client, make_settings, submit
from tests.html_checker import errors
from tests.site_helpers import parse
from tests.test_bot_check import check_form
from tests.test_bot_copy_season import SPRING, publish
from tukena.forms import ui
from tukena.forms.labels import LABELS

pytest_plugins = ["tests.bot.fixtures"]

#: a listing of the test site that is still running
RUNNING = "kielikahvila-tapiola"


def copy_form(client, lang: str) -> tuple[str, list[tuple[str, str]]]:
    page = client.get(f"/{lang}/activity/{RUNNING}/copy").text
    return page, form_pairs(page)[0]


def checked(client, clock, pairs, **changes: str) -> str:
    changed = [(k, changes.get(k, v)) for k, v in pairs]
    response = submit(client, [*changed, ("_action", "check")], fresh_token(client, clock))
    assert response.status_code == 200, response.text[:3000]
    return response.text


def notice(html: str) -> str:
    found = parse(html).find("p", id="form-notice")
    return found.text if found else ""


def running_warnings(html: str) -> list[tuple[str, list[str]]] | None:
    """The check page's list of this warning: each item's link text and its words; None
    without the list."""
    doc = parse(html)
    section = doc.find("section", cls="check-running")
    if section is None:
        return None
    out = []
    (items,) = [e for e in section.elements if e.tag == "ul"]
    for item in items.elements:
        link = item.one("a")
        assert doc.find_all(id=link.get("href").removeprefix("#"))  # its answer is there
        out.append((link.text, [li.text for li in item.one("ul").elements]))
    return out


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_copy_of_a_running_listing_is_told_it_has_its_dates(client, clock, lang):
    page, pairs = copy_form(client, lang)
    assert notice(page) == ui.text("copy_running", lang)
    # beside the schedule on the form, from the start
    beside = parse(page).one(id="w-g-schedule")
    assert ui.text("running.same", lang) in beside.text
    # and listed on the check page, linked to the schedule, with the notice kept
    html = checked(client, clock, pairs)
    assert notice(html) == ui.text("copy_running", lang)
    section = parse(html).one("section", cls="check-running")
    assert section.one("h2").text == ui.text("check.running.heading", lang)
    assert running_warnings(html) == [(LABELS["schedule"][lang], [ui.text("running.same", lang)])]
    assert "check-season" not in html  # nothing was moved to a next season


def test_a_new_title_alone_is_no_other_group(client, clock):
    _, pairs = copy_form(client, "fi")
    html = checked(client, clock, pairs, **{"title.fi": "Kielikahvila, kevät"})
    assert running_warnings(html) is not None


def test_a_date_typed_as_finns_write_it_is_the_same_date(client, clock):
    _, pairs = copy_form(client, "en")
    start = dict(pairs)["schedule.season.start"]
    year, month, day = (int(part) for part in start.split("-"))
    html = checked(client, clock, pairs, **{"schedule.season.start": f"{day}.{month}.{year}"})
    assert running_warnings(html) is not None


@pytest.mark.parametrize(
    "change",
    [
        "schedule.season.start",  # the next season
        "schedule.weekly.0.weekday",  # another group: another weekday
        "schedule.weekly.0.start",  # ...another time
        "locations.0.street_address",  # ...another place
    ],
)
def test_a_copy_for_the_next_season_or_another_group_is_not_warned(client, clock, change):
    page, pairs = copy_form(client, "en")
    other = {
        "schedule.season.start": "2027-08-30",
        "schedule.weekly.0.weekday": "sat" if dict(pairs)[change] != "sat" else "sun",
        "schedule.weekly.0.start": "08:15",
        "locations.0.street_address": "Toinen katu 5",
    }[change]
    assert change in dict(pairs)
    html = checked(client, clock, pairs, **{change: other})
    assert running_warnings(html) is None and 'id="w-g-schedule"' not in html
    assert notice(html) == ui.text("copy_running", "en")  # the notice stays
    # the form brought back to change it: the notice, but no warning
    back = submit(client, [*check_form(html), ("_action", "edit")])
    assert notice(back.text) == ui.text("copy_running", "en")
    assert 'id="w-g-schedule"' not in back.text


def test_a_copy_of_an_ended_listing_is_not_told_it_runs(tmp_path, repo, clock):
    publish(repo, SPRING)
    with make_client(make_settings(tmp_path, repo), clock) as client:
        page = client.get("/en/activity/kevatryhma/copy").text
        assert notice(page) != ui.text("copy_running", "en") and "dates have been moved" in page
        assert 'id="w-g-schedule"' not in page
        html = checked(client, clock, form_pairs(page)[0])
        assert running_warnings(html) is None


def test_the_pages_with_the_warning_are_valid_html(client, clock, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    page, pairs = copy_form(client, "sv")
    (pages / "form.html").write_text(page, "utf-8")
    (pages / "check.html").write_text(checked(client, clock, pairs), "utf-8")
    assert errors(pages) == []
