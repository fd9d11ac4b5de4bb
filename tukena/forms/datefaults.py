"""Why a date a form was given is no date, in fi, sv and en.

``31.6.2027`` and ``2027-02-30`` are written as the form asks; its message about the format
("give the date as YYYY-MM-DD") would send the organiser looking for a typo that is not
there. The validator says what is wrong with the date itself (:mod:`tukena.impossibledates`,
in English); this says the same in the UI language, from the same finding: no such month,
no day 0, or which month has how many days. The error summary names the field before it
(:mod:`tukena.forms.render`).
"""

from __future__ import annotations

import logging
from typing import Any

from tukena.impossibledates import date_fault
from tukena.schemas.languages import in_ui_languages as _t

logger = logging.getLogger(__name__)

#: month names as the messages use them: in Finnish, where a month has its days (inessive)
_MONTHS: dict[str, tuple[str, ...]] = {
    "fi": (
        "tammikuussa", "helmikuussa", "maaliskuussa", "huhtikuussa", "toukokuussa",
        "kesäkuussa", "heinäkuussa", "elokuussa", "syyskuussa", "lokakuussa",
        "marraskuussa", "joulukuussa",
    ),
    "sv": (
        "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
#: the names for a language the messages do not have (English, as the messages fall back)
_EN_MONTHS = _MONTHS["en"]

DATE_MESSAGES: dict[str, dict[str, str]] = {
    "date_month": _t(
        "Kuukautta {month} ei ole: kuukaudet ovat 1–12.",
        "Det finns ingen månad {month}: månaderna går från 1 till 12.",
        "There is no month {month}: months go from 1 to 12.",
    ),
    "date_day_zero": _t(
        "Päivää 0 ei ole: kuukauden päivät alkavat ykkösestä.",
        "Det finns ingen dag 0: dagarna i en månad börjar från 1.",
        "There is no day 0: the days of a month start from 1.",
    ),
    "date_days": _t(
        "Päivää {day}.{month}.{year} ei ole: {month_name} {year} on {days} päivää.",
        "Datumet {day}.{month}.{year} finns inte: {month_name} {year} har {days} dagar.",
        "There is no {day} {month_name} {year}: {month_name} {year} has {days} days.",
    ),
}


def fault(value: Any) -> tuple[str, dict[str, int]] | None:
    """The message key and parameters of a date that is none (``2027-06-31``: the form has
    turned ``31.6.2027`` into that), or None for a value in another shape, whose message is
    about the format."""
    found = date_fault(value) if isinstance(value, str) else None
    if found is None:
        return None
    logger.debug("an impossible date in a form: %s", found.kind)
    params = {"year": found.year, "month": found.month, "day": found.day, "days": found.days}
    return f"date_{found.kind}", params


def in_language(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """A date message's parameters with its month's name in ``lang``."""
    month = params.get("month")
    if not isinstance(month, int) or not 1 <= month <= 12:
        return params
    names = _MONTHS.get(lang, _EN_MONTHS)
    return {**params, "month_name": names[month - 1]}
