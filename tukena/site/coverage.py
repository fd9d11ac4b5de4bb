"""The sector's coverage: where current activities meet, by municipality, region and form.

Planners and guidance professionals ask where there is nothing (a gap) and where the same
kind of activity is offered many times over (an overlap). The coverage pages answer with a
map of the municipalities, shaded by how many current activities meet there, and the same
figures as tables: every municipality, every region, and regions against activity forms.

An activity counts once in each municipality where it meets and once in each region; one
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
from tukena.reference.shapes import outlines
from tukena.schemas.vocabulary import ActivityForm, label
from tukena.site import urls
from tukena.site.catalogue import Catalogue
from tukena.site.i18n import format_day
from tukena.site.refs import municipality_ref
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
    total: Counter[str] = field(default_factory=Counter)


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
    for slug in cat.listed:
        activity = cat.activities[slug]
        codes = {place.municipality for place in activity.locations}
        regions = {data.municipalities[code].region for code in codes}
        counties = {data.municipalities[code].county for code in codes} - {None}
        for key in ["", *dict.fromkeys(f.value for f in activity.forms)]:
            out.total[key] += 1
            out.municipality[key].update(codes)
            out.region[key].update(regions)
            out.county[key].update(counties)
            if not codes:
                out.online[key] += 1
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


def context(cat: Catalogue, form: str, lang: str) -> dict:
    """What a coverage page shows: ``form`` is an activity form's value, or ``""``."""
    data = reference.load()
    counts = tally(cat)
    here = counts.municipality[form]
    shapes = outlines()
    everyone = sum(m.population for m in data.municipalities.values())
    rows = []
    for code, m in data.municipalities.items():
        count = here.get(code, 0)
        ref = municipality_ref(code, lang)
        rows.append(
            {**ref, "count": count, "level": level(count), "region": m.region, "code": code}
        )
    on_map = [{**row, "path": shapes.municipalities[row["code"]]} for row in rows]
    rows.sort(key=lambda r: (r["region"], r["name"].casefold()))
    regions = [
        {
            **_area(data, members, counts.region[form].get(code, 0)),
            "code": code,
            "name": data.regions[code].name(lang),
            "municipalities": members,
            "forms": [counts.region[f.value].get(code, 0) for f in ActivityForm]
            if not form
            else [],
        }
        for code, group in groupby(rows, key=lambda r: r["region"])
        for members in [list(group)]
    ]
    in_county = sorted(
        (r for r in rows if data.municipalities[r["code"]].county),
        key=lambda r: data.municipalities[r["code"]].county or "",
    )
    counties = sorted(
        (
            {
                **_area(data, members, counts.county[form].get(code, 0)),
                "name": data.counties[code].name(lang),
            }
            for code, group in groupby(
                in_county, key=lambda r: data.municipalities[r["code"]].county
            )
            for members in [list(group)]
        ),
        key=lambda c: c["name"].casefold(),
    )
    covered = [r for r in rows if r["count"]]
    reached = sum(data.municipalities[r["code"]].population for r in covered)
    return {
        "form": form,
        "heading": label(ActivityForm(form), lang) if form else "",
        "choices": [
            {
                "code": "",
                "url": urls.coverage(lang),
                "count": counts.total[""],
                "current": not form,
            },
            *(
                {
                    "code": f.value,
                    "label": label(f, lang),
                    "url": urls.coverage(lang, f.value),
                    "count": counts.total[f.value],
                    "current": f.value == form,
                }
                for f in ActivityForm
            ),
        ],
        "map": {"width": shapes.width, "height": shapes.height, "counties": shapes.counties},
        "places": on_map,
        "regions": regions,
        "counties": counties,
        "form_columns": [{"code": f.value, "label": label(f, lang)} for f in ActivityForm]
        if not form
        else [],
        "levels": list(LEVELS),
        "activities": counts.total[form],
        "online_only": counts.online[form],
        "covered": len(covered),
        "municipality_total": len(rows),
        "population_share": _percent(reached, everyone),
        "population_at": format_day(dt.date.fromisoformat(data.population_at), lang),
    }


def csv_text(cat: Catalogue) -> str:
    """``/data/coverage.csv``: one row per municipality, with its region, county and
    population, its current activities and those of each activity form (UTF-8 with a byte
    order mark, as ``activities.csv``)."""
    data = reference.load()
    counts = tally(cat)
    forms = [f.value for f in ActivityForm]
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [
            "municipality_code", "municipality_fi", "municipality_sv", "region_code",
            "region_fi", "county_code", "population", "population_at", "activities", *forms,
        ]
    )  # fmt: skip
    for code, m in data.municipalities.items():
        row = [
            code, m.name_fi, m.name_sv, m.region, data.regions[m.region].name_fi,
            m.county or "", m.population, data.population_at,
            *(counts.municipality[key].get(code, 0) for key in ["", *forms]),
        ]  # fmt: skip
        writer.writerow(safe_cells(row))
    return out.getvalue()
