"""Link previews: every page tells messaging apps and social media its title, description,
language and (with an absolute SITEURL) its one address, which is also its canonical link.

Pages are rendered from the sample content without a full build, with and without SITEURL.
"""

from __future__ import annotations

import re

import pytest

from tests.site_helpers import LANGUAGES, parse
from tests.test_site_exports_data import _catalogue
from tukena.schemas.vocabulary import label
from tukena.site import render
from tukena.site.routes import Job, pages

SITEURL = "https://tukena.example/a&b"
LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
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
