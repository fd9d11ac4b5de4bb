"""The search page's cards in Chromium on the sample content: the breaks still ahead.

In December most activities have a Christmas break; a professional who reads the search
page's card must not send a client on a day the activity does not meet. A search card
says the breaks still ahead on the build's day as the site's own cards on a municipality
page do ("ei 22.12.2026–5.1.2027, 23.2.2027"), in every UI language, and a card of a
listing without breaks ahead says none.
"""

from __future__ import annotations

import re

import pytest

from tests.search_browser_support import DATA, DAY, LISTED, SHOW_ALL, open_search, places
from tukena.site.humanize import exceptions
from tukena.site.i18n import translations
from tukena.site.urls import municipality_slug

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]

PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}
AHEAD = {slug for slug, a in LISTED.items() if any(e.last >= DAY for e in a.schedule.exceptions)}
#: slug -> the "When" text of each card in a container, read by its term
WHEN = """(cards, term) => {
    const out = {};
    cards.forEach(card => {
        const href = card.querySelector('.card-title a').getAttribute('href');
        const slug = href.replace(/^.*\\/activities\\//, '').replace(/\\.html$/, '');
        card.querySelectorAll('dl > div').forEach(row => {
            if (row.querySelector('dt').textContent.trim() === term) {
                out[slug] = row.querySelector('dd').textContent.trim();
            }
        });
    });
    return out;
}"""


def built_cards(page, site: str, lang: str) -> dict[str, str]:
    """The "When" of the built cards on the municipality pages of the listings with breaks."""
    term = translations(lang).gettext("When")
    codes = sorted({code for slug in AHEAD for code in places(LISTED[slug])})
    seen: dict[str, str] = {}
    for code in codes:
        name = municipality_slug(DATA.municipalities[code])
        page.goto(f"{site}/{PREFIX[lang]}municipalities/{name}.html")
        seen.update(page.eval_on_selector_all("main article.card", WHEN, term))
    return seen


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_search_card_says_the_breaks_ahead_as_the_built_card_does(site, page, lang):
    assert len(AHEAD) >= 10 and len(AHEAD) < len(LISTED)  # the sample has both kinds
    assert len([slug for slug in AHEAD if places(LISTED[slug])]) >= 10
    built = built_cards(page, site, lang)
    open_search(page, site, "?" + "&".join(f"{k}={v}" for k, v in SHOW_ALL.items()), lang)
    term = translations(lang).gettext("When")
    found = page.eval_on_selector_all("#search-results article", WHEN, term)
    assert set(found) == set(LISTED)
    before = translations(lang).gettext("not on {dates}").partition("{dates}")[0]
    said = re.compile(r"(^|, )" + re.escape(before))
    for slug in sorted(AHEAD):
        text = exceptions(LISTED[slug].schedule, lang, after=DAY)
        assert text.startswith(before) and re.search(r"\d{4}", text), slug  # dates with years
        if places(LISTED[slug]):  # online only: no municipality page lists it
            assert text in built[slug], slug  # the built card says it
        assert text in found[slug], (slug, found[slug])  # and the search card the same
    for slug in sorted(set(LISTED) - AHEAD):
        assert not said.search(found[slug]), (slug, found[slug])
