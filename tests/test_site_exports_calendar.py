"""The iCalendar files: they parse with icalendar and, expanded with python-dateutil (RRULE
minus EXDATE, plus the dated sessions), give exactly the sessions each content file's
schedule defines, computed here from the YAML alone; organisation calendars hold their
activities; text cannot inject properties; the same content gives the same bytes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import yaml
from dateutil.rrule import rruleset, rrulestr

from tests import xss_corpus
from tests.site_helpers import DAY, LANGUAGES, PREFIX, REPO, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tests.test_site_security import xss_site  # noqa: F401 - the shared XSS build
from tukena import invites

HELSINKI = ZoneInfo("Europe/Helsinki")
HORIZON = DAY + dt.timedelta(days=3 * 366)  # where open-ended seasons are cut off
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
Meeting = tuple[dt.datetime, dt.datetime]  # wall-clock start and end in Helsinki


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


# --- the schedule, from the YAML, independently of tukena ----------------------------------


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8").split("---\n")[1])


def _day(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _clock(value) -> dt.time:
    if isinstance(value, int):  # YAML 1.1 reads an unquoted 17:00 as minutes
        return dt.time(*divmod(value, 60))
    return dt.time.fromisoformat(str(value))


def expected_meetings(schedule: dict, until: dt.date = HORIZON) -> set[Meeting]:
    """Every meeting the schedule defines up to ``until`` (open seasons) or its end."""
    skipped = set()
    for exception in schedule.get("exceptions", []):
        first = _day(exception["start"] if isinstance(exception, dict) else exception)
        last = _day(exception.get("end") or first) if isinstance(exception, dict) else first
        skipped |= {first + dt.timedelta(days=n) for n in range((last - first).days + 1)}
    found = set()
    season = schedule.get("season") or {}
    for slot in schedule.get("weekly", []):
        day = _day(season["start"])
        while day.weekday() != WEEKDAYS.index(slot["weekday"]):
            day += dt.timedelta(days=1)
        last = _day(season["end"]) if season.get("end") else until
        while day <= last:
            if day not in skipped:
                found.add(_meeting(day, slot["start"], slot["end"]))
            day += dt.timedelta(weeks=slot.get("every", 1))
    for session in schedule.get("sessions", []):
        found.add(_meeting(_day(session["date"]), session["start"], session["end"]))
    return found


def _meeting(day: dt.date, start, end) -> Meeting:
    return dt.datetime.combine(day, _clock(start)), dt.datetime.combine(day, _clock(end))


# --- the calendar file, expanded with dateutil ---------------------------------------------


def read_calendar(path: Path) -> icalendar.Calendar:
    assert path.is_file(), f"missing {path}"
    return icalendar.Calendar.from_ical(path.read_bytes())


def _wall(value: dt.datetime) -> dt.datetime:
    assert value.tzinfo is not None, "times must carry the Helsinki time zone"
    return value.astimezone(HELSINKI).replace(tzinfo=None)


def _exdates(event) -> list[dt.datetime]:
    raw = event.get("exdate") or []
    return [d.dt for item in (raw if isinstance(raw, list) else [raw]) for d in item.dts]


def calendar_meetings(cal: icalendar.Calendar, until: dt.date = HORIZON) -> set[Meeting]:
    found = set()
    limit = dt.datetime.combine(until, dt.time(23, 59), tzinfo=HELSINKI)
    for event in cal.walk("VEVENT"):
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        length = end - start
        if "rrule" not in event:
            found.add((_wall(start), _wall(end)))
            continue
        rules = rruleset()
        rules.rrule(rrulestr(event["rrule"].to_ical().decode(), dtstart=start))
        for day in _exdates(event):
            rules.exdate(day)
        found |= {(_wall(s), _wall(s + length)) for s in rules.between(start, limit, inc=True)}
    return found


def activity_files() -> list[Path]:
    return sorted((REPO / "content" / "activities").glob("*.md"))


# --- tests ---------------------------------------------------------------------------------


@pytest.mark.parametrize("path", activity_files(), ids=lambda p: p.stem)
def test_calendar_expands_to_exactly_the_scheduled_sessions(site, path):
    schedule = front_matter(path)["schedule"]
    cal = read_calendar(site / "activities" / f"{path.stem}.ics")
    assert cal["version"] == "2.0" and cal.get("prodid")
    assert [z["tzid"] for z in cal.walk("VTIMEZONE")] == ["Europe/Helsinki"]
    expected = expected_meetings(schedule)
    assert expected, "every sample activity meets at least once"
    events = cal.walk("VEVENT")
    if front_matter(path).get("capacity") == "paused":  # on a break: nothing to go to
        assert events == []
        return
    assert calendar_meetings(cal) == expected
    assert len(events) == len(schedule.get("weekly", [])) + len(schedule.get("sessions", []))
    for event in events:
        if "rrule" in event:
            assert event["rrule"]["FREQ"] == ["WEEKLY"]
            assert ("UNTIL" in event["rrule"]) == bool(schedule["season"].get("end"))


def test_event_series_lists_every_session(site):
    content, _ = sample_content()
    series = [s for s, a in content.activities.items() if a.schedule.sessions]
    assert series
    for slug in series:
        events = read_calendar(site / "activities" / f"{slug}.ics").walk("VEVENT")
        starts = {_wall(e.decoded("dtstart")) for e in events if "rrule" not in e}
        wanted = {
            dt.datetime.combine(s.date, s.start) for s in content.activities[slug].schedule.sessions
        }
        # a paused one's has none until it goes on (tukena.invites)
        assert starts == (wanted if invites.meets(content.activities[slug]) else set()), slug
    assert any(not invites.meets(content.activities[s]) for s in series)  # the sample has one


def calendar_language(activity, lang: str) -> str:
    """A calendar in each UI language the listing is written in; a page in another UI
    language links to the one in the listing's main language (Finnish when that is none)."""
    if lang in activity.title:
        return lang
    return activity.language if activity.language in LANGUAGES else "fi"


