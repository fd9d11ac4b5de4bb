"""The warning of a copy of a listing that is still running: that it meets when and where
the listing copied does.

A copy of an ended listing starts in the next season (:mod:`tukena.bot.nextseason`); one
of a listing still running starts with its dates as they are, for the organiser to change.
They copy it for one of two things: the next season, prepared before this one ends, or
another group of the same activity (another weekday, another place). Either way the copy
must differ from its listing in when or where it meets. Sent unchanged in those, it lists
the same group twice: ``tukena validate`` reports two such listings as copies of one another
(:mod:`tukena.duplicates`), and a reader finds the group twice. So while the copy's
schedule and places (the season, the weekly times, the days off and dated sessions, each
place's municipality and street address, the online link) are all the listing's, the
form warns beside the schedule, and the check page lists it (:mod:`.fieldwarnings`). The
texts may differ: a new title does not make another group. A warning, not an error: the
form can be sent.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence

from tukena.forms import ui
from tukena.forms.parse import iso_date
from tukena.forms.views import GroupView, Warned

logger = logging.getLogger(__name__)

#: the kind of this warning (:class:`~tukena.forms.views.Warned`)
KIND = "running"
#: the group the warning is beside
GROUP = "schedule"
#: the form values that say when and where an activity meets (as :mod:`tukena.duplicates`
#: compares them)
_WHEN_WHERE = re.compile(
    r"schedule\.(season|weekly\.\d+|exceptions\.\d+|sessions\.\d+)"
    r"\.(start|end|weekday|every|date)"
    r"|locations\.\d+\.(municipality|street_address)|online\.link"
)

#: when and where a listing meets, as form values: (name, value) pairs, sorted
WhenWhere = tuple[tuple[str, str], ...]


def when_where(values: Mapping[str, Sequence[str]]) -> WhenWhere:
    """When and where the form's ``values`` (or a listing's, flattened) say it meets; a
    date as typed ("1.9.2026") as the listing has it, empty answers left out."""
    found = []
    for name, given in values.items():
        if _WHEN_WHERE.fullmatch(name):
            found += [(name, iso_date(v.strip())) for v in given if v.strip()]
    return tuple(sorted(found))


def mark(
    view: GroupView, values: Mapping[str, Sequence[str]], running: WhenWhere, lang: str
) -> None:
    """Give the schedule of a copy of a listing still running (``running``: when and where
    it meets) its warning while the copy meets when and where it does."""
    if view.name != GROUP or not running or when_where(values) != running:
        return
    logger.debug("a copy of a running listing meets when and where it does")
    item = ui.text("running.same", lang)
    view.warnings.append(Warned(KIND, ui.text("running.field", lang), [item]))
