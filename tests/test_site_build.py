"""A full Pelican build of the shipped sample site, page type by page type, in fi, sv and en.

Every expected value comes from the content files (``tukena.loader``) and the reference
data, not from the pages themselves.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.site_helpers import (
    CARD_LINK,
    DAY,
    LANGUAGES,
    PREFIX,
    age_words,
    cards,
    html_files,
    main,
    page,
    sample_content,
    slugs,
    url_of,
)
from tests.site_helpers import sample_site as _sample_site
from tests.test_site_reading_order import read_first
from tukena import invites, reference
from tukena.occurrences import next_session
from tukena.schemas.languages import pick, text_direction
from tukena.schemas.vocabulary import ActivityForm, label
from tukena.site import urls
from tukena.site.i18n import format_day, translations
from tukena.status import Status

CONTENT, STATUS = sample_content()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
LISTED = {slug for slug, state in STATUS.items() if state is not Status.ENDED}


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


def _title(activity, lang: str) -> tuple[str, str]:
    return pick(activity.title, lang, activity.language)


def _with(state: Status) -> list[str]:
    return sorted(slug for slug, s in STATUS.items() if s is state)


def test_build_logs_progress_and_no_warnings(tmp_path_factory):
    build = _sample_site(tmp_path_factory).check()
    assert "rendering" in build.log and "pages" in build.log  # INFO shown without -v


def test_every_page_declares_its_language(site):
    for path in html_files(site):
        url = url_of(site, path)
        lang = next((code for code, pre in PREFIX.items() if pre and url.startswith(pre)), "fi")
        doc = page(site, url)
        html = doc.one("html")
        assert (html.get("lang"), html.get("dir")) == (lang, "ltr"), url
        assert doc.one("head").one("title").text, url  # maps have titles of their own
        assert len(doc.find_all("h1")) == 1, url


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home(site, lang):
    doc = page(site, PREFIX[lang])
    assert str(len(LISTED)) in doc.one("p", cls="lead").text
    newest = cards(main(doc))
    assert newest and set(newest) <= LISTED
    # the last confirmed first, as the content has no publication date: said as such
    confirmed = sorted(LISTED, key=lambda s: (CONTENT.activities[s].verified, s), reverse=True)
    assert newest == confirmed[: len(newest)]
    heading = main(doc).one("h2", id="newest").text
    assert heading == translations(lang).gettext("Recently updated activities")
    assert main(doc).one("form", role="search").get("action") == f"/{PREFIX[lang]}search/"
    professionals = main(doc).one("section", aria_labelledby="for-professionals")
    referred = sum(1 for s in LISTED if invites.takes_referrals(CONTENT.activities[s]))
    first = professionals.find_all("li")[0]
    assert first.one("a").get("href") == f"/{PREFIX[lang]}search/?referrals=1"
    assert first.one("span", cls="count").text == f"({referred})"
    shortlist = professionals.find_all("li")[1].one("a")  # a shortlist for a client
    assert shortlist.get("href") == f"/{PREFIX[lang]}list/"
    assert shortlist.text == translations(lang).gettext("My list")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_activities_folder_leads_into_the_list(site, lang):
    """``/activities/``, where an activity's address cut short leads, is a page, not a 404:
    the count, the search box and a link to every activity type that has some, with its
    count of current activities."""
    doc = page(site, f"{PREFIX[lang]}activities/")
    assert doc.one("h1").text == translations(lang).gettext("All activities")
    assert str(len(LISTED)) in doc.one("p", cls="lead").text
    assert main(doc).one("form", role="search").get("action") == f"/{PREFIX[lang]}search/"
    chips = main(doc).one("section", aria_labelledby="browse-forms").find_all("a")
    shown = {a.get("href"): a.one("span", cls="count").text for a in chips}
    wanted = {}
    for form in ActivityForm:
        count = sum(1 for s in LISTED if form in CONTENT.activities[s].forms)
        if count:
            wanted[f"/{PREFIX[lang]}forms/{form.value}.html"] = f"({count})"
    assert shown == wanted
    referred = sum(1 for s in LISTED if invites.takes_referrals(CONTENT.activities[s]))
    professionals = main(doc).one("section", aria_labelledby="for-professionals")
    assert professionals.one("a").get("href") == f"/{PREFIX[lang]}search/?referrals=1"
    assert professionals.one("span", cls="count").text == f"({referred})"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_active_activity(site, lang):
    slug = next(s for s in _with(Status.ACTIVE) if CONTENT.activities[s].locations)
    a = CONTENT.activities[slug]
    doc = page(site, f"{PREFIX[lang]}activities/{slug}.html")
    title, _ = _title(a, lang)
    assert doc.one("title").text.startswith(title)
    assert doc.one("h1").text == title
    assert doc.one("article", cls="activity").get("data-status") == "active"
    assert not doc.find(cls="notice-stale") and not doc.find(cls="notice-ended")
    upcoming = next_session(a.schedule, DAY)
    shown = doc.one("time", datetime=upcoming.isoformat())
    weekday = translations(lang).gettext(WEEKDAYS[upcoming.weekday()])
    assert shown.text == f"{weekday} {format_day(upcoming, lang)}"
    links = main(doc).links()
    assert f"/{PREFIX[lang]}organisations/{a.organisation}.html" in links
    for form in a.forms:
        assert f"/{PREFIX[lang]}forms/{form.value}.html" in links
    for place in a.locations:
        m = reference.load().municipalities[place.municipality]
        assert f"/{urls.municipality(lang, m)}" in links
    assert doc.find("time", datetime=a.verified.isoformat())
    # with no bot configured, organisers are told how to update or copy the listing
    # and, the sample having the maintainers' address, asked to write to them
    how, mail = doc.one("nav", cls="listing-maintenance").links()
    assert how == f"/{PREFIX[lang]}add-activity/" and mail.startswith("mailto:")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_ages_an_activity_is_for_are_in_words(site, lang):
    kinds = set()
    for slug in sorted(LISTED):
        age = CONTENT.activities[slug].age
        doc = page(site, f"{PREFIX[lang]}activities/{slug}.html")
        (whom,) = [row for row in doc.find_all("div") if row.find("dt") and
                   row.one("dt").text == translations(lang).gettext("For whom")]  # fmt: skip
        words = age_words(age, lang)
        if words is None:
            assert "(" not in whom.one("dd").text, slug
            continue
        kinds.add((age.min is None, age.max is None))
        assert f"({words})" in whom.one("dd").text, slug
    assert kinds == {(True, False), (False, True), (False, False)}  # the sample has each kind


@pytest.mark.parametrize("lang", LANGUAGES)
def test_childcare_is_said_only_where_there_is_some(site, lang):
    """A listing that does not offer childcare says nothing of it: "not available" on a
    mother-child group reads as "no children", and the model cannot tell "no" from unsaid."""
    label = translations(lang).gettext("Childcare")
    said = set()
    for slug in sorted(LISTED):
        doc = page(site, f"{PREFIX[lang]}activities/{slug}.html")
        rows = [d for d in main(doc).find_all("dt") if d.text == label]
        assert len(rows) == CONTENT.activities[slug].childcare, slug
        said.add(bool(rows))
    assert said == {True, False}  # the sample has both


@pytest.mark.parametrize("lang", LANGUAGES)
def test_stale_activity_warns(site, lang):
    stale = _with(Status.STALE)
    assert stale, "the sample content should have a stale listing"
    doc = page(site, f"{PREFIX[lang]}activities/{stale[0]}.html")
    assert read_first(doc) is doc.one(cls="notice-stale")  # plain content, read first
    form = CONTENT.activities[stale[0]].forms[0].value
    listing = page(site, f"{PREFIX[lang]}forms/{form}.html")
    card = next(c for c in listing.find_all("article", cls="card") if stale[0] in slugs(c))
    assert "card-stale" in card.classes()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ended_activity_has_banner(site, lang):
    ended = _with(Status.ENDED)
    assert ended, "the sample content should have an ended listing"
    for slug in ended:
        doc = page(site, f"{PREFIX[lang]}activities/{slug}.html")
        assert doc.one(cls="notice-ended")
        assert doc.one("article", cls="activity").get("data-status") == "ended"
        # nothing to come: no calendar to add, nor a list to put it on for a client
        assert not [a for a in doc.find_all("a") if str(a.get("href")).endswith(".ics")]
        assert not doc.find(id="list-toggle") and "text/calendar" not in str(doc)
        # no invitation to register: it takes no more participants
        join = doc.one("section", cls="join")
        ended_text = translations(lang).gettext("It has ended, so it takes no registrations.")
        assert join.one("p").text.startswith(ended_text), slug
        assert not join.find("ul") and len(join.find_all("p")) == 1
    registering = [s for s in ended if CONTENT.activities[s].registration.required]
    assert registering, "the sample should have an ended listing that took registrations"
    current = page(site, f"{PREFIX[lang]}activities/{_with(Status.ACTIVE)[0]}.html")
    assert current.find(id="list-toggle") and "text/calendar" in str(current)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_similar_activities_where_this_one_cannot_be_joined(site, lang):
    """An ended, full or paused activity's page leads to the same forms in its
    municipalities and in all of Finland; its banner or its places say so."""
    data = reference.load()
    shown = set()
    for slug, activity in CONTENT.activities.items():
        doc = page(site, urls.activity(lang, slug))
        ended = STATUS[slug] is Status.ENDED
        closed = activity.capacity.value in ("full", "paused")
        section = doc.find("section", cls="similar")
        assert (section is not None) == (ended or closed), slug
        if section is None:
            continue
        shown.add("ended" if ended else activity.capacity.value)
        items = section.find_all("li")
        assert len(items) == len(activity.forms), slug
        places = [
            data.municipalities[c]
            for c in dict.fromkeys(p.municipality for p in activity.locations)
        ]
        for item, form in zip(items, activity.forms, strict=True):
            assert item.text.startswith(label(form, lang) + ":"), (slug, form)
            fragment = "" if ended else f"#form-{form.value}"
            expected = [f"/{urls.municipality(lang, m)}{fragment}" for m in places]
            assert item.links() == [*expected, f"/{urls.form(lang, form)}"], slug
            if not ended:  # the section of that form lists this activity among the others
                for m in places:
                    target = page(site, urls.municipality(lang, m))
                    sections = target.find_all("section", aria_labelledby=f"form-{form.value}")
                    assert slug in cards(sections[0]), (slug, m.code)
        pointer = doc.one(cls="notice-ended") if ended else doc.one("dd", cls="capacity")
        assert pointer.links() == ["#similar-heading"], slug
    assert shown >= {"ended", "full"}  # the sample has both


def test_ended_activities_are_absent_from_listings(site):
    """Only their own pages and their organisations' archives link to ended activities."""
    ended = set(_with(Status.ENDED))
    for path in html_files(site):
        url = url_of(site, path)
        own = CARD_LINK.match("/" + url)
        body = main(page(site, url))
        archive = body.find("section", cls="ended-activities")
        kept = set(slugs(archive)) if archive else set()
        linked = set(slugs(body)) - kept
        assert not (linked & ended) - ({own[1]} if own else set()), url