def activity_calendar(site: Path, activity, slug: str, lang: str) -> Path:
    """The calendar that the activity's page in ``lang`` links to."""
    return site / PREFIX[calendar_language(activity, lang)] / "activities" / f"{slug}.ics"


def test_event_texts_uids_and_stamps(site):
    content, _ = sample_content()
    for slug, activity in content.activities.items():
        uids = None
        for lang in LANGUAGES:
            path = site / PREFIX[lang] / "activities" / f"{slug}.ics"
            if calendar_language(activity, lang) != lang:
                assert not path.exists(), "no calendar in a language the listing lacks"
                continue
            cal = read_calendar(path)
            events = cal.walk("VEVENT")
            title = activity.title.get(lang) or activity.title[activity.language]
            assert {str(e["summary"]) for e in events} == (
                {title} if invites.meets(activity) else set()  # none while paused
            )
            # icalendar leaves NAME (RFC 7986 TEXT) escaped
            assert str(cal["name"]) == icalendar.vText(title).to_ical().decode()
            stamps = {e.decoded("dtstamp") for e in events}
            verified = dt.datetime.combine(activity.verified, dt.time(0), tzinfo=dt.UTC)
            assert stamps == ({verified} if events else set())
            lang_uids = [str(e["uid"]) for e in events]
            assert len(set(lang_uids)) == len(lang_uids), "UIDs are unique in a calendar"
            assert uids in (None, lang_uids), "each language has the same UIDs"
            uids = lang_uids
            for event in events:
                assert f"/{PREFIX[lang]}activities/{slug}.html" in str(event["description"])
                if activity.locations:
                    assert activity.locations[0].municipality and str(event["location"])


def test_same_content_gives_the_same_bytes(site):
    from tukena.site.catalogue import build
    from tukena.site.config import SiteConfig
    from tukena.site.exports import ical

    content, _ = sample_content()
    config = SiteConfig(root=REPO, output=site, theme=REPO / "theme", today=DAY)
    cat = build(content, config)
    for slug, activity in list(content.activities.items())[:20]:
        title = activity.title.get("fi") or activity.title[activity.language]
        data = ical.calendar(title, ical.ActivityEvents(cat, slug, "fi").to_ical())
        assert data == (site / "activities" / f"{slug}.ics").read_bytes(), slug


def test_organisation_calendars_hold_their_current_activities(site):
    content, statuses = sample_content()
    for org in content.organisations:
        members = {
            slug
            for slug, a in content.activities.items()
            if org in (a.organisation, *a.partners) and statuses[slug].value != "ended"
        }
        for lang in LANGUAGES:
            cal = read_calendar(site / PREFIX[lang] / "organisations" / f"{org}.ics")
            uids = sorted(str(e["uid"]) for e in cal.walk("VEVENT"))
            wanted = sorted(
                str(e["uid"])
                for slug in members
                for e in read_calendar(
                    activity_calendar(site, content.activities[slug], slug, lang)
                ).walk("VEVENT")
            )
            assert uids == wanted, (org, lang)


