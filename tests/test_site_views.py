"""Activity views as pages and cards show them (:mod:`tukena.site.views`), and the cards
each listing reuses (:class:`~tukena.site.templating.CardCache`)."""

from __future__ import annotations

import dataclasses

import pytest

from tests.site_helpers import DAY, REPO, sample_content
from tukena.schemas.contact import Image
from tukena.schemas.languages import pick
from tukena.site import catalogue, render, routes
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


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_images_are_shown_or_linked_with_their_text_alternative(cat, lang):
    """A listing's own image is shown from images/; one at an https address, which the
    content security policy would block, is linked; each with its text alternative."""
    slug = next(s for s, a in cat.activities.items() if a.images)
    activity = cat.activities[slug]
    elsewhere = Image(src="https://example.org/photo.jpg", alt={"fi": "Kuva <b>ryhmästä</b>"})
    content = dataclasses.replace(cat.content, activities=dict(cat.content.activities))
    content.activities[slug] = activity.model_copy(update={"images": [*activity.images, elsewhere]})
    other = catalogue.build(content, cat.config)
    (job,) = [
        j for j in routes.pages(other) if j.kind == "activity" and j.key == slug and j.lang == lang
    ]
    html = render.render(other, job, "test")
    own = activity.images[0]
    alt, alt_lang = pick(own.alt, lang, activity.language)
    assert f'<img src="/{own.local}" alt="{alt}"' in html
    assert (f'lang="{alt_lang}" decoding' in html) == (alt_lang != lang)
    assert '<a href="https://example.org/photo.jpg" rel="noopener noreferrer">' in html
    assert "Kuva &lt;b&gt;ryhmästä&lt;/b&gt;" in html  # escaped, in Finnish everywhere
    assert '<img src="https://' not in html


@pytest.mark.parametrize(
    ("src", "shown"),
    [("logo.svg", '<img src="/images/logo.svg" alt=""'),  # beside the h1 naming it
     ("https://example.org/logo.png", '<a href="https://example.org/logo.png" rel="noopener')],
)  # fmt: skip
def test_an_organisation_shows_its_logo_or_links_it(cat, src, shown):
    slug = next(iter(cat.content.organisations))
    org = cat.content.organisations[slug]
    logo = Image(src=src, alt={org.language: "Logo & nimi"})
    content = dataclasses.replace(cat.content, organisations=dict(cat.content.organisations))
    content.organisations[slug] = org.model_copy(update={"logo": logo})
    other = catalogue.build(content, cat.config)
    for lang in ("fi", "en"):
        (job,) = [
            j
            for j in routes.pages(other)
            if j.kind == "organisation" and j.key == slug and j.lang == lang
        ]
        html = render.render(other, job, "test")
        assert shown in html
        if src.startswith("logo"):  # decorative: no text, so no language to mark
            tag = html[html.index(shown) : html.index(">", html.index(shown))]
            assert "lang=" not in tag and "Logo" not in tag
