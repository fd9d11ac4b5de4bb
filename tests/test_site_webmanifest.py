"""The web app manifests (:mod:`tukena.site.exports.webmanifest`): one per UI language, linked
from every page of that language, named and described in it, starting at its home page, with
icons that are there at the sizes it states; Chromium's own manifest parser finds no error."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from tests.site_helpers import LANGUAGES, html_files, page, sample_site, url_of
from tukena import images
from tukena.site import urls
from tukena.site.exports import webmanifest
from tukena.site.i18n import gettext

pytest_plugins = ["tests.browser_fixtures"]


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    return sample_site(tmp_path_factory).check().output


def _language(url: str) -> str:
    first = url.split("/", 1)[0]
    return first if first in ("sv", "en") else "fi"


def test_every_page_links_the_manifest_of_its_language(output):
    checked = 0
    for path in html_files(output):
        url = url_of(output, path)
        if url.endswith("404.html"):
            continue
        doc = page(output, url)
        lang = doc.one("html").get("lang")
        assert lang == _language(url), url
        (link,) = doc.find_all("link", rel="manifest")
        assert link.get("href") == "/" + urls.prefix(lang) + webmanifest.NAME, url
        (colour,) = doc.find_all("meta", name="theme-color")
        assert colour.get("content") == webmanifest.THEME_COLOUR
        checked += 1
    assert checked > 1000


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_manifest_names_the_site_in_its_language_and_its_icons_are_there(output, lang):
    data = json.loads((output / urls.prefix(lang) / webmanifest.NAME).read_text("utf-8"))
    assert data["lang"] == lang and data["dir"] == "ltr"
    assert data["name"] == f"tukena – {gettext(lang, webmanifest.TAGLINE)}"
    assert data["description"] == gettext(lang, webmanifest.DESCRIPTION)
    if lang != "en":  # translated, not the English message
        assert data["description"] != webmanifest.DESCRIPTION
    assert data["start_url"] == "/" + urls.prefix(lang)
    assert (output / urls.prefix(lang) / "index.html").is_file()
    for icon in data["icons"]:
        path = output / urlsplit(icon["src"]).path.lstrip("/")
        assert urlsplit(icon["src"]).query.startswith("v=")  # the theme's files are kept a year
        size = images.inspect(path)
        if icon["sizes"] == "any":
            assert icon["type"] == "image/svg+xml"
        else:
            assert icon["sizes"] == f"{size[0]}x{size[1]}" and icon["type"] == "image/png"
    assert {i["sizes"] for i in data["icons"]} >= {"192x192", "512x512"}


@pytest.mark.browser
@pytest.mark.parametrize("lang", LANGUAGES)
def test_chromium_reads_the_manifest_without_errors(site, browser, lang):
    context = browser.new_context()
    try:
        tab = context.new_page()
        tab.goto(f"{site}/{urls.prefix(lang)}")
        cdp = context.new_cdp_session(tab)
        found = cdp.send("Page.getAppManifest")
        assert found["url"] == f"{site}/{urls.prefix(lang)}{webmanifest.NAME}"
        assert found["errors"] == []
        parsed = json.loads(found["data"])
        assert parsed["start_url"] == "/" + urls.prefix(lang)
        apple = tab.locator("link[rel=apple-touch-icon]").get_attribute("href")
        assert tab.request.get(site + apple).ok
    finally:
        context.close()
