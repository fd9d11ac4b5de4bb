"""A municipality's page lists the upcoming events and trainings held there, soonest first;
what each page should list comes from the news files."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tests.site_helpers import DAY, LANGUAGES, REPO, edited, main, page, parse, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena import reference
from tukena.schemas.vocabulary import NewsKind
from tukena.site import urls
from tukena.site.catalogue import build
from tukena.site.config import SiteConfig
from tukena.site.exports import sitemap
from tukena.site.fingerprints import fingerprints
from tukena.site.i18n import translations
from tukena.site.municipality import EVENTS_SHOWN
from tukena.site.pages import context
from tukena.site.routes import pages

DATA = reference.load()
CONTENT, _ = sample_content()
CONFIG = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY)


def upcoming_in(code: str, content=CONTENT) -> list[str]:
    """The events and trainings in ``code`` that have not ended by the sample's date."""
    found = [
        (item.start, slug)
        for slug, item in content.news.items()
        if item.kind in (NewsKind.EVENT, NewsKind.TRAINING)
        and item.place is not None
        and item.place.municipality == code
        and (item.end or item.start).date() >= DAY
    ]
    return [slug for _, slug in sorted(found)]


WITH_EVENTS = {code: found for code in DATA.municipalities if (found := upcoming_in(code))}


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


def test_the_sample_has_events_in_several_municipalities_and_past_ones():
    assert len(WITH_EVENTS) >= 3
    shown = {s for found in WITH_EVENTS.values() for s in found}
    past = {
        s
        for s, item in CONTENT.news.items()
        if item.kind in (NewsKind.EVENT, NewsKind.TRAINING) and s not in shown
    }
    assert past, "an event that has ended, to be left out"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_municipality_page_lists_its_upcoming_events_soonest_first(site, lang):
    for code, m in DATA.municipalities.items():
        doc = main(page(site, urls.municipality(lang, m)))
        section = doc.find("section", cls="events-here")
        expected = WITH_EVENTS.get(code, [])
        if not expected:
            assert section is None, code
            continue
        titles = [h.one("a").get("href") for h in section.find_all("h3")]
        shown = expected[:EVENTS_SHOWN]
        assert titles == [f"/{urls.news_item(lang, s)}" for s in shown], code
        kinds = [p.text.split(" · ")[0] for p in section.find_all("p", cls="eyebrow")]
        assert len(kinds) == len(shown) and all(kinds)
        more = len(expected) - len(shown)
        assert (str(more) in section.find_all("p")[-1].text) == bool(more)


def test_a_municipality_page_is_rendered_again_when_one_of_its_events_changes():
    code, found = next(iter(WITH_EVENTS.items()))
    slug = found[0]
    item = CONTENT.news[slug]
    changed = item.model_copy(update={"title": {item.language: "Uusi otsikko"}})
    changed_content = edited(CONTENT, "news", slug, changed, signature=(0, 0))  # (mtime, size)
    before, after = build(CONTENT, CONFIG), build(changed_content, CONFIG)
    jobs = [j for j in pages(before) if j.kind == "municipality" and j.lang == "en"]
    old, new = fingerprints(before, jobs, "code"), fingerprints(after, jobs, "code")
    changed = {job.key for job in jobs if old[job.url] != new[job.url]}
    shown = {job.key for job in jobs if context(before, job) != context(after, job)}
    assert changed == shown == {code}


def test_the_sitemap_dates_a_municipality_page_no_earlier_than_its_events():
    cat = build(CONTENT, CONFIG)
    entries = {e.url: e for e in sitemap.entries(cat)}
    for code, found in WITH_EVENTS.items():
        for lang in LANGUAGES:
            entry = entries[urls.municipality(lang, DATA.municipalities[code])]
            assert entry.lastmod >= max(CONTENT.news[s].date for s in found)


def test_a_page_shows_the_soonest_and_counts_the_rest(monkeypatch):
    from tukena.site import municipality, render

    code, (slug, *_) = next(iter(WITH_EVENTS.items()))
    item = CONTENT.news[slug]
    later = item.model_copy(update={"start": item.start.replace(year=item.start.year + 1)})
    news = {**CONTENT.news, f"{slug}-again": later}
    cat = build(dataclasses.replace(CONTENT, news=news), CONFIG)
    monkeypatch.setattr(municipality, "EVENTS_SHOWN", len(WITH_EVENTS[code]))
    job = next(j for j in pages(cat) if j.kind == "municipality" and j.key == code)
    section = main(parse(render.render(cat, job, "t"))).one("section", cls="events-here")
    links = [h.one("a").get("href") for h in section.find_all("h3")]
    assert links == [f"/{urls.news_item(job.lang, s)}" for s in WITH_EVENTS[code]]
    more = translations(job.lang).ngettext("and %(num)d more", "and %(num)d more", 1) % {"num": 1}
    assert section.find_all("p")[-1].text.startswith(f"{more} · ")  # the later one, counted
