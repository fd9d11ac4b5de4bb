"""A crawler over the built sample site: every internal link and asset resolves.

Every ``href``, ``src`` and form ``action`` in every HTML page, every ``url()`` in the CSS and
every site address in the XML files (sitemap, feeds) must lead to a file in the output:
directories to their ``index.html``, query strings (``?v=hash``) ignored, and a fragment to
an element with that ``id`` in the target page. The forms' pages, which have their forms
only on a site built with ``TUKENA_BOT_URL``, are crawled in such a build as well.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from tests.site_helpers import LANGUAGES, REPO, Build, html_files, page, pelican, shared, url_of
from tests.site_helpers import sample_site as _sample_site
from tukena.site import submitforms

LINK_ATTRIBUTES = ("href", "src", "action", "poster", "data")
EXTERNAL_SCHEMES = {"http", "https", "mailto", "tel"}
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


def _with_forms(tmp_path_factory) -> Build:
    """The sample content built with the web forms (``TUKENA_BOT_URL``), once per session."""

    def make(out: Path) -> Build:
        return pelican(REPO, out, env={"TUKENA_BOT_URL": "https://bot.tukena.example/submit"})

    return shared(tmp_path_factory, "sample-forms", make)


def _target(site: Path, base: str, link: str) -> tuple[str | None, str, str]:
    """(page URL or None when external, fragment, problem) of a link on the page ``base``."""
    parts = urlsplit(urljoin("/" + base, link))
    if parts.scheme or parts.netloc:
        problem = "" if parts.scheme in EXTERNAL_SCHEMES else f"scheme {parts.scheme}:"
        return None, "", problem
    path = posixpath.normpath(unquote(parts.path)) + ("/" if parts.path.endswith("/") else "")
    rel = path.lstrip("/")
    file = site / rel
    if file.is_dir():
        if not rel.endswith("/") and rel:
            return None, "", "directory without a trailing slash"
        file = file / "index.html"
    if not file.is_file():
        return None, "", "no such file"
    return url_of(site, file), parts.fragment, ""


def _has_id(site: Path, url: str, fragment: str) -> bool:
    if not url.endswith((".html", "/")) and url != "":
        return False
    doc = page(site, url)
    return any(n.attrs.get("id") == fragment or n.attrs.get("name") == fragment for n in doc.iter())


def _links(site: Path, url: str) -> Iterator[tuple[str, str]]:
    """(where it leads, its problem or "") of every link in the page ``url``."""
    for node in page(site, url).iter():
        for attribute in LINK_ATTRIBUTES:
            link = node.attrs.get(attribute)
            if not link or (attribute == "data" and node.tag != "object"):
                continue
            target, fragment, problem = _target(site, url, link.strip())
            if not problem and target is not None and fragment:
                if not _has_id(site, target, fragment):
                    problem = f"no element with id {fragment!r}"
            yield f"<{node.tag} {attribute}> {urljoin('/' + url, link)}", problem


def test_every_internal_link_in_every_page_resolves(site):
    broken: dict[str, list[str]] = {}
    checked = 0
    for path in html_files(site):
        url = url_of(site, path)
        for where, problem in _links(site, url):
            checked += 1
            if problem:
                broken.setdefault(f"{where}: {problem}", []).append(url)
    assert checked > 1000
    ranked = sorted(broken.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    report = [f"{key} (on {len(pages)} pages, e.g. /{pages[0]})" for key, pages in ranked]
    assert not report, f"{len(report)} broken links:\n" + "\n".join(report[:80])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_link_of_every_form_page_resolves_on_a_site_with_the_forms(tmp_path_factory, lang):
    """Their help texts' links too: the form for a new organisation, linked from the
    organiser's help, is a page of the site, not a path under the form's own page."""
    site = _with_forms(tmp_path_factory).check().output
    for form in submitforms.FORMS:
        url = submitforms.url(lang, form)
        assert page(site, url).find("form", cls="tukena-form") is not None, url
        links = list(_links(site, url))
        assert any("submit/organisation-new/" in where for where, _ in links)
        assert [f"{where}: {problem}" for where, problem in links if problem] == [], url


def test_css_assets_resolve(site):
    broken = []
    for css in sorted(site.rglob("*.css")):
        base = url_of(site, css)
        for link in CSS_URL.findall(css.read_text("utf-8")):
            if link.startswith("data:"):
                continue
            _, _, problem = _target(site, base, link)
            if problem:
                broken.append(f"{base}: url({link}): {problem}")
    assert not broken, "\n".join(broken)


def test_site_addresses_in_xml_files_resolve(site):
    broken = []
    for path in sorted(site.rglob("*.xml")):
        base = url_of(site, path)
        root = ET.parse(path).getroot()  # noqa: S314 - our own output
        links = [e.text or "" for e in root.iter() if e.tag.endswith("}loc") or e.tag == "loc"]
        links += [e.get("href", "") for e in root.iter() if e.tag.endswith("link")]
        for link in links:
            if urlsplit(link).scheme:
                continue  # absolute: only when SITEURL is set (publish), not in this build
            _, _, problem = _target(site, base, link)
            if problem:
                broken.append(f"{base}: {link}: {problem}")
    assert not broken, "\n".join(broken)


#: the lists of news items (tukena.site.urls.NEWS_LISTINGS), each of which a visitor must
#: be able to find
NEWS_LISTS = ("news/", "events/", "trainings/", "jobs/")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_news_list_is_reached_from_the_home_page(site, lang):
    """A crawler that starts at a language's home page and follows its links within two
    clicks, staying in the language, finds the news, events, trainings and jobs: none is
    an orphan only its own pages link to."""
    prefix = {"fi": "", "sv": "sv/", "en": "en/"}[lang]
    others = tuple(p for p in ("sv/", "en/") if p != prefix)

    def ours(url: str) -> bool:
        return url.startswith(prefix) and not url.startswith(others)

    reached = {prefix}
    frontier = [prefix]
    for _ in range(2):
        found = []
        for url in frontier:
            for link in page(site, url).links():
                target, _, problem = _target(site, url, link.strip())
                if target is not None and not problem and ours(target) and target not in reached:
                    reached.add(target)
                    if target.endswith((".html", "/")) or target == "":
                        found.append(target)
        frontier = found
    assert [prefix + path for path in NEWS_LISTS if prefix + path not in reached] == []
