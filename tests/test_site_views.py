"""Activity views as pages and cards show them (:mod:`tukena.site.views`), and the cards
each listing reuses (:class:`~tukena.site.templating.CardCache`)."""

from __future__ import annotations

import pytest

from tests.site_helpers import DAY, REPO, sample_content
from tukena.site import catalogue, render
from tukena.site.config import SiteConfig
from tukena.site.views import CARD_FIELDS, PAGE_FIELDS, ActivityView


@pytest.fixture(scope="module")
def cat() -> catalogue.Catalogue:
    content, _ = sample_content()
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    return catalogue.build(content, config)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_page_and_card_dicts_hold_what_the_properties_give(cat, lang):
    for slug in cat.activities:
        page = ActivityView(cat, slug, lang).page()
        card = ActivityView(cat, slug, lang).card()
        assert list(page) == list(PAGE_FIELDS) and list(card) == list(CARD_FIELDS)
        view = ActivityView(cat, slug, lang)  # each value through its property
        for name, value in [*page.items(), *card.items()]:
            assert value == getattr(view, name), (slug, lang, name)


def _env(lang: str):
    return render.environment(str(REPO / "theme"), lang, "", "tukena", "test")


def test_each_card_is_rendered_once_per_catalogue(cat, monkeypatch):
    cards = _env("en").filters["card"]
    made: list[str] = []
    make = cards.make
    monkeypatch.setattr(cards, "make", lambda c, slug: made.append(slug) or make(c, slug))
    slug = next(iter(cat.activities))
    cards.use(cat)
    first = cards(slug)
    assert cards(slug) is first and made == [slug]
    assert f"/en/activities/{slug}.html" in first and 'class="card' in first
    cards.use(cat)  # the same catalogue keeps its cards
    cards(slug)
    assert made == [slug]
    other = catalogue.build(cat.content, cat.config)  # a new build: cards made again
    cards.use(other)
    assert cards(slug) == first and made == [slug, slug]
