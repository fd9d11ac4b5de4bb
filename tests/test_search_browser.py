"""The search page in Chromium on the sample content: words and facets.

Inflected and misspelt queries find their base forms, ended listings are not found and
stale ones are marked, every facet and combinations of facets give exactly the expected
listings (computed from the content files in tests/search_browser_support.py), every count
beside a choice matches, sorting works and each result shows its key facts.
"""

from __future__ import annotations

import re

import pytest

from tests.search_browser_support import (
    BUSIEST_REGION,
    COMBINATIONS,
    COMMON_DAY,
    CONTENT,
    DATA,
    DAY,
    ESPOO,
    ESPOO_COUNTY,
    HELP_LANGUAGE,
    LISTED,
    PREFIX,
    SECOND_LANGUAGE,
    SHOW_ALL,
    STATUS,
    control_id,
    count_of,
    expected,
    meeting_days_and_times,
    open_search,
    places,
    query,
    settle,
    shown_slugs,
    state_of,
    title_words,
    total,
)
from tukena import invites
from tukena.occurrences import next_session
from tukena.site.i18n import format_day, translations
from tukena.status import Status

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]


# ---- words ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed,base",
    [
        ("kielikahvilaan", "kielikahvila"),
        ("vertaisryhmässä", "vertaisryhmä"),
        ("työnhakuun", "työnhaku"),
    ],
)
def test_inflected_finnish_finds_the_base_form(site, page, typed, base):
    wanted = title_words(base)
    assert wanted, f"the sample content has no title with {base!r}"
    open_search(page, site, query({"q": [typed]}, **SHOW_ALL))
    found = shown_slugs(page)
    assert wanted <= set(found)
    assert found[0] in wanted  # a title match ranks first
    assert page.locator("#search-note").is_hidden()


def test_prefix_matches_while_typing(site, page):
    wanted = title_words("kielikahvila")
    open_search(page, site, "?show=1000")
    page.locator("#search-q").press_sequentially("kielik", delay=30)
    page.wait_for_function("() => location.search.startsWith('?q=kielik')")
    settle(page)
    assert wanted <= set(shown_slugs(page))
    assert total(page) < len(LISTED)


def test_a_first_letter_alone_is_not_searched_while_typing(site, page):
    """ "k" alone would say "0 activities" to a screen reader at each new word: typing waits
    for the second letter; Enter searches what is there."""
    open_search(page, site, lang="en")
    before = page.locator("#search-status").inner_text()
    page.locator("#search-q").press_sequentially("k", delay=30)
    page.wait_for_timeout(600)
    assert page.evaluate("location.search") == ""
    assert page.locator("#search-status").inner_text() == before
    page.locator("#search-q").press_sequentially("i", delay=30)
    page.wait_for_function("() => location.search === '?q=ki'")
    page.locator("#search-q").fill("k")
    page.locator("#search-q").press("Enter")
    page.wait_for_function("() => location.search === '?q=k'")


def test_one_typo_is_forgiven_when_nothing_matches(site, page):
    wanted = title_words("kielikahvila")
    open_search(page, site, query({"q": ["kielikahvla"]}, **SHOW_ALL))  # 'i' left out
    assert wanted <= set(shown_slugs(page))
    short = title_words("kuoro")
    if short:  # four letters: the fallback accepts one edit from four letters
        open_search(page, site, query({"q": ["kuro"]}, **SHOW_ALL))
        assert short <= set(shown_slugs(page))
        assert page.locator("#search-note").is_visible()


