"""What a screen-reader user meets on the built pages, in fi, sv and en: a page's notice
(ended, out of date, applications closed) is plain content read first, not a live region,
which says nothing when present at load; a list's news, events, trainings and jobs each
start with their heading, the kind and day after it with a machine-readable ``<time>``, so
that moving by headings does not skip the day; the upcoming and past events are regions
named alike; an organisation's logo beside its name says the name once. Expected values
come from the content files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site_helpers import (
    LANGUAGES,
    NEWS_LINK,
    PREFIX,
    Node,
    html_files,
    main,
    page,
    sample_content,
    url_of,
)
from tests.site_helpers import sample_site as _sample_site
from tukena.schemas.languages import pick
from tukena.schemas.vocabulary import label
from tukena.site.i18n import translations

CONTENT, _ = sample_content()
NOTICES = ("notice-ended", "notice-stale")
#: The pages that list news items, and the heading level of the items on each.
LISTS = {"": 3, "news/": 2, "events/": 3, "trainings/": 3, "jobs/": 2}


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


def read_first(doc: Node) -> Node:
    """The page's one notice of an ended or out-of-date listing: plain content (no live
    region's role) that a reader landing on the main content hears first."""
    (notice,) = [n for n in main(doc).iter() if n.classes() & set(NOTICES)]
    assert notice.get("role") is None
    assert main(doc).text.startswith(notice.text)
    return notice


def test_a_pages_notice_is_read_first_and_live_regions_wait_empty_for_the_script(site):
    kinds = set()
    for path in html_files(site):
        html = path.read_text("utf-8")
        if 'role="status"' not in html and not any(f'"notice {n}' in html for n in NOTICES):
            continue
        doc = page(site, url_of(site, path))
        said = [n.text for n in doc.find_all(role="status") if n.text]
        assert said == [], url_of(site, path)  # a live region says only what a script puts
        if any(f'"notice {n}' in html for n in NOTICES):
            read_first(doc)
            kinds.add(url_of(site, path).split("/")[-2])
    assert kinds == {"activities", "organisations", "news"}  # the sample has each


def _items(site: Path, lang: str) -> list[tuple[str, Node]]:
    return [
        (url, item)
        for url in [*LISTS, *(f"municipalities/{m}" for m in _municipalities_with_events(site))]
        for item in main(page(site, PREFIX[lang] + url)).find_all("li", cls="news-item")
    ]


def _municipalities_with_events(site: Path) -> list[str]:
    root = site / "en" / "municipalities"
    return sorted(
        url_of(root, p) for p in html_files(root) if 'class="events-here"' in p.read_text("utf-8")
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_listed_item_starts_with_its_heading_and_gives_its_day_after_it(site, lang):
    seen, places = set(), set()
    for url, item in _items(site, lang):
        heading, eyebrow = item.elements[:2]
        assert heading.tag == f"h{LISTS.get(url, 3)}", url
        slug = NEWS_LINK.match(heading.one("a").get("href"))[1]
        news = CONTENT.news[slug]
        assert heading.text == news.title, slug
        assert "eyebrow" in eyebrow.classes()
        (day,) = eyebrow.find_all("time")
        when = news.start.isoformat() if news.start else news.date.isoformat()
        assert day.get("datetime") == when, (url, slug)
        assert eyebrow.text.startswith(f"{label(news.kind, lang)} · {day.text}"), slug
        seen.add(bool(news.start))
        places.add(url.split("/")[0])
    assert seen == {True, False} and "municipalities" in places


def _pages(lang: str) -> list[tuple[str, str]]:
    """Every news item's page (news, events, trainings, jobs) and activity's: its URL in
    ``lang`` and its kind."""
    news = [(f"{PREFIX[lang]}news/{slug}.html", n.kind) for slug, n in CONTENT.news.items()]
    activities = [
        (f"{PREFIX[lang]}activities/{slug}.html", "activity") for slug in CONTENT.activities
    ]
    return sorted(news + activities)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_item_or_activity_page_starts_with_its_heading(site, lang):
    """A reader who moves to the h1, where a page's reading starts, hears all of it: the
    article's header opens with the heading, and the kind and day (news) or the types
    (activity) follow it. Only a notice (ended, out of date, another language) is read
    before the header."""
    kinds = set()
    for url, kind in _pages(lang):
        (article,) = [e for e in main(page(site, url)).elements if e.tag == "article"]
        (header,) = [e for e in article.elements if e.tag == "header"]
        before = article.elements[: article.elements.index(header)]
        assert all("notice" in e.classes() for e in before), url
        assert [e.tag for e in header.elements[:2]] == ["h1", "p"], url
        assert "eyebrow" in header.elements[1].classes(), url
        assert len(main(page(site, url)).find_all("h1")) == 1, url
        kinds.add(str(kind))
    assert len(kinds) == 5, kinds  # activities, and news items of each of the four kinds


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("url", ["events/", "trainings/"])
def test_upcoming_and_past_are_each_a_region_named_by_its_heading(site, lang, url):
    _ = translations(lang).gettext
    doc = main(page(site, PREFIX[lang] + url))
    named = []
    for heading in doc.find_all("h2"):
        section = heading.parent
        assert section.tag == "section" and section.elements[0] is heading, heading.text
        assert section.get("aria-labelledby") == heading.get("id"), heading.text
        named.append(heading.text)
        assert section.find_all("li", cls="news-item"), heading.text
    assert named == [_("Upcoming"), _("Past")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_organisations_logo_beside_its_name_does_not_say_the_name_again(site, lang):
    shown = 0
    for slug, org in sorted(CONTENT.organisations.items()):
        if org.logo is None:
            continue
        doc = main(page(site, f"{PREFIX[lang]}organisations/{slug}.html"))
        img = doc.one("figure", cls="organisation-logo").one("img")
        assert (img.get("alt"), img.get("lang")) == ("", None), slug
        assert doc.one("h1").text == pick(org.name, lang, org.language)[0]
        shown += 1
    assert shown
    # an activity's photos still say what they show
    slug, activity = next((s, a) for s, a in sorted(CONTENT.activities.items()) if a.images)
    photos = main(page(site, f"{PREFIX[lang]}activities/{slug}.html")).find_all("img")
    assert len(photos) == len(activity.images) and all(p.get("alt") for p in photos)
