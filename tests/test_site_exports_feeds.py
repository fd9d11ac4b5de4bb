"""Atom feeds (structure, languages, links that resolve) and schema.org JSON-LD on activity,
news item and organisation pages; injected text stays inert in both."""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.site_helpers import LANGUAGES, PREFIX, edited, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tests.test_site_security import xss_site  # noqa: F401 - the shared XSS build
from tukena import reference

A = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
FEEDS = ("feeds/activities.atom.xml", "feeds/news.atom.xml")
PAYLOAD = "</script><img src=x onerror=alert(1)>"


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


def read_feed(output: Path, path: str) -> ET.Element:
    root = ET.parse(output / path).getroot()  # noqa: S314 - our own output
    assert root.tag == f"{A}feed"
    return root


def resolves(output: Path, href: str) -> bool:
    assert href.startswith("/"), href
    path = output / href.lstrip("/")
    return (path / "index.html").is_file() if href.endswith("/") else path.is_file()


def text(element: ET.Element, tag: str) -> str:
    found = element.find(f"{A}{tag}")
    assert found is not None and found.text, f"no <{tag}>"
    return found.text


def jsonld(output: Path, url: str) -> dict:
    scripts = page(output, url).find_all("script", type="application/ld+json")
    assert len(scripts) == 1, url
    return json.loads(scripts[0].text)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", FEEDS)
def test_feeds_are_valid_atom(site, lang, path):
    root = read_feed(site, PREFIX[lang] + path)
    assert root.get(XML_LANG) == lang
    for tag in ("id", "title", "updated"):
        text(root, tag)
    dt.datetime.fromisoformat(text(root, "updated"))
    links = {link.get("rel"): link.get("href") for link in root.findall(f"{A}link")}
    assert links["self"] == f"/{PREFIX[lang]}{path}"
    assert resolves(site, links["self"]) and resolves(site, links["alternate"])
    entries = root.findall(f"{A}entry")
    assert entries
    ids = [text(e, "id") for e in entries]
    assert len(set(ids)) == len(ids)
    for entry in entries:
        assert entry.get(XML_LANG)
        text(entry, "title")
        dt.datetime.fromisoformat(text(entry, "updated"))
        (href,) = [x.get("href") for x in entry.findall(f"{A}link") if x.get("rel") == "alternate"]
        assert href.startswith(f"/{PREFIX[lang]}") and resolves(site, href), href
    newest = max(text(e, "updated") for e in entries)
    assert text(root, "updated") == newest


def test_activities_feed_lists_the_newest_current_activities(site):
    content, statuses = sample_content()
    current = [s for s, st in statuses.items() if st.value != "ended"]
    current.sort(key=lambda s: (content.activities[s].verified, s), reverse=True)
    for lang in LANGUAGES:
        entries = read_feed(site, PREFIX[lang] + FEEDS[0]).findall(f"{A}entry")
        slugs = [
            e.find(f"{A}link").get("href").removesuffix(".html").rpartition("/")[2] for e in entries
        ]
        assert slugs == current[: len(slugs)] and len(slugs) == min(50, len(current))
        for slug, entry in zip(slugs, entries, strict=True):
            a = content.activities[slug]
            shown = lang if lang in a.title else a.language
            assert entry.get(XML_LANG) == shown
            assert text(entry, "title") == a.title[shown]
            assert text(entry, "updated").startswith(a.verified.isoformat())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_municipality_has_a_feed_of_its_newest_activities(site, lang):
    from tukena import reference
    from tukena.site import urls
    from tukena.site.exports.localfeeds import LOCAL_FEED_SIZE

    content, statuses = sample_content()
    current = [s for s, st in statuses.items() if st.value != "ended"]
    current.sort(key=lambda s: (content.activities[s].verified, s), reverse=True)
    everywhere = {}
    for entry in read_feed(site, PREFIX[lang] + FEEDS[0]).findall(f"{A}entry"):
        everywhere[text(entry, "id")] = ET.tostring(entry)
    seen = 0
    for code, m in reference.load().municipalities.items():
        path = urls.municipality_feed(lang, m)
        root = read_feed(site, path)
        assert root.get(XML_LANG) == lang and m.name(lang) in text(root, "title")
        links = {link.get("rel"): link.get("href") for link in root.findall(f"{A}link")}
        assert links == {"self": f"/{path}", "alternate": f"/{urls.municipality(lang, m)}"}
        here = [
            s for s in current if code in {p.municipality for p in content.activities[s].locations}
        ]
        entries = root.findall(f"{A}entry")
        slugs = [
            e.find(f"{A}link").get("href").removesuffix(".html").rpartition("/")[2] for e in entries
        ]
        assert slugs == here[:LOCAL_FEED_SIZE], code
        for entry in entries:  # the same entry, id and all, as in the feed of all activities
            same = everywhere.get(text(entry, "id"))
            assert same is None or same == ET.tostring(entry)
        seen += bool(entries)
        doc = page(site, urls.municipality(lang, m))
        feeds = doc.one("head").find_all("link", type="application/atom+xml")
        assert f"/{path}" in [n.get("href") for n in feeds]
        assert f"/{path}" in doc.one("main").links()
    assert seen > 10


