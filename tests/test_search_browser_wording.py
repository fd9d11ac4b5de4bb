"""The search page in Chromium on the sample content: what its cards and advice say.

A card names an activity's languages in the organiser's order, as the activity's page
does.
"""

from __future__ import annotations

from urllib.parse import urljoin

import pytest

from tests.search_browser_support import DATA, LISTED, open_search, places
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