@pytest.mark.parametrize("lang", LANGUAGES)
def test_organisations_keep_their_ended_activities_apart(site, lang):
    """An organisation page lists the ended activities it ran or partnered in, newest
    confirmed first, apart from its current ones, so that one can be copied again."""
    ended = _with(Status.ENDED)
    shown = 0
    for slug in CONTENT.organisations:
        doc = main(page(site, urls.organisation(lang, slug)))
        mine = [
            s
            for s in ended
            if slug in (CONTENT.activities[s].organisation, *CONTENT.activities[s].partners)
        ]
        mine.sort(key=lambda s: (CONTENT.activities[s].verified, s), reverse=True)
        archive = doc.find("section", cls="ended-activities")
        assert (archive is not None) == bool(mine), slug
        if archive:
            assert slugs(archive) == mine, slug
            assert not set(cards(doc)) & set(mine)
            shown += 1
    assert shown


def test_text_in_another_language_is_marked(site):
    rtl = 0
    for slug, a in CONTENT.activities.items():
        for lang in LANGUAGES:
            text, shown = _title(a, lang)
            if shown == lang:
                continue
            h1 = page(site, f"{PREFIX[lang]}activities/{slug}.html").one("h1")
            span = h1.one("span")
            assert (span.get("lang"), span.get("dir"), span.text) == (
                shown,
                text_direction(shown),
                text,
            ), (slug, lang)
            rtl += text_direction(shown) == "rtl"
    if not rtl:
        pytest.skip("no listing in the sample has its title only in a right-to-left language")


