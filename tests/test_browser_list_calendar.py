"""The list's calendar file in Chromium with the browser's clock set: it holds what is still
to come when it is made, the list being for a client to go to its sessions.

A session that has ended is left out (one that is under way is kept), and so is a weekly
slot whose season is over; a weekly slot still running keeps its rule. Each activity's own
file keeps all of them (tukena/site/exports/ical.py): the test compares with those.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import icalendar
import pytest

from tests.site_helpers import PREFIX, sample_content
from tukena import invites
from tukena.schemas.languages import pick, text_direction
from tukena.site.i18n import translations
from tukena.status import Status

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]

HELSINKI = dt.timezone(dt.timedelta(hours=2))  # winter time, as the moments below are
#: a series of info evenings 17.00–19.00: 15.9., 20.10., 24.11.2026, 26.1., 16.3.2027
EVENINGS = "tervetuloa-espooseen-infoillat"
#: weekly, its season 7.9.–9.12.2026
ENDING = "suomen-kurssi-kerava-alkeet"
#: weekly, its season without an end
RUNNING = "avoin-olohuone-koivukyla"
CONTENT, STATUS = sample_content()
#: paused (its page links no calendar) and ended (nor does its page)
PAUSED = next(
    s for s, a in CONTENT.activities.items() if not invites.meets(a) and STATUS[s] is Status.ACTIVE
)
ENDED = next(
    s for s, a in CONTENT.activities.items() if invites.meets(a) and STATUS[s] is Status.ENDED
)
#: its title in Dari, right to left, on the Swedish and English pages (Finnish on the Finnish)
DARI = "dari-neuvonta-tikkurila"


def _title(slug: str, lang: str) -> tuple[str, str]:
    """Its title as its page shows it in ``lang``, and the language it is in."""
    a = CONTENT.activities[slug]
    return pick(a.title, lang, a.language)


def _own(page, site: str, slug: str) -> icalendar.Calendar:
    html = page.request.get(f"{site}/activities/{slug}.html").text()
    href = re.search(r'type="text/calendar" href="([^"]+)"', html).group(1)
    return icalendar.Calendar.from_ical(page.request.get(site + href).body())


def _listed(browser, site: str, moment: dt.datetime, slugs: list[str], lang: str = "en", **options):
    """A page of the list of ``slugs`` at ``moment``, its activities loaded; ``options``
    of its browser context besides."""
    context = browser.new_context(accept_downloads=True, timezone_id="Europe/Helsinki", **options)
    page = context.new_page()
    page.clock.set_fixed_time(moment)
    page.goto(f"{site}/{PREFIX[lang]}list/")
    page.evaluate("s => TukenaList.store(s)", slugs)
    page.reload()
    page.wait_for_function(
        f"() => [...document.querySelectorAll('#list-items > li')].length === {len(slugs)}"
        " && [...document.querySelectorAll('#list-items > li')].every("
        "li => li.querySelector('dl.facts') || li.querySelector('.notice'))"
    )
    return context, page


@pytest.mark.parametrize(
    ("moment", "evenings", "ending"),
    [
        # the evening of 24.11. under way: kept, with the two to come; the course runs
        (dt.datetime(2026, 11, 24, 18, 59, 59, tzinfo=HELSINKI), 3, True),
        (dt.datetime(2026, 11, 24, 19, 0, 1, tzinfo=HELSINKI), 2, True),
        # the day after the course's season: its weekly slots are left out
        (dt.datetime(2026, 12, 10, 0, 0, 1, tzinfo=HELSINKI), 2, False),
    ],
)
def test_the_list_calendar_leaves_out_what_is_over(site, browser, moment, evenings, ending):
    context, page = _listed(browser, site, moment, [EVENINGS, ENDING, RUNNING])
    try:
        with page.expect_download() as download:
            page.locator("#list-calendar").click()
        merged = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes())
        events = {str(e["UID"]): e for e in merged.walk("VEVENT")}
        own = {slug: _own(page, site, slug).walk("VEVENT") for slug in (EVENINGS, ENDING, RUNNING)}
        assert len(own[EVENINGS]) == len(CONTENT.activities[EVENINGS].schedule.sessions)
        kept = [e for e in own[EVENINGS] if e["DTEND"].dt > moment]
        assert len(kept) == evenings
        assert {str(e["UID"]) for e in own[EVENINGS]} & set(events) == {str(e["UID"]) for e in kept}
        for slug, running in ((ENDING, ending), (RUNNING, True)):
            assert own[slug] and all("RRULE" in e for e in own[slug])
            for e in own[slug]:  # the rule as it is in the activity's own file
                assert (str(e["UID"]) in events) == running, (slug, moment)
                if running:
                    assert events[str(e["UID"])]["RRULE"] == e["RRULE"]
        assert [str(z["TZID"]) for z in merged.walk("VTIMEZONE")] == ["Europe/Helsinki"]
        said = page.locator("#list-status").text_content()
        counted = f"The calendar file holds {2 + ending} activities."
        left = f" Left out, no sessions ahead: {_title(ENDING, 'en')[0]}."  # its season over
        assert said == counted + ("" if ending else left)
    finally:
        context.close()


def test_a_list_with_nothing_still_to_come_makes_no_empty_calendar(site, browser):
    """The course's season is over: its calendar would be empty, so none is made, and the
    status says why, in the page's language."""
    moment = dt.datetime(2026, 12, 10, 0, 0, 1, tzinfo=HELSINKI)
    for lang, said in (
        ("en", "None of these activities has sessions still to come"),
        ("fi", "Näillä toiminnoilla ei ole enää tulevia kertoja"),
    ):
        context, page = _listed(browser, site, moment, [ENDING], lang)
        try:
            downloads = []
            page.on("download", lambda d, found=downloads: found.append(d))
            before = page.locator("#list-status").text_content()  # "1 activity on the list"
            page.locator("#list-calendar").click()
            page.wait_for_function(
                "b => document.getElementById('list-status').textContent !== b", arg=before
            )
            assert page.locator("#list-status").text_content().startswith(said)
            assert downloads == []
        finally:
            context.close()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_status_names_the_activities_the_calendar_left_out(site, browser, lang):
    """Those with no session ahead are named after the count, in the list's order, each
    title in its own language and direction: the course whose season is over, a paused
    and an ended activity (their pages link no calendar), and the Dari advice, its
    calendar served here as if its sessions were over. Those the file holds are not."""
    moment = dt.datetime(2026, 12, 10, 0, 0, 1, tzinfo=HELSINKI)
    slugs = [EVENINGS, ENDING, PAUSED, RUNNING, ENDED, DARI]
    left = [ENDING, PAUSED, ENDED, DARI]
    # the requests routed here, not answered by the site's service worker
    context, page = _listed(browser, site, moment, slugs, lang, service_workers="block")
    try:

        def over(route):  # its own file without its events
            text = route.fetch().text()
            kept = re.sub(r"BEGIN:VEVENT\r\n.*?END:VEVENT\r\n", "", text, flags=re.S)
            assert kept != text and "BEGIN:VEVENT" not in kept
            route.fulfill(body=kept, content_type="text/calendar")

        page.route(f"**/activities/{DARI}.ics*", over)
        with page.expect_download():
            page.locator("#list-calendar").click()
        status = page.locator("#list-status")
        names = status.locator("span").evaluate_all(
            "spans => spans.map(s => [s.textContent, s.getAttribute('lang'), s.getAttribute('dir')])"
        )
        expected = []
        for slug in left:
            text, code = _title(slug, lang)
            other = code != lang
            expected.append(
                [text, code if other else None, text_direction(code) if other else None]
            )
        assert names == expected
        assert (lang == "fi") != (["fa-AF", "rtl"] in [n[1:] for n in names])
        i18n = translations(lang)
        count = i18n.ngettext(
            "The calendar file holds {n} activity.", "The calendar file holds {n} activities.", 2
        ).format(n=2)
        names_said = ", ".join(_title(s, lang)[0] for s in left)
        lead = _left_out(i18n, len(left)).format(names=names_said)
        assert status.text_content() == f"{count} {lead}"
    finally:
        context.close()


def _left_out(i18n, n: int) -> str:
    return i18n.ngettext(
        "Left out, no sessions ahead: {names}.", "Left out, no sessions ahead: {names}.", n
    )


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_one_activity_left_out_is_said_of_one(site, browser, lang):
    """Finnish and Swedish say of one activity left out what they say of one ("jäi pois",
    "Utelämnad"), not what they say of several."""
    moment = dt.datetime(2026, 12, 10, 0, 0, 1, tzinfo=HELSINKI)
    context, page = _listed(browser, site, moment, [EVENINGS, ENDING], lang)
    try:
        with page.expect_download():
            page.locator("#list-calendar").click()
        i18n = translations(lang)
        one, several = _left_out(i18n, 1), _left_out(i18n, 2)
        assert one != several  # the language tells one from several
        count = i18n.ngettext(
            "The calendar file holds {n} activity.", "The calendar file holds {n} activities.", 1
        ).format(n=1)
        lead = one.format(names=_title(ENDING, lang)[0])
        assert page.locator("#list-status").text_content() == f"{count} {lead}"
    finally:
        context.close()
