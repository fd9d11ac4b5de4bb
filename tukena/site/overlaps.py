"""Possible overlaps: activities of one form that meet in the same municipality at the
same time.

The coverage tables count activities by region and weekday: "three language cafés on
Tuesdays" may be three evenings' choice or three rooms half empty at the same hour. A
coordinator (a city's immigrant services, a regional network of associations) needs to
know which. Two current activities of the same form overlap here when they meet in the same
municipality, on the same weekday, at times that overlap (one ending as the other starts
does not), in seasons that overlap. Overlaps join into groups: three activities of which
the first overlaps the second and the second the third are one group.

Dated sessions count as weekly meetings do, each as a season of one day: a session
overlaps a weekly meeting when it falls on that weekday within the season (not in one of
its breaks, as the session is on a known day) and the hours overlap, and another session
when they are on the same date and the hours overlap. Only sessions from the build's day to
a year ahead count, as in the coverage tables' weekdays: past sessions compete with nothing.

``/data/overlaps.csv`` has the same groups for spreadsheets
(:mod:`tukena.site.exports.overlapcsv`).

Slots every other week count as if weekly (which weeks they fall on is easily changed by
the organisers, and they are the people to tell). An activity meeting in two municipalities
can overlap in each. Paused activities count, as their schedules tell when they meet once
they go on; ended ones do not. A group whose activities all have one organiser is left out:
the organiser knows its own timetable, and the page is for telling organisers of each other
(a group with another organiser's activity in it is kept whole).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from tukena.occurrences import HORIZON_DAYS
from tukena.schemas import Activity
from tukena.schemas.schedule import DateException, WeeklySlot
from tukena.schemas.vocabulary import ActivityForm, Weekday, label
from tukena.site import humanize, urls
from tukena.site.catalogue import Catalogue
from tukena.site.collation import sort_key
from tukena.site.refs import municipality_ref, organisation_ref
from tukena.site.texts import localise, localise_place

logger = logging.getLogger(__name__)

DAYS = list(Weekday)
FAR = dt.date.max  # the end of a season without one


@dataclass(frozen=True)
class Meeting:
    """One activity's weekly slot with the season it runs in and its breaks, or one of its
    dated sessions (``slot`` None; ``first`` and ``last`` its date)."""

    slug: str
    start: dt.time
    end: dt.time
    first: dt.date
    last: dt.date
    slot: WeeklySlot | None = None
    breaks: tuple[DateException, ...] = ()

    @property
    def dated(self) -> bool:
        return self.slot is None

    def overlaps(self, other: Meeting) -> bool:
        """Same hours within the same days: seasons that overlap, a session within a season
        (and not in its breaks), or two sessions on one date."""
        if not (
            self.slug != other.slug
            and self.start < other.end
            and other.start < self.end
            and self.first <= other.last
            and other.first <= self.last
        ):
            return False
        if self.dated == other.dated:
            return True
        weekly, session = (other, self) if self.dated else (self, other)
        return not any(b.start <= session.first <= b.last for b in weekly.breaks)


@dataclass(frozen=True)
class Group:
    """Activities of one form meeting at the same time in municipality ``code`` on ``day``
    (Monday = 0): each meeting of theirs that overlaps another's, the earliest first."""

    code: str
    day: int
    meetings: tuple[Meeting, ...]

    @property
    def date(self) -> dt.date | None:
        """The date of a group of dated sessions only (they overlap on one date), else None."""
        return None if any(not m.dated for m in self.meetings) else self.meetings[0].first


