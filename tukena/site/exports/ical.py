"""iCalendar files: one per organisation in every UI language, and one per activity in
each UI language its listing is written in (:func:`tukena.site.urls.calendar_language`).

An activity's weekly slots become one VEVENT each, with an RRULE (weekly, every N weeks,
until the end of the season's last day) and an EXDATE for every meeting an exception
cancels, its description naming the breaks and the organiser's reasons; the dated sessions
of a series become one VEVENT each. Times are Europe/Helsinki wall-clock times with a
VTIMEZONE. The output depends only on the content and settings: DTSTAMP is the listing's
``verified`` date and UIDs derive from the slug and the slot, so an unchanged listing gives
byte-identical files; after the ``@``, the site's host, and its path when it is under one
(:func:`tukena.site.links.site_id`).

Files live next to the pages: ``activities/<slug>.ics`` and ``organisations/<slug>.ics``,
under ``sv/`` and ``en/`` for the other languages.
Ended activities keep their file so that subscriptions and links do not break. A paused
one's has no events (:mod:`tukena.invites`), rather than events marked CANCELLED or
TENTATIVE: it is neither, and calendars that ignore STATUS would show them as meetings.
A subscriber's calendar drops them; they come back, with the same UIDs, when it goes on.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
from pathlib import Path

from tukena import invites
from tukena.occurrences import TIMEZONE
from tukena.schemas import Activity
from tukena.schemas.languages import pick
from tukena.site import render, urls
from tukena.site.breaks import calendar_line
from tukena.site.catalogue import Catalogue
from tukena.site.exports import memo
from tukena.site.exports.icaltext import (
    CRLF,
    LIMIT,
    TZID,
    clock,
    day_digits,
    dtstamp,
    end_of_day,
    fold,
    lines,
    meeting_lines,
    text,
    vtimezone,
    walls,
)
from tukena.site.links import absolute, location_text, site_id
from tukena.site.recurrence import ICAL_DAYS, Rule, rules

logger = logging.getLogger(__name__)

PRODID = "-//tukena//Integration activities//EN"
MEMO = "calendars"
PARALLEL_FROM = 1000  # activities; smaller sites are quicker in one process
_VTIMEZONE = vtimezone()


#: An event's lines up to its times (BEGIN, UID, DTSTAMP, DTSTART...) and its note.
Occurrence = tuple[bytes, dict[str, str] | None]
_BEGIN = b"BEGIN:VEVENT\r\n"
_END_EVENT = b"END:VEVENT\r\n"


@functools.cache  # one SITEURL a build
def uid_site(siteurl: str) -> str:
    """What an event's UID names after its ``@``: the site (:func:`site_id`), escaped."""
    return text(site_id(siteurl))


def _weekly(rule: Rule) -> bytes:
    slot = rule.slot
    rrule = f"RRULE:FREQ=WEEKLY;INTERVAL={slot.every};BYDAY={ICAL_DAYS[rule.weekday]}"
    if rule.until is not None:
        rrule += ";UNTIL=" + end_of_day(rule.until)
    out = meeting_lines(rule.first, slot.start, slot.end)
    out += (
        rrule.encode() + CRLF if len(rrule) <= LIMIT else fold(rrule)
    )  # ASCII: as it is when short
    if rule.skipped:
        out += fold(_EXDATE + walls(rule.skipped, slot.start))
    return out


_EXDATE = f"EXDATE{TZID}:"


def occurrences(a: Activity, slug: str, domain: str) -> list[Occurrence]:
    """Each VEVENT's lines up to its times and its note (a session's), weekly slots first:
    the same in every language, so made once per activity; none while it is paused."""
    out: list[Occurrence] = []
    if not invites.meets(a):
        return out
    seen: set[str] = set()
    stamp = dtstamp(a.verified)

    def unique(uid: str) -> bytes:
        candidate, count = uid, 1
        while candidate in seen:
            count += 1
            candidate = f"{uid}-{count}"
        seen.add(candidate)
        return _BEGIN + fold(f"UID:{slug}-{candidate}@{domain}") + stamp

    for rule in rules(a.schedule):
        out.append((unique(f"{rule.weekday}-{clock(rule.slot.start)}") + _weekly(rule), None))
    for session in a.schedule.sessions:
        day = session.date
        uid = f"{day_digits(day)}-{clock(session.start)}"
        out.append((unique(uid) + meeting_lines(day, session.start, session.end), session.note))
    return out


