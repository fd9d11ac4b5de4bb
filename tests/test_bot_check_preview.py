"""The check page shows a description as its page will show it: the site's own Markdown
conversion and sanitiser (:func:`tukena.site.markup.to_html`), framed as a preview, in the
text's language and direction (:mod:`tukena.forms.check`)."""

from __future__ import annotations

import pytest

from tests.bot.helpers import activity_pairs
from tests.site_helpers import parse
from tests.test_bot_check import check_page
from tukena.forms import ui
from tukena.site.markup import to_html

pytest_plugins = ["tests.bot.fixtures"]

MARKDOWN = (
    "Tule **mukaan**!\n\n- läksyt\n- kahvi\n\nLisää [kirjastosta](https://kirjasto.example/laksy)."
)
#: what the page must not run
HOSTILE = (
    '<p style="color: red">Hei</p> <script>alert("x")</script> <a href="https://x.example" onclick="steal()">klik</a>'
    ' <img src="https://x.example/a.png" onerror="steal()">\n\n[js](javascript:steal())'
)
ARABIC = "**مرحبا** بالجميع\n\n- الواجبات"


def shown(html: str) -> str:
    """The check page before its form of hidden inputs (which hold the texts as written)."""
    return html[: html.index('<form class="check-form"')]


def previews(html: str) -> dict[str, tuple[str, str, str]]:
    """Each description's preview by its language: its label, its ``dir`` and its HTML as
    the page sends it."""
    doc = parse(html)
    out = {}
    for box in doc.find_all("div", cls="check-preview"):
        prose = box.one("div", cls="prose")
        start = html.index(f'<div class="prose" lang="{prose.get("lang")}"')
        inner = html[html.index(">", start) + 1 : html.index("</div>\n      </div>", start)]
        label = box.one("p", cls="check-preview-label").text
        out[prose.get("lang")] = (label, prose.get("dir"), inner)
    return out


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_description_is_shown_as_its_page_will_show_it(client, clock, lang):
    pairs = activity_pairs(_lang=lang, **{"description.fi": MARKDOWN})
    html = check_page(client, clock, pairs).text
    ((code, (label, direction, inner)),) = previews(html).items()
    assert (code, direction, label) == ("fi", "ltr", ui.text("check.preview", lang))
    assert inner == to_html(MARKDOWN, code)  # the site's own rendering, not a second converter
    assert "<strong>mukaan</strong>" in inner
    assert "<ul>\n<li>läksyt</li>" in inner
    assert '<a href="https://kirjasto.example/laksy" rel="noopener noreferrer">' in inner
    assert "**mukaan**" not in shown(html)  # not the raw Markdown as well


def test_the_preview_drops_what_the_page_drops(client, clock):
    html = check_page(client, clock, activity_pairs(**{"description.fi": HOSTILE})).text
    (_, _, inner) = previews(html)["fi"]
    assert "<a" in inner and "klik" in inner
    for gone in ("<script", "alert(", "onclick", "onerror", "<img", "javascript:"):
        assert gone not in inner, gone
    # nothing on the page runs but the bot's own scripts, and no inline style (its CSP
    # allows neither)
    doc = parse(html)
    attrs = [a.lower() for e in doc.iter() for a in e.attrs]
    assert "style" not in attrs and not [a for a in attrs if a.startswith("on")]
    assert all(e.get("src") for e in doc.find_all("script"))


def test_a_right_to_left_text_gets_its_language_and_direction(client, clock):
    pairs = activity_pairs(**{"description.fi": MARKDOWN, "description.ar": ARABIC})
    html = check_page(client, clock, pairs).text
    found = previews(html)
    assert list(found) == ["fi", "ar"]
    (_, direction, inner) = found["ar"]
    assert direction == "rtl"
    assert "<strong>مرحبا</strong>" in inner and "<li>الواجبات</li>" in inner


def test_other_texts_stay_as_written(client, clock):
    """Only a Markdown field is rendered: a summary's asterisks are what its page shows."""
    pairs = activity_pairs(**{"summary.fi": "Apua **läksyihin**."})
    html = check_page(client, clock, pairs).text
    assert "Apua **läksyihin**." in html and not previews(html)
