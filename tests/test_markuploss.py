"""What a Markdown text loses on its way to the page (tukena.markuploss): reported where the
page really lacks it, on the right line of the text, and never where the page shows it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import xss_corpus
from tests.validate_helpers import REPO
from tukena import loader
from tukena.markuploss import Loss, losses
from tukena.site.markup import convert, sanitise, to_html
from tukena.site.markuptables import scrolling_tables

KEPT = [
    "Plain text, with *emphasis*, **strong**, ~~struck~~ and `code`.",
    "A line break\\\nwith a backslash, and one  \nwith two spaces.",
    "# One\n\n## Two\n\n### Three\n\n#### Four",
    "- one\n- two\n\n1. first\n2. second\n\n> quoted",
    "| a | b |\n|:--|--:|\n| 1 | 2 |",
    "[https](https://a.example/) [http](http://a.example/) [mail](mailto:a@b.example)"
    " [ours](/fi/about/) [here](#top) <https://a.example/> www.a.example",
    "```\n<div>code</div>\n```\n\n    <b>indented code</b>\n\nand `<i>` in a span",
    "\\<div> escaped, 5 < 6 and 7 > 3 & so on",
    "***\n\nAfter a rule.",
    "<!-- a note for the reviewer -->\n\nText <!-- another --> here.",
]


@pytest.mark.parametrize("text", KEPT, ids=range(len(KEPT)))
def test_what_the_page_shows_is_not_reported(text: str) -> None:
    assert losses(text) == []


def test_pasted_html_shows_its_text() -> None:
    """Pasted HTML keeps its text and the formatting the page allows: nothing is lost, so
    nothing is reported."""
    text = "<p>Hello <i>all</i></p>\n\n<div>\nImportant!\n</div>\n\none<br>two, <b>bold</b>"
    assert to_html(text) == (
        "<p>Hello <i>all</i></p>\n<div>\nImportant!\n</div>\n<p>one<br>two, <b>bold</b></p>\n"
    )
    assert losses(text) == []
    assert "<br>" in to_html("one\\\ntwo") and losses("one\\\ntwo") == []


def test_what_pasted_html_loses_is_what_shows() -> None:
    """Text pasted from Word or a web page: what looks like nothing (a class, a bare span, a
    Word tag) is not reported, a style, a handler, an underline or a frame is; a heading
    or a table's cell is kept as the page keeps it (one level down; inside its table)."""
    quiet = (
        '<p class="MsoNormal" lang="fi">Hei <span>kaikki</span><o:p></o:p></p>\n\n'
        "<h1>Otsikko</h1>\n\n<table><tr><td>1</td><th>2</th></tr></table>\n\n"
        '<ul><li data-x="1">one</li></ul>'
    )
    assert losses(quiet) == [] and "<h2>Otsikko</h2>" in to_html(quiet)
    text = (
        '<p class="MsoNormal" style="margin: 0">Hei <u>kaikki</u></p>\n\n'
        '<table><tr><td style="color: red">1</td></tr></table>\n\n'
        '<svg onload="x()"><a href="javascript:y()">svg</a></svg> <img src="kuva.jpg">\n\n'
        '<a href="javascript:z()" title="t">Link <b>text</b></a>'
    )
    found = losses(text)
    assert [(loss.line, loss.what) for loss in found] == [
        (1, "<p class style>"),
        (1, "<u>"),
        (3, "<td style>"),
        (5, "<img src>"),
        (5, "<svg onload>"),  # what is in it goes with it: its link is not looked at
        (7, "a link"),
    ]
    assert found[0].message.startswith("raw HTML <p class style> is shown without style:")
    assert found[2].message.startswith("raw HTML <td style> is shown without style:")
    assert found[3].message.startswith("raw HTML <img src> is removed: link to the image")
    assert "removed with everything in it up to </svg>" in found[4].message
    assert found[5].message.startswith('the link "Link text" to javascript:z() is shown as')
    page = to_html(text)
    assert "Hei <u>" not in page and "Hei kaikki" in page and "<td>1</td>" in page
    assert "svg" not in page and '<a title="t">Link <b>text</b></a>' in page


def test_raw_tags_are_named_on_their_lines() -> None:
    text = (
        "First line.\n"
        "Second with <font color=red>red</font> words.\n"
        "\n"
        '- a <span onclick="x()">list</span> item\n'
        "\n"
        "| a | b |\n|---|---|\n| ä <u>1</u> | ö <s>2</s> |\n"
    )
    assert [(loss.line, loss.what) for loss in losses(text)] == [
        (2, "<font color>"),
        (4, "<span onclick>"),
        (8, "<s>"),
        (8, "<u>"),
    ]
    page = to_html(text)
    assert "font" not in page and "onclick" not in page and "red</font>" not in page
    assert "red words" in page and "list item" in page and "ä 1" in page


def test_an_html_block_keeps_its_text_but_not_its_style() -> None:
    text = 'Before.\n\n<div style="color: red">\nImportant!\n</div>\n\nAfter.'
    assert "<div>\nImportant!\n</div>" in to_html(text)
    [loss] = losses(text)
    assert (loss.line, loss.what) == (3, "<div style>")
    assert loss.message.startswith("raw HTML <div style> is shown without style:")


