"""Coverage pages list the activities of one form that meet in the same municipality at the
same time ("Meeting at the same time"), and the page of every form counts them by form.

The expected groups are worked out here apart from the site's code: every pair of current
activities of a form that share a municipality and have weekly slots on one weekday whose
times and seasons overlap, joined into groups by a search over those pairs."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from collections import defaultdict

import pytest

from tests.site_helpers import DAY, LANGUAGES, REPO, main, page, sample_content, slugs
from tests.site_helpers import sample_site as _sample_site
from tukena import reference
from tukena.schemas.location import PROPER_NAME
from tukena.schemas.vocabulary import ActivityForm, Weekday, label
from tukena.site import catalogue, overlaps, urls
from tukena.site.collation import sort_key
from tukena.site.config import SiteConfig
from tukena.site.i18n import translations
from tukena.status import Status

CONTENT, STATUS = sample_content()
LISTED = sorted(slug for slug, state in STATUS.items() if state is not Status.ENDED)
DATA = reference.load()
FORMS = [f.value for f in ActivityForm]


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


def _meet_together(a: str, b: str) -> set[tuple[str, str]]:
    """The (municipality, weekday) where activities ``a`` and ``b`` meet at the same time."""
    one, other = CONTENT.activities[a], CONTENT.activities[b]
    seasons = [x.schedule.season for x in (one, other)]
    if None in seasons:
        return set()
    far = dt.date.max
    if seasons[0].start > (seasons[1].end or far) or seasons[1].start > (seasons[0].end or far):
        return set()
    shared = {p.municipality for p in one.locations} & {p.municipality for p in other.locations}
    days = {
        str(s.weekday)
        for s in one.schedule.weekly
        for t in other.schedule.weekly
        if s.weekday == t.weekday and s.start < t.end and t.start < s.end
    }
    return {(code, day) for code in shared for day in days}


def _place(slug: str, code: str) -> dict[str, str] | None:
    """The names of the first named place where ``slug`` meets in municipality ``code``."""
    places = CONTENT.activities[slug].locations
    return next((p.name for p in places if p.municipality == code and p.name), None)


def expected(form: str) -> set[tuple[str, str, frozenset[str]]]:
    """(municipality code, weekday, the activities) of each group of ``form``."""
    chosen = [s for s in LISTED if form in CONTENT.activities[s].forms]
    pairs: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for i, a in enumerate(chosen):
        for b in chosen[i + 1 :]:
            for where in _meet_together(a, b):
                pairs[where][a].add(b)
                pairs[where][b].add(a)
    found = set()
    for (code, day), edges in pairs.items():
        seen: set[str] = set()
        for start in edges:
            if start in seen:
                continue
            group, todo = set(), [start]
            while todo:
                slug = todo.pop()
                if slug not in group:
                    group.add(slug)
                    todo.extend(edges[slug] - group)
            seen |= group
            found.add((code, day, frozenset(group)))
    return found


def test_the_sample_has_activities_meeting_at_the_same_time():
    assert any(expected(form) for form in FORMS)
    assert any(not expected(form) for form in FORMS)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("form", FORMS)
def test_a_forms_coverage_page_lists_its_activities_meeting_at_the_same_time(site, lang, form):
    section = main(page(site, urls.coverage(lang, form))).one(
        "section", **{"aria-labelledby": "overlaps-heading"}
    )
    want = expected(form)
    if not want:
        none = translations(lang).gettext(
            "None: no two activities of this form meet in the same municipality at the same time."
        )
        assert section.find_all("p")[-1].text == none
        assert not section.find_all("li")
        return
    names = {code: m.name(lang) for code, m in DATA.municipalities.items()}
    days = {str(d): label(d, lang) for d in Weekday}
    code_of = {names[code]: code for code, _, _ in want}

    def municipality_of(text: str) -> str:
        return text.rsplit(", ", 1)[0]

    shown = []
    for item in section.one("ul", cls="overlap-groups").find_all("li", cls=None):
        if not item.find_all("h3"):
            continue  # an activity of a group
        heading = item.one("h3")
        assert heading.one("a").get("href").endswith(f"#form-{form}")
        day = next(d for d in days if heading.text.endswith(f", {days[d]}"))
        meetings = item.one("ul", cls="overlap-meetings").find_all("li")
        for meeting in meetings:  # each with its own times on that day
            (slug,) = slugs(meeting)
            times = [
                f"{s.start.hour}.{s.start.minute:02}–{s.end.hour}.{s.end.minute:02}"
                for s in CONTENT.activities[slug].schedule.weekly
                if str(s.weekday) == day
            ]
            assert any(t in meeting.text for t in times), (meeting.text, times)
            place = _place(slug, code_of[municipality_of(heading.text)])
            if place:  # the place it meets at there, in the page's language if it has one
                own = CONTENT.activities[slug].language
                assert (place.get(lang) or place.get(PROPER_NAME) or place[own]) in meeting.text
        shown.append((heading.text, frozenset(slugs(item))))
    listed = [(f"{names[code]}, {days[day]}", group) for code, day, group in want]
    assert sorted(shown) == sorted(listed)
    # by municipality, then weekday (the sample's groups differ in one or the other)
    order = {
        f"{names[code]}, {days[day]}": (sort_key(names[code]), list(days).index(day))
        for code, day, _ in want
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
            len({slug for *_, group in groups for slug in group}),
        ]
        for form in FORMS
        for groups in [expected(form)]
        if groups
    }
    assert shown == want


def _activity(**schedule):
    """The sample's first weekly activity in Espoo, made a language café meeting as given,
    from 1 September 2026 to 31 May 2027 unless ``season`` says otherwise."""
    base = next(
        CONTENT.activities[s]
        for s in LISTED
        if CONTENT.activities[s].schedule.weekly
        and {p.municipality for p in CONTENT.activities[s].locations} == {"049"}
    )
    slot = base.schedule.weekly[0]
    season = base.schedule.season
    weekly = [
        slot.model_copy(
            update={"weekday": Weekday(day), "start": dt.time(*start), "end": dt.time(*end)}
        )
        for day, start, end in schedule.pop("slots")
    ]
    place = base.locations[0].model_copy(update={"municipality": schedule.pop("where", "049")})
    first, last = dt.date(2026, 9, 1), dt.date(2027, 5, 31)
    seasons = season.model_copy(update={"start": first, "end": last, **schedule.pop("season", {})})
    return base.model_copy(
        update={
            "forms": [ActivityForm(f) for f in schedule.pop("forms", ["language-cafe"])],
            "locations": [place],
            "schedule": base.schedule.model_copy(
                update={"weekly": weekly, "season": seasons, "sessions": [], "exceptions": []}
            ),
        }
    )


def test_overlaps_join_into_groups_and_only_real_overlaps_count():
    tue = "tue"
    made = {
        "a": _activity(slots=[(tue, (17, 0), (19, 0))]),
        "b": _activity(slots=[(tue, (18, 0), (20, 0))]),
        "c": _activity(slots=[(tue, (19, 30), (21, 0))]),  # overlaps b, not a: one group
        # one long meeting overlapping two that do not overlap each other: one group
        "hub": _activity(slots=[("thu", (17, 0), (21, 0))]),
        "spoke-1": _activity(slots=[("thu", (17, 0), (18, 0))]),
        "spoke-2": _activity(slots=[("thu", (19, 0), (20, 0))]),
        "ends-as-a-starts": _activity(slots=[(tue, (15, 0), (17, 0))]),
        "elsewhere": _activity(slots=[(tue, (17, 0), (19, 0))], where="091"),
        "other-form": _activity(slots=[(tue, (17, 0), (19, 0))], forms=["sports-outdoors"]),
        "other-day": _activity(slots=[("wed", (17, 0), (19, 0))]),
        "later-season": _activity(
            slots=[(tue, (17, 0), (19, 0))],
            season={"start": dt.date(2027, 7, 1), "end": dt.date(2027, 8, 31)},
        ),
        "0-listed-first": _activity(  # the earlier of a pair has the later season
            slots=[(tue, (17, 0), (19, 0))],
            season={"start": dt.date(2027, 6, 1), "end": dt.date(2027, 6, 30)},
        ),
        "ended": _activity(
            slots=[(tue, (17, 0), (19, 0))],
            season={"start": dt.date(2025, 1, 1), "end": dt.date(2025, 5, 31)},
        ),
        "alone-twice": _activity(
            slots=[("fri", (17, 0), (19, 0)), ("fri", (18, 0), (20, 0))], where="092"
        ),
    }
    content = dataclasses.replace(CONTENT, activities=made)
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    cat = catalogue.build(content, config)
    assert "ended" not in cat.listed, cat.listed
    assert {"later-season", "0-listed-first"} <= set(cat.listed), cat.listed
    found = overlaps.groups(cat)
    assert [f for f, groups in found.items() if groups] == ["language-cafe"]
    tuesday, thursday = sorted(found["language-cafe"], key=lambda g: g.day)
    assert (tuesday.code, tuesday.day, thursday.code, thursday.day) == ("049", 1, "049", 3)
    assert [m.slug for m in tuesday.meetings] == ["a", "b", "c"]  # the earliest first
    assert [m.slug for m in thursday.meetings] == ["spoke-1", "hub", "spoke-2"]
    rows = overlaps.rows(cat, "language-cafe", "en")
    assert [(r["municipality"]["name"], r["day"]) for r in rows] == [
        ("Espoo", "Tuesday"),
        ("Espoo", "Thursday"),
    ]
    assert [m["when"] for m in rows[0]["meetings"]] == [
        "Tuesdays 17.00–19.00",
        "Tuesdays 18.00–20.00",
        "Tuesdays 19.30–21.00",
    ]
    assert overlaps.summary(cat, "en") == [
        {
            "label": "Language café or club",
            "url": urls.coverage("en", "language-cafe"),
            "groups": 2,
            "activities": 6,
        }
    ]


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
            assert (row["season_start"], row["season_end"]) == (
                activity.schedule.season.start.isoformat(),
                activity.schedule.season.end.isoformat() if activity.schedule.season.end else "",
            )
            assert any(
                (str(s.weekday), f"{s.start:%H:%M}", f"{s.end:%H:%M}", str(s.every))
                == (day, row["start"], row["end"], row["every_weeks"])
                for s in activity.schedule.weekly
            )
        found.add((form, code, day, frozenset(r["slug"] for r in members)))
    assert found == {(form, *group) for form in FORMS for group in expected(form)}
    assert found
    links = main(page(site, urls.coverage("sv", "guidance"))).links()
    assert "/data/overlaps.csv" in links