class ActivityEvents:
    """The VEVENTs of one activity in one UI language."""

    def __init__(
        self, cat: Catalogue, slug: str, lang: str, times: list[Occurrence] | None = None
    ) -> None:
        self.slug = slug
        self.lang = lang
        self.a: Activity = cat.activities[slug]
        self.siteurl = cat.config.siteurl
        self.times = occurrences(self.a, slug, uid_site(self.siteurl)) if times is None else times

    def _text(self, texts: dict[str, str] | None) -> str:
        return pick(texts, self.lang, self.a.language)[0] if texts else ""

    def to_ical(self) -> bytes:
        """Every VEVENT, serialised: weekly slots first, then dated sessions. What follows
        an event's times is the same in all of the activity's events (but a session's note
        in its description), so it is folded once per note."""
        page = absolute(self.siteurl, urls.activity(self.lang, self.slug))
        location = location_text(
            self.a.locations, self.a.online is not None, self.lang, self.a.language
        )
        middle = fold("SUMMARY:" + text(self._text(self.a.title)))
        if location:
            middle += fold("LOCATION:" + text(location))
        end = fold("URL:" + page) + _END_EVENT if self.siteurl else _END_EVENT
        schedule = self.a.schedule
        breaks = calendar_line(schedule, self.lang, self.a.language)  # why EXDATEs skip days
        described = [self._text(self.a.summary), self._text(schedule.note), breaks, page]
        tails: dict[str, bytes] = {}  # by the session's note: most have none
        out = []
        for head, note in self.times:
            own = self._text(note)
            tail = tails.get(own)
            if tail is None:
                description = "\n\n".join([p for p in (own, *described) if p])
                tail = tails[own] = middle + fold("DESCRIPTION:" + text(description)) + end
            out += (head, tail)
        return b"".join(out)


_HEAD = lines(
    ("BEGIN", "VCALENDAR"),
    ("VERSION", "2.0"),
    ("PRODID", PRODID),
    ("CALSCALE", "GREGORIAN"),
    ("METHOD", "PUBLISH"),
)
_ZONE = lines(("X-WR-TIMEZONE", TIMEZONE)) + _VTIMEZONE
_END = b"END:VCALENDAR\r\n"


def calendar(name: str, events: bytes) -> bytes:
    """A whole VCALENDAR named ``name`` around serialised VEVENTs."""
    name = text(name)
    return b"".join(
        (_HEAD, fold(f"NAME:{name}"), fold(f"X-WR-CALNAME:{name}"), _ZONE, events, _END)
    )


_share: tuple[Catalogue, Path, memo.Memo] | None = None  # set before forking; read by workers


def _write_share(orgs: list[str]) -> tuple[int, int, dict[str, str]]:
    """Calendars of some organisations (in every UI language) and of the activities they run
    (in the languages of each listing)."""
    assert _share is not None
    cat, output, store = _share
    store.new = {}
    root = os.fspath(output)
    signatures = cat.content.signatures
    mine = set(orgs)
    activities = [s for s, a in cat.activities.items() if a.organisation in mine]
    domain = uid_site(cat.config.siteurl)
    sigs: dict[str, str] = {}  # by activity: its calendars and its organisations' use it

    def sig(slug: str) -> str:
        found = sigs.get(slug)
        if found is None:
            found = sigs[slug] = f"activities/{slug}:{signatures.get(('activities', slug))}"
        return found

    # Fingerprints by activity and by organisation, and each organisation's activities:
    # the same for its calendars in every language.
    digests: dict[str, str] = {}
    members: dict[str, tuple[list[str], str]] = {}
    written = count = 0
    languages = cat.config.languages
    times: dict[str, list[Occurrence]] = {}  # by slug: the same in every language
    for lang in languages:
        events: dict[str, bytes] = {}

        def events_of(slug: str, lang: str = lang, events: dict = events) -> bytes:
            found = events.get(slug)
            if found is None:
                if slug not in times:
                    times[slug] = occurrences(cat.activities[slug], slug, domain)
                found = events[slug] = ActivityEvents(cat, slug, lang, times[slug]).to_ical()
            return found

        for slug in activities:
            activity = cat.activities[slug]
            if urls.calendar_language(activity.title, activity.language, lang, languages) != lang:
                continue  # its page in this language links to the calendar in another
            url = urls.activity_calendar(lang, slug)
            count += 1
            digest = digests.get(slug)
            if digest is None:
                digest = digests[slug] = store.digest(sig(slug))
            if store.known(root, url, digest):
                continue
            name = pick(activity.title, lang, activity.language)[0]
            written += memo.write_file(f"{root}/{url}", calendar(name, events_of(slug)))
        for slug in orgs:
            org = cat.content.organisations[slug]
            url = urls.organisation_calendar(lang, slug)
            count += 1
            if slug not in members:
                slugs = list(dict.fromkeys(cat.by_organisation.get(slug, [])))
                own = f"organisations/{slug}:{signatures.get(('organisations', slug))}"
                members[slug] = slugs, store.digest(own, *map(sig, slugs))
            slugs, digest = members[slug]
            if store.known(root, url, digest):
                continue
            name = pick(org.name, lang, org.language)[0]
            body = b"".join([events_of(s) for s in slugs])
            written += memo.write_file(f"{root}/{url}", calendar(name, body))
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


def end(store: memo.Memo, results: list[tuple[int, int, dict[str, str]]], output: Path) -> int:
    """Save the fingerprints the shares recorded, and remove the calendars the last build
    made and this one did not (a deleted activity's); return how many calendars there are."""
    global _share
    _share = None
    store.new = {url: digest for _, _, new in results for url, digest in new.items()}
    store.save(output)
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
    return end(store, results, output)
