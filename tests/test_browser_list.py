"""'My list' in real Chromium: activities added on their pages show on the list page with
their titles, key facts, how to join and contact, in the order added; the list's link
carries them to another browser (in another language, and on to a third by the language
switcher), sent by the device's share sheet where there is one (copied where there is
none: tests/test_browser_printing.py), and that browser may keep them; taking one off,
emptying and the no-JavaScript notice work; the pages pass axe-core in fi, sv and en."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

import icalendar
import pytest

from tests.browser_support import axe_violations
from tests.site_helpers import DAY, sample_content
from tukena.schemas.languages import pick
from tukena.status import Status

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}
CONTENT, STATUS = sample_content()
ACTIVE = sorted(s for s, state in STATUS.items() if state is Status.ACTIVE)
ENDED = sorted(s for s, state in STATUS.items() if state is Status.ENDED)
STALE = sorted(s for s, state in STATUS.items() if state is Status.STALE)
#: a current activity with no English title: its pages say so in sv and en
NOT_IN_ENGLISH = next(s for s in ACTIVE if "en" not in CONTENT.activities[s].title)
CHOSEN = [ACTIVE[3], ENDED[0], ACTIVE[0]]  # in the order added, not by name


def title(slug: str, lang: str) -> str:
    a = CONTENT.activities[slug]
    return pick(a.title, lang, a.language)[0]


def add(page, site: str, lang: str, slug: str) -> None:
    page.goto(f"{site}/{PREFIX[lang]}activities/{slug}.html")
    if slug in ENDED:  # its page offers no button: it was added before it ended
        assert page.locator("#list-toggle").count() == 0
        page.evaluate("s => TukenaList.store(TukenaList.stored().concat([s]))", slug)
        return
    area = page.locator("#list-toggle")
    area.locator("button").click()
    assert area.locator("[role=status]").inner_text()  # said to screen readers


def loaded(page) -> None:
    """Wait until the list page shows each item's facts (or why it has none)."""
    page.wait_for_function(
        "() => [...document.querySelectorAll('#list-items > li')].every("
        "li => li.querySelector('dl.facts') || li.querySelector('.notice'))"
    )


def shown(page) -> list[str]:
    loaded(page)
    return page.locator("#list-items h2").all_inner_texts()


