"""Breaks that fall on a dated session, as warnings of ``tukena validate``.

A break stops the weekly slots on its days; a dated session is a meeting of its own, and
the site shows it, lists it among the next meetings, puts it in the calendar files and the
search counts it, whatever break its listing names. A break over a session's date then
reads as a contradiction ("not on 23 Dec" above a session on 23 Dec) and the session still
takes place on every page. The writer meant one of two things (the session is cancelled,
or the break is only for the weekly meetings), and only they can tell which, so it is a
warning at the break's line, not an error. Its advice is to remove a cancelled session,
then, with weekly slots, to keep the break if it is meant for them (leaving it out would
bring them back on its days), and without any, to leave the break out: it stops nothing.
"""

from __future__ import annotations

import logging

from tukena import documents
from tukena.exceptions import Problem
from tukena.loader import ContentSet

logger = logging.getLogger(__name__)
#: What else to do, by whether the listing has weekly slots: a break stops only those, so
#: with them it may be meant for them alone; without them it stops nothing.
_ADVICE = {
    True: "; a break stops only the weekly meetings, so keep it if it is meant for them alone",
    False: "; a break stops only weekly meetings, which this listing has none of, so leave it out",
}


def problems(content: ContentSet) -> list[Problem]:
    """A warning at each break of a listing that falls on one of its dated sessions."""
    warnings = []
    for slug, activity in content.activities.items():
        schedule = activity.schedule
        found = [
            (i, [s.date for s in schedule.sessions if gap.start <= s.date <= gap.last])
            for i, gap in enumerate(schedule.exceptions)
        ]
        found = [(i, days) for i, days in found if days]
        if not found:
            continue
        rel = content.paths[("activities", slug)]
        lines = documents.key_lines(content.root / rel)
        for i, days in found:
            dates = ", ".join(str(day) for day in dict.fromkeys(days))
            message = (
                f"the break falls on the dated session(s) of {dates}, which the site, its"
                " calendars and the search still show as meetings: remove a session that is"
                f" cancelled{_ADVICE[bool(schedule.weekly)]}"
            )
            line = lines.get(("schedule", "exceptions", i)) or lines.get(("schedule",), 1)
            warnings.append(Problem(rel, line, f"schedule.exceptions[{i}]", message, warning=True))
    logger.debug("%s break(s) on a dated session", len(warnings))
    return warnings