def test_ended_listings_are_not_found_and_stale_ones_are_marked(site, page):
    ended = [s for s, state in STATUS.items() if state is Status.ENDED]
    stale = [s for s, state in STATUS.items() if state is Status.STALE]
    assert ended and stale
    open_search(page, site, "?show=1000")
    found = shown_slugs(page)
    assert set(found) == set(LISTED)
    assert total(page) == len(LISTED)
    for slug in ended:
        title = CONTENT.activities[slug].title.get("fi") or ""
        open_search(page, site, query({"q": [title]}, **SHOW_ALL))
        assert slug not in shown_slugs(page)
    open_search(page, site, "?show=1000")
    said = translations("fi").gettext("May be out of date (last confirmed %(date)s)")
    for slug in stale:
        card = page.locator(f"#search-results article:has(a[href$='/activities/{slug}.html'])")
        badge = card.locator(".badge-stale")  # with the day it was last confirmed
        assert badge.inner_text() == said % {
            "date": format_day(CONTENT.activities[slug].verified, "fi")
        }
        assert "card-stale" in card.get_attribute("class")
    fresh = [s for s, state in STATUS.items() if state is Status.ACTIVE]
    card = page.locator(f"#search-results article:has(a[href$='/activities/{fresh[0]}.html'])")
    assert card.locator(".badge-stale").count() == 0
    referred = page.locator("#search-results article:has(.badge-referrals) .card-title a")
    shown = {
        href.rsplit("/", 1)[1].removesuffix(".html")
        for href in referred.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    }
    assert shown == {s for s in LISTED if invites.takes_referrals(CONTENT.activities[s])}


# ---- facets -----------------------------------------------------------------------------------


@pytest.mark.parametrize("params", COMBINATIONS, ids=lambda p: query(p))
def test_facet_combinations_give_exactly_the_expected_listings(site, page, params):
    open_search(page, site, query(params, **SHOW_ALL))
    want = expected(params)
    assert set(shown_slugs(page)) == want
    assert total(page) == len(want)
    for name, values in params.items():  # the controls show the state
        for value in values:
            if name == "age":
                assert page.locator("#f-age").input_value() == value
            elif name == "mode":
                assert page.locator(f"#f-mode-{value}").is_checked()
            else:
                assert page.locator(
                    f"#search-app input[name='{name}'][value='{value}']"
                ).first.is_checked()


def test_counts_beside_the_choices(site, page):
    params = {"form": ["language-cafe"], "free": ["1"]}
    open_search(page, site, query(params))
    results = expected(params)
    assert total(page) == len(results)
    # another value of a facet in use: what choosing it too would add (values are alternatives)
    free = expected({"free": ["1"]})
    peer = {s for s in free if "peer-group" in {str(f) for f in LISTED[s].forms}}
    assert count_of(page, control_id(page, "form", "peer-group")) == len(peer)
    cafes = {s for s in free if "language-cafe" in {str(f) for f in LISTED[s].forms}}
    assert count_of(page, control_id(page, "form", "language-cafe")) == len(cafes)
    # a facet not in use: how many of the results have the value
    espoo = {s for s in results if ESPOO in places(LISTED[s])}
    assert count_of(page, control_id(page, "municipality", ESPOO)) == len(espoo)
    in_county = {
        s
        for s in results
        if ESPOO_COUNTY in {DATA.municipalities[m].county for m in places(LISTED[s])}
    }
    page.locator("#f-by-county").check()
    assert count_of(page, control_id(page, "county", ESPOO_COUNTY)) == len(in_county)
    evening = {s for s in results if "evening" in meeting_days_and_times(LISTED[s])[1]}
    assert count_of(page, "f-time-evening") == len(evening)
    childcare = {s for s in results if LISTED[s].childcare}
    assert count_of(page, "f-childcare") == len(childcare)
    assert count_of(page, "f-free") == len(results)
    online = {s for s in results if LISTED[s].online is not None}
    assert count_of(page, "f-mode-online") == len(online)
    # choosing it gives that many
    page.locator(f"#{control_id(page, 'form', 'peer-group')}").check()
    settle(page)
    assert total(page) == len(cafes | peer)


