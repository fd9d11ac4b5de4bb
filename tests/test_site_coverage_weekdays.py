"""Coverage pages count, by region, the current activities that meet on each weekday, and
those online only in a row of their own: expected from the content files (weekly slots,
and dated sessions in the coming year), counted here apart from the site's code."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from tests.site_helpers import DAY, LANGUAGES, main, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena import reference
from tukena.schemas.vocabulary import ActivityForm, Weekday, label
from tukena.site import urls
from tukena.site.i18n import translations
from tukena.status import Status

CONTENT, STATUS = sample_content()
LISTED = [slug for slug, state in STATUS.items() if state is not Status.ENDED]
DATA = reference.load()
FORMS = ["", *(f.value for f in ActivityForm)]
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


def days_of(slug: str) -> set[int]:
    """Monday 0 … Sunday 6: the weekly slots' days and the days of the dated sessions
    from the sample's date to a year ahead."""
    schedule = CONTENT.activities[slug].schedule
    found = {DAYS.index(str(slot.weekday)) for slot in schedule.weekly}
    ahead = DAY + dt.timedelta(days=366)
    return found | {s.date.weekday() for s in schedule.sessions if DAY <= s.date <= ahead}


def regions_of(slug: str) -> set[str]:
    return {DATA.municipalities[p.municipality].region for p in CONTENT.activities[slug].locations}


def expected(form: str) -> tuple[dict[str, list[int]], list[int]]:
    chosen = [s for s in LISTED if not form or form in CONTENT.activities[s].forms]
    rows = {
        region: [
            sum(1 for s in chosen if region in regions_of(s) and d in days_of(s)) for d in range(7)
        ]
        for region in DATA.regions
    }
    online = [sum(1 for s in chosen if not regions_of(s) and d in days_of(s)) for d in range(7)]
    return rows, online


def test_the_sample_meets_on_several_days_and_has_dated_sessions():
    rows, online = expected("")
    assert sum(1 for d in range(7) if any(r[d] for r in rows.values())) >= 5
    assert any(CONTENT.activities[s].schedule.sessions for s in LISTED) and any(online)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("form", FORMS)
def test_regions_against_weekdays(site, lang, form):
    doc = main(page(site, urls.coverage(lang, form)))
    table = doc.one("table", cls="matrix-weekdays")
    heads = [h.text for h in table.one("thead").find_all("th")[1:]]
    assert heads == [label(Weekday(d), lang).capitalize() for d in DAYS]
    rows, online = expected(form)
    body = table.one("tbody").find_all("tr")
    names = [DATA.regions[code].name(lang) for code in DATA.regions]
    online_name = translations(lang).gettext("Online only")
    assert [r.one("th").text for r in body] == names + ([online_name] if any(online) else [])
    for row, code in zip(body, DATA.regions, strict=False):
        cells = row.find_all("td")
        assert [int(c.text) for c in cells] == rows[code], (form, code)
        assert [("gap" in c.classes()) for c in cells] == [n == 0 for n in rows[code]]
    if any(online):
        assert [int(c.text) for c in body[-1].find_all("td")] == online


def test_the_weekday_table_of_every_form_is_a_spreadsheet(site):
    """``coverage-weekdays.csv``: for each form (empty: all of them) each region in code
    order, then the activities online only, with the counts of the pages' tables."""
    raw = (site / "data" / "coverage-weekdays.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a byte order mark, for spreadsheets
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    assert reader.fieldnames == ["form", "region_code", "region_fi", "region_sv", *DAYS]
    rows = list(reader)
    online_names = [translations(lang).gettext("Online only") for lang in ("fi", "sv")]
    want = []
    for form in FORMS:
        by_region, online = expected(form)
        want += [
            [form, code, r.name_fi, r.name_sv, *map(str, by_region[code])]
            for code, r in DATA.regions.items()
        ]
        want.append([form, "", *online_names, *map(str, online)])
    assert [list(row.values()) for row in rows] == want


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_coverage_pages_link_the_weekday_spreadsheet(site, lang):
    for form in ("", FORMS[1]):
        section = main(page(site, urls.coverage(lang, form))).one("table", cls="matrix-weekdays")
        links = section.parent.parent.links()
        assert "/data/coverage-weekdays.csv" in links, (lang, form)
