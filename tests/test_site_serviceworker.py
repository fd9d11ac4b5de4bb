"""The service worker and the offline pages, as the build writes them
(:mod:`tukena.site.exports.serviceworker`): ``sw.js`` at the root with settings that match
the site (every file it keeps at install is there; the notice it puts in a saved copy, in
each language, with and without the day the copy was saved, and how each language writes
that day), every page installs it and has the one place the notice goes, an offline page
in each language that no search engine or sitemap lists, and the form bot's paths left
alone. How the worker behaves in a
browser: tests/test_browser_offline.py."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from tests.site_helpers import LANGUAGES, REPO, html_files, page, parse, sample_site, url_of
from tukena.site import urls
from tukena.site.config import SiteConfig
from tukena.site.exports import serviceworker
from tukena.site.i18n import gettext

PREFIX = "const SETTINGS = "
NOTE = (
    "You are offline. This is a copy of the page saved on this device when you last opened it,"
    " and it may be out of date."
)
DATED = (
    "You are offline. This is a copy of the page saved on this device on %(date)s,"
    " and it may be out of date."
)
#: how each language writes a day: as in Finland, and as the site's pages do
DATE_FORMATS = {
    "fi": {"locale": "fi-FI", "options": {"day": "numeric", "month": "numeric", "year": "numeric"}},
    "sv": {"locale": "sv-FI", "options": {"day": "numeric", "month": "numeric", "year": "numeric"}},
    "en": {"locale": "en-GB", "options": {"day": "numeric", "month": "short", "year": "numeric"}},
}

#: the languages' names on each language's offline page, over the pages saved in them
NAMES = {
    "fi": {"fi": "Suomi", "sv": "Ruotsi", "en": "Englanti"},
    "sv": {"fi": "Finska", "sv": "Svenska", "en": "Engelska"},
    "en": {"fi": "Finnish", "sv": "Swedish", "en": "English"},
}


@pytest.fixture(scope="module")
def output(tmp_path_factory):
    return sample_site(tmp_path_factory).check().output


def _settings(output: Path) -> dict:
    first, _, rest = (output / serviceworker.NAME).read_text("utf-8").partition("\n")
    assert first.startswith(PREFIX) and first.endswith(";")
    assert rest == (REPO / "theme" / serviceworker.SOURCE).read_text("utf-8")
    return json.loads(first[len(PREFIX) : -1])


def _config(**changes) -> SiteConfig:
    return SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", **changes)


def test_the_worker_keeps_files_that_are_there_at_install(output):
    settings = _settings(output)
    assert settings["prefixes"] == {lang: urls.prefix(lang) for lang in LANGUAGES}
    offline = [urls.prefix(lang) + "offline.html" for lang in LANGUAGES]
    assert settings["precache"][: len(offline)] == offline
    home = (output / "index.html").read_text("utf-8")
    for path in settings["precache"]:
        file, _, query = path.partition("?")
        assert (output / file).is_file(), path
        if query:  # the theme's files: the version every page asks for
            assert f'"/{path}"' in home or file.endswith("offline-page.js"), path
    offline_page = (output / "offline.html").read_text("utf-8")
    for path in settings["precache"][len(offline) :]:
        assert f'"/{path}"' in offline_page, f"the offline page does not use {path}"


def test_every_page_installs_the_worker_and_has_room_for_its_notice(output):
    notice = _settings(output)["notice"]
    assert notice["after"] == serviceworker.MAIN
    checked = 0
    for path in html_files(output):
        html = path.read_text("utf-8")
        # the notice goes after the start of the main content, which each page has once
        assert html.count(notice["after"]) == 1 and "saved-copy" not in html, path
        doc = page(output, url_of(output, path))
        scripts = [s.get("src") or "" for s in doc.find_all("script")]
        assert sum(s.startswith("/theme/js/offline.js?v=") for s in scripts) == 1, path
        checked += 1
    assert checked > 1000


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("dated", [False, True])
def test_the_notice_of_a_saved_copy_in_each_language(output, lang, dated):
    """With a slot for the day the copy was saved, which the worker fills, and without."""
    notice = _settings(output)["notice"]
    html = notice["dated" if dated else "html"][lang]
    slot = notice["slot"]
    assert "\n" not in html and html.count("{") == dated  # one line, rendered
    (note,) = parse(html).find_all("div", cls="saved-copy")
    said = note.one("div", cls="notice").find("p").text
    expected = gettext(lang, DATED) % {"date": slot} if dated else gettext(lang, NOTE)
    assert said == expected and (lang == "en" or said not in (NOTE, DATED % {"date": slot}))
    assert said.count(slot) == dated
    button = note.one("p", cls="back-online").one("button")  # shown by offline.js
    assert "hidden" in button.attrs and note.one("p", cls="back-online").get("aria-live")
    assert button.text == gettext(lang, "The connection is back: load the current page")
    assert "hidden" not in note.attrs
    assert notice["date"][lang] == DATE_FORMATS[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_offline_page_of_each_language(output, lang):
    doc = page(output, urls.prefix(lang) + serviceworker.OFFLINE)
    assert doc.one("html").get("lang") == lang
    assert doc.one("meta", name="robots").get("content") == "noindex"
    assert doc.find("link", rel="canonical") is None
    data = json.loads(doc.one("script", id="offline-data").text)
    settings = _settings(output)
    assert (data["cache"], data["files"]) == (settings["pages"], settings["files"])
    assert data["date"] == settings["notice"]["date"][lang] == DATE_FORMATS[lang]
    # the pages of every language are listed, this page's first, under names in its language
    languages = data["languages"]
    assert [x["code"] for x in languages] == [lang, *(x for x in LANGUAGES if x != lang)]
    assert {x["code"]: x["prefix"] for x in languages} == settings["prefixes"]
    assert {x["code"]: x["name"] for x in languages} == NAMES[lang]
    assert data["root"] == "/"
    # the offline and 404 pages of every language are kept but are not pages anyone read
    for other in LANGUAGES:
        for name in ("offline.html", "404.html"):
            assert urls.prefix(other) + name in data["own"]
            assert (output / (urls.prefix(other) + name)).is_file()
    assert doc.one("div", id="saved-list").get("data-saved").count("{date}") == 1
    assert doc.one("h2", id="saved-heading").get("tabindex") == "-1"


def test_no_sitemap_lists_an_offline_page(output):
    sitemap = (output / "sitemap.xml").read_text("utf-8")
    assert "offline.html" not in sitemap
    assert "/search/" in sitemap  # the pages it does list


def test_hosts_are_told_to_ask_for_the_worker_again(output):
    netlify = (output / "_headers").read_text("utf-8")
    assert "/sw.js\n  Cache-Control: no-cache\n" in netlify
    apache = (output / ".htaccess").read_text("utf-8")
    assert '<If "%{REQUEST_URI} == \'/sw.js\'">\n    Header set Cache-Control "no-cache"' in (
        apache
    )


@pytest.mark.parametrize(
    ("siteurl", "bot_url", "skipped"),
    [
        ("", None, []),
        ("https://tukena.example", "https://bot.tukena.example/", []),  # its own origin
        ("https://tukena.example", "https://tukena.example/bot", ["bot/"]),
        ("https://tukena.example", "http://tukena.example/bot/", []),  # another scheme
        ("https://x.example/tukena", "https://x.example/tukena/forms/", ["forms/"]),
        ("https://x.example/tukena", "https://x.example/forms/", []),  # outside the site
        ("", "https://bot.example/forms", ["forms/"]),  # where the site is, is unknown
        ("", "https://bot.example/", []),
    ],
)
def test_the_worker_leaves_the_bots_paths_alone(siteurl, bot_url, skipped):
    assert serviceworker.skipped(_config(siteurl=siteurl, bot_url=bot_url)) == skipped


def test_a_new_theme_code_or_setting_installs_a_new_worker(tmp_path):
    config = _config()
    base = serviceworker.version(config, "v1")
    assert serviceworker.version(config, "v1") == base
    assert serviceworker.version(config, "v2") != base
    assert serviceworker.version(dataclasses.replace(config, sitename="other"), "v1") != base
    assert serviceworker.version(dataclasses.replace(config, languages=("fi",)), "v1") != base
    theme = tmp_path / "theme"
    (theme / "worker").mkdir(parents=True)
    (theme / serviceworker.SOURCE).write_text("// one\n", "utf-8")
    one = serviceworker.version(dataclasses.replace(config, theme=theme), "v1")
    (theme / serviceworker.SOURCE).write_text("// two\n", "utf-8")
    assert serviceworker.version(dataclasses.replace(config, theme=theme), "v1") != one


def test_the_settings_name_only_the_languages_built(tmp_path):
    config = _config(languages=("fi", "en"))
    settings = serviceworker.settings(config, "v1")
    assert settings["prefixes"] == {"fi": "", "en": "en/"}
    assert settings["precache"][:2] == ["offline.html", "en/offline.html"]
    languages = serviceworker.page_data(config, "en")["languages"]
    assert [(x["code"], x["prefix"]) for x in languages] == [("en", "en/"), ("fi", "")]


def test_sites_on_one_origin_name_their_caches_apart():
    """A browser keeps caches by origin: a site under a path names its own (and one at the
    root keeps the names it always had, so that its visitors' saved pages stay)."""
    names = {}
    for siteurl in ("", "https://x.example", "https://x.example/a", "https://x.example/a-b/"):
        config = _config(siteurl=siteurl)
        settings = serviceworker.settings(config, "v1")
        data = serviceworker.page_data(config, "fi")
        assert (data["cache"], data["files"]) == (settings["pages"], settings["files"])
        names[siteurl] = (settings["prefix"], settings["pages"], settings["files"])
    assert names[""] == names["https://x.example"] == ("tukena-", "tukena-pages", "tukena-files")
    assert names["https://x.example/a"] == ("tukena/a/", "tukena/a/pages", "tukena/a/files")
    assert names["https://x.example/a-b/"][0] == "tukena/a-b/"
