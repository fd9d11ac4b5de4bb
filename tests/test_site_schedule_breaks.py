"""A schedule's breaks on the built site: every break says its year (a list of breaks spans
New Year, and a printed or saved page is read after it), in Finnish, Swedish and English
alike, on the activity's page and on cards."""

from __future__ import annotations

import pytest

from tests.site_helpers import DAY, LANGUAGES, PREFIX, main, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena.site.i18n import format_day


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


#: two single days either side of New Year, without reasons
KOIVUKYLA = "avoin-olohuone-koivukyla"
KOIVUKYLA_PAGE = {
    "fi": "ei 25.12.2026, 1.1.2027",
    "sv": "inte 25.12.2026, 1.1.2027",
    "en": "not on 25 Dec 2026, 1 Jan 2027",
}


def _breaks(doc):
    return main(doc).one("span", cls="exceptions")


def _marked(node) -> list[tuple[str | None, str | None, str]]:
    """The texts in ``node`` marked as another language: (lang, dir, text)."""
    return [(n.get("lang"), n.get("dir"), n.text) for n in node.iter() if n.get("lang")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_breaks_either_side_of_new_year_say_their_years(site, lang):
    shown = _breaks(page(site, f"{PREFIX[lang]}activities/{KOIVUKYLA}.html"))
    assert shown.text == KOIVUKYLA_PAGE[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cards_say_break_years_but_not_reasons(site, lang):
    """A card's one line says the breaks ahead by their dates, each with its year (its last
    day's), and leaves the reasons to the activity's page."""
    content, _ = sample_content()
    checked = 0
    for municipality in ("vaasa", "espoo", "helsinki"):
        doc = main(page(site, f"{PREFIX[lang]}municipalities/{municipality}.html"))
        for card in doc.find_all("article", cls="card"):
            slug = card.one("h3").links()[0].rsplit("/", 1)[1].removesuffix(".html")
            activity = content.activities[slug]
            when = card.find_all("dd")[0].text
            for gap in activity.schedule.exceptions:
                if gap.last < DAY:
                    continue
                checked += 1
                assert format_day(gap.last, lang) in when, (slug, when)
                for reason in (gap.reason or {}).values():
                    assert reason not in when, (slug, when)
            assert not _marked(card.find_all("dd")[0]), slug
    assert checked > 10