def test_a_municipality_is_found_by_its_name_without_knowing_its_region(site, page):
    """ "jyvask" shows Jyväskylä in its region opened, and no other region; its box chooses
    it; clearing the name shows every region again, closed but the one with a choice."""
    open_search(page, site, lang="en")
    page.locator(".place-list:not([hidden]) .place-group summary").first.wait_for()
    code = next(c for c, m in DATA.municipalities.items() if m.name_fi == "Jyväskylä")
    assert any(code in places(a) for a in LISTED.values())  # the sample has activities there
    page.fill("#f-place-find", "jyvask")  # typed without the marks
    shown = page.locator(".place-list[data-by=region] .place-group").filter(visible=True)
    assert shown.count() == 1 and shown.first.evaluate("d => d.open")
    boxes = shown.first.locator("input[name=municipality]").filter(visible=True)
    assert [b.get_attribute("value") for b in boxes.all()] == [code]
    boxes.first.check()
    settle(page)
    assert state_of(page) == {"municipality": [code]}
    page.fill("#f-place-find", "")
    groups = page.locator(".place-list[data-by=region] .place-group")
    assert groups.filter(visible=True).count() == groups.count() > 1
    assert [g.evaluate("d => d.open") for g in groups.all()].count(True) == 1  # Jyväskylä's


def test_choosing_in_the_interface_updates_results_and_address(site, page):
    open_search(page, site)
    page.locator(".place-list:not([hidden]) .place-group summary").first.wait_for()
    region_of_espoo = DATA.municipalities[ESPOO].region
    details = page.locator(f".place-list[data-by=region] details:has(input[value='{ESPOO}'])")
    details.locator("summary").click()
    details.locator(f"input[name=municipality][value='{ESPOO}']").check()
    settle(page)
    page.locator("#f-free").check()
    settle(page)
    assert state_of(page) == {"municipality": [ESPOO], "free": ["1"]}
    want = expected({"municipality": [ESPOO], "free": ["1"]})
    assert total(page) == len(want)
    # the region as a choice of its own widens the place
    page.locator(f"input[name=region][value='{region_of_espoo}']").check()
    settle(page)
    want = expected({"municipality": [ESPOO], "region": [region_of_espoo], "free": ["1"]})
    assert total(page) == len(want)
    # remove a choice from the list of selected filters
    page.locator("#search-active-list button[data-name=free]").click()
    settle(page)
    assert "free" not in state_of(page)


def test_an_age_typed_in_narrows_the_results(site, page):
    open_search(page, site, lang="en")
    length = page.evaluate("history.length")
    page.locator("#f-age").press_sequentially("16", delay=60)  # no search for "1" alone
    page.wait_for_function("() => location.search === '?age=16'")
    settle(page)
    assert total(page) == len(expected({"age": ["16"]})) < len(LISTED)
    assert page.evaluate("history.length") == length + 1  # one entry, not one a digit
    chip = page.locator("#search-active-list button[data-name=age]")
    assert chip.text_content().split() == ["Remove", "filter:", "Age", "16", "×"]
    assert page.locator("#search-filter-count").inner_text() == "(1 selected)"
    chip.click()
    page.wait_for_function("() => location.search === ''")
    settle(page)
    assert page.locator("#f-age").input_value() == ""
    assert total(page) == len(LISTED)
    page.locator("#f-age").fill("1.5")  # not an age in whole years: nothing chosen
    page.locator("#f-age").press("Enter")
    settle(page)
    assert state_of(page) == {} and total(page) == len(LISTED)
    # ...and it says so, tied to the field (WCAG 3.3.1), until the age is put right
    age, error = page.locator("#f-age"), page.locator("#f-age-error")
    error.wait_for()  # once the typing pauses
    assert age.get_attribute("aria-invalid") == "true"
    assert "f-age-error" in age.get_attribute("aria-describedby").split()
    page.locator("#f-age").fill("-3")
    page.wait_for_timeout(600)  # after the typing pause
    assert error.is_visible()
    page.locator("#f-age").fill("7")
    page.wait_for_function("() => location.search === '?age=7'")
    assert error.is_hidden() and age.get_attribute("aria-invalid") is None
    assert age.get_attribute("aria-describedby") == "f-age-hint"


@pytest.mark.parametrize(
    "lang,one,three",
    [
        ("fi", "(1 valittu)", "(3 valittua)"),
        ("sv", "(1 valt)", "(3 valda)"),
        ("en", "(1 selected)", "(3 selected)"),
    ],
)
def test_the_number_of_filters_chosen_agrees_with_it(site, page, lang, one, three):
    open_search(page, site, "?free=1", lang=lang)
    assert page.locator("#search-filter-count").inner_text() == one
    open_search(page, site, "?free=1&childcare=1&stepfree=1", lang=lang)
    assert page.locator("#search-filter-count").inner_text() == three


