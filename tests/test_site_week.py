"""A municipality page's next seven days: every meeting of its current activities, day by
day, as the schedules in the content files define them (expanded here from the YAML, not
by tukena), a group on a break left out and a full one marked; a busy day links to a
search for the rest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.site_helpers import DAY, PREFIX, REPO, main, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tests.test_site_exports_calendar import expected_meetings, front_matter
from tukena import reference
from tukena.schemas.languages import pick
from tukena.schemas.vocabulary import Capacity
from tukena.site import urls
from tukena.site.i18n import format_day, translations
from tukena.status import Status

DATA = reference.load()
CONTENT, STATUS = sample_content()
LISTED = {slug: a for slug, a in CONTENT.activities.items() if STATUS[slug] is not Status.ENDED}
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


def week(
    code: str, first: dt.date = DAY
) -> dict[dt.date, list[tuple[dt.datetime, dt.datetime, str]]]:
    """The meetings in ``code`` from ``first`` for seven days, by day, from the YAML."""
    last = first + dt.timedelta(days=6)
    found: dict[dt.date, list] = {}
    for slug, a in LISTED.items():
        if code not in {p.municipality for p in a.locations} or a.capacity is Capacity.PAUSED:
            continue
        schedule = front_matter(REPO / "content" / "activities" / f"{slug}.md")["schedule"]
        for start, end in expected_meetings(schedule, until=last):
            if first <= start.date() <= last:
                found.setdefault(start.date(), []).append((start, end, slug))
    return {day: sorted(rows) for day, rows in sorted(found.items())}


def clock(value: dt.datetime, lang: str) -> str:
    """17.30 in Finnish and Swedish, 17:30 in English."""
    return f"{value.hour}{':' if lang == 'en' else '.'}{value.minute:02d}"


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_next_seven_days_list_every_meeting_day_by_day(site, lang):
    shown_anywhere = stale_shown = 0
    for code, m in DATA.municipalities.items():
        expected = week(code)
        section = main(page(site, urls.municipality(lang, m))).find("section", cls="week")
        if not expected:
            assert section is None, code
            continue
        days = section.find_all("h3")
        assert [d.one("time").get("datetime") for d in days] == [x.isoformat() for x in expected]
        weekday = translations(lang).gettext
        labels = [
            f"{weekday(WEEKDAYS[x.weekday()])} {format_day(x, lang, year=False)}" for x in expected
        ]
        assert [d.text for d in days] == labels
        lists = section.find_all("ul", cls="week-day")
        for (day, rows), shown in zip(expected.items(), lists, strict=True):
            items = shown.find_all("li")
            assert len(items) == len(rows), (code, day)  # the sample has no day over the limit
            for (start, end, slug), item in zip(rows, items, strict=True):
                a = LISTED[slug]
                assert (
                    item.one("span", cls="week-time").text
                    == f"{clock(start, lang)}–{clock(end, lang)}"
                )
                (link,) = item.links()
                assert link == f"/{urls.activity(lang, slug)}"
                assert item.one("a").text == pick(a.title, lang, a.language)[0]
                notes = item.find_all("span", cls="meta")
                full = [n for n in notes if "meta-stale" not in n.classes()]
                assert bool(full) == (a.capacity is Capacity.FULL), slug
                stale = [n for n in notes if "meta-stale" in n.classes()]
                assert bool(stale) == (STATUS[slug] is Status.STALE), slug
                stale_shown += bool(stale)
            shown_anywhere += len(rows)
    assert shown_anywhere > 20 and stale_shown


def test_the_sample_has_full_and_paused_groups_that_meet_this_week():
    meets = {s for code in DATA.municipalities for rows in week(code).values() for *_, s in rows}
    assert any(LISTED[s].capacity is Capacity.FULL for s in meets)
    paused = [s for s, a in LISTED.items() if a.capacity is Capacity.PAUSED and a.locations]
    assert paused  # and they are left out: week() skips them as the page must


def test_a_busy_day_links_to_a_search_for_the_rest(monkeypatch):
    from tukena.site import upcoming
    from tukena.site.catalogue import build
    from tukena.site.config import SiteConfig

    config = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY)
    monkeypatch.setattr(upcoming, "DAY_ROWS", 1)
    cat = build(CONTENT, config)
    busiest = max(DATA.municipalities, key=lambda c: max(map(len, week(c).values()), default=0))
    expected = week(busiest)
    days = upcoming.days(cat, busiest, "sv")
    assert [d["iso"] for d in days] == [x.isoformat() for x in expected]
    for d, (day, rows) in zip(days, expected.items(), strict=True):
        assert len(d["rows"]) == 1 and d["more"] == len(rows) - 1
        weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[day.weekday()]
        wanted = f"{PREFIX['sv']}search/?municipality={busiest}&day={weekday}&sort=next"
        assert d["more_url"] == (wanted if len(rows) > 1 else None)
    assert any(d["more"] for d in days)


def test_the_week_starts_on_the_build_day():
    from tukena.site import upcoming
    from tukena.site.catalogue import build
    from tukena.site.config import SiteConfig

    later = DAY + dt.timedelta(days=3)
    config = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", today=later)
    cat = build(CONTENT, config)
    for code in DATA.municipalities:
        wanted = {day.isoformat(): len(rows) for day, rows in week(code, later).items()}
        got = {d["iso"]: len(d["rows"]) + d["more"] for d in upcoming.days(cat, code, "fi")}
        assert got == wanted, code
