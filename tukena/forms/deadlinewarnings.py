"""The warning of a registration deadline already past when the form is sent.

A listing whose registration has a deadline before today is published with "Registration
closed on …" on its page, its form and addresses no longer offered to register with
(:func:`tukena.invites.registration_closed`). An organiser who sends it so may mean it (the
group is full, a waiting list is open) or may have kept last round's date. So the form
warns beside the registration, and the check page lists it (:mod:`.fieldwarnings`), saying
what the page will say. ``tukena validate`` does not warn of it: every deadline passes in
time, and the site words it. A warning, not an error: the form can be sent.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence

from tukena.forms import ui
from tukena.forms.parse import iso_date
from tukena.forms.views import GroupView, Warned

logger = logging.getLogger(__name__)

#: the kind of this warning (:class:`~tukena.forms.views.Warned`)
KIND = "deadline"
#: the group the warning is beside
GROUP = "registration"


def passed(values: Mapping[str, Sequence[str]], today: dt.date) -> str:
    """The deadline as typed when registration is required and its day is before
    ``today``; otherwise (none, not a date, today or ahead) an empty string."""
    if (values.get(f"{GROUP}.required") or [""])[0].strip() != "true":
        return ""
    typed = (values.get(f"{GROUP}.deadline") or [""])[0].strip()
    try:
        deadline = dt.date.fromisoformat(iso_date(typed))
    except ValueError:  # empty, or no date: the form's own error says so
        return ""
    return typed if deadline < today else ""


def mark(
    view: GroupView, values: Mapping[str, Sequence[str]], today: dt.date | None, lang: str
) -> None:
    """Give the registration its warning while its deadline is before ``today``."""
    if view.name != GROUP or today is None:
        return
    typed = passed(values, today)
    if typed:
        logger.debug("a registration deadline already past: %s", typed)
        item = ui.text("deadline.passed", lang, date=typed)
        view.warnings.append(Warned(KIND, ui.text("deadline.field", lang), [item]))
