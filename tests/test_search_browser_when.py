"""The search page's cards in Chromium on the sample content: "When" as the site's cards say it.

A professional compares the search page's card with the activity's card on a municipality
or type page and with a printed shortlist: both must say the same facts in the same words.
For every listing of the sample, in every UI language, the search card's "When" is the
built card's: the weekly slots with the season ("Tiistaisin 17.00–19.00,
1.9.2026–25.5.2027"), the breaks still ahead, a dated series counted ("3 kertaa 16.3.2027
asti", not every date listed) and the next session last; a paused one's sessions without a
next one to go to ("3 kertaa, 5.12.2026–15.5.2027", its places saying "Tauolla"), as a
paused weekly one's slots.
"""

from __future__ import annotations

import pytest

from tests.search_browser_support import DAY, LISTED, SHOW_ALL, open_search
from tests.site_helpers import page as built_page
from tests.site_helpers import sample_site
from tests.test_search_browser_breaks import WHEN
from tukena import invites
from tukena.site.i18n import translations

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]

PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}


def shapes() -> dict[str, set[str]]:
    """The slugs of each shape of schedule the sample must have for the test to mean it."""
    found: dict[str, set[str]] = {}

    def add(shape: str, slug: str) -> None:
        found.setdefault(shape, set()).add(slug)

    for slug, a in LISTED.items():
        s = a.schedule
        ahead = [x for x in s.sessions if x.date >= DAY]
        if s.season is not None:
            add("weekly with an end" if s.season.end else "weekly without an end", slug)
        if any(w.every == 2 for w in s.weekly):
            add("every other week", slug)
        if len(ahead) >= 3:
            add("a series of many sessions", slug)
        if len(ahead) == 1:
            add("one session left", slug)
        if not invites.meets(a):
            add("paused", slug)
            if len(ahead) >= 2:  # its sessions counted without the next one to go to
                add("a paused series of dated sessions", slug)
        if any(e.last >= DAY for e in s.exceptions):
            add("breaks ahead", slug)
    return found


def built_cards(output, lang: str) -> dict[str, str]:
    """Slug -> the "When" of its card on the type pages (every listing has a type)."""
    term = translations(lang).gettext("When")
    seen: dict[str, str] = {}
    folder = output / PREFIX[lang] / "forms"
    for path in sorted(folder.glob("*.html")):
        doc = built_page(output, path.relative_to(output).as_posix())
        for card in doc.find_all("article", "card"):
            href = card.one("h3", "card-title").one("a").get("href") or ""
            slug = href.rsplit("/", 1)[1].removesuffix(".html")
            for row in card.one("dl").find_all("div"):
                if row.one("dt").text == term:
                    seen[slug] = row.one("dd").text
    return seen


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    return sample_site(tmp_path_factory).check().output  # the build the site fixture serves


def test_the_sample_has_every_shape_of_schedule():
    found = shapes()
    assert {name: len(slugs) > 0 for name, slugs in found.items()} == dict.fromkeys(
        [
            "weekly with an end",
            "weekly without an end",
            "every other week",
            "a series of many sessions",
            "one session left",
            "paused",
            "a paused series of dated sessions",
            "breaks ahead",
        ],
        True,
    )


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_search_card_says_when_as_the_built_card_does(site, page, output, lang):
    built = built_cards(output, lang)
    assert set(built) >= set(LISTED)  # every listing's built card is there to compare
    open_search(page, site, "?" + "&".join(f"{k}={v}" for k, v in SHOW_ALL.items()), lang)
    term = translations(lang).gettext("When")
    found = page.eval_on_selector_all("#search-results article", WHEN, term)
    assert set(found) == set(LISTED)
    differ = {slug: (found[slug], built[slug]) for slug in LISTED if found[slug] != built[slug]}
    assert differ == {}
