"""The search page in Chromium, on the sample content built as of the test date.

Expected listings are computed here from the content files (tukena.loader, tukena.status,
the reference data), never hard-coded: inflected and misspelt queries find their base
forms, every facet and combinations of facets give exactly the expected listings with
matching counts, the address holds the whole state (load, back, forward), an empty result
helps, the page works by keyboard alone, prints as a shortlist, renders listing text as
text, and passes axe-core's WCAG 2.1 A/AA rules in fi, sv and en.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest

from tests.browser_support import (
    CHROMIUM,
    CHROMIUM_ARGS,
    REPO,
    TODAY,
    axe_violations,
    build_site,
    serve,
)
from tukena import loader, reference
from tukena.occurrences import next_session
from tukena.schemas import Activity
from tukena.schemas.vocabulary import Capacity
from tukena.status import Status, status

pytestmark = pytest.mark.browser
playwright = pytest.importorskip("playwright.sync_api")

LANGUAGES = ("fi", "sv", "en")
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}
DAY = dt.date.fromisoformat(TODAY)
CONTENT = loader.load(REPO, today=DAY)
STATUS = {slug: status(a, DAY) for slug, a in CONTENT.activities.items()}
LISTED = {slug: a for slug, a in CONTENT.activities.items() if STATUS[slug] is not Status.ENDED}
DATA = reference.load()
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SHOW_ALL = {"show": "1000"}


# ---- expectations from the content ----------------------------------------------------------


def places(a: Activity) -> set[str]:
    return {p.municipality for p in a.locations}


def meeting_days_and_times(a: Activity) -> tuple[set[str], set[str]]:
    """Weekdays and times of day (morning < 12, afternoon < 17, evening) of its sessions."""
    starts = [(s.weekday, s.start) for s in a.schedule.weekly]
    starts += [
        (WEEKDAYS[s.date.weekday()], s.start)
        for s in a.schedule.sessions
        if DAY <= s.date <= DAY + dt.timedelta(days=366)
    ]
    days = {str(day) for day, _ in starts}
    times = {
        "morning" if start.hour < 12 else "afternoon" if start.hour < 17 else "evening"
        for _, start in starts
    }
    return days, times


def step_free(a: Activity) -> bool:
    return any(p.accessibility and p.accessibility.step_free for p in a.locations)


def matches(a: Activity, params: dict[str, list[str]]) -> bool:
    """Whether a listing passes the facet choices of an address (values: any; facets: all)."""
    chosen = {k: v for k, v in params.items() if v}
    if any(k in chosen for k in ("municipality", "region", "county")):
        counties = {DATA.municipalities[m].county for m in places(a)}
        regions = {DATA.municipalities[m].region for m in places(a)}
        if not (
            places(a) & set(chosen.get("municipality", []))
            or regions & set(chosen.get("region", []))
            or counties & set(chosen.get("county", []))
        ):
            return False
    days, times = meeting_days_and_times(a)
    tests: dict[str, Callable[[list[str]], bool]] = {
        "form": lambda v: bool({str(f) for f in a.forms} & set(v)),
        "group": lambda v: bool({str(g) for g in a.target_groups} & set(v)),
        "language": lambda v: bool(set(a.languages) & set(v)),
        "level": lambda v: str(a.language_level) in v,
        "category": lambda v: str(a.category) in v,
        "day": lambda v: bool(days & set(v)),
        "time": lambda v: bool(times & set(v)),
        "mode": lambda v: (a.online is not None) if v == ["online"] else bool(a.locations),
        "free": lambda v: a.cost.free,
        "open": lambda v: a.capacity is Capacity.OPEN,
        "referrals": lambda v: a.referrals.accepted,
        "childcare": lambda v: a.childcare,
        "stepfree": lambda v: step_free(a),
    }
    return all(tests[k](v) for k, v in chosen.items() if k in tests)


def expected(params: dict[str, list[str]]) -> set[str]:
    return {slug for slug, a in LISTED.items() if matches(a, params)}


def most_common(values) -> str:
    counts: dict[str, int] = {}
    for v in values:
        counts[str(v)] = counts.get(str(v), 0) + 1
    return max(sorted(counts), key=counts.get)


def _title_words(word: str) -> set[str]:
    return {s for s, a in LISTED.items() if word in (a.title.get("fi") or "").casefold()}


ESPOO = next(code for code, m in DATA.municipalities.items() if m.name_fi == "Espoo")
ESPOO_COUNTY = DATA.municipalities[ESPOO].county
BUSIEST_REGION = most_common(
    DATA.municipalities[m].region for a in LISTED.values() for m in places(a)
)
SECOND_LANGUAGE = most_common(c for a in LISTED.values() for c in a.languages if c != "fi")
COMMON_DAY = most_common(d for a in LISTED.values() for d in meeting_days_and_times(a)[0])
COMBINATIONS = [
    {"municipality": [ESPOO]},
    {"form": ["language-cafe"], "free": ["1"]},
    {"form": ["language-cafe", "peer-group"], "region": [BUSIEST_REGION]},
    {"county": [ESPOO_COUNTY], "language": [SECOND_LANGUAGE, "fi"]},
    {"region": [BUSIEST_REGION], "day": [COMMON_DAY], "time": ["evening"]},
    {"group": ["women", "families"], "mode": ["inperson"]},
    {"level": ["none", "basic"], "open": ["1"], "category": ["support"]},
    {"mode": ["online"]},
    {"childcare": ["1"]},
    {"stepfree": ["1"], "referrals": ["1"]},
    {"municipality": [ESPOO], "county": ["HKI"], "free": ["1"]},
]


def query(params: dict[str, list[str]], **extra: str) -> str:
    pairs = [(k, v) for k, values in params.items() for v in values]
    pairs += list(extra.items())
    return "?" + urlencode(pairs) if pairs else ""


# ---- fixtures and page helpers ----------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> str:
    output = build_site(tmp_path_factory.mktemp("search-site") / "output")
    with serve(output) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == []


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    yield context.new_page()
    context.close()


def settle(page) -> None:
    """Wait until the results of the address's state are shown, summaries included."""
    page.wait_for_function(
        """() => {
            const app = document.getElementById('search-app');
            return app && app.dataset.summaries === 'loaded'
                && app.dataset.rendered === location.search;
        }""",
        timeout=15000,
    )


