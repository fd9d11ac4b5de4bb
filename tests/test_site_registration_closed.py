"""A registration whose deadline has passed is no invitation: an activity's or an event's
"How to join" says that it closed on that day, in fi, sv and en, and gives the addresses to
ask about places instead of a form to register with; a deadline today or ahead asks to
register as before. Every page depends on the build's day, so a rebuild on the day after
the deadline renders the page again."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.site_helpers import DAY, LANGUAGES, REPO, main, page, parse, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena import invites
from tukena.site import render, urls
from tukena.site.catalogue import build
from tukena.site.config import SiteConfig
from tukena.site.fingerprints import fingerprints
from tukena.site.i18n import format_day, translations
from tukena.site.routes import Job

CONTENT, STATUS = sample_content()
ACTIVITY = "suomen-kurssi-a2-mantsala"  # active, places open, registration required
EVENT = "selkokielen-koulutus-vapaaehtoisille"  # a training ahead, registration required
CONFIG = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY)
FORM = "https://forms.example/register"
EMAIL = "ilmoittautuminen@example.fi"
PHONE = "+358401234567"
INSTRUCTIONS = "Jonotuslista on auki. Seuraava ryhmä alkaa keväällä."


def _registration(old, deadline: dt.date):
    return old.model_copy(
        update={
            "required": True,
            "deadline": deadline,
            "link": FORM,
            "email": EMAIL,
            "phone": PHONE,
            "instructions": {"fi": INSTRUCTIONS},
        }
    )


def _activity_join(deadline: dt.date, lang: str):
    a = CONTENT.activities[ACTIVITY]
    changed = a.model_copy(update={"registration": _registration(a.registration, deadline)})
    content = dataclasses.replace(CONTENT, activities={**CONTENT.activities, ACTIVITY: changed})
    job = Job("activity", ACTIVITY, lang, urls.activity(lang, ACTIVITY), "activity.html")
    return main(parse(render.render(build(content, CONFIG), job, "t"))).one("section", cls="join")


def _event_join(deadline: dt.date, lang: str):
    item = CONTENT.news[EVENT]
    changed = item.model_copy(
        update={"registration": _registration(item.registration, deadline), "language": "fi"}
    )
    content = dataclasses.replace(CONTENT, news={**CONTENT.news, EVENT: changed})
    job = Job("news", EVENT, lang, urls.news_item(lang, EVENT), "news_item.html")
    return main(parse(render.render(build(content, CONFIG), job, "t"))).one("section", cls="join")


def _check(join_of, lang: str) -> None:
    _ = translations(lang).gettext
    past = DAY - dt.timedelta(days=1)
    join = join_of(past, lang)
    texts = [p.text for p in join.find_all("p")]
    assert texts[0] == _("Registration closed on %(date)s.") % {"date": format_day(past, lang)}
    assert texts[1] == _("Ask the organiser about places:")
    assert texts[2:] == [INSTRUCTIONS]  # the organiser's: a waiting list, a next round
    hrefs = [a.get("href") for a in join.find_all("a")]
    assert hrefs == [f"mailto:{EMAIL}", f"tel:{PHONE}"]  # no form to register with
    assert _("Registration is required.") not in join.text
    assert _("Registration form") not in join.text
    # a deadline today is still open, as is one ahead: asked to register by it
    for deadline in (DAY, DAY + dt.timedelta(days=3)):
        join = join_of(deadline, lang)
        first = join.find_all("p")[0].text
        register_by = _("Register by %(date)s.") % {"date": format_day(deadline, lang)}
        assert first == f"{_('Registration is required.')} {register_by}"
        assert FORM in [a.get("href") for a in join.find_all("a")]
        assert _("Ask the organiser about places:") not in join.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_activity_whose_registration_deadline_has_passed_says_it_closed(lang):
    _check(_activity_join, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_event_whose_registration_deadline_has_passed_says_it_closed(lang):
    _check(_event_join, lang)


def test_a_page_is_rendered_again_the_day_after_its_registration_deadline():
    """An incremental rebuild renders again the pages whose fingerprint changed: the
    activity's page on the day after its deadline is no longer the one of the day before."""
    deadline = CONTENT.activities[ACTIVITY].registration.deadline
    prints = []
    for today in (deadline, deadline + dt.timedelta(days=1)):
        cat = build(CONTENT, dataclasses.replace(CONFIG, today=today))
        jobs = [
            Job("activity", ACTIVITY, lang, urls.activity(lang, ACTIVITY), "activity.html")
            for lang in LANGUAGES
        ]
        prints.append(fingerprints(cat, jobs, "code"))
    assert prints[0].keys() == prints[1].keys()
    assert all(prints[0][url] != prints[1][url] for url in prints[0])


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sample_sites_pages_say_which_registrations_have_closed(site, lang):
    """As built on the test day: the activities and events still taking registrations ask
    for them by their deadline; those past it say that it closed, with no form."""
    _ = translations(lang).gettext
    pages = [
        (urls.activity(lang, slug), a.registration)
        for slug, a in CONTENT.activities.items()
        if STATUS[slug].value == "active" and a.capacity.value != "paused"
    ] + [(urls.news_item(lang, slug), n.registration) for slug, n in CONTENT.news.items()]
    seen = set()
    for url, r in pages:
        if r is None or not r.required or r.deadline is None:
            continue
        join = main(page(site, url)).one("section", cls="join")
        first = join.find_all("p")[0].text
        closed = invites.registration_closed(r, DAY)
        said = _("Registration closed on %(date)s.") if closed else _("Register by %(date)s.")
        assert said % {"date": format_day(r.deadline, lang)} in first, url
        assert (_("Registration form") in join.text) == (bool(r.link) and not closed), url
        seen.add(closed)
    assert seen == {True, False}  # the sample has both


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_registration_said_only_in_instructions_has_no_empty_list(lang):
    a = CONTENT.activities[ACTIVITY]
    only_words = a.registration.model_copy(
        update={"required": True, "deadline": None, "link": None, "email": None, "phone": None,
                "instructions": {"fi": INSTRUCTIONS}}
    )  # fmt: skip
    changed = a.model_copy(update={"registration": only_words})
    content = dataclasses.replace(CONTENT, activities={**CONTENT.activities, ACTIVITY: changed})
    job = Job("activity", ACTIVITY, lang, urls.activity(lang, ACTIVITY), "activity.html")
    join = main(parse(render.render(build(content, CONFIG), job, "t"))).one("section", cls="join")
    assert not join.find("ul")
    assert INSTRUCTIONS in join.text
