"""Quotation marks as each language writes them: the Markdown converter's smart punctuation
makes English ones (“quote”), while Finnish, Swedish and Northern Sámi close a quote with
the mark that opens it (”lainaus”, ’sitaatti’). A description, a news item or a content page in Finnish
or Swedish shows its own, whatever the language of the page around it."""

from __future__ import annotations

import pytest

from tests.site_helpers import main, page
from tests.site_helpers import sample_site as _sample_site
from tukena.site.markup import to_html


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


@pytest.mark.parametrize("lang", ["fi", "sv", "se"])
def test_finnish_swedish_and_sami_quote_with_the_same_mark_on_both_sides(lang):
    html = to_html('Sano "moi" ja \'hei\', tai "it\'s".', lang)
    assert html == "<p>Sano ”moi” ja ’hei’, tai ”it’s”.</p>\n"


def test_english_and_other_languages_keep_the_english_marks():
    for lang in ("en", "ar", None):
        assert to_html('Say "hi".', lang) == "<p>Say “hi”.</p>\n"


def test_code_keeps_the_marks_the_writer_typed():
    html = to_html('`print(“x”)` ja "y"\n\n```\n“z”\n```', "fi")
    assert "<code>print(“x”)</code> ja ”y”" in html
    assert "“z”" in html


def test_a_link_keeps_its_address_as_typed_and_its_title_quotes_in_the_text_language():
    """A raw link's address is where it goes: a mark in it is not changed (that would be
    another address); its title is read as text."""
    html = to_html('<a href="https://example.com/“a”" title="“t”">x “y”</a>', "fi")
    assert 'href="https://example.com/“a”"' in html
    assert 'title="”t”"' in html
    assert ">x ”y”</a>" in html


def test_an_address_written_out_shows_as_typed():
    """The text of an address's link is what a reader copies: it stays the address."""
    html = to_html('"Katso" www.example.com/“x” tai https://example.com/‘y’.', "sv")
    assert ">www.example.com/“x”</a>" in html
    assert ">https://example.com/‘y’</a>" in html
    assert html.startswith("<p>”Katso” <a ")


@pytest.mark.parametrize(
    ("path", "marked", "quote"),
    [
        ("activities/kielikahvila-kuopio.html", None, "”mittee kuuluu?”"),
        ("sv/news/kotoutumislaki-jarjestojen-rooli.html", "fi", "”Meille ohjataan"),
    ],
)
def test_a_finnish_text_quotes_in_finnish_on_any_page(site, path, marked, quote):
    """A description on its own Finnish page, and a Finnish news item on a Swedish page
    (marked as Finnish there)."""
    (prose,) = [d for d in main(page(site, path)).find_all("div", cls="prose") if quote in d.text]
    assert prose.get("lang") == marked
    assert "“" not in prose.text
