"""The calendars are written in pieces made once and reused (each event's times once per
activity, its closing lines once per language); written plainly, one property after
another as RFC 5545 lists them, the same activities give the same bytes. Skipped meetings,
counted in day numbers, are the meeting days that fall on an exception, found day by day."""

from __future__ import annotations

import datetime as dt
import types
from typing import Any
from urllib.parse import urlsplit

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.content_strategies import activities, schedules
from tests.test_site_exports_icaltext import _plain_fold
from tukena.occurrences import first_date
from tukena.schemas import Activity
from tukena.schemas.languages import pick
from tukena.schemas.schedule import Schedule
from tukena.schemas.vocabulary import Capacity
from tukena.site import urls
from tukena.site.breaks import calendar_line
from tukena.site.exports import ical
from tukena.site.exports.icaltext import text
from tukena.site.i18n import gettext
from tukena.site.links import absolute, place_text
from tukena.site.recurrence import ZONE, rules, skipped_days

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SITEURLS = st.sampled_from(["", "https://tukena.example", "https://x.example/a,b;c\\d"])


def _local(value: dt.datetime) -> str:
    return value.isoformat(timespec="seconds")[:19].replace("-", "").replace(":", "")


def _utc(value: dt.datetime) -> str:
    return f"{value.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"


def _times(a: Activity) -> list[tuple[str, list[tuple[str, str]], Any]]:
    """Each event's UID suffix, time properties and note, weekly slots first."""
    tzid = ";TZID=Europe/Helsinki"
    events = []
    for rule in rules(a.schedule):
        slot = rule.slot
        recur = f"FREQ=WEEKLY;INTERVAL={slot.every};BYDAY={ical.ICAL_DAYS[rule.weekday]}"
        if rule.until is not None:
            end = dt.datetime.combine(rule.until, dt.time(23, 59, 59), tzinfo=ZONE)
            recur += f";UNTIL={_utc(end)}"
        times = [
            ("DTSTART" + tzid, _local(rule.local(rule.first, slot.start))),
            ("DTEND" + tzid, _local(rule.local(rule.first, slot.end))),
            ("RRULE", recur),
        ]
        if rule.skipped:
            skipped = ",".join(_local(rule.local(day, slot.start)) for day in rule.skipped)
            times.append(("EXDATE" + tzid, skipped))
        events.append((f"{rule.weekday}-{slot.start:%H%M}", times, None))
    for session in a.schedule.sessions:
        times = [
            ("DTSTART" + tzid, _local(dt.datetime.combine(session.date, session.start))),
            ("DTEND" + tzid, _local(dt.datetime.combine(session.date, session.end))),
        ]
        day = session.date  # YYYYMMDD, with the year's leading zeros
        uid = f"{day.year:04d}{day.month:02d}{day.day:02d}-{session.start:%H%M}"
        events.append((uid, times, session.note))
    return events


def plain_events(a: Activity, slug: str, lang: str, siteurl: str) -> bytes:
    """The activity's VEVENTs, each property folded on its own; none for a paused one,
    which keeps its schedule but has no session to invite anyone to."""
    if a.capacity is Capacity.PAUSED:
        return b""

    def local_text(texts: dict[str, str] | None) -> str:
        return pick(texts, lang, a.language)[0] if texts else ""

    page = absolute(siteurl, urls.activity(lang, slug))
    places = [place_text(p, lang, a.language) for p in a.locations]
    location = "; ".join(places + ([gettext(lang, "Online")] if a.online is not None else []))
    stamp = _utc(dt.datetime.combine(a.verified, dt.time(0), tzinfo=dt.UTC))
    domain = (urlsplit(siteurl).hostname or "tukena") + text(urlsplit(siteurl).path.rstrip("/"))
    seen: set[str] = set()
    breaks = calendar_line(a.schedule, lang, a.language)  # its words: test_site_schedule_breaks
    out = b""
    for uid, times, note in _times(a):
        candidate, count = uid, 1
        while candidate in seen:
            count += 1
            candidate = f"{uid}-{count}"
        seen.add(candidate)
        parts = [local_text(note), local_text(a.summary), local_text(a.schedule.note), breaks, page]
        properties = [
            ("BEGIN", "VEVENT"),
            ("UID", f"{slug}-{candidate}@{domain}"),
            ("DTSTAMP", stamp),
            *times,
            ("SUMMARY", text(local_text(a.title))),
            *([("LOCATION", text(location))] if location else []),
            ("DESCRIPTION", text("\n\n".join(p for p in parts if p))),
            *([("URL", page)] if siteurl else []),
            ("END", "VEVENT"),
        ]
        out += b"".join(_plain_fold(f"{name}:{value}") for name, value in properties)
    return out


def plain_calendar(name: str, events: bytes) -> bytes:
    head = [
        ("BEGIN", "VCALENDAR"),
        ("VERSION", "2.0"),
        ("PRODID", ical.PRODID),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
        ("NAME", text(name)),
        ("X-WR-CALNAME", text(name)),
        ("X-WR-TIMEZONE", "Europe/Helsinki"),
    ]
    lines = b"".join(_plain_fold(f"{key}:{value}") for key, value in head)
    return lines + ical.vtimezone() + events + b"END:VCALENDAR\r\n"


@SETTINGS
@given(activities(), st.sampled_from(["fi", "sv", "en"]), SITEURLS, st.data())
def test_calendar_equals_the_one_written_property_by_property(data, lang, siteurl, draw):
    a = Activity.model_validate(data, context={"language": data.get("language", "fi")})
    slug = draw.draw(st.sampled_from(["a", "kielikahvila-ääkköset", "x" * 70]))
    cat: Any = types.SimpleNamespace(
        activities={slug: a}, config=types.SimpleNamespace(siteurl=siteurl)
    )
    events = ical.ActivityEvents(cat, slug, lang).to_ical()
    assert events == plain_events(a, slug, lang, siteurl)
    name = pick(a.title, lang, a.language)[0]
    assert ical.calendar(name, events) == plain_calendar(name, events)


@SETTINGS
@given(schedules())
def test_skipped_meetings_are_the_meeting_days_on_an_exception(data):
    schedule = Schedule.model_validate(data)
    if schedule.season is None or not schedule.exceptions:
        return
    for slot in schedule.weekly:
        first = first_date(slot, schedule.season.start)
        last = max(e.last for e in schedule.exceptions)
        if schedule.season.end is not None:
            last = min(last, schedule.season.end)
        wanted, day = [], first
        while day <= last:
            if any(e.start <= day <= e.last for e in schedule.exceptions):
                wanted.append(day)
            day += dt.timedelta(weeks=slot.every)
        assert skipped_days(schedule, slot, first) == wanted
