"""The sector's coverage: where current activities meet, by municipality, region and form.

Planners and guidance professionals ask where there is nothing (a gap) and where the same
kind of activity is offered many times over (an overlap). The coverage pages answer with a
map of the municipalities, shaded by how many current activities meet there, and the same
figures as tables: every municipality, every region and wellbeing services county,
regions against activity forms, regions against the languages activities are held in or
offer help in (where is there nothing in Somali?), regions against the target groups
(nothing for seniors up north?), and regions against the weekdays the activities meet on
(three language cafés on Tuesdays, none on Thursdays);
``/data/coverage.csv`` has the municipalities' figures for spreadsheets, and
``/data/coverage-weekdays.csv`` the weekdays' (:mod:`tukena.site.exports.weekdaycsv`).

An activity counts once in each municipality, region and county where it meets; one
without a place (online only) is not on the map and is counted apart. Ended activities do
not count.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby

from tukena import reference
from tukena.occurrences import meeting_starts
from tukena.reference.shapes import outlines
from tukena.schemas.vocabulary import ActivityForm, TargetGroup, Weekday, label
from tukena.site import languages, overlaps, urls
from tukena.site.catalogue import Catalogue
from tukena.site.collation import sort_key
from tukena.site.i18n import format_day
from tukena.site.refs import municipality_ref, regions_of
from tukena.spreadsheet import safe_cells

#: Shades of the map: the fewest activities each shade stands for (0 is a gap).
LEVELS = (0, 1, 2, 5, 10)


@dataclass
class Tally:
    """Counts of current activities; the key ``""`` is every form together."""

    municipality: dict[str, Counter[str]] = field(default_factory=dict)
    region: dict[str, Counter[str]] = field(default_factory=dict)
    county: dict[str, Counter[str]] = field(default_factory=dict)
    online: Counter[str] = field(default_factory=Counter)
    #: by language (held in or with help in it; not Finnish or Swedish): counts by region
    language: dict[str, Counter[str]] = field(default_factory=dict)
    #: the same by municipality
    language_municipality: dict[str, Counter[str]] = field(default_factory=dict)
    #: by target group: counts by region, and by municipality
    group: dict[str, Counter[str]] = field(default_factory=dict)
    group_municipality: dict[str, Counter[str]] = field(default_factory=dict)
    #: by form key: counts by (region, weekday), Monday = 0; region "" is online only
    weekday: dict[str, Counter[tuple[str, int]]] = field(default_factory=dict)


def level(count: int) -> int:
    """The map shade of a count: the index of the last level it reaches."""
    return max(i for i, least in enumerate(LEVELS) if count >= least)


def tally(cat: Catalogue) -> Tally:
    """Count every listed activity once per build and process."""
    found = cat.memo.get("coverage")
    if found is not None:
        return found
    data = reference.load()
    keys = ["", *(f.value for f in ActivityForm)]
    out = Tally(*({k: Counter() for k in keys} for _ in range(3)))
    out.weekday = {k: Counter() for k in keys}
    out.group = {g.value: Counter() for g in TargetGroup}
    out.group_municipality = {g.value: Counter() for g in TargetGroup}
    for slug in cat.listed:
        activity = cat.activities[slug]
        codes = {place.municipality for place in activity.locations}
        regions = {data.municipalities[code].region for code in codes}
        counties = {data.municipalities[code].county for code in codes} - {None}
        days = {day for day, _ in meeting_starts(activity.schedule, cat.config.today)}
        cells = [(region, day) for region in regions or [""] for day in days]
        for key in ["", *dict.fromkeys(f.value for f in activity.forms)]:
            out.municipality[key].update(codes)
            out.region[key].update(regions)
            out.county[key].update(counties)
            out.weekday[key].update(cells)
            if not codes:
                out.online[key] += 1
        for group in {g.value for g in activity.target_groups}:
            out.group[group].update(regions)
            out.group_municipality[group].update(codes)
        for code in {*activity.languages, *activity.support_languages} - languages.UNLISTED:
            out.language.setdefault(code, Counter()).update(regions)
            out.language_municipality.setdefault(code, Counter()).update(codes)
    cat.memo["coverage"] = out
    return out


def _percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0


def _area(data: reference.ReferenceData, members: list[dict], activities: int) -> dict:
    """A region's or county's row: its municipalities with activities, the share of its
    population living in them, and its activities (each counted once)."""
    people = sum(data.municipalities[r["code"]].population for r in members)
    reached = sum(data.municipalities[r["code"]].population for r in members if r["count"])
    return {
        "covered": sum(1 for r in members if r["count"]),
        "total": len(members),
        "population_share": _percent(reached, people),
        "activities": activities,
    }


def _municipalities(counts: Counter[str], lang: str) -> list[dict]:
    """Every municipality with its count and shade, in the reference data's order."""
    data = reference.load()
    return [
        {**municipality_ref(code, lang), "count": n, "level": level(n), "region": m.region}
        for code, m in data.municipalities.items()
        for n in [counts.get(code, 0)]
    ]


def _regions(
    rows: list[dict], counts: Tally, form: str, lang: str, spoken: list[str]
) -> list[dict]:
    """Regions in code order, each with its municipalities (by name) and, on the page of
    every form, its activities of each form, in (or with help in) each of ``spoken`` and
    for each target group."""
    data = reference.load()
    return [
        {
            **region,
            **_area(data, region["municipalities"], counts.region[form].get(region["code"], 0)),
            "forms": []
            if form
            else [counts.region[f.value].get(region["code"], 0) for f in ActivityForm],
            "languages": []
            if form
            else [counts.language.get(code, Counter()).get(region["code"], 0) for code in spoken],
            "groups": []
            if form
            else [counts.group[g.value].get(region["code"], 0) for g in TargetGroup],
        }
        for region in regions_of(rows, lang)
    ]


