"""Coverage pages list the activities of one form that meet in the same municipality at the
same time ("Meeting at the same time"), and the page of every form counts them by form.

The expected groups are worked out here apart from the site's code: every pair of meetings
of current activities of a form that share a municipality and a weekday, whose times
overlap and whose days do (weekly slots in seasons that overlap; a dated session from the
test date on, within a season and not in its breaks, or on another session's date), joined
into groups by a search over those pairs; a group whose activities all have one organiser is
left out (it knows its own timetable)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from typing import NamedTuple

import pytest

from tests.site_helpers import DAY, LANGUAGES, main, page, sample_content, slugs
from tests.site_helpers import sample_site as _sample_site
from tukena import reference
from tukena.schemas.location import PROPER_NAME
from tukena.schemas.vocabulary import ActivityForm, Weekday, label
from tukena.site import urls
from tukena.site.collation import sort_key
from tukena.site.i18n import format_day, translations
from tukena.status import Status

CONTENT, STATUS = sample_content()
LISTED = sorted(slug for slug, state in STATUS.items() if state is not Status.ENDED)
DATA = reference.load()
FORMS = [f.value for f in ActivityForm]
DAYS = [str(d) for d in Weekday]
FAR = dt.date.max


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


class Meets(NamedTuple):
    """One weekly slot in its season (with its breaks), or one dated session."""

    slug: str
    day: str
    start: dt.time
    end: dt.time
    first: dt.date
    last: dt.date
    dated: bool
    breaks: tuple[tuple[dt.date, dt.date], ...] = ()


def _meets(slug: str) -> list[Meets]:
    """Its weekly slots, and its sessions from the test date to a year ahead."""
    schedule = CONTENT.activities[slug].schedule
    season, found = schedule.season, []
    if season is not None:
        breaks = tuple((e.start, e.end or e.start) for e in schedule.exceptions)
        for s in schedule.weekly:
            span = (season.start, season.end or FAR)
            found.append(Meets(slug, str(s.weekday), s.start, s.end, *span, False, breaks))
    for s in schedule.sessions:
        if DAY <= s.date <= DAY + dt.timedelta(days=366):
            found.append(Meets(slug, DAYS[s.date.weekday()], s.start, s.end, s.date, s.date, True))
    return found


def _together(one: Meets, other: Meets) -> bool:
    if one.slug == other.slug or one.day != other.day:
        return False
    if not (one.start < other.end and other.start < one.end):
        return False
    if one.first > other.last or other.first > one.last:
        return False
    if one.dated != other.dated:
        weekly, session = (other, one) if one.dated else (one, other)
        return not any(a <= session.first <= b for a, b in weekly.breaks)
    return True


def _place(slug: str, code: str) -> dict[str, str] | None:
    """The names of the first named place where ``slug`` meets in municipality ``code``."""
    places = CONTENT.activities[slug].locations
    return next((p.name for p in places if p.municipality == code and p.name), None)


class Expected(NamedTuple):
    code: str
    day: str
    date: dt.date | None  # of a group of dated sessions only
    slugs: frozenset[str]
    meetings: frozenset[Meets]


def expected(form: str, alone: bool = False) -> set[Expected]:
    """Each group of ``form``: its municipality, weekday, date, activities and meetings;
    with ``alone``, those of one organiser's activities alone (left out) instead."""
    chosen = [s for s in LISTED if form in CONTENT.activities[s].forms]
    nodes = [
        (code, meets)
        for slug in chosen
        for code in dict.fromkeys(p.municipality for p in CONTENT.activities[slug].locations)
        for meets in _meets(slug)
    ]
    edges: dict[int, set[int]] = defaultdict(set)
    for i, (code, one) in enumerate(nodes):
        for j, (where, other) in enumerate(nodes):
            if code == where and _together(one, other):
                edges[i].add(j)
    found, seen = set(), set()
    for start in edges:
        if start in seen:
            continue
        group, todo = set(), [start]
        while todo:
            i = todo.pop()
            if i not in group:
                group.add(i)
                todo.extend(edges[i] - group)
        seen |= group
        members = frozenset(nodes[i][1] for i in group)
        code, first = nodes[start][0], nodes[start][1]
        date = first.first if all(m.dated for m in members) else None
        group = Expected(code, first.day, date, frozenset(m.slug for m in members), members)
        if (len({CONTENT.activities[s].organisation for s in group.slugs}) == 1) == alone:
            found.add(group)
    return found


