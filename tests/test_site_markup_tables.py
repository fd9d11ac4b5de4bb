"""Each table of an organiser's text goes in one scrolling region, named after its header
cells (tests/test_browser_prose_width.py shows it in a browser)."""

from __future__ import annotations

from tests.site_helpers import parse
from tukena.site.markup import to_html
from tukena.site.markuptables import NAME_LENGTH, scrolling_tables


def _regions(html: str) -> list:
    return [n for n in parse(html).iter() if "table-scroll" in n.classes()]


def test_a_markdown_table_is_in_a_region_named_after_its_header_cells():
    html = to_html("| Päivä & aika | <b>Paikka</b> |\n|---|---|\n| ma | Kirjasto |\n", "fi")
    (region,) = _regions(html)
    assert region.get("role") == "region" and region.get("tabindex") == "0"
    assert region.get("aria-label") == "Päivä & aika, Paikka"
    assert [n.tag for n in region.elements] == ["table"]


def test_a_table_in_a_table_is_in_the_region_of_the_outer_one():
    html = to_html("<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>\n\nTeksti")
    (region,) = _regions(html)
    assert html.count("<table") == 2 and html.endswith("<p>Teksti</p>\n")
    # no header cells: a region a keyboard stops at is named after its first row all the same
    assert region.get("role") == "region" and region.get("tabindex") == "0"
    assert region.get("aria-label") == "x"


def test_a_table_whose_header_cells_are_empty_is_named_after_its_first_row_with_text():
    html = to_html("| | |\n|---|---|\n| ma | Kirjasto |\n", "fi")
    (region,) = _regions(html)
    assert region.get("role") == "region" and region.get("tabindex") == "0"
    assert region.get("aria-label") == "ma Kirjasto"


def test_a_table_without_text_is_no_stop_for_the_keyboard():
    (region,) = _regions(to_html("<table><tr><td> </td></tr></table>"))
    assert region.get("tabindex") is None and region.get("role") is None
    assert region.get("aria-label") is None


def test_a_long_header_names_the_region_in_part_and_a_text_without_tables_is_unchanged():
    header = " | ".join(f"sarake numero {n}" for n in range(30))
    html = to_html(f"| {header} |\n|{'---|' * 30}\n")
    (region,) = _regions(html)
    assert len(region.get("aria-label")) <= NAME_LENGTH
    assert region.get("aria-label").endswith("…")
    text = "<p>Ei taulukkoa.</p>\n"
    assert scrolling_tables(text) is text
