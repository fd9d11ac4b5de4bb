"""iCalendar files: one per organisation in every UI language, and one per activity in
each UI language its listing is written in (:func:`tukena.site.urls.calendar_language`).

An activity's weekly slots become one VEVENT each, with an RRULE (weekly, every N weeks,
until the end of the season's last day) and an EXDATE for every meeting an exception
cancels; the dated sessions of a series become one VEVENT each. Times are Europe/Helsinki
wall-clock times with a VTIMEZONE. The output depends only on the content and settings:
DTSTAMP is the listing's ``verified`` date and UIDs derive from the slug and the slot, so an
unchanged listing gives byte-identical files.

Files live next to the pages: ``activities/<slug>.ics`` and ``organisations/<slug>.ics``,
under ``sv/`` and ``en/`` for the other languages.
Ended activities keep their file so that subscriptions and links do not break.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
from pathlib import Path

from tukena.occurrences import TIMEZONE
from tukena.schemas import Activity
from tukena.schemas.languages import pick
from tukena.site import render, urls
from tukena.site.catalogue import Catalogue
from tukena.site.exports import memo
from tukena.site.exports.icaltext import TZID, lines, local, text, utc, vtimezone
from tukena.site.i18n import gettext
from tukena.site.links import absolute, host, place_text
from tukena.site.recurrence import ICAL_DAYS, ZONE, Rule, rules

logger = logging.getLogger(__name__)

PRODID = "-//tukena//Integration activities//EN"
MEMO = "calendars"
PARALLEL_FROM = 1000  # activities; smaller sites are quicker in one process
_VTIMEZONE = vtimezone()


def _until(day: dt.date) -> str:
    """The end of ``day`` in Helsinki, in UTC: RFC 5545 wants UTC with a TZID start."""
    return utc(dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=ZONE))


Occurrence = tuple[str, bytes, dict[str, str] | None]  # UID suffix, folded time lines, note


def _weekly(rule: Rule) -> list[tuple[str, str]]:
    slot = rule.slot
    recur = f"FREQ=WEEKLY;INTERVAL={slot.every};BYDAY={ICAL_DAYS[rule.weekday]}"
    if rule.until is not None:
        recur += f";UNTIL={_until(rule.until)}"
    times = [
        ("DTSTART" + TZID, local(rule.local(rule.first, slot.start))),
        ("DTEND" + TZID, local(rule.local(rule.first, slot.end))),
        ("RRULE", recur),
    ]
    if rule.skipped:
        skipped = ",".join(local(rule.local(day, slot.start)) for day in rule.skipped)
        times.append(("EXDATE" + TZID, skipped))
    return times


def occurrences(a: Activity) -> list[Occurrence]:
    """Each VEVENT's UID suffix, folded time lines and note (a session's), weekly slots
    first: the same in every language, so made once per activity."""
    out: list[Occurrence] = []
    seen: set[str] = set()

    def unique(uid: str) -> str:
        candidate, count = uid, 1
        while candidate in seen:
            count += 1
            candidate = f"{uid}-{count}"
        seen.add(candidate)
        return candidate

    for rule in rules(a.schedule):
        out.append((unique(f"{rule.weekday}-{rule.slot.start:%H%M}"), lines(*_weekly(rule)), None))
    for session in a.schedule.sessions:
        times = [
            ("DTSTART" + TZID, local(dt.datetime.combine(session.date, session.start))),
            ("DTEND" + TZID, local(dt.datetime.combine(session.date, session.end))),
        ]
        uid = unique(f"{session.date:%Y%m%d}-{session.start:%H%M}")
        out.append((uid, lines(*times), session.note))
    return out


class ActivityEvents:
    """The VEVENTs of one activity in one UI language."""

    def __init__(
        self, cat: Catalogue, slug: str, lang: str, times: list[Occurrence] | None = None
    ) -> None:
        self.slug = slug
        self.lang = lang
        self.a: Activity = cat.activities[slug]
        self.times = occurrences(self.a) if times is None else times
        self.siteurl = cat.config.siteurl
        self.domain = host(self.siteurl)
        self.stamp = utc(dt.datetime.combine(self.a.verified, dt.time(0), tzinfo=dt.UTC))

    def _text(self, texts: dict[str, str] | None) -> str:
        return pick(texts, self.lang, self.a.language)[0] if texts else ""

    def _location(self) -> str:
        places = [place_text(p, self.lang, self.a.language) for p in self.a.locations]
        if self.a.online is not None:
            places.append(gettext(self.lang, "Online"))
        return "; ".join(places)

    def to_ical(self) -> bytes:
        """Every VEVENT, serialised: weekly slots first, then dated sessions. The lines that
        are the same in every event of the activity are folded once."""
        page = absolute(self.siteurl, urls.activity(self.lang, self.slug))
        location = self._location()
        middle = lines(
            ("SUMMARY", text(self._text(self.a.title))),
            *([("LOCATION", text(location))] if location else []),
        )
        end = lines(*([("URL", page)] if self.siteurl else []), ("END", "VEVENT"))
        described = [self._text(self.a.summary), self._text(self.a.schedule.note), page]
        descriptions: dict[str, bytes] = {}  # by the session's note: most have none
        start = lines(("BEGIN", "VEVENT"))
        stamp = lines(("DTSTAMP", self.stamp))
        out = []
        for uid, times, note in self.times:
            own = self._text(note)
            if own not in descriptions:
                description = "\n\n".join(p for p in [own, *described] if p)
                descriptions[own] = lines(("DESCRIPTION", text(description)))
            uid_line = lines(("UID", f"{self.slug}-{uid}@{self.domain}"))
            out += [start, uid_line, stamp, times, middle, descriptions[own], end]
        return b"".join(out)


def calendar(name: str, events: bytes) -> bytes:
    """A whole VCALENDAR named ``name`` around serialised VEVENTs."""
    head = lines(
        ("BEGIN", "VCALENDAR"),
        ("VERSION", "2.0"),
        ("PRODID", PRODID),
        ("CALSCALE", "GREGORIAN"),
        ("METHOD", "PUBLISH"),
        ("NAME", text(name)),
        ("X-WR-CALNAME", text(name)),
        ("X-WR-TIMEZONE", TIMEZONE),
    )
    return head + _VTIMEZONE + events + b"END:VCALENDAR\r\n"


_share: tuple[Catalogue, Path, memo.Memo] | None = None  # set before forking; read by workers


def _write_share(orgs: list[str]) -> tuple[int, int, dict[str, str]]:
    """Calendars of some organisations (in every UI language) and of the activities they run
    (in the languages of each listing)."""
    assert _share is not None
    cat, output, store = _share
    store.new = {}
    signatures = cat.content.signatures
    mine = set(orgs)
    activities = [s for s, a in cat.activities.items() if a.organisation in mine]

    def sig(folder: str, slug: str) -> str:
        return f"{folder}/{slug}:{signatures.get((folder, slug))}"

    written = count = 0
    languages = cat.config.languages
    times: dict[str, list[Occurrence]] = {}  # by slug: the same in every language
    for lang in languages:
        events: dict[str, bytes] = {}

        def events_of(slug: str, lang: str = lang, events: dict = events) -> bytes:
            if slug not in events:
                if slug not in times:
                    times[slug] = occurrences(cat.activities[slug])
                events[slug] = ActivityEvents(cat, slug, lang, times[slug]).to_ical()
            return events[slug]

        for slug in activities:
            activity = cat.activities[slug]
            if urls.calendar_language(activity.title, activity.language, lang, languages) != lang:
                continue  # its page in this language links to the calendar in another
            url = urls.activity_calendar(lang, slug)
            count += 1
            if store.fresh(output, url, sig("activities", slug)):
                continue
            name = pick(activity.title, lang, activity.language)[0]
            written += store.write(output, url, calendar(name, events_of(slug)))
        for slug in orgs:
            org = cat.content.organisations[slug]
            url = urls.organisation_calendar(lang, slug)
            slugs = list(dict.fromkeys(cat.by_organisation.get(slug, [])))
            count += 1
            sources = [sig("organisations", slug), *(sig("activities", s) for s in slugs)]
            if store.fresh(output, url, *sources):
                continue
            name = pick(org.name, lang, org.language)[0]
            body = b"".join(events_of(s) for s in slugs)
            written += store.write(output, url, calendar(name, body))
    return count, written, store.new


def begin(cat: Catalogue, output: Path) -> memo.Memo:
    """Load the calendars' memo and share it, with the catalogue, with forked workers."""
    global _share
    store = memo.Memo.load(cat, MEMO)
    _share = (cat, output, store)
    return store


