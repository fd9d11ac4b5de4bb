"""Listing and index pages of the built sample site in fi, sv and en: organisations,
municipalities, activity forms, target groups, news, events, trainings, jobs, content pages,
the 404 page and the search page. Expected values come from the content files."""

from __future__ import annotations

import re

import pytest

from tests.site_helpers import (
    DAY,
    LANGUAGES,
    NEWS_LINK,
    PREFIX,
    REPO,
    age_words,
    cards,
    edited,
    main,
    page,
    sample_content,
    slugs,
)
from tests.site_helpers import sample_site as _sample_site
from tukena import invites, reference
from tukena.schemas.languages import language_name, pick, text_direction
from tukena.schemas.location import sign_language
from tukena.schemas.vocabulary import ActivityForm, NewsKind, TargetGroup, label
from tukena.site import urls
from tukena.site.catalogue import load_pages
from tukena.site.i18n import format_day, translations
from tukena.status import Status

CONTENT, STATUS = sample_content()
LISTED = {slug for slug, state in STATUS.items() if state is not Status.ENDED}
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


@pytest.mark.parametrize("lang", LANGUAGES)
def test_organisations(site, lang):
    directory = main(page(site, f"{PREFIX[lang]}organisations/")).links()
    missing = set()
    for slug, org in CONTENT.organisations.items():
        url = f"{PREFIX[lang]}organisations/{slug}.html"
        assert "/" + url in directory
        doc = page(site, url)
        assert doc.one("h1").text == pick(org.name, lang, org.language)[0]
        runs = {
            s
            for s in LISTED
            if slug in (CONTENT.activities[s].organisation, *CONTENT.activities[s].partners)
        }
        assert set(cards(main(doc))) == runs, slug
        facts = {
            row.one("dt").text: row.one("dd").text
            for row in main(doc).find("dl", cls="facts").find_all("div")
        }
        term = translations(lang).gettext("Takes participants referred by professionals")
        referred = sum(1 for s in runs if invites.takes_referrals(CONTENT.activities[s]))
        if not runs:
            assert term not in facts, slug
        elif referred:  # the sentence itself: test_site_organisation_pages
            numbers = sorted(int(n) for n in re.findall(r"\d+", facts[term]))
            # "4 of its 5", "All 5 of its", "Its current activity" (one of one: no number)
            said = {referred, len(runs)} if len(runs) > 1 else set()
            assert numbers == sorted(said), slug
        else:
            assert facts[term] == translations(lang).gettext("Not in its current activities")
        # a description in another language only says so
        notice = doc.find("p", cls="notice-language")
        if org.description and lang not in org.description:
            word = {"fi": "Finnish", "sv": "Swedish", "en": "English"}[lang]
            message = f"The description is not available in {word}."
            assert notice.text == translations(lang).gettext(message), slug
            missing.add(lang)
        else:
            assert notice is None, slug
    assert missing or lang == "fi", "the sample should have descriptions in Finnish alone"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_municipalities(site, lang):
    data = reference.load()
    links = main(page(site, f"{PREFIX[lang]}municipalities/")).links()
    index = [link for link in links if "/municipalities/" in link]
    assert len(index) == len(data.municipalities)
    assert f"/{urls.coverage(lang)}" in links
    places = {}
    for slug in LISTED:
        for place in CONTENT.activities[slug].locations:
            places.setdefault(place.municipality, set()).add(slug)
    assert places
    for code, here in places.items():
        m = data.municipalities[code]
        doc = page(site, urls.municipality(lang, m))
        assert doc.one("h1").text == m.name(lang)
        lead = doc.one("p", cls="lead").text
        assert data.regions[m.region].name(lang) in lead
        county = data.county_of(code)
        assert county is None or county.name(lang) in lead
        listings = [
            s
            for s in main(doc).find_all("section")
            if not {"missing-forms", "nearby", "organisations-here", "week", "events-here"}
            & s.classes()
        ]
        sections = {s.one("h2").get("id"): set(cards(s)) for s in listings}
        expected = {
            f"form-{f.value}": {s for s in here if f in CONTENT.activities[s].forms}
            for f in ActivityForm
        }
        assert sections == {k: v for k, v in expected.items() if v}, code
        described = doc.one("meta", name="description").get("content")
        offered = [label(f, lang) for f in ActivityForm if expected[f"form-{f.value}"]]
        assert described.startswith(f"{m.name(lang)}: {len(here)} "), described
        assert described.endswith(" – " + ", ".join(offered)), described
        gaps = [f for f in ActivityForm if not expected[f"form-{f.value}"]]
        assert _missing_forms(doc) == [f"/{urls.coverage(lang, f.value)}" for f in gaps], code
    nowhere = next(m for c, m in data.municipalities.items() if c not in places)
    every = [f"/{urls.coverage(lang, f.value)}" for f in ActivityForm]
    assert _missing_forms(page(site, urls.municipality(lang, nowhere))) == every


