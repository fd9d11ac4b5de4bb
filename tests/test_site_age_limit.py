"""An age range whose oldest age is 120, the most a range may name, has no upper limit:
the activity's page, its cards and its JSON-LD say so as the search's cards do ("18 years
and over", or nothing for 0–120), not "up to 120 years" nor "18–120 years". A range of one
age says it once ("5 years", "under 1 year" for 0 to 0), not "5–5 years" or "up to 0
years", on the pages and on the search's cards."""

from __future__ import annotations

import pytest

from tests.site_helpers import DAY, REPO, age_words, edited, sample_content
from tukena.schemas.participation import AGE_LIMIT, AgeRange
from tukena.site import jsonld
from tukena.site.catalogue import build
from tukena.site.config import SiteConfig
from tukena.site.views import ActivityView

pytest_plugins = ["tests.browser_fixtures"]
CONTENT, _ = sample_content()
SLUG = "kielikahvila-kallio"
CASES = [  # min, max: what the page says (en), typicalAgeRange
    (0, AGE_LIMIT, None, None),
    (None, AGE_LIMIT, None, None),
    (18, AGE_LIMIT, "18 years and over", "18-"),
    (18, AGE_LIMIT - 1, "18–119 years", "18-119"),
    (0, 6, "up to 6 years", "0-6"),
    (0, 0, "under 1 year", "0-0"),  # one age is said once
    (None, 0, "under 1 year", "0-0"),
    (1, 1, "1 year", "1-1"),
    (5, 5, "5 years", "5-5"),
    (0, 1, "up to 1 year", "0-1"),  # a limit of one year in the singular
    (1, None, "1 year and over", "1-"),
    (1, AGE_LIMIT, "1 year and over", "1-"),
    (1, 2, "1–2 years", "1-2"),
]


def _catalogue(age: AgeRange):
    changed = CONTENT.activities[SLUG].model_copy(update={"age": age})
    config = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY)
    return build(edited(CONTENT, "activities", SLUG, changed), config)


@pytest.mark.parametrize(("youngest", "oldest", "words", "typical"), CASES)
def test_the_oldest_age_allowed_is_no_upper_limit(youngest, oldest, words, typical):
    age = AgeRange(min=youngest, max=oldest)
    cat = _catalogue(age)
    view = ActivityView(cat, SLUG, "en")
    assert view.age == words == age_words(age, "en")
    assert view.card()["age"] == words
    assert jsonld.activity(cat, SLUG, "en").get("typicalAgeRange") == typical


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize(
    ("youngest", "oldest"), [(0, 0), (1, 1), (5, 5), (3, 9), (0, 1), (1, None)]
)
def test_one_age_is_said_once_in_every_language(lang, youngest, oldest):
    age = AgeRange(min=youngest, max=oldest)
    view = ActivityView(_catalogue(age), SLUG, lang)
    assert view.age == age_words(age, lang)


@pytest.mark.browser
@pytest.mark.parametrize(
    ("ages", "words"),
    [
        ([None, 0], "under 1 year"),
        ([1, 1], "1 year"),
        ([5, 5], "5 years"),
        ([3, 9], "3–9 years"),
        ([0, 1], "up to 1 year"),
        ([1, None], "1 year and over"),
        ([2, None], "2 years and over"),
    ],
)
def test_a_search_card_says_one_age_once(browser, ages, words):
    """The search page's card (js/search/cards.js) words the ages as the site's pages do,
    with the page's messages (search.html)."""
    from tukena.site.i18n import translations

    gettext = translations("en").gettext
    t = {
        "when": "When", "where": "Where", "language": "Language", "cost": "Cost", "age": "Age",
        "free": "Free", "fee": "Fee", "places": "Places", "flags": {},
        "ages": {
            "range": gettext("{min}–{max} years"), "upTo": gettext("up to {max} years"),
            "from": gettext("{min} years and over"), "underOne": gettext("under 1 year"),
            "one": gettext("1 year"), "exactly": gettext("{age} years"),
            "upToOne": gettext("up to 1 year"), "fromOne": gettext("1 year and over"),
        },
    }  # fmt: skip
    page = browser.new_page()
    try:
        page.set_content("<!doctype html><html lang='en'><title>t</title><body></body></html>")
        page.add_script_tag(path=str(REPO / "theme" / "static" / "js" / "search" / "cards.js"))
        said = page.evaluate(
            """([t, ages]) => {
                const card = TukenaSearch.cards({doc: document, t: t, lang: "en",
                                                 languageNames: {}, capacity: {}})({
                    t: "Club", url: "/x.html", municipalities: ["Turku"], languages: [],
                    help: [], flags: {}, capacity: "open", ages: ages});
                const row = [...card.querySelectorAll("dl > div")]
                    .find(r => r.querySelector("dt").textContent === "Age");
                return row.querySelector("dd").textContent;
            }""",
            [t, ages],
        )
        assert said == words
    finally:
        page.close()
