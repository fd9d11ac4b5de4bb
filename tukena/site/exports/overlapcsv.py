"""``/data/overlaps.csv``: the groups of activities meeting at the same time that the coverage
pages list (:mod:`tukena.site.overlaps`), for spreadsheets: one row per meeting of a group,
so that a coordinator can sort them, or write to the organisers.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging

from tukena import reference
from tukena.schemas.common import clock
from tukena.schemas.languages import pick
from tukena.site import overlaps, urls
from tukena.site.catalogue import Catalogue
from tukena.spreadsheet import safe_cells

logger = logging.getLogger(__name__)


def overlap_csv(cat: Catalogue) -> str:
    """``/data/overlaps.csv``: one row per meeting of each group, the groups numbered from 1
    in the order of the forms, municipalities' codes, weekdays, dates and times; titles and
    names in the listing's main language; UTF-8 with a byte order mark, as
    ``activities.csv``. A dated session has its ``date`` and no ``every_weeks`` or season;
    a weekly meeting has no ``date``."""
    data = reference.load()
    config = cat.config
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "group", "form", "municipality_code", "municipality_fi", "municipality_sv",
            "weekday", "date", "start", "end", "every_weeks", "season_start", "season_end",
            "slug", "title", "place", "organisation", "organisation_name", "url",
        ]
    )  # fmt: skip
    number = 0
    for form, found in overlaps.groups(cat).items():
        for group in sorted(found, key=_group_order):
            number += 1
            m = data.municipalities[group.code]
            for meeting in group.meetings:
                activity = cat.activities[meeting.slug]
                org = cat.content.organisations[activity.organisation]
                slot = meeting.slot
                row = [
                    number, form, group.code, m.name_fi, m.name_sv, overlaps.DAYS[group.day],
                    meeting.first.isoformat() if slot is None else "",
                    clock(meeting.start), clock(meeting.end), slot.every if slot else "",
                    meeting.first.isoformat() if slot else "",
                    "" if slot is None or meeting.last == overlaps.FAR else meeting.last.isoformat(),
                    meeting.slug, pick(activity.title, activity.language)[0],
                    pick(activity.place_name(group.code), activity.language)[0], activity.organisation,
                    pick(org.name, org.language)[0],
                    f"{config.siteurl}/{urls.activity(config.default_language, meeting.slug)}",
                ]  # fmt: skip
                writer.writerow(safe_cells(row))
    return out.getvalue()


def _group_order(group: overlaps.Group) -> tuple[str, int, dt.date, dt.time]:
    """Municipality's code, weekday, date (groups with weekly meetings first) and time."""
    return (group.code, group.day, group.date or dt.date.min, group.meetings[0].start)
