"""A copy of last season's listing: a break on a public holiday moves to that holiday,
any other break by weekday with a warning to check it; a text naming last season's year is
flagged; the form says its dates were moved on every round; a reorder of a set of choices
is no change."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.bot.helpers import (
    ACTIVITY,
    form_pairs,
    fresh_token,
    git,
    make_client,
    make_settings,
    submission_id,
    submit,
)
from tests.html_checker import errors
from tests.site_helpers import parse
from tests.test_bot_check import check_form
from tests.test_bot_nextseason import activity
from tukena.bot import nextseason
from tukena.bot.prepare import differences, unordered
from tukena.forms.seasonwarnings import Copied, said

pytest_plugins = ["tests.bot.fixtures"]

#: a spring group of 2026 with a winter holiday, an Easter break from Thursday to Monday
#: and Ascension Day off; it says the 2026 group has ended
SPRING = (
    ACTIVITY.replace(
        "  season: {start: 2026-09-01}\n",
        "  season: {start: 2026-01-12, end: 2026-06-05}\n"
        "  exceptions:\n"
        "    - {start: 2026-02-23, end: 2026-02-27, reason: {fi: Hiihtoloma}}\n"
        "    - {start: 2026-04-02, end: 2026-04-06, reason: {fi: Pääsiäinen}}\n"
        "    - {start: 2026-05-14, reason: {fi: Helatorstai}}\n",
    )
    .replace("    - {weekday: tue,", "    - {weekday: thu,")
    .replace("verified: 2026-09-01", "verified: 2026-01-05")
    .replace("target_groups: [everyone]", "target_groups: [job-seekers, women]")
    .replace("Tervetuloa harjoittelemaan suomea!", "Kevään 2026 ryhmä on päättynyt.")
)
TODAY = dt.date(2026, 11, 22)


def test_a_break_on_a_public_holiday_moves_to_that_holiday():
    moved = nextseason.next_season(activity(SPRING), TODAY)
    assert moved is not None and moved.weeks == 52
    breaks = [(e["start"], e.get("end")) for e in moved.data["schedule"]["exceptions"]]
    assert breaks == [
        ("2027-02-22", "2027-02-26"),  # no holiday: the same weekdays, 52 weeks on
        ("2027-03-25", "2027-03-29"),  # Thursday to Monday around Easter 2027
        ("2027-05-06", None),  # Ascension Day 2027, not Thursday 13 May
    ]
    assert moved.by_weekday == ("2027-02-22",) and moved.years == (2026,)


def test_a_long_break_with_a_holiday_in_it_is_a_schools_and_moves_by_weekday():
    christmas = ACTIVITY.replace(
        "  season: {start: 2026-09-01}\n",
        "  season: {start: 2025-09-02, end: 2026-05-26}\n"
        "  exceptions:\n    - {start: 2025-12-22, end: 2026-01-06}\n",
    )
    moved = nextseason.next_season(activity(christmas), TODAY)
    assert moved is not None
    (gap,) = moved.data["schedule"]["exceptions"]
    assert (gap["start"], gap["end"]) == ("2026-12-21", "2027-01-05")
    assert moved.by_weekday == ("2026-12-21",) and moved.years == (2025, 2026)


def publish(repo, text: str, name: str = "kevatryhma") -> None:
    (repo.site / "content" / "activities" / f"{name}.md").write_text(text)
    git(repo.site, "add", ".")
    git(repo.site, "commit", "--quiet", "-m", "ended")
    git(repo.site, "push", "--quiet", "origin", "main")


def warned(html: str) -> dict[str, list[str]]:
    """The check page's list of a copy's warnings: each item's label and warnings."""
    (section,) = parse(html).find_all("section", cls="check-season")
    out = {}
    (items,) = [e for e in section.elements if e.tag == "ul"]
    for item in items.elements:
        link = item.one("a")
        assert parse(html).find_all(id=link.get("href").removeprefix("#"))  # its answer
        (inner,) = [e for e in item.elements if e.tag == "ul"]
        out[link.text] = [li.text for li in inner.elements]
    return out