def _weekdays(regions: list[dict], counts: Tally, form: str, lang: str) -> dict:
    """Regions against the weekdays their activities (of ``form``) meet on, and a last row
    for those online only; an activity counts once on each day it meets."""
    cells = counts.weekday[form]
    rows = [
        {"name": r["name"], "counts": [cells.get((r["code"], day), 0) for day in range(7)]}
        for r in regions
    ]
    online = [cells.get(("", day), 0) for day in range(7)]
    return {
        "days": [label(day, lang) for day in Weekday],
        "rows": rows,
        "online": online if any(online) else None,
    }


def _counties(rows: list[dict], counts: Tally, form: str, lang: str) -> list[dict]:
    """Wellbeing services counties by name (Åland's municipalities belong to none)."""
    data = reference.load()
    county = {code: m.county for code, m in data.municipalities.items()}
    rows = sorted((r for r in rows if county[r["code"]]), key=lambda r: county[r["code"]])
    found = [
        {
            **_area(data, members, counts.county[form].get(code, 0)),
            "name": data.counties[code].name(lang),
        }
        for code, group in groupby(rows, key=lambda r: county[r["code"]])
        for members in [list(group)]
    ]
    return sorted(found, key=lambda c: sort_key(c["name"]))


def _activities(cat: Catalogue, form: str) -> int:
    """Current activities of ``form``, or of every form with ``""``."""
    return len(cat.by_form.get(ActivityForm(form), [])) if form else len(cat.listed)


def _choices(cat: Catalogue, form: str, lang: str) -> list[dict]:
    """Every activity form's map, after the map of them all (``code`` ``""``)."""
    every = {"code": "", "url": urls.coverage(lang), "count": len(cat.listed), "current": not form}
    return [
        every,
        *(
            {
                "code": f.value,
                "label": label(f, lang),
                "url": urls.coverage(lang, f.value),
                "count": _activities(cat, f.value),
                "current": f.value == form,
            }
            for f in ActivityForm
        ),
    ]


def context(cat: Catalogue, form: str, lang: str) -> dict:
    """What a coverage page shows: ``form`` is an activity form's value, or ``""``."""
    data = reference.load()
    counts = tally(cat)
    shapes = outlines()
    rows = _municipalities(counts.municipality[form], lang)
    country = _area(data, rows, _activities(cat, form))  # the whole country as one area
    spoken = [] if form else languages.refs(cat, lang)
    regions = _regions(rows, counts, form, lang, [row["code"] for row in spoken])
    return {
        "form": form,
        "heading": label(ActivityForm(form), lang) if form else "",
        "choices": _choices(cat, form, lang),
        "map": {"width": shapes.width, "height": shapes.height, "counties": shapes.counties},
        "places": [{**r, "path": shapes.municipalities[r["code"]]} for r in rows],
        "regions": regions,
        "weekdays": _weekdays(regions, counts, form, lang),
        "languages": spoken,
        "groups": []
        if form
        else [{"label": label(g, lang), "url": urls.target_group(lang, g)} for g in TargetGroup],
        "counties": _counties(rows, counts, form, lang),
        "overlaps": overlaps.rows(cat, form, lang) if form else [],
        "overlap_forms": [] if form else overlaps.summary(cat, lang),
        "levels": list(LEVELS),
        "activities": country["activities"],
        "online_only": counts.online[form],
        "covered": country["covered"],
        "municipality_total": country["total"],
        "population_share": country["population_share"],
        "population_at": format_day(dt.date.fromisoformat(data.population_at), lang),
    }


def csv_text(cat: Catalogue) -> str:
    """``/data/coverage.csv``: one row per municipality, with its region, county and
    population, its current activities, those of each activity form, those held in or
    with help in each language other than Finnish (``language_<code>``) and
    those for each target group (``group_<code>``), then the region's Swedish name and the
    county's Finnish and Swedish names (UTF-8 with a byte order mark, as
    ``activities.csv``). Columns added later go at the end, so that a spreadsheet that
    reads the earlier ones by position still reads them."""
    data = reference.load()
    counts = tally(cat)
    forms = [f.value for f in ActivityForm]
    spoken = languages.offered(cat)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "municipality_code", "municipality_fi", "municipality_sv", "region_code",
            "region_fi", "county_code", "population", "population_at", "activities", *forms,
            *(f"language_{code}" for code in spoken), *(f"group_{g.value}" for g in TargetGroup),
            "region_sv", "county_fi", "county_sv",
        ]
    )  # fmt: skip
    for code, m in data.municipalities.items():
        region, county = data.regions[m.region], data.counties.get(m.county or "")
        row = [
            code, m.name_fi, m.name_sv, m.region, region.name_fi,
            m.county or "", m.population, data.population_at,
            *(counts.municipality[key].get(code, 0) for key in ["", *forms]),
            *(counts.language_municipality[lang].get(code, 0) for lang in spoken),
            *(counts.group_municipality[g.value].get(code, 0) for g in TargetGroup),
            region.name_sv, county.name_fi if county else "", county.name_sv if county else "",
        ]  # fmt: skip
        writer.writerow(safe_cells(row))
    return out.getvalue()
