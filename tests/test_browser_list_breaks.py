"""'My list' in Chromium, printed for a client: each item's breaks say their years and the
organiser's reasons, as the activity's page does, a reason in another language than the
list's still marked with its own (the list copies the page's key facts)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]

#: a Swedish listing whose breaks have reasons in Swedish and Finnish
VASA = "sprakcafe-vasa"
SAID = {
    "fi": ("ei 15.12.2026–11.1.2027 (Joulutauko), 2.3.2027 (Hiihtoloma)", []),
    "en": (
        "not on 15 Dec 2026 – 11 Jan 2027 (Jullov), 2 Mar 2027 (Sportlov)",
        [["sv", "ltr", "Jullov"], ["sv", "ltr", "Sportlov"]],
    ),
}
PREFIX = {"fi": "", "en": "en/"}


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_a_printed_list_says_each_break_with_its_year_and_reason(site, page, lang):
    page.goto(f"{site}/{PREFIX[lang]}list/?a={VASA}")
    breaks = page.locator("#list-items > li .exceptions")
    breaks.wait_for()
    page.emulate_media(media="print")
    assert breaks.is_visible()
    text, marked = SAID[lang]
    assert breaks.inner_text() == text
    assert (
        breaks.evaluate(
            "node => [...node.querySelectorAll('[lang]')].map(n => [n.lang, n.dir, n.textContent])"
        )
        == marked
    )