def test_paragraphs_in_another_language_carry_its_direction(site):
    """How to register and how professionals refer: a paragraph of its own, so a text in
    another language marks the paragraph itself (a right-to-left one is then aligned
    right), not a span inside a paragraph in the page's direction."""
    checked = 0
    for slug, a in CONTENT.activities.items():
        for lang in LANGUAGES:
            doc = page(site, f"{PREFIX[lang]}activities/{slug}.html")
            for section, value in (
                ("join", a.registration.instructions),
                ("referrals", a.referrals.instructions),
            ):
                if not value or STATUS[slug] is Status.ENDED:  # an ended one shows neither
                    continue
                text, shown = pick(value, lang, a.language)
                p = next(p for p in doc.one("section", cls=section).find_all("p") if p.text == text)
                marked = (p.get("lang"), p.get("dir"))
                wanted = (shown, text_direction(shown)) if shown != lang else (None, None)
                assert marked == wanted, (slug, lang, section)
                checked += shown != lang and text_direction(shown) == "rtl"
    assert checked, "the sample should have a right-to-left paragraph of instructions"


def test_places_with_coordinates_link_to_openstreetmap(site):
    """Each place shows its own map link when its coordinates are known, and none when not."""
    with_map = 0
    for slug, a in CONTENT.activities.items():
        for lang in LANGUAGES:
            doc = page(site, f"{PREFIX[lang]}activities/{slug}.html")
            shown = doc.find_all("div", cls="location")
            assert len(shown) == len(a.locations), (slug, lang)
            for place, html in zip(a.locations, shown, strict=True):
                links = [x for x in html.find_all("a") if "map-link" in x.classes()]
                if place.coordinates is None:
                    assert not links, (slug, lang)
                    continue
                lat, lon = place.coordinates.lat, place.coordinates.lon
                query = dict(parse_qsl(urlsplit(links[0].get("href")).query))
                assert len(links) == 1, (slug, lang)
                assert (float(query["mlat"]), float(query["mlon"])) == pytest.approx((lat, lon))
                assert "openstreetmap.org" in urlsplit(links[0].get("href")).hostname
                with_map += 1
    assert with_map, "the sample should have places with coordinates"