def test_activities_added_on_their_pages_are_listed_with_their_facts(site, page):
    for slug in CHOSEN:
        add(page, site, "en", slug)
    page.goto(f"{site}/en/activities/{CHOSEN[0]}.html")
    assert page.locator("#list-toggle button").inner_text() == "Take off my list"
    page.goto(f"{site}/en/list/")
    assert shown(page) == [title(s, "en") for s in CHOSEN]
    assert page.locator("#list-status").inner_text() == "2 current activities on the list (1 ended)"
    assert page.locator("#list-items dl.facts").count() == 3
    for name in ("join", "contact"):  # how to join and whom to ask, under the item's heading
        assert page.locator(f"#list-items .list-{name} h3").count() == 3
    assert page.locator("#list-items [id]").count() == 0  # no page's ids, repeated
    ended = page.locator("#list-items > li").nth(1)
    assert ended.locator(".badge").inner_text() == "This activity has ended."
    link = page.input_value("#list-link")
    assert parse_qs(urlsplit(link).query) == {"a": [",".join(CHOSEN)]}
    hrefs = page.eval_on_selector_all("#list-items h2 a", "links => links.map(a => a.href)")
    assert [h.rsplit("/", 1)[1] for h in hrefs] == [f"{s}.html" for s in CHOSEN]
    assert axe_violations(page) == []
    # take the first off, then empty the list: it stays so on the next visit
    page.locator("#list-items > li").first.locator("button.list-remove").click()
    assert shown(page) == [title(s, "en") for s in CHOSEN[1:]]
    page.reload()
    assert shown(page) == [title(s, "en") for s in CHOSEN[1:]]
    page.locator("#list-clear").click()
    assert page.locator("#list-items > li").count() == 0
    # one press empties it, and one more puts it back, from the keyboard too
    assert page.locator("#list-status").inner_text() == "The list is emptied."
    assert page.evaluate("document.activeElement.id") == "list-undo"
    page.keyboard.press("Enter")
    assert shown(page) == [title(s, "en") for s in CHOSEN[1:]]
    assert page.locator("#list-undo-box").is_hidden()
    assert page.evaluate("document.activeElement.id") == "list-clear"
    page.reload()
    assert shown(page) == [title(s, "en") for s in CHOSEN[1:]]  # kept as it was
    page.locator("#list-clear").click()
    assert axe_violations(page) == []
    page.reload()
    assert page.locator("#list-status").inner_text() == (
        "The list is empty. Add activities from the search, "
        "from a list of activities or on their own pages."
    )
    assert page.locator("#list-tools").is_hidden()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_each_item_says_whether_it_is_current_and_who_runs_it(site, page, lang):
    """A list printed for a client says, under each title, whether the listing has ended
    or may be out of date, and who runs it; and, last, when it was last confirmed."""
    chosen = [STALE[0], ENDED[0], ACTIVE[0], NOT_IN_ENGLISH]
    languages = set()
    page.goto(f"{site}/{PREFIX[lang]}list/?a={','.join(chosen)}")
    assert shown(page) == [title(s, lang) for s in chosen]
    for i, slug in enumerate(chosen):
        a = CONTENT.activities[slug]
        item = page.locator("#list-items > li").nth(i)
        classes = item.evaluate("li => [...li.children].map(c => c.className || c.tagName)")
        stale, ended = slug in STALE, slug in ENDED
        status = ["notice notice-stale"] if stale else ["badge badge-stale"] if ended else []
        # the page's notice of texts in other languages, when it has one
        html = page.request.get(f"{site}/{PREFIX[lang]}activities/{slug}.html").text()
        notice = re.search(r'<p class="notice notice-language">([^<]*)</p>', html)
        if notice:
            status.append("notice notice-language")
            assert item.locator(".notice-language").inner_text() == notice[1]
        assert classes[: len(status) + 3] == ["list-title", *status, "organiser", "facts"], slug
        languages.add(bool(notice))
        assert classes[-2:] == ["list-confirmed", "list-remove"], slug
        organiser = CONTENT.organisations[a.organisation]
        assert (
            pick(organiser.name, lang, organiser.language)[0]
            in item.locator(".organiser").inner_text()
        )
        confirmed = item.locator(".list-confirmed time")
        assert confirmed.get_attribute("datetime") == a.verified.isoformat()
        if stale:  # the page's own notice, with the same date
            assert confirmed.inner_text() in item.locator(".notice-stale").inner_text()
    assert page.locator("#list-items [id]").count() == 0
    assert axe_violations(page) == []
    assert True in languages or lang == "fi", "a listing with texts in Finnish alone"


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_an_item_keeps_no_link_within_its_activity_s_page(site, page, lang):
    """A full or paused activity's page adds "– Find similar activities", a link to its
    own section below; on the list it would lead nowhere, so the item says the capacity
    alone, and no link of an item points within a page."""
    closed = [
        slug
        for slug, a in CONTENT.activities.items()
        if a.capacity in ("full", "paused") and STATUS[slug] is not Status.ENDED
    ]
    assert closed
    page.goto(f"{site}/{PREFIX[lang]}list/?a={','.join(closed)}")
    assert shown(page) == [title(s, lang) for s in closed]
    for i, slug in enumerate(closed):
        html = page.request.get(f"{site}/{PREFIX[lang]}activities/{slug}.html").text()
        label = re.search(r'<dd class="capacity[^"]*">([^<]*)<span class="in-page">', html)
        assert label, slug  # the page has the link
        item = page.locator("#list-items > li").nth(i)
        assert item.locator("dd.capacity").inner_text() == label[1], slug
    hrefs = page.eval_on_selector_all(
        "#list-items a", "links => links.map(a => a.getAttribute('href'))"
    )
    assert hrefs and not [h for h in hrefs if h.startswith("#")]