def test_sorting(site, page):
    open_search(page, site, "?sort=next&show=1000")
    slugs = shown_slugs(page)
    days = [invites.next_meeting(LISTED[s], next_session(LISTED[s].schedule, DAY)) for s in slugs]
    paused = [s for s, d in zip(slugs, days, strict=True) if d is None]
    assert paused and days[-len(paused) :] == [None] * len(paused)  # no next session: last
    assert days[: -len(paused)] == sorted(days[: -len(paused)])
    assert page.locator("#search-sort").input_value() == "next"
    page.locator("#search-sort").select_option("verified")
    settle(page)
    ago = [(DAY - LISTED[s].verified).days for s in shown_slugs(page)]
    assert ago == sorted(ago)  # to the day: 20 Nov before 10 Nov
    assert state_of(page)["sort"] == ["verified"]


# Which facet group a name of the address belongs to: a group's counts leave out its own
# choices; the "show only" flags count among the results.
GROUP_OF = {"municipality": "place", "region": "place", "county": "place"}
SHOW_ONLY = {"free", "open", "referrals", "childcare", "stepfree", "current"}


def expected_count(params: dict[str, list[str]], name: str, value: str) -> int:
    """The count beside choice ``name=value`` when ``params`` are chosen."""
    if name in SHOW_ONLY:
        return len(expected(params) & expected({name: ["1"]}))
    group = GROUP_OF.get(name, name)
    others = {k: v for k, v in params.items() if GROUP_OF.get(k, k) != group}
    if name == "mode" and not value:
        return len(expected(others))
    return len(expected({**others, name: [value]}))


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"form": ["language-cafe", "peer-group"], "region": [BUSIEST_REGION], "free": ["1"]},
        {"county": [ESPOO_COUNTY], "day": [COMMON_DAY], "mode": ["inperson"], "open": ["1"]},
        {"level": ["none", "basic"], "time": ["evening"], "language": [SECOND_LANGUAGE]},
        {"help": [HELP_LANGUAGE], "mode": ["inperson"]},
        {"age": ["8"], "form": ["language-cafe", "homework-help"]},
        {"current": ["1"], "mode": ["inperson"]},
    ],
    ids=lambda p: query(p) or "nothing",
)
def test_every_count_beside_a_choice(site, page, params):
    open_search(page, site, query(params))
    shown = page.evaluate(
        """() => [...document.querySelectorAll('#search-app input[id]')].flatMap(box => {
            const count = document.querySelector(`label[for='${box.id}'] .count`);
            return count ? [[box.name, box.value, count.textContent]] : [];
        })"""
    )
    names = {name for name, _, _ in shown}
    assert names >= {
        "municipality",
        "region",
        "county",
        "form",
        "group",
        "language",
        "help",
        "level",
        "category",
        "day",
        "time",
        "mode",
        "free",
        "open",
        "referrals",
        "childcare",
        "stepfree",
        "current",
    }  # every facet is offered, with counts
    wrong = [
        (name, value, text, expected_count(params, name, value))
        for name, value, text in shown
        if text != f"({expected_count(params, name, value)})"
    ]
    assert wrong == []


def english_ages(youngest: int | None, oldest: int | None) -> str:
    if oldest is None:
        return "1 year and over" if youngest == 1 else f"{youngest} years and over"
    if (youngest or 0) == oldest:
        return "under 1 year" if oldest == 0 else "1 year" if oldest == 1 else f"{oldest} years"
    if not youngest:
        return "up to 1 year" if oldest == 1 else f"up to {oldest} years"
    return f"{youngest}–{oldest} years"