def shares(cat: Catalogue, count: int) -> list[list[str]]:
    """The organisations split into ``count`` shares (an organisation's calendars together)."""
    orgs = list(cat.content.organisations)
    return [orgs[i::count] for i in range(count)]


def end(store: memo.Memo, results: list[tuple[int, int, dict[str, str]]]) -> int:
    """Save the fingerprints the shares recorded; return how many calendars there are."""
    global _share
    _share = None
    store.new = {url: digest for _, _, new in results for url, digest in new.items()}
    store.save()
    count, written = sum(r[0] for r in results), sum(r[1] for r in results)
    logger.info("%s calendar files (%s written)", count, written)
    return count


def write(cat: Catalogue, output: Path) -> int:
    """Write every organisation's calendar in every UI language and every activity's in the
    UI languages its listing is written in.

    A calendar whose sources did not change since the last build (and whose file exists)
    is left alone. Large sites are split by organisation over worker processes.
    """
    global _share
    workers = render.worker_count(cat.config)
    store = begin(cat, output)
    try:
        if (
            workers == 1
            or len(cat.activities) < PARALLEL_FROM
            or "fork" not in multiprocessing.get_all_start_methods()
        ):
            results = [_write_share(list(cat.content.organisations))]
        else:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                results = pool.map(_write_share, shares(cat, workers))
    finally:
        _share = None
    return end(store, results)
