"""The search page in Chromium on the sample content: what its cards and advice say.

A card names an activity's languages in the organiser's order, as the activity's page
does. When nothing is found, the advice fits the search: the spelling only when the words typed
find nothing even without the filters, and each filter whose removal alone finds activities, with their number, as a link
that removes it. The filter of the languages of help says that it counts the activities
held in the language too.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest

from tests.search_browser_support import (
    DATA,
    LANGUAGES,
    LISTED,
    control_id,
    count_of,
    expected,
    open_search,
    places,
    query,
    settle,
    state_of,
    total,
)
from tukena.schemas.languages import language_name
from tukena.site.i18n import translations

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]

VAASA = next(code for code, m in DATA.municipalities.items() if m.name_fi == "Vaasa")
#: "dt text" -> "dd text" of the facts in an element, the first of each (an activity's
#: page lists its own facts before the cards of others)
FACTS = """(node) => {
    const out = {};
    node.querySelectorAll('dl > div').forEach(row => {
        const term = row.querySelector('dt').textContent.trim();
        if (!(term in out)) out[term] = row.querySelector('dd').textContent.trim();
    });
    return out;
}"""


def names(text: str) -> list[str]:
    return [name.strip() for name in text.split(",")] if text else []


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_card_names_the_languages_as_the_activity_page_does(site, page, lang):
    """In Vaasa, Jobbcafé Vasa is held in Swedish, English and Finnish, in that order, and
    at Språkcafé Vasa there is help in English, Finnish and Arabic: the organisers' order,
    on the search page's card as on the activity's page."""
    gettext = translations(lang).gettext
    open_search(page, site, f"?municipality={VAASA}&show=1000", lang)
    cards = page.locator("#search-results article")
    seen = {}
    for i in range(cards.count()):
        card = cards.nth(i)
        href = card.locator(".card-title a").get_attribute("href")
        seen[href.rsplit("/", 1)[-1].removesuffix(".html")] = (href, card.evaluate(FACTS))
    wanted = {s for s, a in LISTED.items() if VAASA in places(a)}
    assert set(seen) == wanted and {"jobbcafe-vasa", "sprakcafe-vasa"} <= wanted
    for slug, (href, card) in seen.items():
        a = LISTED[slug]
        page.goto(urljoin(site + "/", href))
        facts = page.locator("main").evaluate(FACTS)
        spoken = names(facts[gettext("Languages spoken")])
        helped = names(facts.get(gettext("Help available in"), ""))
        assert spoken == [language_name(c, lang) for c in a.languages], slug
        assert names(card[gettext("Language")]) == spoken, slug
        # the card names a language of help once: not again when it is held in it
        assert names(card.get(gettext("Help available in"), "")) == [
            name for name in helped if name not in spoken
        ], slug
    jobbcafe, sprakcafe = LISTED["jobbcafe-vasa"], LISTED["sprakcafe-vasa"]
    assert jobbcafe.languages == ["sv", "en", "fi"]
    assert sprakcafe.support_languages == ["en", "fi", "ar"]
    card = seen["sprakcafe-vasa"][1]
    assert names(card[gettext("Help available in")]) == [
        language_name(c, lang) for c in ("en", "fi", "ar")
    ]


#: The reviewer's search: families in Espoo, help in Arabic, in the evening, free, taking
#: referrals. Nothing meets all of it; without the evening there is something.
NOTHING = {
    "municipality": ["049"],
    "group": ["families"],
    "help": ["ar"],
    "time": ["evening"],
    "free": ["1"],
    "referrals": ["1"],
}


def filter_of(key: str) -> str:
    """The filter an address's key chooses in: the place choices are one."""
    return "place" if key in ("municipality", "region", "county") else key