def _heading_day(group: Expected, lang: str) -> str:
    """The weekday, or the date of a group of sessions only."""
    day = label(Weekday(group.day), lang)
    return f"{day} {format_day(group.date, lang)}" if group.date else day


def test_the_sample_has_activities_meeting_at_the_same_time():
    assert any(expected(form) for form in FORMS)
    assert any(not expected(form) for form in FORMS)
    # one organiser's alone (two pairs in Lahti by one foundation), and a form that has
    # nothing else at the same time
    assert expected("guidance", alone=True) and not expected("guidance")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_organisers_own_activities_at_the_same_time_are_not_listed(site, lang):
    alone = {slug for g in expected("guidance", alone=True) for slug in g.slugs}
    section = main(page(site, urls.coverage(lang, "guidance"))).one(
        "section", **{"aria-labelledby": "overlaps-heading"}
    )
    assert not alone & set(slugs(section))
    said = translations(lang).gettext(
        "Activities that have the same organiser are not listed here when no other "
        "organiser's activity meets at the same time: an organiser knows its own timetable."
    )
    assert said in section.find_all("p")[0].text
    raw = (site / "data" / "overlaps.csv").read_text(encoding="utf-8-sig")
    assert not alone & {row["slug"] for row in csv.DictReader(io.StringIO(raw))}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("form", FORMS)
def test_a_forms_coverage_page_lists_its_activities_meeting_at_the_same_time(site, lang, form):
    section = main(page(site, urls.coverage(lang, form))).one(
        "section", **{"aria-labelledby": "overlaps-heading"}
    )
    want = expected(form)
    if not want:
        none = translations(lang).gettext(
            "None: no two activities of this type meet in the same municipality at the same time."
        )
        assert section.find_all("p")[-1].text == none
        assert not section.find_all("li")
        return
    names = {code: m.name(lang) for code, m in DATA.municipalities.items()}
    by_heading = {f"{names[g.code]}, {_heading_day(g, lang)}": g for g in want}

    def said(m: Meets) -> str:
        sep = ":" if lang == "en" else "."
        times = f"{m.start.hour}{sep}{m.start.minute:02}–{m.end.hour}{sep}{m.end.minute:02}"
        return f"{format_day(m.first, lang)} {times}" if m.dated else times

    shown = []
    for item in section.one("ul", cls="overlap-groups").find_all("li", cls=None):
        if not item.find_all("h3"):
            continue  # an activity of a group
        heading = item.one("h3")
        assert heading.one("a").get("href").endswith(f"#form-{form}")
        group = by_heading[heading.text]
        texts: dict[str, str] = defaultdict(str)
        for meeting in item.one("ul", cls="overlap-meetings").find_all("li"):
            (slug,) = slugs(meeting)
            texts[slug] += meeting.text
            assert ", None" not in meeting.text  # a session has no season to say
            place = _place(slug, group.code)
            if place:  # the place it meets at there, in the page's language if it has one,
                # else as its sign says (Finnish, Swedish), else in the listing's language
                own = CONTENT.activities[slug].language
                signs = place.get("fi") or place.get("sv")
                name = place.get(lang) or place.get(PROPER_NAME) or signs or place[own]
                assert name in meeting.text
        for m in group.meetings:  # each meeting with its own times, a session with its date
            assert said(m) in texts[m.slug], (said(m), texts[m.slug])
        shown.append((heading.text, frozenset(texts)))
    assert sorted(shown) == sorted((heading, g.slugs) for heading, g in by_heading.items())
    # by municipality, weekday, then date (the sample's groups differ in one or another)
    order = {
        heading: (sort_key(names[g.code]), DAYS.index(g.day), g.date or dt.date.min)
        for heading, g in by_heading.items()
    }
    assert [heading for heading, _ in shown] == sorted(order, key=order.get)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_coverage_of_every_form_counts_them_by_form(site, lang):
    table = main(page(site, urls.coverage(lang))).one("table", cls="overlap-forms")
    assert table.get("aria-labelledby") == "overlaps-heading"
    rows = table.one("tbody").find_all("tr")
    shown = {
        row.one("a").get("href"): [int(cell.text) for cell in row.find_all("td")] for row in rows
    }
    want = {
        f"/{urls.coverage(lang, form)}#overlaps-heading": [
            len(groups),
            len({slug for group in groups for slug in group.slugs}),
        ]
        for form in FORMS
        for groups in [expected(form)]
        if groups
    }
    assert shown == want