def _missing_forms(doc) -> list[str]:
    """The coverage maps a municipality page links to for the forms it does not have."""
    found = main(doc).find("section", cls="missing-forms")
    return [item.links()[0] for item in found.find_all("li")] if found else []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_forms_and_target_groups(site, lang):
    for route, values, attr in (
        ("forms", ActivityForm, "forms"),
        ("target-groups", TargetGroup, "target_groups"),
    ):
        for value in values:
            doc = page(site, f"{PREFIX[lang]}{route}/{value.value}.html")
            expected = {s for s in LISTED if value in getattr(CONTENT.activities[s], attr)}
            assert set(cards(main(doc))) == expected, value
            assert str(len(expected)) in doc.one("h2", cls="lead").text


def _news(kind: NewsKind) -> dict:
    return {s: n for s, n in CONTENT.news.items() if n.kind is kind}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(
    "kind,route", [(NewsKind.EVENT, "events"), (NewsKind.TRAINING, "trainings")]
)
def test_upcoming_first_past_archived(site, lang, kind, route):
    items = _news(kind)
    upcoming = sorted(
        (s for s, n in items.items() if (n.end or n.start).date() >= DAY),
        key=lambda s: items[s].start,
    )
    past = sorted(
        (s for s in items if s not in upcoming), key=lambda s: items[s].start, reverse=True
    )
    body = main(page(site, f"{PREFIX[lang]}{route}/"))
    archive = body.find("section", aria_labelledby="archive-heading")
    archived = slugs(archive, NEWS_LINK) if archive else []
    assert archived == past
    assert slugs(body, NEWS_LINK) == upcoming + past


@pytest.mark.parametrize("lang", LANGUAGES)
def test_jobs_past_deadline_hidden(site, lang):
    jobs = _news(NewsKind.JOB)
    open_jobs = sorted(
        (s for s, n in jobs.items() if n.deadline >= DAY), key=lambda s: jobs[s].deadline
    )
    assert slugs(main(page(site, f"{PREFIX[lang]}jobs/")), NEWS_LINK) == open_jobs
    for slug in set(jobs) - set(open_jobs):
        assert page(site, f"{PREFIX[lang]}news/{slug}.html").one(cls="notice-ended")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_news_listing_and_items(site, lang):
    news = _news(NewsKind.NEWS)
    newest = sorted(news, key=lambda s: (news[s].date, s), reverse=True)
    assert slugs(main(page(site, f"{PREFIX[lang]}news/")), NEWS_LINK) == newest
    for slug, item in CONTENT.news.items():
        doc = page(site, f"{PREFIX[lang]}news/{slug}.html")
        h1 = doc.one("h1")
        assert h1.text == item.title
        # the date beside the kind is when it was published, said so (an event's own
        # date is under "When")
        eyebrow = doc.one("p", cls="eyebrow")
        published = translations(lang).gettext("Published")
        assert published != "Published" or lang == "en"
        assert eyebrow.text.endswith(f" · {published} {eyebrow.one('time').text}"), slug
        assert eyebrow.one("time").get("datetime") == item.date.isoformat()
        notice = doc.find("p", cls="notice-language")
        if item.language == lang:
            assert notice is None, slug
        else:
            ui_language = {"fi": "Finnish", "sv": "Swedish", "en": "English"}[lang]
            message = f"This item is not available in {ui_language}."
            expected = translations(lang).gettext(message)
            assert notice is not None and notice.text == expected, slug
            assert expected != message or lang == "en"  # in the UI language
            span = h1.one("span")
            assert (span.get("lang"), span.get("dir")) == (
                item.language,
                text_direction(item.language),
            )
        if item.start:
            shown = doc.one("time", datetime=item.start.isoformat())
            weekday = translations(lang).gettext(WEEKDAYS[item.start.weekday()])
            sep = ":" if lang == "en" else "."  # English writes 17:30, Finnish and Swedish 17.30
            day, clock = (
                format_day(item.start.date(), lang),
                f"{item.start:%-H}{sep}{item.start:%M}",
            )
            assert shown.text == f"{weekday} {day} {clock}"
        if item.place:
            m = reference.load().municipalities[item.place.municipality]
            assert f"/{urls.municipality(lang, m)}" in main(doc).links()


PAGES = load_pages(REPO, LANGUAGES)


@pytest.mark.parametrize("slug,lang", sorted(PAGES))
def test_content_pages(site, slug, lang):
    doc = page(site, f"{PREFIX[lang]}{slug}/")
    assert doc.one("h1").text == PAGES[(slug, lang)].title
    assert doc.one("html").get("lang") == lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_not_found_page(site, lang):
    doc = page(site, f"{PREFIX[lang]}404.html")
    assert main(doc).one("form", role="search").get("action") == f"/{PREFIX[lang]}search/"
    assert f"/{PREFIX[lang]}" in main(doc).links()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_page_works_without_javascript(site, lang):
    doc = page(site, f"{PREFIX[lang]}search/")
    form = main(doc).one("form", role="search")
    assert (form.get("method"), form.get("action")) == ("get", f"/{PREFIX[lang]}search/")
    assert form.one("input", name="q")
    links = main(doc).links()
    assert f"/{PREFIX[lang]}municipalities/" in links
    used = {f.value for s in LISTED for f in CONTENT.activities[s].forms}
    assert {f"/{PREFIX[lang]}forms/{f}.html" for f in used} <= set(links)


