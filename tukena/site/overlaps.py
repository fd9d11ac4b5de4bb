"""Possible overlaps: activities of one form that meet in the same municipality at the
same time.

The coverage tables count activities by region and weekday: "three language cafés on
Tuesdays" may be three evenings' choice or three rooms half empty at the same hour. A
coordinator (a city's immigrant services, a regional network of associations) needs to
know which. Two current activities of the same form overlap here when they meet in the same
municipality, on the same weekday, at times that overlap (one ending as the other starts
does not), in seasons that overlap. Overlaps join into groups: three activities of which
the first overlaps the second and the second the third are one group.

``/data/overlaps.csv`` has the same groups for spreadsheets: one row per meeting of a group,
so that a coordinator can sort them, or write to the organisers.

Only weekly meetings count: a dated session is one day, not a standing choice. Slots every
other week count as if weekly (which weeks they fall on is easily changed by the
organisers, and they are the people to tell). An activity meeting in two municipalities
can overlap in each.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from tukena import reference
from tukena.schemas.common import clock
from tukena.schemas.languages import pick
from tukena.schemas.schedule import WeeklySlot
from tukena.schemas.vocabulary import ActivityForm, Weekday, label
from tukena.site import humanize, urls
from tukena.site.catalogue import Catalogue
from tukena.site.collation import sort_key
from tukena.site.refs import municipality_ref, organisation_ref
from tukena.site.texts import localise, localise_place
from tukena.spreadsheet import safe_cells

DAYS = list(Weekday)
FAR = dt.date.max  # the end of a season without one


@dataclass(frozen=True)
class Meeting:
    """One activity's weekly slot, with the season it runs in."""

    slug: str
    slot: WeeklySlot
    first: dt.date
    last: dt.date

    def overlaps(self, other: Meeting) -> bool:
        return (
            self.slug != other.slug
            and self.slot.start < other.slot.end
            and other.slot.start < self.slot.end
            and self.first <= other.last
            and other.first <= self.last
        )


@dataclass(frozen=True)
class Group:
    """Activities of one form meeting at the same time in municipality ``code`` on ``day``
    (Monday = 0): each meeting of theirs that overlaps another's, the earliest first."""

    code: str
    day: int
    meetings: tuple[Meeting, ...]


def _components(meetings: list[Meeting]) -> list[list[Meeting]]:
    """The meetings that overlap another, joined into groups (union-find over the pairs)."""
    parent = list(range(len(meetings)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, one in enumerate(meetings):
        for j in range(i + 1, len(meetings)):
            if one.overlaps(meetings[j]):
                parent[root(i)] = root(j)
    found: dict[int, list[Meeting]] = {}
    for i, meeting in enumerate(meetings):
        found.setdefault(root(i), []).append(meeting)
    return [group for group in found.values() if len({m.slug for m in group}) > 1]


def groups(cat: Catalogue) -> dict[str, list[Group]]:
    """Every group of overlapping current activities, by form (once per build and
    process), each form's in no particular order."""
    found = cat.memo.get("overlaps")
    if found is not None:
        return found
    buckets: dict[tuple[str, str, int], list[Meeting]] = {}
    for slug in cat.listed:
        activity = cat.activities[slug]
        season = activity.schedule.season
        if season is None or not activity.schedule.weekly:
            continue
        codes = dict.fromkeys(place.municipality for place in activity.locations)
        last = season.end or FAR
        meetings = [Meeting(slug, s, season.start, last) for s in activity.schedule.weekly]
        for form in dict.fromkeys(f.value for f in activity.forms):
            for code in codes:
                for meeting in meetings:
                    key = (form, code, DAYS.index(meeting.slot.weekday))
                    buckets.setdefault(key, []).append(meeting)
    found = {f.value: [] for f in ActivityForm}
    for (form, code, day), meetings in buckets.items():
        for component in _components(meetings):
            ordered = sorted(component, key=lambda m: (m.slot.start, m.slot.end, m.slug))
            found[form].append(Group(code, day, tuple(ordered)))
    cat.memo["overlaps"] = found
    return found


def _meeting(cat: Catalogue, meeting: Meeting, code: str, lang: str) -> dict:
    activity = cat.activities[meeting.slug]
    season = activity.schedule.season
    assert season is not None
    return {
        "title": localise(activity.title, lang, activity.language),
        "url": urls.activity(lang, meeting.slug),
        "organisation": organisation_ref(cat, activity.organisation, lang),
        "place": localise_place(activity.place_name(code), lang, activity.language),
        "when": humanize.slot(meeting.slot, lang),
        "season": humanize.season(season, lang),
    }


def rows(cat: Catalogue, form: str, lang: str) -> list[dict]:
    """The groups of ``form`` as its coverage page lists them: by municipality's name,
    weekday and time."""
    found = [
        (
            sort_key(place["name"]),
            group.day,
            group.meetings[0].slot.start,
            {
                "municipality": place,
                "day": label(DAYS[group.day], lang),
                "meetings": [_meeting(cat, m, group.code, lang) for m in group.meetings],
            },
        )
        for group in groups(cat)[form]
        for place in [municipality_ref(group.code, lang)]
    ]
    return [row for *_, row in sorted(found, key=lambda item: item[:3])]


def summary(cat: Catalogue, lang: str) -> list[dict]:
    """Each form with overlaps, as the coverage page of every form counts them: its groups
    and the activities in them."""
    out = []
    for form, found in groups(cat).items():
        if found:
            out.append(
                {
                    "label": label(ActivityForm(form), lang),
                    "url": urls.coverage(lang, form),
                    "groups": len(found),
                    "activities": len({m.slug for g in found for m in g.meetings}),
                }
            )
    return out


def csv_text(cat: Catalogue) -> str:
    """``/data/overlaps.csv``: one row per meeting of each group, the groups numbered from 1
    in the order of the forms, municipalities' codes, weekdays and times; titles and names
    in the listing's main language; UTF-8 with a byte order mark, as ``activities.csv``."""
    data = reference.load()
    config = cat.config
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "group", "form", "municipality_code", "municipality_fi", "municipality_sv",
            "weekday", "start", "end", "every_weeks", "season_start", "season_end", "slug",
            "title", "place", "organisation", "organisation_name", "url",
        ]
    )  # fmt: skip
    number = 0
    for form, found in groups(cat).items():
        for group in sorted(found, key=lambda g: (g.code, g.day, g.meetings[0].slot.start)):
            number += 1
            m = data.municipalities[group.code]
            for meeting in group.meetings:
                activity = cat.activities[meeting.slug]
                org = cat.content.organisations[activity.organisation]
                slot = meeting.slot
                row = [
                    number, form, group.code, m.name_fi, m.name_sv, slot.weekday,
                    clock(slot.start), clock(slot.end), slot.every, meeting.first.isoformat(),
                    "" if meeting.last == FAR else meeting.last.isoformat(), meeting.slug,
                    pick(activity.title, activity.language)[0],
                    pick(activity.place_name(group.code), activity.language)[0], activity.organisation,
                    pick(org.name, org.language)[0],
                    f"{config.siteurl}/{urls.activity(config.default_language, meeting.slug)}",
                ]  # fmt: skip
                writer.writerow(safe_cells(row))
    return out.getvalue()
