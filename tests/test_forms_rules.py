"""The rules between fields are reported with the other errors of a form sent once, not in
a second round (:mod:`tukena.forms.rules`)."""

from __future__ import annotations

import copy

import pytest
from pydantic import ValidationError

from tests.bot.helpers import activity_pairs, fresh_token, submit
from tests.test_bot_forms import ACTIVITY, validate
from tukena.forms import messages, rules
from tukena.forms.spec import form_spec
from tukena.schemas import Activity

pytest_plugins = ["tests.bot.fixtures"]
CONTEXT = {"language": "fi"}


def errors_for(data: dict, with_rules: bool = True) -> dict[str, str]:
    spec = form_spec("activity")
    with pytest.raises(ValidationError) as caught:
        validate(data)
    found = rules.rule_errors(Activity, data, CONTEXT) if with_rules else ()
    return {e.name: e.key for e in messages.form_errors(spec, caught.value, found)}


def activity(**changes) -> dict:
    data = copy.deepcopy(ACTIVITY)
    data.update(changes)
    return data


def test_valid_answers_break_no_rule():
    assert rules.rule_errors(Activity, activity(), CONTEXT) == []


def test_rules_come_with_the_errors_of_other_fields():
    data = activity(locations=[], contact={"email": "not-an-address"})
    data["schedule"] = {"weekly": [{"weekday": "tue", "start": "25:00", "end": "19:00"}]}
    # pydantic alone: the rules wait for every other field to be valid
    assert errors_for(data, with_rules=False) == {
        "contact.email": "email",
        "schedule.weekly.0.start": "time",
    }
    assert errors_for(data) == {
        "contact.email": "email",
        "schedule.weekly.0.start": "time",
        "schedule.season.start": "season_needed",  # the schedule's rule
        "locations": "place_or_online",  # the listing's rule
    }


def test_rules_of_parts_inside_a_list_and_of_a_part_with_errors():
    data = activity(title={})  # an error elsewhere
    data["schedule"] = {
        "season": {"start": "2026-09-01", "end": "2026-08-01"},
        "weekly": [
            {"weekday": "tue", "start": "19:00", "end": "17:00"},
            {"weekday": "someday", "start": "18:00", "end": "17:00"},
        ],
    }
    data["cost"] = {"free": False}
    found = errors_for(data)
    assert found["title"] == "localised"
    assert found["schedule.season.end"] == "date_order"
    assert found["schedule.weekly.0.end"] == "time_order"
    # the second row's weekday is wrong, and its times are checked all the same
    assert found["schedule.weekly.1.weekday"] == "choice"
    assert found["schedule.weekly.1.end"] == "time_order"
    assert found["cost.fee"] == "fee_needed"


def test_a_rule_reading_a_field_with_errors_waits_for_it():
    # the contact's only way to reach it is wrong: not "give a way to reach you" as well
    found = errors_for(activity(contact={"email": "not-an-address"}))
    assert found == {"contact.email": "email"}
    # a wrong end time is not also "ends before it starts"
    data = activity()
    data["schedule"] = {
        "season": {"start": "2026-09-01"},
        "weekly": [{"weekday": "tue", "start": "19:00", "end": "7 pm"}],
    }
    data["title"] = {}
    assert errors_for(data) == {"title": "localised", "schedule.weekly.0.end": "time"}
    # online participation with a wrong link is there: not "a place or online"
    assert errors_for(activity(locations=[], online={"link": "not a link"})) == {
        "online.link": "url"
    }
    # a wrong valid_until is not compared with the date of confirmation
    data = activity(valid_until="2026-13-01", title={})
    assert errors_for(data) == {"title": "localised", "valid_until": "date_month"}


def test_a_rule_broken_with_no_other_error_is_reported_once():
    found = rules.rule_errors(Activity, activity(locations=[]), CONTEXT)
    assert [(e["loc"], e["type"]) for e in found] == [((), "value_error")]
    assert errors_for(activity(locations=[])) == {"locations": "place_or_online"}


def test_the_bot_lists_every_error_of_a_form_sent_once(client, clock):
    pairs = activity_pairs(
        **{"schedule.season.start": "", "schedule.weekly.0.start": "25:00", "title.fi": ""}
    )
    response = submit(client, pairs, fresh_token(client, clock))
    assert response.status_code == 422
    summary = response.text.split('id="error-summary"', 1)[1].split("</div>", 1)[0]
    for field in ("f-title-fi", "f-schedule-weekly-0-start", "f-schedule-season-start"):
        assert f'href="#{field}"' in summary, field