NOTICE = {
    "fi": "Toiminta on päättynyt, joten sen päivät on siirretty 52 viikkoa eteenpäin",
    "en": "The activity has ended, so its dates have been moved 52 weeks later",
}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_copys_rounds_say_what_to_check(tmp_path, repo, clock, lang):
    publish(repo, SPRING)
    with make_client(make_settings(tmp_path, repo), clock) as client:
        page = client.get(f"/{lang}/activity/kevatryhma/copy").text
        assert NOTICE[lang] in page
        pairs, _ = form_pairs(page)
        found = dict(pairs)
        assert found["schedule.exceptions.2.start"] == "2027-05-06"
        # beside its input on the form: the winter holiday and the text of last season
        form = parse(page)
        (winter,) = form.find_all(id="w-g-schedule-exceptions-0")
        assert ("School holidays change" if lang == "en" else "Koulujen lomat") in winter.text
        assert not form.find_all(id="w-g-schedule-exceptions-2")  # Ascension Day: right
        year = "This text mentions 2026" if lang == "en" else "Tekstissä mainitaan 2026"
        (text,) = form.find_all(id="w-f-description-fi")
        assert year in text.text
        # the check page lists them, linked to their answers, and keeps the notice
        html = submit(client, [*pairs, ("_action", "check")], fresh_token(client, clock)).text
        assert NOTICE[lang] in html
        items = warned(html)
        assert len(items) == 2, items
        (winter_items,) = [v for k, v in items.items() if k.endswith("1")]
        assert "52" in winter_items[0]
        (description,) = [v for k, v in items.items() if "2026" in v[0]]
        assert description == [
            "This text mentions 2026: check that it is still true."
            if lang == "en"
            else "Tekstissä mainitaan 2026: tarkista, pitääkö se yhä paikkansa."
        ]
        # "change the details": the form again, with the notice
        back = submit(client, [*check_form(html), ("_action", "edit")])
        assert back.status_code == 200 and NOTICE[lang] in back.text
        # an error round too
        wrong = [(k, "" if k == "category" else v) for k, v in check_form(html)]
        failed = submit(client, [*wrong, ("_action", "check")])
        assert failed.status_code == 422 and NOTICE[lang] in failed.text
        # a break the organiser has set right is no longer asked about; a text without
        # last season's year neither
        fixed = [
            (k, {"schedule.exceptions.0.start": "2027-03-01", "schedule.exceptions.0.end":
                 "2027-03-05", "description.fi": "Ryhmä kokoontuu torstaisin."}.get(k, v))
            for k, v in check_form(html)
        ]  # fmt: skip
        again = submit(client, [*fixed, ("_action", "check")])
        assert again.status_code == 200 and "check-season" not in again.text
        assert NOTICE[lang] in again.text


def test_the_copys_pages_with_warnings_are_valid_html(tmp_path, repo, clock):
    publish(repo, SPRING)
    pages = tmp_path / "pages"
    pages.mkdir()
    with make_client(make_settings(tmp_path, repo), clock) as client:
        page = client.get("/sv/activity/kevatryhma/copy").text
        assert "Texten nämner 2026" in page and "Skolornas lov" in page
        (pages / "form.html").write_text(page, "utf-8")
        pairs = [*form_pairs(page)[0], ("_action", "check")]
        html = submit(client, pairs, fresh_token(client, clock)).text
        assert "check-season" in html
        (pages / "check.html").write_text(html, "utf-8")
    assert errors(pages) == []


def test_a_copy_of_a_current_listing_has_no_season_warnings(tmp_path, repo, clock):
    with make_client(make_settings(tmp_path, repo), clock) as client:
        page = client.get("/fi/activity/kielikahvila-tapiola/copy").text
        assert "päivät on siirretty" not in page
        html = submit(client, [*form_pairs(page)[0], ("_action", "check")]).text
        assert "check-season" not in html and "päivät on siirretty" not in html


def test_a_reorder_of_a_set_of_choices_is_no_change(tmp_path, repo, clock):
    publish(repo, SPRING)
    with make_client(make_settings(tmp_path, repo), clock) as client:
        pairs, _ = form_pairs(client.get("/en/activity/kevatryhma/copy").text)
        groups = [p for p in pairs if p[0] == "target_groups"]
        assert sorted(v for _, v in groups) == ["job-seekers", "women"]
        # the groups in the other order than the listing's
        pairs = [p for p in pairs if p[0] != "target_groups"] + [
            ("target_groups", "women"),
            ("target_groups", "job-seekers"),
        ]
        clock.advance(60)
        response = submit(client, pairs)
        assert response.status_code == 200, response.text[:3000]
        assert client.app.state.bot.store.get(submission_id(response.text)).data[
            "target_groups"
        ] == ["women", "job-seekers"]
        client.app.state.bot.worker.drain()
        (pull,) = json.loads((repo.bare / "tukena-bot" / "forge.json").read_text())["pulls"]
        section = pull["body"].split("### Changes from the copied listing\n\n")[1]
        changed = section.split("\n\n")[0]
        assert "schedule.season.start" in changed and "target_groups" not in changed


def test_a_set_of_choices_changed_is_a_change():
    before = {"target_groups": ["job-seekers", "women"], "keywords": ["a", "b"]}
    after = {"target_groups": ["women", "men"], "keywords": ["b", "a"]}
    found = differences(before, after, unordered("activity"))
    assert found == [
        {"field": "keywords", "before": "a, b", "after": "b, a"},  # written in order: a change
        {"field": "target_groups", "before": "job-seekers, women", "after": "women, men"},
    ]
    reordered = {"target_groups": ["women", "job-seekers"], "keywords": ["a", "b"]}
    assert differences(before, reordered, unordered("activity")) == []


def test_a_year_is_found_in_any_digits_and_not_within_a_longer_number():
    copied = Copied(years=(2025, 2026), weeks=52)
    assert said("سفرهای پاییز ۲۰۲۶ برگزار شده است.", copied, "en") == [
        "This text mentions 2026: check that it is still true."
    ]
    assert said("Syksy 2025 – kevät 2026, 2026.", copied, "fi") == [
        "Tekstissä mainitaan 2025: tarkista, pitääkö se yhä paikkansa.",
        "Tekstissä mainitaan 2026: tarkista, pitääkö se yhä paikkansa.",
    ]
    assert (
        said("Soita 040 2026123 tai 0402026123. Perustettu 1995, syksy 2027.", copied, "fi") == []
    )