def test_a_printed_list_shows_the_client_what_is_for_them(site, browser):
    """On paper: no "saved" message, no category of the service's own reporting, no link
    to similar activities beside "Full" (nor on screen: test_an_item_keeps_no_link…); each
    activity kept whole on its page."""
    closed = next(s for s in ACTIVE if CONTENT.activities[s].capacity.value in ("full", "paused"))
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(f"{site}/en/list/?a={closed},{ACTIVE[0]}")
        assert shown(page) == [title(closed, "en"), title(ACTIVE[0], "en")]
        page.locator("#list-save").click()
        item = page.locator("#list-items > li").first
        for hidden in ("#list-status", ".fact-category"):
            assert page.locator(hidden).first.is_visible(), hidden  # on screen
        page.emulate_media(media="print")
        assert page.locator("#list-status").is_hidden()
        assert item.locator(".fact-category").is_hidden()
        label = CONTENT.activities[closed].capacity.value.capitalize()
        assert item.locator(".capacity").is_visible()
        assert item.locator(".capacity").inner_text() == label  # no link, nor its dash
        assert item.evaluate("li => getComputedStyle(li).breakInside") == "avoid"
        # a registration form's or more information's address is printed after its link
        linked = next(
            s
            for s in ACTIVE
            if CONTENT.activities[s].registration.link or CONTENT.activities[s].contact.link
        )
        page.emulate_media(media="screen")
        page.goto(f"{site}/en/list/?a={linked}")
        loaded(page)
        page.emulate_media(media="print")
        printed = page.eval_on_selector_all(
            ".list-join a[href^=http], .list-contact a[href^=http]",
            "links => links.map(a => [a.href, getComputedStyle(a, '::after').content])",
        )
        assert printed and all(href in after for href, after in printed)
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_sent_link_shows_the_list_in_another_browser_which_may_keep_it(site, browser, lang):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.goto(f"{site}/{PREFIX[lang]}list/?a={','.join(CHOSEN)},no-such-activity,BAD/../x")
        titles = shown(page)
        assert titles[:3] == [title(s, lang) for s in CHOSEN]
        assert titles[3] == "no-such-activity" and len(titles) == 4  # the bad name dropped
        assert page.locator("#list-items > li").nth(3).locator(".notice").count() == 1
        assert axe_violations(page) == []
        other = "en" if lang == "fi" else "fi"  # the list is kept in another language
        page.locator(f".language-switcher a[hreflang={other}]").click()
        sent = urlsplit(page.url).query
        page.wait_for_url(lambda url: urlsplit(url).path == f"/{PREFIX[other]}list/")
        assert urlsplit(page.url).query == sent
        assert shown(page)[:3] == [title(s, other) for s in CHOSEN]
        page.go_back()
        keep = page.locator("#list-save")
        assert keep.is_visible()
        keep.click()
        page.goto(f"{site}/{PREFIX[lang]}list/")
        assert shown(page)[:3] == [title(s, lang) for s in CHOSEN]
        page.goto(f"{site}/{PREFIX[lang]}activities/{CHOSEN[2]}.html")
        assert axe_violations(page) == []
        button = page.locator("#list-toggle button")
        before = button.inner_text()
        button.click()
        assert button.inner_text() != before  # taken off: the button offers to add it again
    finally:
        context.close()


def test_from_the_keyboard_the_focus_stays_in_the_list_and_each_button_names_its_item(
    site, browser
):
    """Taking one off gives the focus to the next item's button (the one before, after the
    last; the heading, when none is left), not to the page's start; "Keep as my list" hands
    it to the heading; each "Take off the list" is named with its activity's title."""
    context = browser.new_context()
    page = context.new_page()
    focused = """(() => { const e = document.activeElement;
        return e.tagName === 'BUTTON' ? e.getAttribute('aria-label') : e.tagName; })()"""
    try:
        chosen = ACTIVE[:3]
        page.goto(f"{site}/en/list/?a={','.join(chosen)}")
        loaded(page)
        for slug in chosen:
            named = page.get_by_role("button", name=f"Take off the list: {title(slug, 'en')}")
            assert named.count() == 1, slug
        page.locator("#list-save").focus()
        page.keyboard.press("Enter")
        assert page.evaluate(focused) == "H1"
        page.locator("button.list-remove").nth(1).focus()
        page.keyboard.press("Enter")
        named = "Take off the list: {}".format
        assert page.evaluate(focused) == named(title(chosen[2], "en"))  # the next one
        page.keyboard.press("Enter")
        assert page.evaluate(focused) == named(title(chosen[0], "en"))  # the last: the one before
        page.keyboard.press("Enter")
        assert page.evaluate(focused) == "H1"
        assert page.locator("#list-items > li").count() == 0
    finally:
        context.close()