def open_search(page, site: str, search: str = "", lang: str = "fi") -> None:
    page.goto(f"{site}/{PREFIX[lang]}search/{search}")
    settle(page)


def shown_slugs(page) -> list[str]:
    hrefs = page.eval_on_selector_all(
        "#search-results .card-title a", "links => links.map(a => a.getAttribute('href'))"
    )
    return [re.search(r"/activities/([^/]+)/$", h)[1] for h in hrefs]


def total(page) -> int:
    return int(re.match(r"\d+", page.locator("#search-status").text_content())[0])


def count_of(page, control_id: str) -> int:
    text = page.locator(f"label[for='{control_id}'] .count").first.text_content()
    return int(text.strip("()"))


def control_id(page, name: str, value: str) -> str:
    return page.locator(f"#search-app input[name='{name}'][value='{value}']").first.get_attribute(
        "id"
    )


def state_of(page) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in parse_qsl(urlsplit(page.url).query):
        out.setdefault(key, []).append(value)
    return out


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
    wanted = _title_words(base)
    assert wanted, f"the sample content has no title with {base!r}"
    open_search(page, site, query({"q": [typed]}, **SHOW_ALL))
    found = shown_slugs(page)
    assert wanted <= set(found)
    assert found[0] in wanted  # a title match ranks first
    assert page.locator("#search-note").is_hidden()


def test_prefix_matches_while_typing(site, page):
    wanted = _title_words("kielikahvila")
    open_search(page, site, "?show=1000")
    page.locator("#search-q").press_sequentially("kielik", delay=30)
    page.wait_for_function("() => location.search.startsWith('?q=kielik')")
    settle(page)
    assert wanted <= set(shown_slugs(page))
    assert total(page) < len(LISTED)