def test_scripts_and_frames() -> None:
    text = '<script>\nalert(1)\n\n</script>\nText.\n\n<iframe src="https://v.example/"></iframe>'
    found = losses(text)
    assert [(loss.line, loss.what) for loss in found] == [(1, "<script>"), (7, "<iframe src>")]
    assert "removed with everything in it up to </script>" in found[0].message
    assert "link to it instead" in found[1].message
    assert to_html(text).strip() == "<p>Text.</p>"


def test_code_is_not_taken_for_raw_html() -> None:
    """A tag shown as code, before raw HTML, must not take its name or line."""
    text = "```\n<u>shown</u>\n```\n\nA `<u>` span, then <u>x</u>.\n<s>y</s>"
    assert [(loss.line, loss.what) for loss in losses(text)] == [(5, "<u>"), (6, "<s>")]


def test_what_is_not_shown_is_not_taken_for_raw_html() -> None:
    """A link definition's title and an indented code block are never on the page: their
    tags must not take the name or line of raw HTML after them."""
    text = '[ref]: https://a.example/ "<u>title</u>"\n\nText <u>x</u>'
    assert [(loss.line, loss.what) for loss in losses(text)] == [(3, "<u>")]
    text = "    <u>indented</u>\n\n<div>\nx <u>y</u>\n</div>"
    assert [(loss.line, loss.what) for loss in losses(text)] == [(4, "<u>")]


def test_html_blocks_one_after_another() -> None:
    """Each HTML block is one marker: the next starts after the blank line, not at the
    previous one's closing tag."""
    text = '<div style="a">\none\n</div>\n\n<p class=x style=b>two</p>\n\n<u>three</u> words'
    assert [(loss.line, loss.what) for loss in losses(text)] == [
        (1, "<div style>"),
        (5, "<p class style>"),
        (7, "<u>"),
    ]


def test_columns_of_text_in_other_scripts() -> None:
    """The converter counts columns in bytes: a table cell's end in Arabic or Finnish text
    must not pass over the next cell's raw HTML."""
    text = "| a | b |\n|---|---|\n| تعلم اللغة الفنلندية <u>1</u> | <s>2</s> |"
    assert [(loss.line, loss.what) for loss in losses(text)] == [(3, "<s>"), (3, "<u>")]


def test_what_markdown_made_that_the_page_drops() -> None:
    text = "![photo](kuva.jpg)\n\n##### Five\n\n- [x] done\n\n[call](tel:+358401234567) [js](javascript:x())"
    page = to_html(text)
    assert "<img" not in page and "<h5" not in page and "<input" not in page
    assert "tel:" not in page and "javascript" not in page
    found = losses(text)
    assert [(loss.line, loss.what) for loss in found] == [
        (1, "<img>"),
        (3, "<h5>"),
        (5, "<input>"),
        (7, "a link"),
        (7, "a link"),
    ]
    assert 'the link "call" to tel:+358401234567 is shown as plain text' in found[3].message
    assert 'the link "js" is shown as plain text' in found[4].message


def test_a_numbered_list_the_page_numbers_anew() -> None:
    """The page numbers every list from 1: a list that goes on after a paragraph at 3 would
    read 1."""
    text = "1. one\n2. two\n\nBetween.\n\n3. three"
    assert "start" not in to_html(text)
    [loss] = losses(text)
    assert (loss.line, loss.what) == (6, "<ol start>")
    assert loss.message.startswith("a numbered list starting at 3 is numbered from 1 on the page")


def test_the_xss_corpus() -> None:
    whats = {loss.what for loss in losses(xss_corpus.MARKDOWN)}
    assert {"<script>", "<iframe src>", "<a href onclick style>", "<b onmouseover>"} <= whats
    assert "<img>" in whats and "a link" in whats


def _shipped_texts() -> list[str]:
    content = loader.load(REPO, today=dt.date(2026, 11, 22))
    items = [*content.activities.values(), *content.organisations.values()]
    found = [text for item in items for text in (item.description or {}).values()]
    return found + [n.body for n in content.news.values() if n.body]


def test_the_check_sees_the_page_html() -> None:
    """With the lines of the text marked, the sanitiser gives the very HTML the page shows
    (which then puts each table in a region that scrolls it): the check cannot disagree
    with the page. The shipped content loses nothing."""
    shipped = _shipped_texts()
    assert len(shipped) > 300
    for text in [*shipped, *KEPT, xss_corpus.MARKDOWN, "# One\n\n#### Four <b>x</b>\n\n---"]:
        assert scrolling_tables(sanitise(convert(text, positions=True))) == to_html(text)
    assert convert("# One", positions=True).startswith('<h2 data-sourcepos="1:1-1:5">')
    assert [text for text in shipped if losses(text)] == []


def test_losses_are_ordered_and_distinct() -> None:
    found = losses("<u>a</u> <u>a</u>\n\n<u>c</u>")
    assert found == [Loss(1, "<u>", found[0].message), Loss(3, "<u>", found[0].message)]
