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


def test_markdown_line_break_is_kept_but_a_raw_br_is_dropped() -> None:
    """The page keeps the <br> Markdown makes and drops the one written as HTML: the words
    run together, so the second is reported, and the first is not."""
    assert "<br>" in to_html("one\\\ntwo") and losses("one\\\ntwo") == []
    assert to_html("one<br>two") == "<p>onetwo</p>\n"
    [loss] = losses("one<br>two")
    assert (loss.line, loss.what) == (1, "<br>")
    assert "end the line with a backslash" in loss.message


def test_raw_tags_are_named_on_their_lines() -> None:
    text = (
        "First line.\n"
        "Second with <font color=red>red</font> words.\n"
        "\n"
        '- a <span onclick="x()">list</span> item\n'
        "\n"
        "| a | b |\n|---|---|\n| ä <b>1</b> | ö <i>2</i> |\n"
    )
    assert [(loss.line, loss.what) for loss in losses(text)] == [
        (2, "<font color>"),
        (4, "<span onclick>"),
        (8, "<b>"),
        (8, "<i>"),
    ]
    page = to_html(text)
    assert "font" not in page and "onclick" not in page and "red words" in page


def test_an_html_block_loses_its_text_too() -> None:
    text = 'Before.\n\n<div style="color: red">\nImportant!\n</div>\n\nAfter.'
    assert "Important" not in to_html(text)
    [loss] = losses(text)
    assert (loss.line, loss.what) == (3, "<div style>")
    assert "nor anything after it up to the next blank line" in loss.message
    assert "write it in Markdown instead" in loss.message


def test_scripts_and_frames() -> None:
    text = '<script>\nalert(1)\n\n</script>\nText.\n\n<iframe src="https://v.example/"></iframe>'
    found = losses(text)
    assert [(loss.line, loss.what) for loss in found] == [(1, "<script>"), (7, "<iframe src>")]
    assert "up to </script>" in found[0].message and "link to it instead" in found[1].message


def test_code_is_not_taken_for_raw_html() -> None:
    """A tag shown as code, before raw HTML, must not take its name or line."""
    text = "```\n<u>shown</u>\n```\n\nA `<em>` span, then <b>x</b>.\n<i>y</i>"
    assert [(loss.line, loss.what) for loss in losses(text)] == [(5, "<b>"), (6, "<i>")]


def test_what_is_not_shown_is_not_taken_for_raw_html() -> None:
    """A link definition's title and an indented code block are never on the page: their
    tags must not take the name or line of raw HTML after them."""
    text = '[ref]: https://a.example/ "<b>title</b>"\n\nText <i>x</i>'
    assert [(loss.line, loss.what) for loss in losses(text)] == [(3, "<i>")]
    text = "    <b>indented</b>\n\n<div>\nx\n</div>"
    assert [(loss.line, loss.what) for loss in losses(text)] == [(3, "<div>")]


def test_html_blocks_one_after_another() -> None:
    """Each HTML block is one marker: the next starts after the blank line, not at the
    previous one's closing tag."""
    text = "<div>\none\n</div>\n\n<p>two</p>\n\n<span>three</span> words"
    assert [(loss.line, loss.what) for loss in losses(text)] == [
        (1, "<div>"),
        (5, "<p>"),
        (7, "<span>"),
    ]


def test_columns_of_text_in_other_scripts() -> None:
    """The converter counts columns in bytes: a table cell's end in Arabic or Finnish text
    must not pass over the next cell's raw HTML."""
    text = "| a | b |\n|---|---|\n| تعلم اللغة الفنلندية <b>1</b> | <i>2</i> |"
    assert [(loss.line, loss.what) for loss in losses(text)] == [(3, "<b>"), (3, "<i>")]


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
    """With the lines of the text marked, the sanitiser gives the very HTML the page shows:
    the check cannot disagree with the page. The shipped content loses nothing."""
    shipped = _shipped_texts()
    assert len(shipped) > 300
    for text in [*shipped, *KEPT, xss_corpus.MARKDOWN, "# One\n\n#### Four <b>x</b>\n\n---"]:
        assert sanitise(convert(text, positions=True)) == to_html(text)
    assert convert("# One", positions=True).startswith('<h2 data-sourcepos="1:1-1:5">')
    assert [text for text in shipped if losses(text)] == []


def test_losses_are_ordered_and_distinct() -> None:
    found = losses("<b>a</b> <b>a</b>\n\n<b>c</b>")
    assert found == [Loss(1, "<b>", found[0].message), Loss(3, "<b>", found[0].message)]