def _components(meetings: list[Meeting]) -> list[list[Meeting]]:
    """The meetings that overlap another, joined into groups (union-find over the pairs).

    Sorted by start time, a meeting is compared only with those starting before it ends:
    dated sessions make a weekday's meetings many, and most of them are hours apart."""
    meetings = sorted(meetings, key=lambda m: m.start)
    parent = list(range(len(meetings)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, one in enumerate(meetings):
        for j in range(i + 1, len(meetings)):
            if meetings[j].start >= one.end:
                break
            if one.overlaps(meetings[j]):
                parent[root(i)] = root(j)
    found: dict[int, list[Meeting]] = {}
    for i, meeting in enumerate(meetings):
        found.setdefault(root(i), []).append(meeting)
    return [group for group in found.values() if len({m.slug for m in group}) > 1]


def _meetings(slug: str, activity: Activity, today: dt.date) -> list[Meeting]:
    """Its weekly slots, and its sessions from ``today`` to a year ahead."""
    schedule = activity.schedule
    found = []
    if schedule.season is not None:
        first, last = schedule.season.start, schedule.season.end or FAR
        breaks = tuple(schedule.exceptions)
        found = [Meeting(slug, s.start, s.end, first, last, s, breaks) for s in schedule.weekly]
    ahead = today + dt.timedelta(days=HORIZON_DAYS)
    found += [
        Meeting(slug, s.start, s.end, s.date, s.date)
        for s in schedule.sessions
        if today <= s.date <= ahead
    ]
    return found


def _weekday(meeting: Meeting) -> int:
    return meeting.first.weekday() if meeting.slot is None else DAYS.index(meeting.slot.weekday)


def groups(cat: Catalogue) -> dict[str, list[Group]]:
    """Every group of overlapping current activities, by form (once per build and
    process), each form's in no particular order."""
    found = cat.memo.get("overlaps")
    if found is not None:
        return found
    buckets: dict[tuple[str, str, int], list[Meeting]] = {}
    for slug in cat.listed:
        activity = cat.activities[slug]
        meetings = _meetings(slug, activity, cat.config.today)
        codes = dict.fromkeys(place.municipality for place in activity.locations)
        for form in dict.fromkeys(f.value for f in activity.forms):
            for code in codes:
                for meeting in meetings:
                    key = (form, code, _weekday(meeting))
                    buckets.setdefault(key, []).append(meeting)
    found = {f.value: [] for f in ActivityForm}
    for (form, code, day), meetings in buckets.items():
        for component in _components(meetings):
            if len({cat.activities[m.slug].organisation for m in component}) < 2:
                continue  # one organiser's own timetable
            ordered = sorted(component, key=lambda m: (m.start, m.end, m.slug, m.dated, m.first))
            found[form].append(Group(code, day, tuple(ordered)))
    logger.debug("overlaps: %s groups", sum(len(g) for g in found.values()))
    cat.memo["overlaps"] = found
    return found


def _meetings_shown(cat: Catalogue, group: Group, lang: str) -> list[dict]:
    """Each meeting of the group as its page lists it; an activity's sessions on one line."""
    out: list[dict] = []
    dated: dict[str, dict] = {}
    for meeting in group.meetings:
        if meeting.slot is None and meeting.slug in dated:
            dated[meeting.slug]["when"] += f", {_session(meeting, lang)}"
            continue
        activity = cat.activities[meeting.slug]
        entry = {
            "title": localise(activity.title, lang, activity.language),
            "url": urls.activity(lang, meeting.slug),
            "organisation": organisation_ref(cat, activity.organisation, lang),
            "place": localise_place(activity.place_name(group.code), lang, activity.language),
            "when": humanize.slot(meeting.slot, lang) if meeting.slot else "",
            "season": None,
        }
        if meeting.slot is None:
            session = _session(meeting, lang)
            entry["when"] = f"{session[:1].upper()}{session[1:]}"
            dated[meeting.slug] = entry
        else:
            assert activity.schedule.season is not None  # a weekly slot has one
            entry["season"] = humanize.season(activity.schedule.season, lang)
        out.append(entry)
    return out


def _session(meeting: Meeting, lang: str) -> str:
    """``tiistai 8.12.2026 17.00–19.00``: its date, not only its weekday."""
    return f"{humanize.day(meeting.first, lang)} {humanize.time_range(meeting.start, meeting.end, lang)}"


def rows(cat: Catalogue, form: str, lang: str) -> list[dict]:
    """The groups of ``form`` as its coverage page lists them: by municipality's name,
    weekday, date (groups with weekly meetings first) and time. A group of sessions only is
    headed by their date."""
    found = [
        (
            sort_key(place["name"]),
            group.day,
            group.date or dt.date.min,
            group.meetings[0].start,
            {
                "municipality": place,
                "day": humanize.day(date, lang) if date else label(DAYS[group.day], lang),
                "meetings": _meetings_shown(cat, group, lang),
            },
        )
        for group in groups(cat)[form]
        for place, date in [(municipality_ref(group.code, lang), group.date)]
    ]
    return [row for *_, row in sorted(found, key=lambda item: item[:4])]


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