def test_a_rebuild_remakes_the_feeds_of_changed_municipalities_only(tmp_path):
    import dataclasses
    import types

    from tests.site_helpers import DAY, REPO
    from tukena import reference
    from tukena.site import urls
    from tukena.site.catalogue import build
    from tukena.site.config import SiteConfig
    from tukena.site.exports import feeds

    content, statuses = sample_content()
    config = SiteConfig(
        root=REPO, output=tmp_path, theme=REPO / "theme", today=DAY, cache_dir=tmp_path
    )

    def catalogue(content):
        cat = build(content, config)
        cat.state = types.SimpleNamespace(code="test")
        return cat

    out = tmp_path / "out"
    places = reference.load().municipalities
    slug, a = next(
        (s, a)
        for s, a in content.activities.items()
        if statuses[s].value != "ended" and len(a.locations) == 1
    )
    home = places[a.locations[0].municipality]
    elsewhere = next(m for c, m in places.items() if c != home.code)
    feeds.write(catalogue(content), out)
    for m in (home, elsewhere):
        (out / urls.municipality_feed("sv", m)).write_bytes(b"old")
    feeds.write(catalogue(content), out)  # nothing changed: both left alone
    assert (out / urls.municipality_feed("sv", home)).read_bytes() == b"old"
    renamed = a.model_copy(update={"title": {**a.title, "sv": "Ett nytt namn"}})
    changed = edited(content, "activities", slug, renamed)
    feeds.write(catalogue(changed), out)
    assert b"Ett nytt namn" in (out / urls.municipality_feed("sv", home)).read_bytes()
    assert (out / urls.municipality_feed("sv", elsewhere)).read_bytes() == b"old"
    (out / urls.municipality_feed("en", elsewhere)).unlink()
    feeds.write(catalogue(changed), out)  # a missing file comes back
    assert read_feed(out, urls.municipality_feed("en", elsewhere)).get(XML_LANG) == "en"
    assert (out / "sv" / FEEDS[0]).is_file()
    config = dataclasses.replace(config, feeds=False)  # switched off: every feed goes
    assert feeds.write(catalogue(changed), out) == 0
    assert not [p for p in out.rglob("*.xml")]


def test_news_feed_lists_news_items(site):
    content, _ = sample_content()
    entries = read_feed(site, "en/" + FEEDS[1]).findall(f"{A}entry")
    titles = {text(e, "title"): e.get(XML_LANG) for e in entries}
    for item in content.news.values():
        if item.kind.value != "job":
            assert titles[item.title] == item.language


def test_pages_link_the_feeds(site):
    for lang in LANGUAGES:
        head = page(site, PREFIX[lang]).one("head")
        hrefs = [n.get("href") for n in head.find_all("link", type="application/atom+xml")]
        assert hrefs == [f"/{PREFIX[lang]}{path}" for path in FEEDS]


def test_activity_jsonld(site):
    content, _ = sample_content()
    for slug, a in content.activities.items():
        for lang in LANGUAGES:
            data = jsonld(site, f"{PREFIX[lang]}activities/{slug}.html")
            assert data["@context"] == "https://schema.org" and data["@type"] == "EventSeries"
            assert data["name"] == a.title.get(lang, a.title[a.language])
            assert data["url"] == f"/{PREFIX[lang]}activities/{slug}.html"
            assert data["isAccessibleForFree"] is a.cost.free
            assert data["inLanguage"] == a.languages
            org = content.organisations[a.organisation]
            assert data["organizer"]["name"] == org.name.get(lang, org.name[org.language])
            schedules = data.get("eventSchedule", [])
            assert [s["byDay"].rpartition("/")[2][:3].lower() for s in schedules] == [
                w.weekday for w in a.schedule.weekly
            ]
            for schedule, slot in zip(schedules, a.schedule.weekly, strict=True):
                assert schedule["startTime"] == f"{slot.start:%H:%M}:00"
                assert schedule["repeatFrequency"] == f"P{slot.every}W"
                for day in schedule.get("exceptDate", []):
                    assert any(
                        e.start <= dt.date.fromisoformat(day) <= e.last
                        for e in a.schedule.exceptions
                    )
            assert len(data.get("subEvent", [])) == len(a.schedule.sessions)
            locations = (
                data["location"] if isinstance(data["location"], list) else [data["location"]]
            )
            assert len(locations) == len(a.locations) + (a.online is not None)


def test_exception_days_in_jsonld(site):
    data = jsonld(site, "activities/vertaistukiryhma-ukrainalaisille-sello.html")
    (schedule,) = data["eventSchedule"]
    assert schedule["exceptDate"] == ["2026-12-19", "2027-01-02"]
    assert schedule["byDay"] == "https://schema.org/Saturday"
    assert schedule["startDate"] == "2026-08-29" and "endDate" not in schedule