def without(params: dict[str, list[str]], name: str) -> dict[str, list[str]]:
    return {k: v for k, v in params.items() if filter_of(k) != name}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_finding_nothing_names_the_filters_whose_removal_finds_some(site, page, lang):
    t = translations(lang)
    assert not expected(NOTHING)
    wanted = {name: len(expected(without(NOTHING, name))) for name in map(filter_of, NOTHING)}
    wanted = {name: n for name, n in wanted.items() if n}
    assert "time" in wanted  # the sample keeps the case the advice is for
    open_search(page, site, query(NOTHING), lang)
    assert total(page) == 0
    assert page.locator("#search-empty").is_visible()
    assert not page.locator("#search-empty-words").is_visible()  # nothing typed
    assert page.locator("#search-empty-filters").is_visible()
    links = page.locator("#search-empty-without-list a")
    found = {}
    for i in range(links.count()):
        href = links.nth(i).get_attribute("href")
        left = {filter_of(k) for k, _ in parse_qsl(urlsplit(href).query)}
        (removed,) = set(map(filter_of, NOTHING)) - left
        found[removed] = (href, links.nth(i).text_content())
    assert set(found) == set(wanted)
    n = wanted["time"]
    evening = t.gettext("Evening (from 17)")
    assert found["time"][1] == t.ngettext(
        "Remove “{filter}”: {n} activity", "Remove “{filter}”: {n} activities", n
    ).replace("{filter}", evening).replace("{n}", str(n))
    for name, (_, text) in found.items():
        assert f": {wanted[name]} " in text, text
    # the link removes it, in place, and the keyboard goes on at the results
    page.locator("#search-empty-without-list a", has_text=evening).click()
    settle(page)
    assert state_of(page) == without(NOTHING, "time")
    assert total(page) == n
    assert page.locator("#search-empty").is_hidden()
    assert page.evaluate("document.activeElement.id") == "search-results-heading"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_spelling_is_questioned_only_when_words_were_typed(site, page, lang):
    open_search(page, site, "?q=qzxqzxqzx", lang)
    assert total(page) == 0
    assert page.locator("#search-empty-words").is_visible()
    assert page.locator("#search-empty-filters").is_hidden()  # no filter to remove
    assert page.locator("#search-empty-without").is_hidden()


#: Searches whose words are spelt right and find activities, which a filter leaves out.
SPELT_RIGHT = {
    "en": "?q=sauna&municipality=049",
    "sv": "?q=bastu&municipality=091",
    "fi": "?q=kielikahvila&day=sun&free=1",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_spelling_is_not_questioned_when_the_filters_left_nothing(site, page, lang):
    """ "Check the spelling" was shown when the words found activities and a filter left
    them out: only when the words find nothing even without the filters."""
    open_search(page, site, SPELT_RIGHT[lang], lang)
    assert total(page) == 0
    assert page.locator("#search-empty").is_visible()
    assert page.locator("#search-empty-without").is_visible()
    assert page.locator("#search-empty-words").is_hidden()
    open_search(page, site, "?q=qzxqzxqzx&free=1", lang)
    assert total(page) == 0
    assert page.locator("#search-empty-words").is_visible()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_print_is_not_offered_when_nothing_was_found(site, page, lang):
    open_search(page, site, SPELT_RIGHT[lang], lang)
    assert total(page) == 0
    assert page.locator("#search-print").is_hidden()
    open_search(page, site, SPELT_RIGHT[lang].split("&")[0], lang)  # the words alone
    assert total(page) > 0
    assert page.locator("#search-print").is_visible()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_help_filter_says_it_counts_the_activities_held_in_the_language(site, page, lang):
    """Arabic in the help filter counts the activities held in Arabic as well as those with
    help in it: its legend says both, on the page and on the chosen value's chip, and is
    not the words a card uses for its languages of help alone."""
    t = translations(lang)
    held = sum(1 for a in LISTED.values() if "ar" in a.languages)
    helped = sum(1 for a in LISTED.values() if "ar" in {*a.languages, *a.support_languages})
    assert helped > held > 0
    open_search(page, site, "", lang)
    legend = page.locator('fieldset[data-facet="help"] > legend').text_content().strip()
    assert legend == t.gettext("Held in or with help in")
    assert legend != t.gettext("Help available in")
    assert count_of(page, control_id(page, "help", "ar")) == helped
    assert count_of(page, control_id(page, "language", "ar")) == held
    open_search(page, site, "?help=ar", lang)
    chip = page.locator("#search-active-list button").evaluate(
        "button => button.childNodes[1].textContent.trim()"
    )
    assert chip == f"{legend}: {language_name('ar', lang)}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_help_option_counts_what_is_held_in_or_helped_in_its_language(site, page, lang):
    """The help filter's label is true of every option: Finnish counted the one activity
    with help in Finnish, not the many held in it."""
    open_search(page, site, "", lang)
    codes = page.locator('fieldset[data-facet="help"] input[name="help"]').evaluate_all(
        "inputs => inputs.map(input => input.value)"
    )
    assert {"fi", "sv", "ar"} <= set(codes)
    for code in codes:
        want = sum(1 for a in LISTED.values() if code in {*a.languages, *a.support_languages})
        assert count_of(page, control_id(page, "help", code)) == want, code