def form_cards(site, lang: str):
    """(slug, card) of every card on the activity forms' pages."""
    for form in ActivityForm:
        doc = main(page(site, f"{PREFIX[lang]}forms/{form.value}.html"))
        for card in doc.find_all("article", cls="card"):
            yield slugs(card)[0], card


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cards_say_which_activities_take_referred_participants(site, lang):
    seen = set()
    for slug, card in form_cards(site, lang):
        badge = card.find(cls="badge-referrals")
        takes = invites.takes_referrals(CONTENT.activities[slug])  # not while paused
        assert (badge is not None) == takes, slug
        seen.add(takes)
    assert seen == {True, False}  # the sample has both


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_stale_card_says_when_it_was_last_confirmed(site, lang):
    said = translations(lang).gettext("May be out of date (last confirmed %(date)s)")
    stale = set()
    for slug, card in form_cards(site, lang):
        badge = card.find(cls="badge-stale")
        if STATUS[slug] is not Status.STALE:
            assert badge is None, slug
            continue
        verified = format_day(CONTENT.activities[slug].verified, lang)
        assert badge.text == said % {"date": verified}, slug
        stale.add(slug)
    assert stale, "the sample has stale listings"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cards_say_the_ages_an_activity_is_for(site, lang):
    age = translations(lang).gettext("Age")
    limited = 0
    for form in ActivityForm:
        doc = main(page(site, f"{PREFIX[lang]}forms/{form.value}.html"))
        for card in doc.find_all("article", cls="card"):
            facts = {row.one("dt").text: row.one("dd").text for row in card.find_all("div")}
            words = age_words(CONTENT.activities[slugs(card)[0]].age, lang)
            assert facts.get(age) == words
            limited += words is not None
    assert limited  # the sample has some


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cards_name_the_organiser_the_place_and_the_languages_of_help(site, lang):
    """As the search's results do: who runs it, where exactly, who helps in which language."""
    tr = translations(lang)
    where, helped = tr.gettext("Where"), tr.gettext("Help available in")
    named = helps = signed = 0
    for form in ActivityForm:
        doc = main(page(site, f"{PREFIX[lang]}forms/{form.value}.html"))
        for card in doc.find_all("article", cls="card"):
            a = CONTENT.activities[slugs(card)[0]]
            org = CONTENT.organisations[a.organisation]
            name, used = pick(org.name, lang, org.language)
            organiser = card.one("p", cls="card-organiser")
            assert organiser.text == name
            assert (organiser.find("span", lang=used) is not None) == (used != lang)
            facts = {row.one("dt").text: row.one("dd").text for row in card.find_all("div")}
            places = [p.name for p in a.locations if p.name]
            if places:
                # not in the reader's language: as its sign says (Finnish or Swedish) first
                shown, used = pick(places[0], lang, sign_language(places[0], a.language))
                assert facts[where].startswith(shown + ", ")
                named += 1
                signed += used in ("fi", "sv") and used != lang and a.language not in ("fi", "sv")
            words = ", ".join(language_name(code, lang) for code in a.help_languages)
            assert facts.get(helped) == (words or None)
            helps += bool(words)
    assert named and helps  # the sample has both
    assert signed or lang == "fi"  # a Dari listing's place by its Finnish name on en, sv


def test_a_renamed_organiser_renders_again_every_list_showing_its_activities():
    """Cards name the organiser: a rebuild must not keep lists with its old name."""
    from tukena.site import catalogue, languages, locallists, municipality
    from tukena.site.config import SiteConfig
    from tukena.site.fingerprints import fingerprints
    from tukena.site.routes import pages

    config = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY)
    before = catalogue.build(CONTENT, config)
    org = CONTENT.activities[sorted(LISTED)[0]].organisation
    renamed = CONTENT.organisations[org].model_copy(update={"name": {"fi": "Uusi nimi ry"}})
    after = catalogue.build(edited(CONTENT, "organisations", org, renamed), config)
    shown = {  # each list's activities, by its kind
        "form": before.by_form,
        "target-group": before.by_group,
        "municipality": before.by_municipality,
        "language": languages.index(before, "language"),
        "language-help": languages.index(before, "language-help"),
        locallists.KIND: locallists.index(before),
    }
    jobs = [j for j in pages(before) if j.kind in shown and j.lang == "en"]
    old, new = fingerprints(before, jobs, "code"), fingerprints(after, jobs, "code")
    changed = {(job.kind, job.key) for job in jobs if old[job.url] != new[job.url]}
    runs = {s for s in LISTED if CONTENT.activities[s].organisation == org}
    expected = {(j.kind, j.key) for j in jobs if runs & set(shown[j.kind].get(j.key, []))}
    named = municipality.organisations_in(before)  # a municipality's page names them too
    expected |= {("municipality", code) for code, orgs in named.items() if org in orgs}
    assert changed == expected
    assert {kind for kind, _ in expected} >= {"form", "target-group", "municipality", "language"}
    assert len(expected) < len(jobs)  # the others are kept