def test_news_and_organisation_jsonld(site):
    content, _ = sample_content()
    types = {
        "event": "Event",
        "training": "EducationEvent",
        "job": "JobPosting",
        "news": "NewsArticle",
    }
    for slug, item in content.news.items():
        data = jsonld(site, f"news/{slug}.html")
        assert data["@type"] == types[item.kind.value]
        if item.start:
            assert dt.datetime.fromisoformat(data["startDate"]).replace(tzinfo=None) == item.start
            assert data["name"] == item.title and data["location"]
    for slug, org in content.organisations.items():
        data = jsonld(site, f"sv/organisations/{slug}.html")
        assert data["@type"] in {
            "Organization",
            "NGO",
            "GovernmentOrganization",
            "EducationalOrganization",
        }
        assert data["name"] == org.name.get("sv", org.name[org.language])
        assert data["url"] == f"/sv/organisations/{slug}.html"


def test_job_ads_say_where_the_work_is_and_give_the_whole_ad(site):
    """Job search engines require ``jobLocation`` and want the whole ad in ``description``."""
    content, _ = sample_content()
    towns = reference.load().municipalities
    jobs = {s: n for s, n in content.news.items() if n.kind.value == "job"}
    assert jobs
    for slug, item in jobs.items():
        org = content.organisations[item.employer]
        for lang in LANGUAGES:
            data = jsonld(site, f"{PREFIX[lang]}news/{slug}.html")
            found = data["jobLocation"]
            found = found if isinstance(found, list) else [found]
            if org.address is not None:
                expected = [towns[org.address.municipality].name(lang)]
            else:
                expected = [towns[code].name(lang) for code in org.municipalities]
            assert [p["address"].get("addressLocality") for p in found] == (expected or [None])
            assert all(p["address"]["addressCountry"] == "FI" for p in found)
            last = item.body.strip().split("\n")[-1]
            assert data["description"].startswith("<p>")
            assert last[:40] in data["description"], slug


@pytest.mark.parametrize(
    "url",
    [
        "activities/xss-activity.html",
        "en/activities/xss-arabic.html",
        "news/xss-event.html",
        "organisations/xss-org.html",
    ],
)
def test_injected_text_is_inert_in_jsonld(xss_site, url):  # noqa: F811
    raw = (xss_site / url).read_text("utf-8")
    script = raw.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    assert "<" not in script and ">" not in script
    data = json.loads(script)
    assert PAYLOAD in (data.get("name") or "")


def test_injected_text_is_inert_in_feeds(xss_site):  # noqa: F811
    for path in (*FEEDS, "feeds/municipalities/espoo.atom.xml"):
        root = read_feed(xss_site, path)
        assert not [e for e in root.iter() if e.tag.rpartition("}")[2] == "script"]
        titles = [text(e, "title") for e in root.findall(f"{A}entry")]
        assert titles and all(PAYLOAD in t for t in titles)


@pytest.mark.parametrize(
    "hostile",
    [
        PAYLOAD,
        "a & b < c > d \" e ' f",
        "line\nbreak\ttab\rreturn",
        "control \x00\x08\x0b\x1f\x7f characters",
        "]]> <![CDATA[ x ]]>",
        "astral \U0001f600 and bidi \u202e",
    ],
)
def test_element_keeps_any_text_inside_its_element(hostile):
    from tukena.site.exports.feeds import clean, element

    xml = element("title", hostile, {"label": hostile, "type": "text"})
    parsed = ET.fromstring(f'<feed xmlns="{A[1:-1]}">{xml}</feed>')  # noqa: S314
    (title,) = list(parsed)
    assert title.tag == f"{A}title" and not list(title)
    assert title.text == clean(hostile) and title.get("label") == clean(hostile)


def test_addresses_are_absolute_under_siteurl():
    from tests.site_helpers import DAY, REPO
    from tukena.site import jsonld as site_jsonld
    from tukena.site.catalogue import build
    from tukena.site.config import SiteConfig
    from tukena.site.exports import feeds

    content, _ = sample_content()
    base = "https://tukena.example/sub"
    config = SiteConfig(root=REPO, output=REPO, theme=REPO / "theme", today=DAY, siteurl=base)
    cat = build(content, config)
    path = "sv/" + FEEDS[0]
    root = ET.fromstring(feeds.activities(cat, "sv").to_xml(path))  # noqa: S314
    hrefs = [link.get("href") for link in root.iter(f"{A}link")]
    assert hrefs and all(h.startswith(base + "/sv/") for h in hrefs)
    assert f"{base}/{path}" in hrefs
    slug = next(iter(content.activities))
    data = site_jsonld.activity(cat, slug, "en")
    assert data["url"] == f"{base}/en/activities/{slug}.html"
    assert data["organizer"]["url"].startswith(f"{base}/en/organisations/")
