"""Shared pieces of the search page's browser tests (tests/test_search_browser*.py).

Expected listings are computed here from the content files (tukena.loader, tukena.status,
the reference data), never hard-coded. The fixtures are in tests/browser_fixtures.py.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from urllib.parse import parse_qsl, urlencode, urlsplit

from tests.browser_support import REPO, TODAY
from tukena import invites, loader, reference
from tukena.schemas import Activity
from tukena.schemas.vocabulary import Capacity
from tukena.status import Status, status

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


def meeting_slots(a: Activity) -> set[tuple[str, str]]:
    """(weekday, time of day) of its sessions: morning < 12, afternoon < 17, evening."""
    starts = [(s.weekday, s.start) for s in a.schedule.weekly]
    starts += [
        (WEEKDAYS[s.date.weekday()], s.start)
        for s in a.schedule.sessions
        if DAY <= s.date <= DAY + dt.timedelta(days=366)
    ]
    return {
        (str(day), "morning" if start.hour < 12 else "afternoon" if start.hour < 17 else "evening")
        for day, start in starts
    }


def meeting_days_and_times(a: Activity) -> tuple[set[str], set[str]]:
    """Weekdays and times of day of its sessions (:func:`meeting_slots`), each apart."""
    slots = meeting_slots(a)
    return {day for day, _ in slots}, {time for _, time in slots}


def step_free(a: Activity) -> bool:
    return any(p.accessibility and p.accessibility.step_free for p in a.locations)


def for_age(a: Activity, age: int) -> bool:
    """Whether the activity is for someone of ``age``: a range without an end has no
    limit there, and an activity without a range is for every age."""
    if a.age is None:
        return True
    return (a.age.min is None or a.age.min <= age) and (a.age.max is None or age <= a.age.max)


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
    slots = meeting_slots(a)
    days = set(chosen.get("day", [])) or {day for day, _ in slots}
    times = set(chosen.get("time", [])) or {time for _, time in slots}
    # a chosen time on a chosen day: "Monday" and "evening" find a Monday evening
    tests: dict[str, Callable[[list[str]], bool]] = {
        "form": lambda v: bool({str(f) for f in a.forms} & set(v)),
        "group": lambda v: bool({str(g) for g in a.target_groups} & set(v)),
        "language": lambda v: bool(set(a.languages) & set(v)),
        # someone helps in it there, or it is held in it (Finnish too)
        "help": lambda v: bool(({*a.support_languages} | {*a.languages}) & set(v)),
        "level": lambda v: str(a.language_level) in v,
        "category": lambda v: str(a.category) in v,
        "day": lambda v: any(day in v and time in times for day, time in slots),
        "time": lambda v: any(time in v and day in days for day, time in slots),
        "mode": lambda v: (a.online is not None) if v == ["online"] else bool(a.locations),
        "free": lambda v: a.cost.free,
        "open": lambda v: a.capacity is Capacity.OPEN,
        "referrals": lambda v: invites.takes_referrals(a),
        "childcare": lambda v: a.childcare,
        "stepfree": lambda v: step_free(a),
        "age": lambda v: for_age(a, int(v[0])),
    }
    return all(tests[k](v) for k, v in chosen.items() if k in tests)


#: Listed, but marked "may be out of date": left out by ``current=1``.
STALE = {slug for slug in LISTED if STATUS[slug] is Status.STALE}


def expected(params: dict[str, list[str]]) -> set[str]:
    fresh = "current" in params
    return {s for s, a in LISTED.items() if matches(a, params) and not (fresh and s in STALE)}


def most_common(values) -> str:
    counts: dict[str, int] = {}
    for v in values:
        counts[str(v)] = counts.get(str(v), 0) + 1
    return max(sorted(counts), key=counts.get)


def title_words(word: str) -> set[str]:
    return {s for s, a in LISTED.items() if word in (a.title.get("fi") or "").casefold()}


ESPOO = next(code for code, m in DATA.municipalities.items() if m.name_fi == "Espoo")
ESPOO_COUNTY = DATA.municipalities[ESPOO].county
BUSIEST_REGION = most_common(
    DATA.municipalities[m].region for a in LISTED.values() for m in places(a)
)
SECOND_LANGUAGE = most_common(c for a in LISTED.values() for c in a.languages if c != "fi")
HELP_LANGUAGE = most_common(
    c for a in LISTED.values() for c in set(a.support_languages) - set(a.languages)
)
COMMON_DAY = most_common(d for a in LISTED.values() for d in meeting_days_and_times(a)[0])
COMBINATIONS = [
    {"municipality": [ESPOO]},
    {"form": ["language-cafe"], "free": ["1"]},
    {"form": ["language-cafe", "peer-group"], "region": [BUSIEST_REGION]},
    {"county": [ESPOO_COUNTY], "language": [SECOND_LANGUAGE, "fi"]},
    {"help": [HELP_LANGUAGE], "language": ["fi"]},
    {"region": [BUSIEST_REGION], "day": [COMMON_DAY], "time": ["evening"]},
    {"group": ["women", "families"], "mode": ["inperson"]},
    {"level": ["none", "basic"], "open": ["1"], "category": ["support"]},
    {"mode": ["online"]},
    {"childcare": ["1"]},
    {"stepfree": ["1"], "referrals": ["1"]},
    {"municipality": [ESPOO], "county": ["HKI"], "free": ["1"]},
    {"age": ["16"]},
    {"age": ["4"], "group": ["families", "children"]},
    {"age": ["70"], "language": ["fi"]},
    {"current": ["1"]},
    {"current": ["1"], "form": ["language-cafe"], "free": ["1"]},
]


def query(params: dict[str, list[str]], **extra: str) -> str:
    pairs = [(k, v) for k, values in params.items() for v in values]
    pairs += list(extra.items())
    return "?" + urlencode(pairs) if pairs else ""


# ---- page helpers ----------------------------------------------------------------


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
    return [re.search(r"/activities/([^/]+)\.html$", h)[1] for h in hrefs]


def total(page) -> int:
    # the first number: the status may start with the place "where I am" chose (near.js)
    return int(re.search(r"\d+", page.locator("#search-status").text_content())[0])


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
