"""Link previews: every page tells messaging apps and social media its title, description,
language and (with an absolute SITEURL) its one address, which is also its canonical link.

Pages are rendered from the sample content without a full build, with and without SITEURL.
"""

from __future__ import annotations

import dataclasses
import json
import re

import pytest

from tests.site_helpers import LANGUAGES, parse, sample_content, sample_copy
from tests.test_images import png
from tests.test_site_exports_data import _catalogue
from tukena.schemas.contact import Image
from tukena.schemas.languages import pick
from tukena.schemas.vocabulary import label
from tukena.site import catalogue, render
from tukena.site.routes import Job, pages
from tukena.status import Status

SITEURL = "https://tukena.example/a&b"
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
_, STATUS = sample_content()
KINDS = ("home", "activity", "organisation", "municipality", "form", "news", "organisations")


def jobs(cat) -> dict[tuple[str, str], Job]:
    """One page of each kind in each language (the first the routes give)."""
    found: dict[tuple[str, str], Job] = {}
    for job in pages(cat):
        found.setdefault((job.kind, job.lang), job)
    return found


def head(html: str) -> dict[str, list[str]]:
    """The head's Open Graph and description values, and the canonical links."""
    doc = parse(html)
    out: dict[str, list[str]] = {}
    for meta in doc.find_all("meta"):
        key = meta.get("property") or meta.get("name")
        if key:
            out.setdefault(key, []).append(meta.get("content"))
    out["canonical"] = [link.get("href") for link in doc.find_all("link", rel="canonical")]
    out["title"] = [doc.one("title").text]
    return out


@pytest.fixture(scope="module")
def published():
    return _catalogue(SITEURL)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", KINDS)
def test_every_page_describes_itself_for_previews(published, kind, lang):
    job = jobs(published)[kind, lang]
    values = head(render.render(published, job, "t"))
    (title,) = values["title"]
    assert values["og:title"] == [title.removesuffix(" · tukena")]
    assert values["og:description"] == values["description"] and values["description"][0]
    assert values["og:site_name"] == ["tukena"]
    assert values["og:type"] == ["article" if kind == "news" else "website"]
    assert values["og:locale"] == [LOCALES[lang]]
    others = sorted(LOCALES[o] for o in LANGUAGES if o != lang)
    assert sorted(values["og:locale:alternate"]) == others
    assert values["twitter:card"] == ["summary"]
    address = f"{SITEURL}/{job.url}"
    assert values["og:url"] == values["canonical"] == [address]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_address_without_an_absolute_siteurl_and_none_for_the_404_page(published, lang):
    bare = _catalogue()
    for kind in ("home", "activity"):
        values = head(render.render(bare, jobs(bare)[kind, lang], "t"))
        assert "og:url" not in values and values["canonical"] == []
        assert values["og:title"]
    values = head(render.render(published, jobs(published)["not-found", lang], "t"))
    assert "og:url" not in values and values["canonical"] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_organisation_and_listing_pages_describe_what_they_hold(published, lang):
    job = jobs(published)["organisation", lang]
    org = published.content.organisations[job.key]
    (text,) = head(render.render(published, job, "t"))["description"]
    assert label(org.kind, lang) in text
    count = len(published.by_organisation.get(job.key, []))
    assert re.findall(r"(\d+)\D*$", text) == [str(count)]
    job = jobs(published)["form", lang]
    (text,) = head(render.render(published, job, "t"))["description"]
    form = next(f for f in published.by_form if f.value == job.key)
    assert text.startswith(label(form, lang) + ":")
    assert re.findall(r"\d+", text) == [str(len(published.by_form[form]))]


@pytest.fixture
def pictured(tmp_path, published):
    """The published catalogue, its content in a folder of its own with a PNG: an activity
    names an SVG, the PNG and a picture elsewhere; an organisation's logo is the PNG."""
    config = sample_copy(tmp_path, siteurl=SITEURL)
    (tmp_path / "content" / "images" / "group.png").write_bytes(png(64, 40))
    content = published.content
    slug = next(s for s, state in STATUS.items() if state is Status.ACTIVE)
    activity = content.activities[slug]
    svg = next(p.name for p in (config.content / "images").glob("*.svg"))
    shown = [
        Image(src=svg, alt={"fi": "Piirros"}),
        Image(src="group.png", alt={"fi": "Ryhmä <pöydän> ääressä", "en": "A group at a table"}),
        Image(src="https://example.org/photo.jpg", alt={"fi": "Kuva"}),
    ]
    owner = activity.organisation
    org = content.organisations[owner]
    logo = Image(src="images/group.png", alt={org.language: "Logo"})
    content = dataclasses.replace(
        content,
        activities={**content.activities, slug: activity.model_copy(update={"images": shown})},
        organisations={**content.organisations, owner: org.model_copy(update={"logo": logo})},
    )
    return catalogue.build(content, config), slug, owner


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_preview_shows_the_first_picture_apps_can_show_with_its_size(pictured, lang):
    """Messaging apps show no SVG: the PNG is the picture, at the site's absolute address,
    with its size and its text alternative; the page's JSON-LD names every image."""
    cat, slug, org = pictured
    (job,) = [j for j in pages(cat) if j.kind == "activity" and j.key == slug and j.lang == lang]
    html = render.render(cat, job, "t")
    values = head(html)
    assert values["og:image"] == [f"{SITEURL}/images/group.png"]
    assert (values["og:image:width"], values["og:image:height"]) == (["64"], ["40"])
    alt = pick(cat.activities[slug].images[1].alt, lang, cat.activities[slug].language)[0]
    assert values["og:image:alt"] == [alt]
    (data,) = [
        json.loads(s.text) for s in parse(html).find_all("script", type="application/ld+json")
    ]
    svg = cat.activities[slug].images[0].local
    assert data["image"] == [
        f"{SITEURL}/{svg}",
        f"{SITEURL}/images/group.png",
        "https://example.org/photo.jpg",
    ]
    (job,) = [j for j in pages(cat) if j.kind == "organisation" and j.key == org and j.lang == lang]
    html = render.render(cat, job, "t")
    assert head(html)["og:image"] == [f"{SITEURL}/images/group.png"]
    (data,) = [
        json.loads(s.text) for s in parse(html).find_all("script", type="application/ld+json")
    ]
    assert data["logo"] == f"{SITEURL}/images/group.png"


def test_a_page_without_a_picture_apps_show_has_no_preview_picture(pictured):
    cat, slug, _ = pictured
    only_svg = cat.activities[slug].model_copy(update={"images": cat.activities[slug].images[:1]})
    content = dataclasses.replace(
        cat.content, activities={**cat.content.activities, slug: only_svg}
    )
    for config in (cat.config, dataclasses.replace(cat.config, siteurl="")):
        other = catalogue.build(content if config is cat.config else cat.content, config)
        (job,) = [
            j for j in pages(other) if j.kind == "activity" and j.key == slug and j.lang == "en"
        ]
        values = head(render.render(other, job, "t"))
        assert "og:image" not in values  # an SVG only; or a PNG with no absolute address