def test_results_show_the_key_facts(site, page):
    from tukena.schemas.languages import language_name
    from tukena.schemas.vocabulary import label
    from tukena.site.i18n import format_day

    open_search(page, site, "?sort=next", lang="en")
    cards = page.eval_on_selector_all(
        "#search-results article",
        """cards => cards.map(card => ({
            href: card.querySelector('.card-title a').getAttribute('href'),
            facts: Object.fromEntries([...card.querySelectorAll('dl > div')].map(
                row => [row.querySelector('dt').textContent, row.querySelector('dd').textContent]))
        }))""",
    )
    assert len(cards) == 20
    assert any("Help available in" in card["facts"] for card in cards)
    assert {"Age" in card["facts"] for card in cards} == {True, False}
    for card in cards:
        a = LISTED[card["href"].removesuffix(".html").rsplit("/", 1)[1]]
        facts = card["facts"]
        helped = [c for c in a.support_languages if c not in a.languages]
        limited = a.age is not None and (a.age.min or a.age.max is not None)
        assert set(facts) == {"When", "Where", "Language", "Cost", "Places"} | (
            {"Help available in"} if helped else set()
        ) | ({"Age"} if limited else set())
        if limited:
            assert facts["Age"] == english_ages(a.age.min, a.age.max)
        for code in helped:
            assert language_name(code, "en") in facts["Help available in"]
        upcoming = invites.next_meeting(a, next_session(a.schedule, DAY))  # none while paused
        assert upcoming and format_day(upcoming, "en") in facts["When"]
        for code in places(a):
            assert DATA.municipalities[code].name("en") in facts["Where"]
        if a.online is not None:
            assert "online" in facts["Where"]
        for code in a.languages:
            assert language_name(code, "en") in facts["Language"]
        assert facts["Cost"] == ("Free" if a.cost.free else "Fee")
        assert facts["Places"] == label(a.capacity, "en")


def test_results_count_the_sessions_of_a_dated_series_and_say_each_date_once(site, page):
    """A dated series' card counts its sessions still ahead, names the last and the next
    (a paused one's, the first: it has no next), and no date twice (the built card's
    words: test_search_browser_when.py)."""
    open_search(page, site, "?sort=next&show=1000", lang="en")
    shown = page.eval_on_selector_all(
        "#search-results article",
        """cards => cards.map(card => [
            card.querySelector('.card-title a').getAttribute('href'),
            card.querySelector('dl > div > dd').textContent])""",
    )
    when = {href.removesuffix(".html").rsplit("/", 1)[1]: text for href, text in shown}
    dated = {s: a for s, a in LISTED.items() if not a.schedule.weekly and a.schedule.sessions}
    assert len(dated) > 1
    paused = 0
    for slug, a in dated.items():
        left = [s.date for s in a.schedule.sessions if s.date >= DAY]
        if not left:
            continue
        paused += not invites.meets(a)
        text = when[slug]
        assert re.search(rf"\b{len(left)} sessions?\b", text), (slug, text)
        for day in {left[0], left[-1]}:
            said = re.findall(rf"(?<!\d){re.escape(format_day(day, 'en'))}", text)
            assert len(said) == 1, (slug, text)
        if invites.meets(a):
            assert f"next {format_day(left[0], 'en')}" in text, (slug, text)
        else:  # paused: no session to go to, its first ahead said once, in its dates
            assert "next" not in text, (slug, text)
    assert paused  # the sample has a paused series with sessions ahead


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_municipality_page_leads_to_its_online_activities(site, page, lang):
    online = {slug for slug, a in LISTED.items() if a.online is not None}
    page.goto(f"{site}/{PREFIX[lang]}municipalities/pornainen.html")
    link = page.locator("section.nearby a[href*='mode=online']")
    assert link.text_content().startswith(f"{len(online)} ")
    link.click()
    settle(page)
    assert total(page) == len(online)
    page.goto(page.url + "&show=1000")
    settle(page)
    assert set(shown_slugs(page)) == online


def test_a_chosen_language_says_which_filter_it_is_of(site, page):
    """ "Arabic" alone on a printout could be held in Arabic or help in it: each chosen
    value of the language, help, level and category filters says its filter."""
    open_search(page, site, query({"language": ["ar"], "help": ["so"], "level": ["none"]}), "en")
    chips = page.locator("#search-active-list button").evaluate_all(
        "buttons => buttons.map(b => b.childNodes[1].textContent.trim())"
    )
    assert chips == [
        "Languages of the activity: Arabic",
        "Held in or with help in: Somali",
        "Finnish or Swedish needed: Not needed",
    ]