def test_one_typo_is_forgiven_when_nothing_matches(site, page):
    wanted = _title_words("kielikahvila")
    open_search(page, site, query({"q": ["kielikahvla"]}, **SHOW_ALL))  # 'i' left out
    assert wanted <= set(shown_slugs(page))
    short = _title_words("kuoro")
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
    for slug in stale:
        card = page.locator(f"#search-results article:has(a[href$='/activities/{slug}/'])")
        assert card.locator(".badge-stale").is_visible()
        assert "card-stale" in card.get_attribute("class")


# ---- facets -----------------------------------------------------------------------------------


@pytest.mark.parametrize("params", COMBINATIONS, ids=lambda p: query(p))
def test_facet_combinations_give_exactly_the_expected_listings(site, page, params):
    open_search(page, site, query(params, **SHOW_ALL))
    want = expected(params)
    assert set(shown_slugs(page)) == want
    assert total(page) == len(want)
    for name, values in params.items():  # the controls show the state
        for value in values:
            if name == "mode":
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


def test_sorting(site, page):
    open_search(page, site, "?sort=next&show=1000")
    slugs = shown_slugs(page)
    days = [next_session(LISTED[s].schedule, DAY) for s in slugs]
    assert days == sorted(days)
    assert page.locator("#search-sort").input_value() == "next"
    page.locator("#search-sort").select_option("verified")
    settle(page)
    months = [(DAY - LISTED[s].verified).days // 30 for s in shown_slugs(page)]
    assert months == sorted(months)
    assert state_of(page)["sort"] == ["verified"]


# ---- the address --------------------------------------------------------------------------------


def test_the_address_restores_the_whole_state(site, page, browser):
    page_one = page
    open_search(page_one, site)
    page_one.locator("#search-q").fill("kielikahvila")
    page_one.locator("#search-q").press("Enter")
    settle(page_one)
    page_one.locator("#f-free").check()
    settle(page_one)
    page_one.locator("#f-day-tue").check()
    settle(page_one)
    page_one.locator("#search-sort").select_option("next")
    settle(page_one)
    address = page_one.url
    results = shown_slugs(page_one)
    assert state_of(page_one) == {
        "q": ["kielikahvila"],
        "day": ["tue"],
        "free": ["1"],
        "sort": ["next"],
    }
    other = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    other.goto(address)
    settle(other)
    assert other.locator("#search-q").input_value() == "kielikahvila"
    assert other.locator("#f-free").is_checked() and other.locator("#f-day-tue").is_checked()
    assert not other.locator("#f-day-mon").is_checked()
    assert other.locator("#search-sort").input_value() == "next"
    assert shown_slugs(other) == results
    assert other.url == address
    other.context.close()


def test_back_and_forward(site, page):
    open_search(page, site)
    everything = total(page)
    page.locator("#search-q").fill("kielikahvila")
    page.locator("#search-q").press("Enter")
    settle(page)
    with_query = shown_slugs(page)
    page.locator("#f-free").check()
    settle(page)
    narrowed = shown_slugs(page)
    page.go_back()
    settle(page)
    assert not page.locator("#f-free").is_checked()
    assert page.locator("#search-q").input_value() == "kielikahvila"
    assert shown_slugs(page) == with_query
    page.go_back()
    settle(page)
    assert page.locator("#search-q").input_value() == ""
    assert total(page) == everything
    page.go_forward()
    settle(page)
    page.go_forward()
    settle(page)
    assert page.locator("#f-free").is_checked()
    assert shown_slugs(page) == narrowed


def test_typing_makes_one_history_entry(site, page):
    open_search(page, site)
    length = page.evaluate("history.length")
    page.locator("#search-q").press_sequentially("vertaisryhmä", delay=250)
    settle(page)
    assert page.evaluate("history.length") == length + 1
    page.go_back()
    settle(page)
    assert page.locator("#search-q").input_value() == ""


def test_home_and_404_search_boxes_lead_to_results(site, page):
    page.goto(f"{site}/")
    page.locator("#search-q").fill("kielikahvilaan")
    page.locator("#search-q").press("Enter")
    settle(page)
    assert urlsplit(page.url).path == "/search/"
    assert page.locator("#search-q").input_value() == "kielikahvilaan"
    assert shown_slugs(page)[0] in _title_words("kielikahvila")
    page.goto(f"{site}/en/404.html")
    page.locator("#search-q").fill("Espoo")
    page.locator("#search-q").press("Enter")
    settle(page)
    assert urlsplit(page.url).path == "/en/search/"
    assert set(shown_slugs(page)) <= expected({"municipality": [ESPOO]}) | set(LISTED)
    assert total(page) >= len(expected({"municipality": [ESPOO]}))


def test_no_results_helps(site, page):
    open_search(page, site, "?q=qqxqzzv+wwxyyq")
    assert total(page) == 0
    assert page.locator("#search-results li").count() == 0
    assert page.locator("#search-empty").is_visible()
    assert page.locator("#search-browse a[href*='/municipalities/']").first.is_visible()
    assert page.locator("#search-browse a[href*='/forms/']").first.is_visible()
    # no match because of the filters: one button clears them, the words stay
    params = {"municipality": [ESPOO], "level": ["fluent"], "childcare": ["1"], "mode": ["online"]}
    assert expected(params) == set()
    open_search(page, site, query({"q": ["kahvila"], **params}))
    assert total(page) == 0
    page.locator("#search-empty-clear").click()
    settle(page)
    assert total(page) > 0
    assert state_of(page) == {"q": ["kahvila"]}
    assert page.evaluate("document.activeElement.id") == "search-q"


def test_unknown_values_in_the_address_are_dropped(site, page):
    open_search(page, site, "?municipality=nowhere&form=not-a-form&sort=bogus&free=1")
    assert state_of(page) == {"free": ["1"]}
    assert total(page) == len(expected({"free": ["1"]}))


# ---- use ----------------------------------------------------------------------------------------


def test_keyboard_only(site, phone):
    page = phone
    open_search(page, site)
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Enter")
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "search-q":
            break
    assert page.evaluate("document.activeElement.id") == "search-q"
    page.keyboard.type("kielikahvila")
    page.keyboard.press("Enter")
    settle(page)
    assert state_of(page) == {"q": ["kielikahvila"]}
    # to the filters (closed on a phone): open them, choose "Free of charge" with space
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.parentElement.id") == "search-filters":
            break
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # focus is visible
    page.keyboard.press("Enter")
    assert page.locator("#search-filters").get_attribute("open") is not None
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "f-free":
            break
    assert page.evaluate("document.activeElement.id") == "f-free"
    page.keyboard.press("Space")
    settle(page)
    assert state_of(page) == {"q": ["kielikahvila"], "free": ["1"]}
    # a result link is reachable and opens the activity
    for _ in range(100):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('#search-results')"):
            break
    href = page.evaluate("document.activeElement.getAttribute('href')")
    assert "/activities/" in href
    page.keyboard.press("Enter")
    page.wait_for_url(href)


def test_touch_targets_are_large_enough(site, phone):
    open_search(phone, site, "?q=kielikahvila")
    phone.locator("#search-filters > summary").click()
    small = phone.evaluate(
        """() => [...document.querySelectorAll(
            '#search-app summary, #search-app .facet-options > li, #search-app button, #search-app select')]
            .filter(e => e.offsetParent !== null)
            .filter(e => e.getBoundingClientRect().height < 40)
            .map(e => e.outerHTML.slice(0, 80))"""
    )
    assert small == []
    overflow = phone.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0


def test_prints_as_a_shortlist(site, page):
    open_search(page, site, "?q=kielikahvila&free=1")
    page.emulate_media(media="print")
    assert page.locator("#search-results li").first.is_visible()
    assert page.locator(".search-side").is_hidden()
    assert page.locator("#search-print").is_hidden()
    assert page.locator("#search-active-list").is_visible()  # what was searched
    after = page.evaluate(
        "getComputedStyle(document.querySelector('#search-results .card-title a'), '::after').content"
    )
    assert "http" in after  # the address of each result


def test_only_the_search_page_loads_the_index(site, page):
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    for path in ("", "municipalities/", "forms/language-cafe/", "404.html"):
        page.goto(f"{site}/{path}")
        page.wait_for_load_state("networkidle")
    assert not [u for u in fetched if "/search/fi/" in u or "lunr" in u]
    open_search(page, site)
    assert any("/search/fi/index.json" in u for u in fetched)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_axe_with_results_and_facets_open(site, page, lang):
    open_search(page, site, "?q=kahvila&by=county" if lang == "fi" else "?q=caf%C3%A9", lang=lang)
    assert page.locator("html").get_attribute("lang") == lang
    assert total(page) > 0
    page.evaluate("document.querySelectorAll('#search-app details').forEach(d => d.open = true)")
    assert page.locator("#search-filters").get_attribute("open") is not None
    assert page.locator("#search-status").get_attribute("aria-live") == "polite"
    violations = axe_violations(page)
    assert violations == [], violations
    # the empty state too
    open_search(page, site, "?q=qqxqzzv", lang=lang)
    assert axe_violations(page) == []


def test_strings_come_from_the_page_language(site, page):
    open_search(page, site, "?q=kielikahvila", lang="sv")
    i18n = page.evaluate("JSON.parse(document.getElementById('search-i18n').textContent)")
    assert set(i18n) >= {"found", "none", "fuzzy", "partial", "weekly", "weekdays", "flags"}
    config = page.evaluate("JSON.parse(document.getElementById('search-config').textContent)")
    assert config["lang"] == "sv" and config["data"] == "/search/sv/"


# ---- listing text stays text -------------------------------------------------------------------


def test_page_script_never_writes_markup():
    source = (REPO / "theme" / "static" / "js" / "search" / "page.js").read_text("utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", source)


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory) -> str:
    from tests import xss_corpus

    folder = tmp_path_factory.mktemp("search-xss")
    root = xss_corpus.write(folder / "repo")
    output = build_site(folder / "output", root=root)
    with serve(output) as base:
        yield base


