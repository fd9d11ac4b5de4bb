"""Open data, sitemap, robots.txt and the content pages of the built sample site.

The JSON files must validate against the JSON Schema the site itself publishes under
/schemas/; the sitemap must list every HTML page (except the 404 pages) with its hreflang
alternates; robots.txt must name the sitemap.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import jsonschema
import pytest

from tests.site_helpers import (
    DAY,
    LANGUAGES,
    PREFIX,
    REPO,
    html_files,
    main,
    page,
    parse,
    sample_content,
    url_of,
)
from tests.site_helpers import sample_site as _sample_site
from tests.test_site_nearby import nearest_with, places_of
from tukena import reference
from tukena.reference.neighbours import neighbours
from tukena.schemas.vocabulary import ActivityForm, NewsKind
from tukena.site import catalogue, urls
from tukena.site.config import SiteConfig
from tukena.site.exports import opendata, sitemap
from tukena.site.pages import context
from tukena.site.routes import Job
from tukena.spreadsheet import safe_cells
from tukena.status import Status

NS = {"s": sitemap.SITEMAP_NS, "x": sitemap.XHTML_NS}
CONTENT_PAGES = ("about", "add-activity", "privacy", "accessibility")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


def _json(site: Path, name: str) -> dict:
    return json.loads((site / "data" / name).read_text("utf-8"))


def _validator(site: Path, url: str) -> jsonschema.Draft202012Validator:
    """The validator of the schema a data file names, read from the built site."""
    path = site / urlsplit(url).path.lstrip("/")
    schema = json.loads(path.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def _model_part(item: dict, derived: list[str]) -> dict:
    return {k: v for k, v in item.items() if k not in derived}


# --- open data -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "schema"),
    [
        ("activities.json", "activity.schema.json"),
        ("organisations.json", "organisation.schema.json"),
    ],
)
def test_open_data_items_own_fields_validate_against_the_content_schema(site, name, schema):
    """An item without its derived fields is the listing as its contributor's schema
    describes it (the whole file: tests/test_site_exports_opendata_schema.py)."""
    data = _json(site, name)
    validator = _validator(site, f"/schemas/{schema}")
    assert data["items"], name
    problems = [
        f"{item['slug']}: {'.'.join(map(str, e.absolute_path))}: {e.message}"
        for item in data["items"]
        for e in validator.iter_errors(_model_part(item, data["derived_fields"]))
    ]
    assert not problems, "\n".join(problems[:20])


def test_open_data_envelope_names_licence_date_and_count(site):
    for name in ("activities.json", "organisations.json"):
        data = _json(site, name)
        assert data["licence"] == "CC BY 4.0"
        assert data["licence_url"] == "https://creativecommons.org/licenses/by/4.0/"
        assert data["generated"] == DAY.isoformat()
        assert data["count"] == len(data["items"])


def test_activities_json_is_complete_with_derived_status(site):
    content, statuses = sample_content()
    data = _json(site, "activities.json")
    items = {item["slug"]: item for item in data["items"]}
    assert set(items) == set(content.activities)
    assert set(data["derived_fields"]) == {"slug", "url", "status", "next_session", "image_urls"}
    for slug, item in items.items():
        assert item["status"] == statuses[slug].value, slug
        assert len(item["image_urls"]) == len(item["images"]), slug
        for address, image in zip(item["image_urls"], item["images"], strict=True):
            if image["src"].startswith("https://"):
                assert address == image["src"]
            else:  # served by the site, from content/images/
                assert (site / address.lstrip("/")).read_bytes() == (
                    REPO / "content" / "images" / image["src"].removeprefix("images/")
                ).read_bytes()
        assert item["url"] == "/" + urls.activity("fi", slug)
        assert (site / urls.output_path(item["url"].lstrip("/"))).is_file(), slug
        assert item["verified"] == content.activities[slug].verified.isoformat()
        if statuses[slug] is Status.ENDED or item["capacity"] == "paused":  # none to go to
            assert item["next_session"] is None, slug
        else:
            assert item["next_session"] >= DAY.isoformat(), slug
    assert any(s is Status.ENDED for s in statuses.values()), "the sample has ended listings"
    assert any(i["capacity"] == "paused" for i in items.values()), "and paused ones"
    assert any(item["image_urls"] for item in items.values()), "and images"


def test_organisations_json_lists_every_organisation_and_its_activities(site):
    content, statuses = sample_content()
    items = {item["slug"]: item for item in _json(site, "organisations.json")["items"]}
    assert set(items) == set(content.organisations)
    for slug, item in items.items():
        assert item["name"] == content.organisations[slug].name
        logo = content.organisations[slug].logo
        assert item["logo_url"] == (f"/{logo.local}" if logo else None), slug
        assert logo is None or (site / logo.local).is_file()
        assert (site / urls.output_path(item["url"].lstrip("/"))).is_file(), slug
        for activity in item["activities"]:
            a = content.activities[activity]
            assert slug in (a.organisation, *a.partners)
            assert statuses[activity] is not Status.ENDED


def test_activities_csv_has_one_row_per_activity(site):
    content, statuses = sample_content()
    raw = (site / "data" / "activities.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte order mark"
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert [r["slug"] for r in rows] == sorted(content.activities)
    for row in rows:
        activity = content.activities[row["slug"]]
        assert row["status"] == statuses[row["slug"]].value
        assert row["languages"].split(";") == activity.languages
        codes = list(dict.fromkeys(p.municipality for p in activity.locations))
        assert row["municipality_codes"] == ";".join(codes)
        assert row["title"] == activity.title[activity.language]
        assert row["verified"] == activity.verified.isoformat()
        assert row["free"] in ("true", "false")
        assert row["contact_phone"] == (activity.contact.phone or ""), "not made a text"
    assert any(r["contact_phone"].startswith("+") for r in rows), "the sample has phones"


def test_csv_neutralises_formulas_in_free_text():
    cells = ['=HYPERLINK("http://x.example")', "@SUM(A1)", "Kielikahvila", "+cmd|' /C calc'!A0"]
    assert safe_cells(cells) == ["'" + cells[0], "'@SUM(A1)", "Kielikahvila", "'" + cells[3]]
    assert safe_cells(["-2+3*A1", "+1 (A1)", "=1", "-", "\t1"]) == [
        "'-2+3*A1",
        "'+1 (A1)",
        "'=1",
        "'-",
        "'\t1",
    ]
    assert safe_cells([True, False, 3, ""]) == ["true", "false", 3, ""]


def test_csv_leaves_plain_numbers_such_as_phone_numbers_as_they_are():
    """Digits with spaces, +, - and parentheses only: no function or reference to run."""
    phones = ["+358401234567", "+358 40 123 4567", "+1 (555) 010-0199", "-12", "(09) 123"]
    assert safe_cells(phones) == phones
    assert safe_cells(["+358401234567;=cmd;-1;@x"]) == ["+358401234567;'=cmd;-1;'@x"]


def test_csv_neutralises_formulas_in_each_item_of_a_list():
    """A spreadsheet that splits on ``;`` makes a cell of each list item: each is inert."""
    cells = ['kw1;=HYPERLINK("http://evil.example")', "=a;+b;@c;-d;ok", "a;b", "x;;\ty"]
    assert safe_cells(cells) == [
        'kw1;\'=HYPERLINK("http://evil.example")',
        "'=a;'+b;'@c;'-d;ok",
        "a;b",
        "x;;'\ty",
    ]


def test_open_data_page_links_the_files_and_licence(site):
    for lang in LANGUAGES:
        links = main(page(site, PREFIX[lang] + "open-data/")).links()
        for name in (
            "activities.json",
            "organisations.json",
            "activities.csv",
            "coverage.csv",
            "coverage-weekdays.csv",
            "overlaps.csv",
        ):
            assert f"/data/{name}" in links, (lang, name)
        assert "/schemas/activity.schema.json" in links
        assert "/schemas/activities-data.schema.json" in links
        assert "/schemas/organisations-data.schema.json" in links
        assert "https://creativecommons.org/licenses/by/4.0/" in links


# --- sitemap and robots.txt ----------------------------------------------------------------


@cache
def _sitemap(site: Path) -> dict[str, dict]:
    """loc → {"lastmod": ..., "alternates": {hreflang: href}} of every sitemap entry."""
    root = ET.parse(site / "sitemap.xml").getroot()  # noqa: S314 - our own output
    assert root.tag == f"{{{sitemap.SITEMAP_NS}}}urlset"
    entries = {}
    for url in root.findall("s:url", NS):
        loc = url.findtext("s:loc", namespaces=NS)
        assert loc not in entries, f"{loc} twice"
        entries[loc] = {
            "lastmod": url.findtext("s:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
            },
        }
    return entries


def test_sitemap_lists_every_html_page_except_404_and_offline(site):
    entries = _sitemap(site)
    pages = {"/" + url_of(site, p) for p in html_files(site)}
    expected = {u for u in pages if not u.endswith(("/404.html", "/offline.html"))}
    assert set(entries) == expected
    assert len(expected) > 1000


def test_sitemap_has_hreflang_alternates_in_every_language(site):
    entries = _sitemap(site)
    for loc, entry in entries.items():
        alternates = entry["alternates"]
        assert set(alternates) == {*LANGUAGES, "x-default"}, loc
        assert loc in alternates.values(), loc
        assert alternates["x-default"] == alternates["fi"]
        for href in alternates.values():
            assert href in entries, f"{loc}: alternate {href} is not in the sitemap"


def test_sitemap_lastmod_comes_from_the_content(site):
    content, statuses = sample_content()
    entries = _sitemap(site)
    for slug, activity in content.activities.items():
        for lang in LANGUAGES:
            assert entries["/" + urls.activity(lang, slug)]["lastmod"] == str(activity.verified)
    for slug, item in content.news.items():
        assert entries["/" + urls.news_item("sv", slug)]["lastmod"] == str(item.date)
    assert entries["/about/"]["lastmod"] is None
    listed = {s: a for s, a in content.activities.items() if statuses[s] is not Status.ENDED}
    assert entries["/coverage/"]["lastmod"] == str(max(a.verified for a in listed.values()))
    for form in ActivityForm:
        mine = [a.verified for a in listed.values() if form in a.forms]
        wanted = str(max(mine)) if mine else None
        assert entries["/" + urls.coverage("en", form)]["lastmod"] == wanted, form
    online = [a.verified for a in listed.values() if a.online is not None]
    for code, m in reference.load().municipalities.items():
        # its own, its neighbours', the nearest of each form it lacks, and the online ones
        here = {code, *neighbours()[code]}
        shown = [a.verified for a in listed.values() if here & places_of(a)]
        offered = {f for a in listed.values() for f in a.forms if code in places_of(a)}
        for form in set(ActivityForm) - offered:
            other = nearest_with(code, form)
            shown += [
                a.verified for a in listed.values() if form in a.forms and other in places_of(a)
            ]
        shown += [  # the upcoming events and trainings held there
            n.date
            for n in content.news.values()
            if n.kind in (NewsKind.EVENT, NewsKind.TRAINING)
            and n.place is not None
            and n.place.municipality == code
            and (n.end or n.start).date() >= DAY
        ]
        wanted = str(max(shown + online)) if shown + online else None
        assert entries["/" + urls.municipality("sv", m)]["lastmod"] == wanted, code
    for slug in content.organisations:  # its ended activities count: its page lists them
        runs = [
            a.verified for a in content.activities.values() if slug in (a.organisation, *a.partners)
        ]
        wanted = str(max(runs)) if runs else None
        assert entries["/" + urls.organisation("fi", slug)]["lastmod"] == wanted, slug


def test_robots_txt_names_the_sitemap(site):
    lines = (site / "robots.txt").read_text("utf-8").splitlines()
    assert "User-agent: *" in lines
    assert "Sitemap: /sitemap.xml" in lines
    assert not [line for line in lines if line.lower().startswith("disallow: /")]


# --- without a full build: SITEURL, escaping, splitting --------------------------------------


@cache
def _catalogue(siteurl: str = "", licence: str = "CC BY 4.0") -> catalogue.Catalogue:
    content, _ = sample_content()
    config = SiteConfig(
        root=REPO,
        output=REPO / "output",
        theme=REPO / "theme",
        siteurl=siteurl,
        today=DAY,
        data_licence=licence,
        cache_dir=None,
    )
    return catalogue.build(content, config)


def test_sitemap_and_robots_use_absolute_addresses_with_siteurl():
    cat = _catalogue("https://tukena.example/a&b")
    text = sitemap.documents(cat)[sitemap.FILE_NAME]
    root = ET.fromstring(text)  # noqa: S314 - our own output
    locs = [e.text for e in root.iter(f"{{{sitemap.SITEMAP_NS}}}loc")]
    assert locs and all(loc.startswith("https://tukena.example/a&b/") for loc in locs)
    hrefs = [e.get("href") for e in root.iter(f"{{{sitemap.XHTML_NS}}}link")]
    assert hrefs and all(h.startswith("https://tukena.example/a&b/") for h in hrefs)
    robots = sitemap.robots(cat)
    assert "Sitemap: https://tukena.example/a&b/sitemap.xml" in robots.splitlines()


def test_sitemap_percent_encodes_addresses():
    assert sitemap.address(_catalogue(), "activities/kerho-äiti <x>/") == (
        "/activities/kerho-%C3%A4iti%20%3Cx%3E/"
    )
    assert unquote(sitemap.address(_catalogue(), "sv/activities/å/")) == "/sv/activities/å/"


def test_the_pages_are_listed_once_a_build():
    from tukena.site import routes

    cat = _catalogue()
    listed = routes.pages(cat)
    assert listed == tuple(routes.jobs(cat))
    assert routes.pages(cat) is listed  # the sitemap's worker reads the build's list


def test_large_sitemaps_split_into_an_index():
    cat = _catalogue()
    every = sitemap.entries(cat)
    files = sitemap.documents(cat, max_urls=500)
    parts = [name for name in files if name != sitemap.FILE_NAME]
    assert len(parts) == -(-len(every) // 500)
    index = ET.fromstring(files[sitemap.FILE_NAME])  # noqa: S314 - our own output
    assert index.tag == f"{{{sitemap.SITEMAP_NS}}}sitemapindex"
    assert [e.text for e in index.iter(f"{{{sitemap.SITEMAP_NS}}}loc")] == [
        f"/{name}" for name in parts
    ]
    locs = []
    for name in parts:
        root = ET.fromstring(files[name])  # noqa: S314 - our own output
        locs += [e.text for e in root.iter(f"{{{sitemap.SITEMAP_NS}}}loc")]
    assert locs == [f"/{entry.url}" for entry in every]


def test_open_data_licence_is_a_setting():
    cat = _catalogue("https://tukena.example", licence="CC0 1.0")
    envelope = opendata._envelope(cat, "activity", [])
    assert envelope["licence"] == "CC0 1.0"
    assert envelope["schema"] == "https://tukena.example/schemas/activities-data.schema.json"
    item = opendata.activity_item(cat, next(iter(cat.activities)))
    assert item["url"].startswith("https://tukena.example/activities/")


# --- content pages -------------------------------------------------------------------------


@pytest.mark.parametrize("slug", CONTENT_PAGES)
def test_content_pages_exist_in_every_language(site, slug):
    titles = set()
    for lang in LANGUAGES:
        doc = page(site, f"{PREFIX[lang]}{slug}/")
        assert doc.one("html").get("lang") == lang
        title = main(doc).one("h1").text
        assert title == _catalogue().pages[(slug, lang)].title
        titles.add(title)
        assert len(main(doc).text) > 500, (slug, lang)
        hreflangs = {link.get("hreflang") for link in doc.find_all("link", rel="alternate")}
        assert set(LANGUAGES) <= hreflangs
    assert len(titles) == 3, "each language has its own title"


def test_every_footer_link_is_a_content_page(site):
    for lang in LANGUAGES:
        footer = page(site, PREFIX[lang]).one("footer")
        for link in footer.links():
            assert (site / urls.output_path(link.lstrip("/"))).is_file(), (lang, link)


def test_accessibility_statement_names_the_supervisory_authority(site):
    for lang in LANGUAGES:
        text = main(page(site, f"{PREFIX[lang]}accessibility/")).text
        assert "Traficom" in text and "306/2019" in text, lang
        assert "saavutettavuus@traficom.fi" in text


def test_content_page_links_follow_siteurl():
    cat = _catalogue("https://tukena.example/sub")
    body = str(context(cat, Job("page", "about", "en", "en/about/", "page.html"))["body_html"])
    assert 'href="https://tukena.example/sub/en/privacy/"' in body
    assert 'href="/en/' not in body


def test_printed_activity_page_gives_its_own_address():
    """A page printed for a client says where to find it again: a print-only line with
    its address under SITEURL, absolute when the site is published; in a development build
    (no SITEURL) the path from the site's root, beside the site's name at the top."""
    from tukena.site import render
    from tukena.site.i18n import translations

    slug = sorted(_catalogue().activities)[0]
    for lang in LANGUAGES:
        job = Job("activity", slug, lang, urls.activity(lang, slug), "activity.html")
        lines = [
            p
            for p in parse(
                render.render(_catalogue("https://tukena.example/a"), job, "t")
            ).find_all("p")
            if "print-only" in p.classes()
        ]
        label = translations(lang).gettext("This page online")
        assert [p.text for p in lines] == [f"{label}: https://tukena.example/a/{job.url}"]
        bare = parse(render.render(_catalogue(), job, "t"))
        lines = [p for p in bare.find_all("p") if "print-only" in p.classes()]
        assert [p.text for p in lines] == [f"{label}: /{job.url}"]


def test_add_activity_page_links_the_forms_when_the_bot_is_configured():
    from tukena.site import render

    base = _catalogue()
    cat = dataclasses.replace(
        base,
        config=dataclasses.replace(
            base.config,
            bot_url="https://bot.tukena.example",
            repository_url="https://git.example/tukena",
        ),
        memo={},  # what pages share is made per catalogue: not the one without a bot
    )
    html = render.render(
        cat, Job("page", "add-activity", "sv", "sv/add-activity/", "page.html"), "t"
    )
    assert 'href="https://bot.tukena.example/sv/activity/new"' in html
    assert 'href="https://bot.tukena.example/sv/organisation/new"' in html
    assert 'href="https://git.example/tukena"' in html
    assert "notice-no-forms" not in html


def test_add_activity_page_says_first_that_there_are_no_forms_without_the_bot():
    """The page's text describes the web forms: built without a bot, the site says before
    that text that they are not in use, not only at the end of the page."""
    from tukena.site import render
    from tukena.site.i18n import translations

    for lang in LANGUAGES:
        job = Job("page", "add-activity", lang, urls.page(lang, "add-activity"), "page.html")
        article = parse(render.render(_catalogue(), job, "t")).one("article")
        first = article.elements[1]  # under the heading
        said = translations(lang).gettext(
            "The web forms are not in use on this site. Please send your listing as a pull "
            "request, or contact the maintainers."
        )
        assert "notice-no-forms" in first.classes() and first.find("p").text == said
        assert not [a for a in article.find_all("a") if "/activity/new" in (a.get("href") or "")]


def test_unchanged_exports_are_not_made_again(tmp_path, monkeypatch):
    from tukena.site.incremental import BuildState

    base = _catalogue()
    config = dataclasses.replace(base.config, cache_dir=tmp_path / "cache")
    cat = dataclasses.replace(base, config=config, state=BuildState("code"))
    out = tmp_path / "out"
    opendata.write(cat, out)
    sitemap.write(cat, out)
    assert (out / "data" / "activities.json").is_file() and (out / "sitemap.xml").is_file()

    def fail(*args):
        raise AssertionError("made again")

    monkeypatch.setattr(opendata, "activity_fields", fail)
    monkeypatch.setattr(sitemap, "entries", fail)
    opendata.write(cat, out)
    sitemap.write(cat, out)

    later = dataclasses.replace(cat, config=dataclasses.replace(config, today=DAY.replace(day=23)))
    with pytest.raises(AssertionError, match="made again"):
        opendata.write(later, out)
    with pytest.raises(AssertionError, match="made again"):
        sitemap.write(later, out)


def test_an_organisations_lastmod_counts_its_ended_activities():
    """Its page lists them, so the newest confirmed of them dates the page too."""
    shared, _ = sample_content()  # shared by the session's tests: changed on a copy
    content = dataclasses.replace(shared, activities=dict(shared.activities))
    cat = catalogue.build(content, _catalogue().config)
    slug = next(s for s in sorted(cat.activities) if not cat.is_listed(s))
    org = cat.activities[slug].organisation
    later = max(a.verified for a in cat.activities.values()) + dt.timedelta(days=1)
    content.activities[slug] = cat.activities[slug].model_copy(update={"verified": later})
    assert shared.activities[slug].verified < later
    job = Job("organisation", org, "fi", urls.organisation("fi", org), "organisation.html")
    assert sitemap._Dates(cat).of(job) == later


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_site_form_links_the_organisation_form_from_the_organisations_help(lang):
    from tukena.forms.helptexts import LINKS
    from tukena.site import submitforms

    base = _catalogue()
    cat = dataclasses.replace(
        base, config=dataclasses.replace(base.config, bot_url="https://bot.tukena.example")
    )
    html = submitforms.context(cat, "activity-new", lang)["form_html"]
    (help_text,) = re.findall(r'<p class="help" id="h-organisation">.*?</p>', html)
    href = f"{cat.config.siteurl}/{submitforms.url(lang, 'organisation-new')}"  # from the root
    link = f'<a href="{href}">{LINKS["organisation"][lang]}</a>'
    assert help_text.endswith(f"{link}</p>")
