"""Words for today and tomorrow on the search page in Chromium, at a visitor's own date.

"huomenna", "i morgon" and "tomorrow" mean the visitor's day, not the build's: a page built
on Sunday and read on Wednesday finds what meets on Thursday. The browser's clock is set
with Playwright's clock, so the day the page reads is known; the expected listings are
computed from the content files: the listings with a session then by tukena's own
occurrences (the page reads the build's session days: breaks and a fortnightly rhythm count).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.search_browser_support import DAY, LISTED, PREFIX, settle, shown_slugs, total
from tukena.occurrences import occurrences
from tukena.search import documents

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]

HELSINKI = dt.timezone(dt.timedelta(hours=2))  # winter time, as the dates below are


def expected(day: dt.date) -> set[str]:
    """Listings with a session on ``day``."""
    return expected_between(day, day)


@pytest.fixture
def clocked(browser):
    """A page whose clock the test sets before it opens the site."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, timezone_id="Europe/Helsinki"
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize(
    ("lang", "word", "ahead"),
    [
        ("fi", "huomenna", 1),
        ("sv", "i morgon", 1),
        ("en", "today", 0),
        ("fi", "tänään", 0),
        ("en", "i morgon", 1),  # another language's words work on every site
        ("sv", "tomorrow", 1),
    ],
)
@pytest.mark.parametrize("later", [0, 3])  # read on the build's day, and three days on
def test_today_and_tomorrow_are_the_visitors_days(site, clocked, lang, word, ahead, later):
    read_on = DAY + dt.timedelta(days=later)
    clocked.clock.set_fixed_time(dt.datetime.combine(read_on, dt.time(10, 0), HELSINKI))
    day = read_on + dt.timedelta(days=ahead)
    wanted = expected(day)
    assert wanted, f"the sample has nothing meeting on {day}"
    clocked.goto(f"{site}/{PREFIX[lang]}search/?q={word}&show=1000")
    settle(clocked)
    assert set(shown_slugs(clocked)) == wanted
    assert total(clocked) == len(wanted)
    # and not the build's day: some days the two differ
    if later:
        assert wanted != expected(DAY + dt.timedelta(days=ahead))


def expected_between(start: dt.date, end: dt.date) -> set[str]:
    """Listings with a session from ``start`` to ``end`` (not paused): what the page knows
    of the weeks after the build from its session days."""
    from tests.search_browser_support import CONTENT

    return {
        listing.slug
        for listing in documents.listings(CONTENT, DAY)
        if listing.slug in LISTED
        and listing.next_session is not None
        and occurrences(listing.activity.schedule, start, end)
    }


@pytest.mark.parametrize(
    ("lang", "words", "later_week"),
    [
        ("fi", "tällä viikolla", False),
        ("fi", "ensi viikolla", True),
        ("sv", "den här veckan", False),
        ("sv", "nästa vecka", True),
        ("en", "this week", False),
        ("en", "next week", True),
    ],
)
@pytest.mark.parametrize("later", [0, 3])  # read on the build's Sunday, and on Wednesday
def test_this_week_and_next_week_are_the_visitors_weeks(
    site, clocked, lang, words, later_week, later
):
    """ "tällä viikolla" is the visitor's today to Sunday, "next week" the Monday to Sunday
    after: a Finnish week starts on Monday."""
    read_on = DAY + dt.timedelta(days=later)
    clocked.clock.set_fixed_time(dt.datetime.combine(read_on, dt.time(10, 0), HELSINKI))
    monday = read_on - dt.timedelta(days=read_on.weekday())
    start = monday + dt.timedelta(days=7) if later_week else read_on
    wanted = expected_between(start, monday + dt.timedelta(days=13 if later_week else 6))
    assert wanted and wanted != set(LISTED)
    clocked.goto(f"{site}/{PREFIX[lang]}search/?q={words}&show=1000")
    settle(clocked)
    assert set(shown_slugs(clocked)) == wanted
    assert total(clocked) == len(wanted)
