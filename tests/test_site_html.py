"""HTML conformance: every page the build writes is valid HTML by the Nu Html Checker.

The checker is the W3C's (tests/html_checker.py). WCAG 2.1 4.1.1 (Parsing, level A)
asks for complete start and end tags, elements nested as the HTML specification says, no
duplicate attributes and unique ids; the checker checks those and the rest of the
specification, such as a heading that skips a level (a list of cards' h3 titles right
under the page's h1). Every page of the sample site is checked, in fi, sv and en, and every
page of the site whose every text field carries injection attempts (tests/xss_corpus.py):
hostile content must leave the markup as valid as any other.
"""

from __future__ import annotations

import shutil

from tests import xss_corpus
from tests.html_checker import errors
from tests.site_helpers import sample_site


def test_every_page_of_the_sample_site_is_valid_html(tmp_path_factory):
    output = sample_site(tmp_path_factory).check().output
    pages = list(output.rglob("*.html"))
    assert len(pages) > 1000
    assert {p.relative_to(output).parts[0] for p in pages} >= {"sv", "en", "activities"}
    assert errors(output) == []


def test_every_page_with_hostile_content_is_valid_html(tmp_path_factory):
    output = xss_corpus.site(tmp_path_factory)
    assert len(list(output.rglob("*.html"))) > 50
    # its 930 municipality pages show none of its content but the few where it meets
    places = {"espoo.html", "index.html"}
    assert (
        errors(output, lambda page: "municipalities" in page.parts and page.name not in places)
        == []
    )


def test_the_checker_reports_broken_markup(tmp_path_factory, tmp_path):
    """A real page, broken three ways: each is reported, with its file and line (so the
    tests above cannot pass by checking nothing)."""
    output = sample_site(tmp_path_factory).check().output
    page = next(output.glob("activities/*.html"))
    html = page.read_text("utf-8")
    html = html.replace('<h2 id="facts-heading">', '<h2 id="description-heading">', 1)
    html = html.replace("<h2", "<h4").replace("</h2>", "</h4>")
    html = html.replace("<dl", "<dl class='a' class='b'", 1)
    shutil.copy(page, tmp_path / "intact.html")
    (tmp_path / "broken.html").write_text(html, "utf-8")
    found = errors(tmp_path)
    assert all(line.startswith("broken.html:") for line in found)
    assert any("Duplicate ID “description-heading”" in line for line in found), found
    assert any("skipping 2 heading levels" in line for line in found), found
    assert any("Duplicate attribute “class”" in line for line in found), found
