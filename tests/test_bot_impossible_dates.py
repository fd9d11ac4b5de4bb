"""A date written as the form asks that names no day (``2027-02-30``, ``31.6.2027``) gets a
message that says why, in the UI language, as the validator's does in English
(:mod:`tukena.forms.datefaults`, :mod:`tukena.impossibledates`): beside its field and, after
the field's name, in the error summary. A date in another shape keeps the format message."""

from __future__ import annotations

import pytest

from tests.bot.helpers import activity_pairs, fresh_token, submit
from tests.site_helpers import parse
from tukena.forms.catalogue import MESSAGES
from tukena.forms.labels import LABELS

pytest_plugins = ["tests.bot.fixtures"]

FIELD = "schedule.season.start"
WHY = {
    # 30 February 2027, as an ISO date
    "2027-02-30": {
        "fi": "Päivää 30.2.2027 ei ole: helmikuussa 2027 on 28 päivää.",
        "sv": "Datumet 30.2.2027 finns inte: februari 2027 har 28 dagar.",
        "en": "There is no 30 February 2027: February 2027 has 28 days.",
    },
    # 31 June 2027, as Finns write dates
    "31.6.2027": {
        "fi": "Päivää 31.6.2027 ei ole: kesäkuussa 2027 on 30 päivää.",
        "sv": "Datumet 31.6.2027 finns inte: juni 2027 har 30 dagar.",
        "en": "There is no 31 June 2027: June 2027 has 30 days.",
    },
    "2027-13-01": {
        "fi": "Kuukautta 13 ei ole: kuukaudet ovat 1–12.",
        "sv": "Det finns ingen månad 13: månaderna går från 1 till 12.",
        "en": "There is no month 13: months go from 1 to 12.",
    },
    "2027-06-00": {
        "fi": "Päivää 0 ei ole: kuukauden päivät alkavat ykkösestä.",
        "sv": "Det finns ingen dag 0: dagarna i en månad börjar från 1.",
        "en": "There is no day 0: the days of a month start from 1.",
    },
}


def errors_of(client, clock, lang: str, value: str) -> tuple[list[str], list[str]]:
    """The season start's error beside its field, and the error summary's items."""
    pairs = activity_pairs(_lang=lang, **{FIELD: value})
    response = submit(client, pairs, fresh_token(client, clock))
    assert response.status_code == 422, response.text[:2000]
    doc = parse(response.text)
    beside = [span.text for span in doc.one("p", cls="field-error").find_all("span")]
    summary = [li.text for li in doc.one("div", id="error-summary").find_all("li")]
    return beside, summary


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("value", list(WHY))
def test_a_date_that_is_none_says_why_in_the_ui_language(client, clock, lang, value):
    beside, summary = errors_of(client, clock, lang, value)
    assert beside == [WHY[value][lang]]
    assert summary == [f"{LABELS[FIELD][lang]}: {WHY[value][lang]}"]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_date_in_another_shape_keeps_the_format_message(client, clock, lang):
    beside, _ = errors_of(client, clock, lang, "syyskuun alussa")
    assert beside == [MESSAGES["date"][lang]]