def test_overlaps_csv_has_each_meeting_of_each_group(site):
    raw = (site / "data" / "overlaps.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a byte order mark, for spreadsheets
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row["group"]].append(row)
    assert list(groups) == [str(n) for n in range(1, len(groups) + 1)]
    found = set()
    for members in groups.values():
        ((form, code, day),) = {(r["form"], r["municipality_code"], r["weekday"]) for r in members}
        m = DATA.municipalities[code]
        for row in members:
            activity = CONTENT.activities[row["slug"]]
            assert (row["municipality_fi"], row["municipality_sv"]) == (m.name_fi, m.name_sv)
            assert row["organisation"] == activity.organisation
            assert row["title"] == activity.title[activity.language]
            place = _place(row["slug"], code)
            written = place and (place.get(PROPER_NAME) or place[activity.language])
            assert row["place"] == (written or "")
            assert row["url"].endswith(f"/activities/{row['slug']}.html")
            schedule = activity.schedule
            if row["date"]:  # a dated session: no season, no interval
                assert (row["season_start"], row["season_end"], row["every_weeks"]) == ("",) * 3
                assert any(
                    (s.date.isoformat(), f"{s.start:%H:%M}", f"{s.end:%H:%M}")
                    == (row["date"], row["start"], row["end"])
                    for s in schedule.sessions
                )
            else:
                assert (row["season_start"], row["season_end"]) == (
                    schedule.season.start.isoformat(),
                    schedule.season.end.isoformat() if schedule.season.end else "",
                )
                assert any(
                    (str(s.weekday), f"{s.start:%H:%M}", f"{s.end:%H:%M}", str(s.every))
                    == (day, row["start"], row["end"], row["every_weeks"])
                    for s in schedule.weekly
                )
        found.add((form, code, day, frozenset(_row_meets(r) for r in members)))
    assert found == {
        (form, g.code, g.day, frozenset(m[:7] for m in g.meetings))
        for form in FORMS
        for g in expected(form)
    }
    assert found
    links = main(page(site, urls.coverage("sv", "guidance"))).links()
    assert "/data/overlaps.csv" in links


def _row_meets(row: dict[str, str]) -> tuple:
    """A row of overlaps.csv as the :class:`Meets` it tells of (without breaks)."""
    start, end = dt.time.fromisoformat(row["start"]), dt.time.fromisoformat(row["end"])
    if row["date"]:
        date = dt.date.fromisoformat(row["date"])
        return (row["slug"], row["weekday"], start, end, date, date, True)
    first = dt.date.fromisoformat(row["season_start"])
    last = dt.date.fromisoformat(row["season_end"]) if row["season_end"] else FAR
    return (row["slug"], row["weekday"], start, end, first, last, False)