def _describing(a) -> list[dict[str, str]]:
    """The texts that describe an activity (not the names of its places or contact)."""
    places = [p.accessibility.notes for p in a.locations if p.accessibility]
    return [
        t
        for t in (
            a.summary, a.description, a.schedule.note, *places,
            a.online.instructions if a.online else None,
            None if a.cost.free else a.cost.fee,
            a.registration.instructions, a.referrals.instructions,
        )
        if t
    ]  # fmt: skip


def test_missing_language_note(site):
    """A listing without its title in the UI language says it is not available in it; one
    with the title but without some text that describes it says that some details are not."""
    messages = {"fi": "Finnish", "sv": "Swedish", "en": "English"}
    partly = set()
    for slug, a in CONTENT.activities.items():
        for lang in LANGUAGES:
            doc = page(site, f"{PREFIX[lang]}activities/{slug}.html")
            note = doc.find(cls="notice-language")
            if lang not in a.title:
                wanted = f"This listing is not available in {messages[lang]}."
            elif any(lang not in t for t in _describing(a)):
                wanted = f"Some details of this listing are not available in {messages[lang]}."
                partly.add(lang)
            else:
                assert note is None, (slug, lang)
                continue
            assert note.text == translations(lang).gettext(wanted), (slug, lang)
            assert translations(lang).gettext(wanted) != wanted or lang == "en"
    assert partly >= {"sv", "en"}, "the sample should have texts in Finnish alone"