def test_listing_text_cannot_become_markup(xss_site, browser):
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for lang in LANGUAGES:
        open_search(page, xss_site, "?q=script", lang=lang)
        assert total(page) > 0
        titles = page.locator("#search-results .card-title a").all_text_contents()
        assert any("<script>" in t for t in titles)
        assert (
            page.locator("#search-results script, #search-results img, #search-results svg").count()
            == 0
        )
        hrefs = page.eval_on_selector_all("#search-results a", "as => as.map(a => a.href)")
        assert all(h.startswith(xss_site) for h in hrefs)
    assert dialogs == []
    context.close()


def test_the_search_files_are_reused_when_nothing_changed(tmp_path):
    """A second build writes no search file; a changed activity rebuilds them."""
    import shutil

    from tests.site_helpers import pelican

    root = tmp_path / "repo"
    shutil.copytree(REPO / "content", root / "content")
    output = tmp_path / "output"
    first = pelican(root, output)
    assert "search files for fi" in first.log
    index = output / "search" / "fi" / "index.json"
    stamp, before = index.stat().st_mtime_ns, index.read_bytes()
    second = pelican(root, output)
    assert "search files are up to date" in second.log
    assert index.stat().st_mtime_ns == stamp
    slug = sorted(LISTED)[0]
    path = root / "content" / "activities" / f"{slug}.md"
    text = path.read_text("utf-8")
    title = LISTED[slug].title.get("fi") or next(iter(LISTED[slug].title.values()))
    path.write_text(text.replace(title, title + " Zyxwvu", 1), "utf-8")
    third = pelican(root, output)
    assert "search files for fi" in third.log
    assert index.read_bytes() != before
