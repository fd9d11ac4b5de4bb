"""Two sites on one host, under two paths (two GitHub Pages project sites of one owner),
with listings of the same slug: their calendars' events and their feeds' entries have ids
of their own, so that a calendar or a feed reader following both keeps both. A site at its
host's root keeps the ids it had: subscribers' calendars and readers key on them."""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from functools import cache

import icalendar

from tests.site_helpers import DAY, REPO, sample_catalogue, sample_content
from tukena.site.catalogue import Catalogue, build
from tukena.site.config import SiteConfig
from tukena.site.exports import eventcal, feeds
from tukena.site.exports.ical import ActivityEvents

HOST = "owner.example"
ROOT = f"https://{HOST}"
TURKU = f"{ROOT}/turku"
HELSINKI = f"{ROOT}/helsinki/"  # a trailing slash is no other path
A = "{http://www.w3.org/2005/Atom}"


@cache
def catalogue(siteurl: str) -> Catalogue:
    content, _ = sample_content()
    config = SiteConfig(root=REPO, output=REPO, theme=REPO / "theme", today=DAY, siteurl=siteurl)
    return build(content, config)


def _meeting() -> str:
    """An activity of the sample with events in its calendar."""
    cat = catalogue(ROOT)
    return next(s for s in cat.activities if ActivityEvents(cat, s, "fi").times)


def activity_uids(siteurl: str, slug: str) -> list[str]:
    body = ActivityEvents(catalogue(siteurl), slug, "fi").to_ical()
    cal = icalendar.Calendar.from_ical(in_calendar(body))
    return [str(e["UID"]) for e in cal.walk("VEVENT")]


def in_calendar(events: bytes) -> bytes:
    return b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + events + b"END:VCALENDAR\r\n"


def test_a_root_site_keeps_its_activities_uids():
    slug = _meeting()
    uids = activity_uids(ROOT, slug)
    assert uids
    for uid in uids:
        name, at, site = uid.partition("@")
        assert site == HOST and name.startswith(f"{slug}-")


def test_two_sites_on_one_host_give_an_activity_uids_of_their_own():
    slug = _meeting()
    root, turku, helsinki = (activity_uids(url, slug) for url in (ROOT, TURKU, HELSINKI))
    assert all(uid.endswith(f"@{HOST}/turku") for uid in turku)
    assert all(uid.endswith(f"@{HOST}/helsinki") for uid in helsinki)
    # the same events otherwise: the part before the site is the root's
    assert [u.rpartition("@")[0] for u in turku] == [u.rpartition("@")[0] for u in root]
    assert not set(root) & set(turku) and not set(turku) & set(helsinki)


def _news_uid(siteurl: str) -> tuple[str, str]:
    cat = catalogue(siteurl)
    slug = eventcal.dated(cat)[0]
    cal = icalendar.Calendar.from_ical(in_calendar(eventcal.event(cat, slug)))
    (event,) = cal.walk("VEVENT")
    return slug, str(event["UID"])


def test_an_events_calendar_names_the_sites_path_too():
    slug, root = _news_uid(ROOT)
    assert root == f"news-{slug}@{HOST}"
    assert _news_uid(TURKU)[1] == f"news-{slug}@{HOST}/turku"
    assert _news_uid(HELSINKI)[1] == f"news-{slug}@{HOST}/helsinki"


def _ids(siteurl: str) -> tuple[str, list[str]]:
    """A feed's own id and its entries'."""
    root = ET.fromstring(
        feeds.activities(catalogue(siteurl), "fi").to_xml(feeds.FEEDS["activities"])
    )  # noqa: S314
    entries = [e.findtext(f"{A}id") for e in root.iter(f"{A}entry")]
    return root.findtext(f"{A}id"), entries


def test_a_root_sites_feed_keeps_its_ids():
    feed, entries = _ids(ROOT)
    slugs = catalogue(ROOT).newest(feeds.FEED_SIZE)
    assert feed == uuid.uuid5(uuid.NAMESPACE_URL, "tukena:feed:activities:fi").urn
    assert entries == [
        uuid.uuid5(uuid.NAMESPACE_URL, f"tukena:activities:{s}:fi").urn for s in slugs
    ]


def test_two_sites_on_one_host_give_their_feeds_ids_of_their_own():
    root, turku, helsinki = (_ids(url) for url in (ROOT, TURKU, HELSINKI))
    assert len({root[0], turku[0], helsinki[0]}) == 3
    assert turku[1] and len(turku[1]) == len(root[1])
    assert not set(root[1]) & set(turku[1]) and not set(turku[1]) & set(helsinki[1])


def test_the_calendar_files_a_site_under_a_path_writes_name_its_path(tmp_path):
    """Every UID of the files the build writes, the activities' and the organisations'."""
    from tukena.site.exports import ical

    cat = sample_catalogue(siteurl=TURKU, cache_dir=None)
    assert ical.write(cat, tmp_path)
    uids = [
        str(event["UID"])
        for path in tmp_path.rglob("*.ics")
        for event in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    ]
    assert uids and all(uid.endswith(f"@{HOST}/turku") for uid in uids)
    assert {p.parent.name for p in tmp_path.rglob("*.ics")} == {"activities", "organisations"}