def _representative() -> list[str]:
    activity = sorted(LISTED)[0]
    news = sorted(CONTENT.news)[0]
    organisation = sorted(CONTENT.organisations)[0]
    return [
        "",
        f"activities/{activity}.html",
        f"organisations/{organisation}.html",
        "organisations/",
        "municipalities/",
        "municipalities/helsinki.html",
        "activities/",
        "forms/",
        "forms/language-cafe.html",
        "target-groups/",
        "target-groups/everyone.html",
        "news/",
        "events/",
        "trainings/",
        "jobs/",
        f"news/{news}.html",
        "search/",
        "open-data/",
        "coverage/",
        "coverage/language-cafe.html",
        "404.html",
    ]


@pytest.mark.parametrize("route", _representative())
def test_alternates_and_language_switcher(site, route):
    for lang in LANGUAGES:
        doc = page(site, PREFIX[lang] + route)
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in doc.find_all("link", rel="alternate")
            if link.get("hreflang")
        }
        expected = {code: f"/{PREFIX[code]}{route}" for code in LANGUAGES}
        assert alternates == {**expected, "x-default": expected["fi"]}
        switcher = doc.one("nav", cls="language-switcher")
        for code in LANGUAGES:
            if code == lang:
                assert switcher.one(aria_current="page").get("lang") == code
            else:
                assert switcher.one("a", hreflang=code).get("href") == expected[code]


def test_items_are_files_in_their_section(site):
    """An item's page is one file, its calendar beside it: no folder per item."""
    sections = {
        "activities": set(CONTENT.activities),
        "organisations": set(CONTENT.organisations),
        "news": set(CONTENT.news),
        "forms": {form.value for form in ActivityForm},
    }
    for lang in LANGUAGES:
        for section, wanted in sections.items():
            folder = site / PREFIX[lang] / section
            assert not [p for p in folder.iterdir() if p.is_dir()], (lang, section)
            pages = {p.stem for p in folder.glob("*.html") if p.name != "index.html"}
            assert pages == wanted, (lang, section)
        calendars = {p.stem for p in (site / PREFIX[lang] / "organisations").glob("*.ics")}
        assert calendars == set(CONTENT.organisations)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_place_without_a_name_in_the_readers_language_is_named_as_its_sign(site, lang):
    """Tikkurila library in a Dari listing is "Tikkurilan kirjasto, ryhmätila Lumme" on the
    English page, as its door says (marked Finnish), not only its Dari name."""
    from tukena.schemas.location import PROPER_NAME, sign_language

    checked = 0
    for slug in sorted(LISTED):
        a = CONTENT.activities[slug]
        names = [p.name for p in a.locations if p.name]
        # a name written plain claims no language: test_site_place_names
        if not names or PROPER_NAME in names[0] or lang in names[0]:
            continue
        if a.language in ("fi", "sv", lang):
            continue
        doc = page(site, f"{PREFIX[lang]}activities/{slug}.html")
        shown = main(doc).find("div", cls="location").one("strong")
        used = sign_language(names[0], a.language)
        assert shown.text == names[0][used] and shown.one("span").get("lang") == used, slug
        checked += used in ("fi", "sv")
    assert checked  # the sample has such a listing