def test_without_javascript_the_list_page_says_so_and_pages_show_no_button(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{site}/en/list/")
        assert page.locator("#list-nojs").is_visible()
        assert page.locator("#list-app").is_hidden()
        page.goto(f"{site}/en/activities/{CHOSEN[0]}.html")
        assert page.locator("#list-toggle").is_hidden()
    finally:
        context.close()


def test_the_list_is_sent_by_the_share_sheet_where_there_is_one(site, browser):
    context = browser.new_context()
    # the sheet itself is the operating system's: a stand-in records what it is given
    context.add_init_script(
        "navigator.share = d => { window.shared = d; return Promise.resolve(); };"
    )
    page = context.new_page()
    try:
        for slug in CHOSEN:  # the browser's own list: its page's address does not carry it
            add(page, site, "en", slug)
        page.goto(f"{site}/en/list/")
        shown(page)
        page.locator("#list-send").click()
        page.wait_for_function("() => window.shared")
        sent = page.evaluate("window.shared")
        assert sent["url"] == page.input_value("#list-link")
        assert parse_qs(urlsplit(sent["url"]).query) == {"a": [",".join(CHOSEN)]}
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_one_calendar_file_holds_the_sessions_of_the_whole_list(site, browser, lang):
    """The file merges the activities' own calendars: every event of each current one
    (the ended one has no sessions to come), each as in the activity's own file (its start,
    rule and exceptions), each time zone once. Made on the build's day, before any of their
    sessions is over (tests/test_browser_list_calendar.py leaves those out)."""
    context = browser.new_context(accept_downloads=True, timezone_id="Europe/Helsinki")
    page = context.new_page()
    page.clock.set_fixed_time(
        dt.datetime.combine(DAY, dt.time(0, 0, 1), ZoneInfo("Europe/Helsinki"))
    )
    try:
        for slug in CHOSEN:
            add(page, site, lang, slug)
        page.goto(f"{site}/{PREFIX[lang]}list/")
        shown(page)
        with page.expect_download() as download:
            page.locator("#list-calendar").click()
        merged = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes())
        assert (
            download.value.suggested_filename
            == {"fi": "oma-lista.ics", "sv": "min-lista.ics"}[lang]
        )
        current = [s for s in CHOSEN if STATUS[s] is not Status.ENDED]
        ended = [title(s, lang) for s in CHOSEN if STATUS[s] is Status.ENDED]
        said = page.locator("#list-status").inner_text()
        assert said.split(".")[0].endswith(
            {"fi": f"on {len(current)} toimintaa", "sv": f"{len(current)} aktiviteter"}[lang]
        )
        assert said.endswith(f": {', '.join(ended)}.") and ended  # left out: none to come
        own = []
        for slug in current:  # each activity's calendar, where its page links it
            html = page.request.get(f"{site}/{PREFIX[lang]}activities/{slug}.html").text()
            href = re.search(r'type="text/calendar" href="([^"]+)"', html).group(1)
            own.append(icalendar.Calendar.from_ical(page.request.get(site + href).body()))

        def events(calendar):
            return {
                str(e["UID"]): (e["DTSTART"].dt, str(e.get("RRULE", "")), str(e.get("EXDATE", "")))
                for e in calendar.walk("VEVENT")
            }

        expected = {uid: e for calendar in own for uid, e in events(calendar).items()}
        assert events(merged) == expected and len(expected) >= len(current)
        assert [str(z["TZID"]) for z in merged.walk("VTIMEZONE")] == ["Europe/Helsinki"]
        assert str(merged["X-WR-CALNAME"]).startswith({"fi": "Oma lista", "sv": "Min lista"}[lang])
    finally:
        context.close()


def test_a_filled_list_reflows_at_320_pixels_and_passes_axe_in_the_dark(site, browser):
    """The list's items carry the activities' own long addresses (e-mail, web)."""
    context = browser.new_context(viewport={"width": 320, "height": 640}, color_scheme="dark")
    try:
        page = context.new_page()
        page.goto(f"{site}/en/list/?a={','.join(ACTIVE)}")
        assert len(shown(page)) == len(ACTIVE)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert axe_violations(page) == []
    finally:
        context.close()