def test_ended_activities_keep_their_calendar(site):
    content, statuses = sample_content()
    ended = [slug for slug, s in statuses.items() if s.value == "ended"]
    assert ended
    for slug in ended:
        for lang in LANGUAGES:
            assert activity_calendar(site, content.activities[slug], slug, lang).is_file()


def test_pages_link_their_calendars(site):
    """Each page links its calendar file; an ended or paused activity's page none (its
    file is kept for links made before, without events while paused)."""
    content, statuses = sample_content()
    org = next(iter(content.organisations))
    for lang in LANGUAGES:
        url = f"{PREFIX[lang]}organisations/{org}.html"
        links = [h for h in page(site, url).links() if h.endswith(".ics")]
        assert links == ["/" + url.removesuffix(".html") + ".ics"], url
        assert (site / links[0].lstrip("/")).is_file()
    kinds = set()
    for slug, activity in content.activities.items():
        for lang in LANGUAGES:
            links = [
                h
                for h in page(site, f"{PREFIX[lang]}activities/{slug}.html").links()
                if h.endswith(".ics")
            ]
            wanted = activity_calendar(site, activity, slug, lang)
            assert wanted.is_file()
            if statuses[slug].value == "ended" or not invites.meets(activity):  # or paused
                assert links == [], (slug, lang)
                continue
            assert links == ["/" + wanted.relative_to(site).as_posix()], (slug, lang)
            kinds.add(calendar_language(activity, lang) == lang)
    assert kinds == {True, False}, "the sample has listings with and without each language"


def test_one_calendar_per_language_of_the_listing(site):
    content, _ = sample_content()
    files = {p.stem for p in site.glob("**/activities/*.ics")}
    assert files == set(content.activities)
    count = len(list(site.glob("**/activities/*.ics")))
    wanted = sum(
        calendar_language(a, lang) == lang
        for a in content.activities.values()
        for lang in LANGUAGES
    )
    assert count == wanted < len(LANGUAGES) * len(content.activities)


def test_injected_text_stays_inside_its_property(xss_site):  # noqa: F811
    path = xss_site / "activities" / "xss-activity.ics"
    data = path.read_bytes()
    assert all(len(line) <= 75 for line in data.split(b"\r\n")), "lines are folded"
    cal = read_calendar(path)
    for component in cal.walk():
        assert "X-INJECTED" not in component, component.name
    events = cal.walk("VEVENT")
    summary = str(events[0]["summary"])
    assert "</script><img src=x onerror=alert(1)>" in summary and summary.endswith("X-INJECTED:1")
    assert calendar_meetings(cal) == expected_meetings(xss_corpus.activity()["schedule"])


def test_parallel_and_incremental_writes_give_the_same_files(site, tmp_path, monkeypatch):
    import dataclasses
    import types

    from tukena.site.catalogue import build
    from tukena.site.config import SiteConfig
    from tukena.site.exports import ical

    content, _ = sample_content()
    config = SiteConfig(
        root=REPO, output=tmp_path, theme=REPO / "theme", today=DAY, workers=2, cache_dir=tmp_path
    )
    cat = build(content, config)
    cat.state = types.SimpleNamespace(code="test")
    monkeypatch.setattr(ical, "PARALLEL_FROM", 0)
    out = tmp_path / "out"
    activity_calendars = sum(
        calendar_language(a, lang) == lang
        for a in content.activities.values()
        for lang in LANGUAGES
    )
    assert ical.write(cat, out) == activity_calendars + 3 * len(content.organisations)
    files = sorted(p.relative_to(out) for p in out.rglob("*.ics"))
    made = (p.relative_to(site) for p in site.rglob("*.ics") if "news" not in p.parts)
    assert files == sorted(made)  # events' calendars: tests/test_site_exports_eventcal.py
    assert all((out / f).read_bytes() == (site / f).read_bytes() for f in files)
    finnish = next(s for s, a in content.activities.items() if "fi" in a.title)
    stale = out / "activities" / f"{finnish}.ics"
    stale.write_bytes(b"old")
    stale_org = out / "organisations" / f"{next(iter(content.organisations))}.ics"
    stale_org.unlink()
    ical.write(cat, out)  # unchanged sources: an edited file stays, a missing one comes back
    assert stale.read_bytes() == b"old" and stale_org.is_file()
    cat.config = dataclasses.replace(config, siteurl="https://tukena.example")
    ical.write(cat, out)  # another setting: everything again
    assert b"URL:https://tukena.example/" in stale.read_bytes()
