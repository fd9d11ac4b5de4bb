"""Weekly schedules in words as a person writes them (:func:`tukena.site.humanize.slots`):
slots with the same times said together, weekdays in lower case mid-sentence in Finnish and
Swedish (capitalised in English), and only the first word of the line capitalised; on the
built pages' cards and activity pages too."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest

from tests.site_helpers import DAY, PREFIX, REPO, main, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena.schemas.schedule import Schedule, WeeklySlot
from tukena.site import catalogue, humanize, scheduleline
from tukena.site.config import SiteConfig
from tukena.site.i18n import format_day, translations
from tukena.site.views import ActivityView
from tukena.status import Status


def weekly(*slots: str, every: int = 1) -> list[WeeklySlot]:
    """``"mon 10:00-14:00"`` … as weekly slots."""
    made = []
    for text in slots:
        day, times = text.split()
        start, end = times.split("-")
        made.append(WeeklySlot(weekday=day, start=start, end=end, every=every))
    return made


FOUR = weekly("mon 10:00-14:00", "tue 10:00-14:00", "wed 10:00-14:00", "thu 10:00-14:00")
TWO = weekly("tue 16:00-18:00", "thu 16:00-18:00")
APART = weekly("mon 10:00-12:00", "wed 10:00-12:00", "fri 10:00-12:00")


@pytest.mark.parametrize(
    ("slots", "lang", "expected"),
    [
        (FOUR, "fi", ["Maanantaisin–torstaisin 10.00–14.00"]),
        (FOUR, "sv", ["Måndagar–torsdagar 10.00–14.00"]),
        (FOUR, "en", ["Mondays to Thursdays 10:00–14:00"]),
        (TWO, "fi", ["Tiistaisin ja torstaisin 16.00–18.00"]),
        (TWO, "sv", ["Tisdagar och torsdagar 16.00–18.00"]),
        (TWO, "en", ["Tuesdays and Thursdays 16:00–18:00"]),
        (APART, "fi", ["Maanantaisin, keskiviikkoisin ja perjantaisin 10.00–12.00"]),
        (APART, "sv", ["Måndagar, onsdagar och fredagar 10.00–12.00"]),
        (APART, "en", ["Mondays, Wednesdays and Fridays 10:00–12:00"]),
        # two days in a row are two days; a run of three is a range, the rest listed
        (
            weekly("mon 9:00-10:00", "tue 9:00-10:00"),
            "fi",
            ["Maanantaisin ja tiistaisin 9.00–10.00"],
        ),
        (
            weekly("fri 9:00-10:00", "mon 9:00-10:00", "wed 9:00-10:00", "tue 9:00-10:00"),
            "en",
            ["Mondays to Wednesdays and Fridays 9:00–10:00"],
        ),
        (
            weekly("sat 9:00-10:00", "mon 9:00-10:00", "tue 9:00-10:00", "wed 9:00-10:00"),
            "sv",
            ["Måndagar–onsdagar och lördagar 9.00–10.00"],
        ),
        # other times stay apart, lower case mid-sentence in fi and sv
        (
            weekly("mon 12:00-16:00", "thu 9:00-12:00"),
            "fi",
            ["Maanantaisin 12.00–16.00", "torstaisin 9.00–12.00"],
        ),
        (
            weekly("mon 12:00-16:00", "thu 9:00-12:00"),
            "sv",
            ["Måndagar 12.00–16.00", "torsdagar 9.00–12.00"],
        ),
        (
            weekly("mon 12:00-16:00", "thu 9:00-12:00"),
            "en",
            ["Mondays 12:00–16:00", "Thursdays 9:00–12:00"],
        ),
        # a group stands where its first slot is; a day given twice is said once
        (
            weekly("tue 16:00-18:00", "wed 10:00-12:00", "thu 16:00-18:00", "tue 16:00-18:00"),
            "fi",
            ["Tiistaisin ja torstaisin 16.00–18.00", "keskiviikkoisin 10.00–12.00"],
        ),
        ([], "fi", []),
    ],
)
def test_weekly_slots_in_words(slots, lang, expected):
    assert humanize.slots(slots, lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", ["Joka toinen tiistai 17.00–19.00", "joka toinen torstai 17.00–19.00"]),
        ("sv", ["Varannan tisdag 17.00–19.00", "varannan torsdag 17.00–19.00"]),
        ("en", ["Every other Tuesday 17:00–19:00", "every other Thursday 17:00–19:00"]),
    ],
)
def test_slots_every_other_week_are_not_merged(lang, expected):
    """ "Joka toinen tiistai ja torstai" would read as every Thursday."""
    slots = weekly("tue 17:00-19:00", "thu 17:00-19:00", every=2)
    assert humanize.slots(slots, lang) == expected


def test_a_weekly_and_a_fortnightly_slot_at_the_same_time_stay_apart():
    slots = [*weekly("mon 17:00-19:00"), *weekly("wed 17:00-19:00", every=2)]
    assert humanize.slots(slots, "fi") == [
        "Maanantaisin 17.00–19.00",
        "joka toinen keskiviikko 17.00–19.00",
    ]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fi", "Tiistaisin ja torstaisin 16.00–18.00, torstaisin 19.00–20.00, 18.8.2026–27.5.2027"),
        ("sv", "Tisdagar och torsdagar 16.00–18.00, torsdagar 19.00–20.00, 18.8.2026–27.5.2027"),
        (
            "en",
            "Tuesdays and Thursdays 16:00–18:00, Thursdays 19:00–20:00, 18 Aug 2026 – 27 May 2027",
        ),
    ],
)
def test_summary_is_one_sentence(lang, expected):
    schedule = Schedule(
        season={"start": "2026-08-18", "end": "2027-05-27"},
        weekly=[*TWO, *weekly("thu 19:00-20:00")],
    )
    assert scheduleline.summary(schedule, lang, dt.date(2026, 11, 22)) == expected


SERIES = Schedule(
    sessions=[
        {"date": day, "start": "17:00", "end": "19:00"}
        for day in ("2026-10-20", "2026-11-24", "2026-12-10", "2027-01-26")
    ]
)


@pytest.mark.parametrize(
    ("today", "lang", "expected"),
    [
        ("2026-11-22", "en", "3 sessions, 24 Nov 2026 – 26 Jan 2027"),
        ("2026-11-22", "fi", "3 kertaa, 24.11.2026–26.1.2027"),
        ("2026-12-10", "sv", "2 träffar, 10.12.2026–26.1.2027"),
        ("2026-12-11", "en", "1 session, 26 Jan 2027"),
        ("2026-12-11", "fi", "1 kerta, 26.1.2027"),
        ("2026-12-11", "sv", "1 träff, 26.1.2027"),
        # none left: the whole series, as an organisation's ended listings say it
        ("2027-01-27", "en", "4 sessions, 20 Oct 2026 – 26 Jan 2027"),
    ],
)
def test_a_summary_counts_the_sessions_still_ahead(today, lang, expected):
    assert scheduleline.summary(SERIES, lang, dt.date.fromisoformat(today)) == expected


# --- on the built pages ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


#: the Somali homework club in Kontula: Tuesdays and Thursdays 16–18
KONTULA = "somalinkielinen-laksykerho-kontula"
CARD_WHEN = {
    "fi": "Tiistaisin ja torstaisin 16.00–18.00, 18.8.2026–27.5.2027",
    "sv": "Tisdagar och torsdagar 16.00–18.00, 18.8.2026–27.5.2027",
    "en": "Tuesdays and Thursdays 16:00–18:00, 18 Aug 2026 – 27 May 2027",
}
#: phone help on Mondays to Thursdays 10–14
PAGE_WHEN = {
    "fi": "Maanantaisin–torstaisin 10.00–14.00",
    "sv": "Måndagar–torsdagar 10.00–14.00",
    "en": "Mondays to Thursdays 10:00–14:00",
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_card_says_the_same_times_once(site, lang):
    doc = page(site, f"{PREFIX[lang]}municipalities/helsinki.html")
    card = next(
        c
        for c in main(doc).find_all("article", cls="card")
        if f"/activities/{KONTULA}.html" in c.one("h3").links()[0]
    )
    when = card.find_all("dd")[0].text
    assert when.startswith(CARD_WHEN[lang]), when


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_an_activity_page_says_consecutive_days_as_a_range(site, lang):
    doc = page(site, f"{PREFIX[lang]}activities/digiapu-puhelimessa.html")
    assert [s.text for s in main(doc).find_all("span", cls="slot")] == [PAGE_WHEN[lang]]


#: a series of info evenings in Espoo: two past on the test date, three ahead
EVENINGS = "tervetuloa-espooseen-infoillat"
EVENINGS_WHEN = {
    "fi": "3 kertaa 16.3.2027 asti, seuraavan kerran 24.11.2026",
    "sv": "3 träffar till och med 16.3.2027, nästa gång 24.11.2026",
    "en": "3 sessions until 16 Mar 2027, next 24 Nov 2026",
}


def _cards(doc) -> dict[str, str]:
    """Each card's slug and what it says under "When"."""
    return {
        c.one("h3").links()[0].rsplit("/", 1)[1].removesuffix(".html"): c.find_all("dd")[0].text
        for c in main(doc).find_all("article", cls="card")
    }


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_card_counts_the_sessions_ahead_and_says_the_next(site, lang):
    """As the search page's cards: the sessions from the build's day, and the next one's
    date where there is one to go to (the open data's next session)."""
    past = [s for s in sample_content()[0].activities[EVENINGS].schedule.sessions if s.date < DAY]
    assert len(past) == 2  # what the expected words need
    items = json.loads((site / "data/activities.json").read_text())["items"]
    upcoming = {i["slug"]: i["next_session"] for i in items}
    next_words = translations(lang).gettext("next {date}")
    for municipality in ("espoo", "helsinki"):
        shown = _cards(page(site, f"{PREFIX[lang]}municipalities/{municipality}.html"))
        assert shown
        for slug, when in shown.items():
            if upcoming[slug]:
                day = format_day(dt.date.fromisoformat(upcoming[slug]), lang)
                assert when.endswith(f", {next_words.format(date=day)}"), (slug, when)
                assert len(re.findall(rf"(?<!\d){re.escape(day)}", when)) == 1, (slug, when)  # once
            else:  # paused: no date to go to
                assert next_words.removesuffix("{date}") not in when, (slug, when)
        if municipality == "espoo":
            assert shown[EVENINGS] == EVENINGS_WHEN[lang]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_an_activity_page_says_in_words_which_sessions_are_past(site, lang):
    doc = page(site, f"{PREFIX[lang]}activities/{EVENINGS}.html")
    items = main(doc).one("ul", cls="sessions").find_all("li")
    sessions = sample_content()[0].activities[EVENINGS].schedule.sessions
    mark = translations(lang).gettext("(past)")
    assert mark != "(past)" or lang == "en"
    assert len(items) == len(sessions)
    for item, session in zip(items, sessions, strict=True):
        past = session.date < DAY
        assert ("past" in item.classes()) == past
        assert item.text.endswith(f" {mark}") == past, item.text
        marks = item.find_all("span", cls="past-mark")
        assert [m.text for m in marks] == ([mark] if past else [])


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_an_ended_series_is_said_whole_on_its_organisers_page(site, lang):
    """None left: what it was, to copy for next season; and no next session to go to."""
    doc = page(site, f"{PREFIX[lang]}organisations/sinivuoren-kansanopisto.html")
    archive = main(doc).one("section", cls="ended-activities")
    (item,) = [li for li in archive.find_all("li") if "sieniretket-jyvaskyla" in li.links()[0]]
    said = {"fi": "4 kertaa, 22.8.–3.10.2026", "en": "4 sessions, 22 Aug – 3 Oct 2026"}
    assert item.one("span", cls="meta").text == said[lang]


def test_a_lapsed_series_says_no_next_session():
    """Past its valid_until, it has ended though its sessions go on: its card tells of none
    to go to, as its page does (:mod:`tukena.invites`)."""
    content, _ = sample_content()
    lapsed = content.activities[EVENINGS].model_copy(update={"valid_until": DAY.replace(day=1)})
    made = dataclasses.replace(content, activities={**content.activities, EVENINGS: lapsed})
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    cat = catalogue.build(made, config)
    assert cat.status[EVENINGS] is Status.ENDED and cat.upcoming(EVENINGS) is not None
    said = ActivityView(cat, EVENINGS, "en").schedule_summary
    assert said == "3 sessions, 24 Nov 2026 – 16 Mar 2027", said
