"""A paused activity (capacity ``paused``: on a break) and an ended one invite nobody: no
next session on the page, the cards, the search data, the open data or the calendar, and
no referred participants, in fi, sv and en (:mod:`tukena.invites`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from tests.site_helpers import DAY, LANGUAGES, PREFIX, REPO, main, page, parse, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena import invites
from tukena.schemas.vocabulary import Capacity, label
from tukena.search import facets as facet_columns
from tukena.site import scheduleline
from tukena.site.catalogue import build
from tukena.site.config import SiteConfig
from tukena.site.i18n import translations
from tukena.status import Status

CONTENT, STATUS = sample_content()
PAUSED = "hoitoalan-suomi-helsinki"  # on a break, referrals accepted, meets on Wednesdays
PAUSED_SERIES = "kotiseuturetket-espoo"  # on a break, with dated sessions ahead
ENDED = "kevaan-tyonhakuvalmennus-turku"  # ended, referrals accepted
CONFIG = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY)


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


def test_the_sample_has_what_these_tests_need():
    paused, ended = CONTENT.activities[PAUSED], CONTENT.activities[ENDED]
    assert paused.capacity == "paused" and paused.referrals.accepted
    assert STATUS[PAUSED] is Status.ACTIVE and STATUS[ENDED] is Status.ENDED
    assert ended.referrals.accepted
    assert not invites.takes_referrals(paused) and invites.takes_referrals(ended) is True
    assert not invites.takes_referrals(ended, ended=True)


def _facts(doc) -> dict[str, str]:
    rows = main(doc).one("dl", cls="facts").elements  # each a <div> of a <dt> and a <dd>
    return {row.one("dt").text: row.one("dd").text for row in rows}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_paused_activity_has_no_next_session_and_takes_no_referrals(site, lang):
    _ = translations(lang).gettext
    doc = page(site, f"{PREFIX[lang]}activities/{PAUSED}.html")
    facts = _facts(doc)
    assert facts[_("Next session")] == _("Paused for now: ask the organiser when it continues.")
    assert not main(doc).one("dd", cls="next-session").find("time")
    assert facts[_("Places")].startswith(label(Capacity.PAUSED, lang))
    referrals = main(doc).one("section", cls="referrals")
    said = referrals.find_all("p")[0].text
    assert said == _("It is paused, so it takes no referred participants for now."), said
    assert _("Participants referred by professionals are welcome.") not in referrals.text
    # its calendar has no events, so the page offers none
    assert _("Add to calendar (.ics)") not in doc.text
    assert not doc.find("link", type="text/calendar")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_ended_activity_invites_no_referrals(site, lang):
    _ = translations(lang).gettext
    doc = page(site, f"{PREFIX[lang]}activities/{ENDED}.html")
    referrals = main(doc).one("section", cls="referrals")
    assert referrals.find_all("p")[0].text == _(
        "It has ended, so it takes no referred participants."
    )
    assert _("Participants referred by professionals are welcome.") not in referrals.text
    assert len(referrals.find_all("p")) == 1  # nor how to refer someone


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("slug", [PAUSED, PAUSED_SERIES])
def test_a_paused_card_says_when_without_a_next_session_and_that_it_is_paused(site, lang, slug):
    """A paused series of dated sessions as a paused weekly activity: its schedule (the
    sessions still ahead counted from the first: "3 kertaa, 5.12.2026–15.5.2027", not "3
    kertaa 15.5.2027 asti" as if the next were on), no next session, and "Tauolla" in its
    places, on the organisation's page as on every page of cards."""
    _ = translations(lang).gettext
    a = CONTENT.activities[slug]
    doc = page(site, f"{PREFIX[lang]}organisations/{a.organisation}.html")
    card = next(
        c
        for c in main(doc).find_all("article", cls="card")
        if c.one("h3").links()[0].endswith(f"/activities/{slug}.html")
    )
    facts = {row.one("dt").text: row.one("dd").text for row in card.one("dl").elements}
    assert facts[_("Places")] == label(Capacity.PAUSED, lang)
    when = facts[_("When")]
    assert when == scheduleline.line(a.schedule, lang, DAY)
    assert _("next {date}").split("{date}")[0] not in when
    ahead = [x.date for x in a.schedule.sessions if x.date >= DAY]
    if slug == PAUSED_SERIES:
        assert not a.schedule.weekly and len(ahead) >= 2  # what the sample must have
        assert scheduleline.line(a.schedule, lang, DAY, ahead[0]) != when  # not "… until"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_paused_card_has_no_referral_badge(site, lang):
    doc = page(site, f"{PREFIX[lang]}municipalities/helsinki.html")
    cards = {
        card.one("h3").links()[0].rsplit("/", 1)[1].removesuffix(".html"): card
        for card in main(doc).find_all("article", cls="card")
    }
    assert cards[PAUSED].find(cls="badge-referrals") is None
    referred = [s for s, c in cards.items() if c.find(cls="badge-referrals")]
    assert referred and all(invites.takes_referrals(CONTENT.activities[s]) for s in referred)


def test_a_paused_activitys_calendars_have_no_events(site):
    own = (site / f"activities/{PAUSED}.ics").read_text()
    assert own.startswith("BEGIN:VCALENDAR") and "BEGIN:VTIMEZONE" in own
    assert "BEGIN:VEVENT" not in own
    organisation = CONTENT.activities[PAUSED].organisation
    theirs = (site / f"organisations/{organisation}.ics").read_text()
    assert f"UID:{PAUSED}-" not in theirs
    other = next(  # an activity of another organisation that goes on keeps its events
        s
        for s, state in STATUS.items()
        if state is Status.ACTIVE and invites.meets(CONTENT.activities[s])
    )
    assert "BEGIN:VEVENT" in (site / f"activities/{other}.ics").read_text()


def test_search_data_gives_a_paused_activity_no_next_session_nor_referrals(site):
    data = json.loads((site / "search/fi/facets.json").read_text())
    slugs = [s for s, state in STATUS.items() if state is not Status.ENDED]
    assert data["noNext"] == facet_columns.NO_NEXT
    nexts = facet_columns.decode(data, "next")
    flags = facet_columns.decode(data, "flags")
    referral = data["flags"]["referrals"]
    assert len(nexts) == len(slugs)
    assert sum(1 for n in nexts if n == data["noNext"]) == sum(
        1 for s in slugs if not invites.meets(CONTENT.activities[s])
    )
    assert sum(1 for f in flags if f & referral) == sum(
        1 for s in slugs if invites.takes_referrals(CONTENT.activities[s])
    )


def test_open_data_gives_a_paused_activity_no_next_session(site):
    items = {i["slug"]: i for i in json.loads((site / "data/activities.json").read_text())["items"]}
    assert items[PAUSED]["next_session"] is None
    assert items[PAUSED]["status"] == "active"  # still listed: only its sessions wait


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_ended_activity_has_no_places_and_no_registration_to_ask_for(site, lang):
    """Whatever its places were, an ended listing takes nobody; it says so and links
    nowhere in "How to join" (its contacts have a section of their own)."""
    _ = translations(lang).gettext
    ended = [s for s, state in STATUS.items() if state is Status.ENDED]
    assert "sieniretket-jyvaskyla" in ended  # open places when it ended
    for slug in ended:
        doc = page(site, f"{PREFIX[lang]}activities/{slug}.html")
        assert _("Places") not in _facts(doc), slug
        assert not main(doc).find("dd", cls="capacity")
        join = main(doc).one("section", cls="join")
        assert [p.text for p in join.find_all("p")] == [
            _("It has ended, so it takes no registrations.")
        ]
        assert not join.find_all("a"), slug
    doc = page(site, f"{PREFIX[lang]}activities/{PAUSED}.html")  # one that goes on says
    assert _facts(doc)[_("Places")].startswith(label(Capacity.PAUSED, lang))


def _join(cat, slug: str, lang: str):
    """The "How to join" section of an activity's page, rendered from ``cat``."""
    from tukena.site import render, urls
    from tukena.site.routes import Job

    job = Job("activity", slug, lang, urls.activity(lang, slug), "activity.html")
    return main(parse(render.render(cat, job, "t"))).one("section", cls="join")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("required", [True, False])
def test_a_paused_activity_asks_for_no_registration_now(lang, required):
    """On a break, "How to join" neither asks to register (no deadline, no form, no
    address to register with: a professional would sign a client up for a group that does
    not meet) nor tells to just come along; the organiser's instructions stay, as they may
    say when it goes on, and the contacts have a section of their own. Once it goes on
    again, all of it is back."""
    _ = translations(lang).gettext
    a = CONTENT.activities[PAUSED]
    registration = a.registration.model_copy(
        update={
            "required": required,
            "deadline": DAY + dt.timedelta(days=20),
            "link": "https://forms.example/register",
            "phone": "+358401234567",
        }
    )
    paused = a.model_copy(update={"registration": registration})
    going = paused.model_copy(update={"capacity": Capacity.OPEN})
    shown = {}
    for key, activity in (("paused", paused), ("going", going)):
        content = dataclasses.replace(CONTENT, activities={**CONTENT.activities, PAUSED: activity})
        shown[key] = _join(build(content, CONFIG), PAUSED, lang)
    join = shown["paused"]
    texts = [p.text for p in join.find_all("p")]
    if required:
        assert texts[0] == _("It is paused, so it takes no registrations for now.")
    else:
        assert texts[0] == _("Paused for now: ask the organiser when it continues.")
    assert texts[1:] == [a.registration.instructions[a.language]]  # the organiser's, kept
    assert not join.find_all("a") and not join.find("ul")
    assert _("Registration is required.") not in join.text
    assert _("No registration needed: just come along.") not in join.text
    # the same listing once it goes on: how to register, or that it needs none
    back = shown["going"]
    if required:
        assert back.find_all("p")[0].text.startswith(_("Registration is required."))
        assert "https://forms.example/register" in [x.get("href") for x in back.find_all("a")]
    else:
        assert back.find_all("p")[0].text == _("No registration needed: just come along.")
