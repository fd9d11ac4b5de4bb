"""The calendars of events and trainings: one file each, beside the item's page in its own
language, linked from its page in every language; they parse with icalendar and hold the
item's times in Helsinki, its title, place and page; text cannot inject properties; times
written with an offset are read as Helsinki wall-clock times."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from tests.site_helpers import DAY, LANGUAGES, PREFIX, REPO, main, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tests.test_site_security import xss_site  # noqa: F401 - the shared XSS build
from tukena import reference
from tukena.schemas import NewsItem

HELSINKI = ZoneInfo("Europe/Helsinki")
CONTENT, _ = sample_content()
DATED = {slug: item for slug, item in CONTENT.news.items() if item.start is not None}
UNDATED = [slug for slug in CONTENT.news if slug not in DATED]


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


def folder_language(item: NewsItem) -> str:
    return item.language if item.language in LANGUAGES else LANGUAGES[0]


def read(path: Path) -> icalendar.Calendar:
    assert path.is_file(), f"missing {path}"
    return icalendar.Calendar.from_ical(path.read_bytes())


def test_the_sample_has_dated_and_undated_items():
    assert len(DATED) >= 3 and UNDATED
    assert {folder_language(item) for item in DATED.values()} > {"fi"}  # not only Finnish


@pytest.mark.parametrize("slug", sorted(DATED))
def test_an_event_has_one_calendar_with_its_times_and_texts(site, slug):
    item = DATED[slug]
    lang = folder_language(item)
    for other in LANGUAGES:
        path = site / PREFIX[other] / "news" / f"{slug}.ics"
        assert path.is_file() == (other == lang), path
    cal = read(site / PREFIX[lang] / "news" / f"{slug}.ics")
    (event,) = cal.walk("VEVENT")
    assert cal.walk("VTIMEZONE")[0]["tzid"] == "Europe/Helsinki"
    start = event.decoded("dtstart")
    assert start.tzinfo is not None and start == item.start.replace(tzinfo=HELSINKI)
    if item.end is None:
        assert "dtend" not in event
    else:
        assert event.decoded("dtend") == item.end.replace(tzinfo=HELSINKI)
    assert str(event["summary"]) == item.title
    assert str(event["uid"]) == f"news-{slug}@tukena"
    assert event.decoded("dtstamp") == dt.datetime.combine(item.date, dt.time(0), tzinfo=dt.UTC)
    description = str(event["description"])
    assert item.summary in description
    assert f"/{PREFIX[lang]}news/{slug}.html" in description
    location = str(event.get("location", ""))
    if item.place is not None:
        town = reference.load().municipalities[item.place.municipality].name(lang)
        assert town in location and (item.place.street_address or "") in location
    online = {"fi": "Verkossa", "sv": "På nätet", "en": "Online"}[lang]
    assert (online in location) == (item.online is not None)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_link_the_calendar_of_events_only(site, lang):
    for slug, item in CONTENT.news.items():
        links = main(page(site, f"{PREFIX[lang]}news/{slug}.html")).links()
        calendars = [link for link in links if link.endswith(".ics")]
        if item.start is None:
            assert calendars == [], slug
        else:
            assert calendars == [f"/{PREFIX[folder_language(item)]}news/{slug}.ics"], slug
    for slug in UNDATED:
        assert not any(
            (site / PREFIX[other] / "news" / f"{slug}.ics").exists() for other in LANGUAGES
        )


def test_an_item_in_another_language_has_its_calendar_in_the_first_ui_language():
    from tukena.site import urls

    assert urls.news_calendar("juhla", "ar", ("fi", "sv", "en")) == "news/juhla.ics"
    assert urls.news_calendar("juhla", "ar", ("sv", "fi")) == "sv/news/juhla.ics"
    assert urls.news_calendar("fest", "sv", ("fi", "sv", "en")) == "sv/news/fest.ics"
    assert urls.news_calendar("fest", "en", ("fi", "sv")) == "news/fest.ics"


def test_the_same_content_gives_the_same_bytes(site):
    from tukena.site.catalogue import build
    from tukena.site.config import SiteConfig
    from tukena.site.exports import eventcal, ical

    config = SiteConfig(root=REPO, output=site, theme=REPO / "theme", today=DAY)
    cat = build(CONTENT, config)
    assert eventcal.dated(cat) == list(DATED)
    for slug, item in DATED.items():
        data = ical.calendar(item.title, eventcal.event(cat, slug))
        assert data == (site / eventcal.url(cat, slug)).read_bytes(), slug


def test_injected_text_stays_inside_its_property(xss_site):  # noqa: F811
    for kind in ("event", "training"):
        path = xss_site / "news" / f"xss-{kind}.ics"
        assert all(len(line) <= 75 for line in path.read_bytes().split(b"\r\n")), "folded"
        cal = read(path)
        for component in cal.walk():
            assert "X-INJECTED" not in component, (kind, component.name)
        (event,) = cal.walk("VEVENT")
        summary = str(event["summary"])
        assert summary.startswith("=HYPERLINK(") and summary.endswith("X-INJECTED:1")
    assert not (xss_site / "news" / "xss-news.ics").exists()
    assert not (xss_site / "news" / "xss-job.ics").exists()


@pytest.mark.parametrize(
    "written,wall",
    [
        ("2026-07-01T10:00:00Z", dt.datetime(2026, 7, 1, 13, 0)),  # summer time, UTC+3
        ("2026-01-15T10:00:00+02:00", dt.datetime(2026, 1, 15, 10, 0)),
        ("2026-01-15T10:00:00+00:00", dt.datetime(2026, 1, 15, 12, 0)),
        ("2026-01-15 10:00", dt.datetime(2026, 1, 15, 10, 0)),  # as content writes it
    ],
)
def test_a_time_with_an_offset_is_read_as_helsinki_wall_clock_time(written, wall):
    item = NewsItem.model_validate(
        {
            "kind": "event",
            "title": "Juhla",
            "date": "2026-01-01",
            "summary": "Kaikille avoin juhla.",
            "start": written,
            "end": "2026-12-31T23:00:00Z",
            "online": {"link": "https://meet.example/x"},
        }
    )
    assert item.start == wall and item.start.tzinfo is None
    assert item.end == dt.datetime(2027, 1, 1, 1, 0)  # New Year in Helsinki, UTC+2
