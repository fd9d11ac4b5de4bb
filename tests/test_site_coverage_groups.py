"""The coverage page's table of regions against target groups, and the target-group
columns of ``coverage.csv``, on the built sample site: figures counted here from the content
files and the reference data."""

from __future__ import annotations

import csv
import dataclasses
import io

import pytest

from tests.site_helpers import DAY, LANGUAGES, REPO, main, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena import reference
from tukena.schemas.vocabulary import TargetGroup
from tukena.site import catalogue, coverage, urls
from tukena.site.config import SiteConfig
from tukena.status import Status

CONTENT, STATUS = sample_content()
LISTED = sorted(slug for slug, state in STATUS.items() if state is not Status.ENDED)
DATA = reference.load()


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


def _for(group: TargetGroup) -> list[str]:
    return [s for s in LISTED if group in CONTENT.activities[s].target_groups]


def _places(slug: str) -> set[str]:
    return {p.municipality for p in CONTENT.activities[slug].locations}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_regions_against_target_groups(site, lang):
    doc = main(page(site, urls.coverage(lang)))
    table = doc.one("table", **{"aria-labelledby": "groups-heading"})
    heads = table.one("thead").find_all("th")[1:]
    assert [h.one("a").get("href") for h in heads] == [
        f"/{urls.target_group(lang, g)}" for g in TargetGroup
    ]
    gaps = 0
    for row, region in zip(table.one("tbody").find_all("tr"), DATA.regions, strict=True):
        assert row.one("th").text == DATA.regions[region].name(lang)
        for cell, group in zip(row.find_all("td"), TargetGroup, strict=True):
            n = sum(
                1
                for s in _for(group)
                if region in {DATA.municipalities[c].region for c in _places(s)}
            )
            assert cell.text == str(n), (region, group)
            assert ("gap" in cell.classes()) == (n == 0)
            gaps += n == 0
    assert 0 < gaps < len(TargetGroup) * len(DATA.regions)
    # a form's page has the form's own figures only
    form_page = page(site, urls.coverage(lang, "language-cafe"))
    assert form_page.find("section", **{"aria-labelledby": "groups-heading"}) is None


def test_coverage_csv_counts_each_target_group(site):
    raw = (site / "data" / "coverage.csv").read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [c for c in rows[0] if c.startswith("group_")] == [
        f"group_{g.value}" for g in TargetGroup
    ]
    for row in rows:
        for group in TargetGroup:
            n = sum(1 for s in _for(group) if row["municipality_code"] in _places(s))
            assert int(row[f"group_{group.value}"]) == n, (row["municipality_code"], group)
    assert any(int(row["group_women"]) for row in rows)


def test_a_target_group_named_twice_counts_once():
    content = dataclasses.replace(CONTENT, activities=dict(CONTENT.activities))  # a copy
    slug = next(s for s in LISTED if _places(s))
    activity = content.activities[slug]
    content.activities[slug] = activity.model_copy(
        update={"target_groups": activity.target_groups * 2}
    )
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    regions = coverage.context(catalogue.build(content, config), "", "en")["regions"]
    group = activity.target_groups[0]
    index = list(TargetGroup).index(group)
    for region in regions:
        n = sum(
            1
            for s in _for(group)
            if region["code"] in {DATA.municipalities[c].region for c in _places(s)}
        )
        assert region["groups"][index] == n
