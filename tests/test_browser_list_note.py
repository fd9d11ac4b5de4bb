"""A note for the client on 'My list', in real Chromium under the site's own
Content-Security-Policy: typed on the list page, it is kept with the list in the browser,
printed above the list and carried in the fragment of the list's link (which browsers never
send to a site), not in its QR code; a sent note shows as text in another browser, in
another language and across the language switcher, and may be kept there; a sent list's
changes (an activity taken off, the note edited) follow in its address, so a reload or a
language switch keeps them; emptying the list removes the note, so a new list never carries
another client's note."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlsplit

import pytest

from tests.browser_support import axe_violations
from tests.site_helpers import sample_content
from tukena.status import Status

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}
LABEL = {
    "fi": "Muistiinpano asiakkaalle (vapaaehtoinen)",
    "sv": "Anteckning till klienten (frivillig)",
    "en": "Note for the client (optional)",
}
CONTENT, STATUS = sample_content()
ACTIVE = sorted(s for s, state in STATUS.items() if state is Status.ACTIVE)
CHOSEN = [ACTIVE[4], ACTIVE[1]]
#: markup, an event handler and right-to-left text: shown as typed, never run
SENT = 'Tiistaina ensin.\n<img src=x onerror="window.ran=1">\nاسأل عن آينو'


def add(page, site: str, slug: str, lang: str = "en") -> None:
    page.goto(f"{site}/{PREFIX[lang]}activities/{slug}.html")
    page.locator("#list-toggle button").click()


def sent_note(link: str) -> list[str]:
    """The notes in a link's fragment; none in its query."""
    parts = urlsplit(link)
    assert "note" not in parse_qs(parts.query)
    return parse_qs(parts.fragment).get("note", [])


def loaded(page, count: int) -> None:
    page.wait_for_function(
        "n => document.querySelectorAll('#list-items dl.facts').length === n", arg=count
    )


def printed(page) -> str | None:
    """The note as printed above the list, or None when the printout has none."""
    page.emulate_media(media="print")
    try:
        for shown in ("#list-note", "#list-lead", "#list-received-lead"):  # field, how to use
            if page.locator(shown).is_visible():
                raise AssertionError(f"{shown} is printed")
        box = page.locator("#list-note-print")
        return box.locator("span").inner_text() if box.is_visible() else None
    finally:
        page.emulate_media(media="screen")


def test_a_note_is_printed_above_the_list_and_sent_in_the_link_fragment_only(site, page):
    page.goto(f"{site}/en/list/")
    assert page.locator("#list-note-box").is_hidden()  # no list, no note
    for slug in CHOSEN:
        add(page, site, slug)
    page.goto(f"{site}/en/list/")
    loaded(page, 2)
    field = page.get_by_label(LABEL["en"])
    assert field.get_attribute("dir") == "auto"
    hint = page.locator("#" + field.get_attribute("aria-describedby")).inner_text()
    assert hint.endswith(" At most 300 characters.") and "personal details" in hint
    assert field.get_attribute("maxlength") == "300"
    assert printed(page) is None
    listed = f"{site}/en/list/?a={','.join(CHOSEN)}"
    assert page.input_value("#list-link") == listed

    field.fill("  Ask for Aino\x07 on Tuesday.\r\nBring the Kela card.  ")
    note = "Ask for Aino on Tuesday.\nBring the Kela card."  # trimmed, no control character
    link = page.input_value("#list-link")
    assert link.split("#")[0] == listed and sent_note(link) == [note]
    assert page.get_attribute("#list-qr", "data-url") == listed  # the code leaves it out
    assert printed(page) == note
    style = "box => getComputedStyle(box.querySelector('span')).whiteSpace"
    assert page.locator("#list-note-print").evaluate(style) == "pre-wrap"  # lines as typed
    assert axe_violations(page) == []

    page.reload()  # kept with the list in this browser
    loaded(page, 2)
    assert field.input_value() == note
    assert sent_note(page.input_value("#list-link")) == [note]

    field.fill("   ")  # only spaces: no note
    assert "#" not in page.input_value("#list-link")
    assert printed(page) is None
    field.fill("x" * 400)  # typed past the limit: the field takes 300
    assert sent_note(page.input_value("#list-link")) == ["x" * 300]
    field.fill(note)

    # taken off one by one: the list is empty, and a new one starts without the note
    for _ in CHOSEN:
        page.locator("#list-items .list-remove").first.click()
    assert page.locator("#list-note-box").is_hidden()
    add(page, site, ACTIVE[0])
    page.goto(f"{site}/en/list/")
    loaded(page, 1)
    assert field.input_value() == ""
    assert "#" not in page.input_value("#list-link")
    assert printed(page) is None

    # a sent link's note past the limit (made by hand, or by another site) is cut to it
    page.goto(f"{site}/en/list/?a={ACTIVE[0]}#note={'y' * 400}")
    loaded(page, 1)
    assert field.input_value() == "y" * 300
    assert sent_note(page.input_value("#list-link")) == ["y" * 300]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_sent_note_shows_as_text_in_another_browser_which_may_keep_it(site, browser, lang):
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        add(page, site, ACTIVE[0], lang)  # this browser's own list, with its own note
        page.goto(f"{site}/{PREFIX[lang]}list/")
        loaded(page, 1)
        page.get_by_label(LABEL[lang]).fill("my own")

        page.goto(f"{site}/{PREFIX[lang]}list/?a={','.join(CHOSEN)}#note={quote(SENT)}")
        loaded(page, 2)
        field = page.get_by_label(LABEL[lang])
        # opened by the client: the note to read, what the list is; not the gatherer's tools
        assert field.is_hidden() and field.input_value() == SENT
        assert page.locator("#list-note-print span").inner_text() == SENT
        assert page.locator("#list-received-lead").is_visible()
        assert page.locator("#list-lead").is_hidden() and page.locator("#list-clear").is_hidden()
        assert printed(page) == SENT
        assert page.locator("main img").count() == 0
        assert page.evaluate("window.ran") is None
        assert axe_violations(page) == []

        # a sent list's changes stay in its link and its address, not in this browser's list
        page.locator("#list-note-edit").click()  # the note can still be changed
        assert field.is_visible() and page.evaluate("document.activeElement.id") == "list-note"
        assert page.locator("#list-note-edit").is_hidden()
        edited = SENT + "\nEdited."
        field.fill(edited)
        page.locator("#list-items .list-remove").first.click()
        loaded(page, 1)
        assert sent_note(page.input_value("#list-link")) == [edited]
        assert sent_note(page.url) == [edited]
        assert parse_qs(urlsplit(page.url).query) == {"a": [CHOSEN[1]]}
        page.reload()
        loaded(page, 1)
        assert page.get_by_label(LABEL[lang]).input_value() == edited
        page.goto(f"{site}/{PREFIX[lang]}list/")
        loaded(page, 1)
        assert page.get_by_label(LABEL[lang]).input_value() == "my own"

        page.go_back()
        loaded(page, 1)
        other = "en" if lang == "fi" else "fi"  # the switcher keeps the list and its note
        page.locator(f".language-switcher a[hreflang={other}]").click()
        page.wait_for_url(lambda url: urlsplit(url).path == f"/{PREFIX[other]}list/")
        loaded(page, 1)
        assert sent_note(page.url) == [edited]
        assert page.get_by_label(LABEL[other]).input_value() == edited

        page.locator("#list-save").click()  # kept as this browser's list, with its note
        page.goto(f"{site}/{PREFIX[lang]}list/")
        loaded(page, 1)
        field = page.get_by_label(LABEL[lang])
        assert field.input_value() == edited
        page.locator("#list-clear").click()
        assert field.input_value() == ""
        page.locator("#list-undo").click()  # the note comes back with the list
        assert field.input_value() == edited
        page.locator("#list-clear").click()
        page.reload()
        assert page.locator("#list-note-box").is_hidden()
        assert page.evaluate("localStorage.getItem('tukena-list-note')") is None
    finally:
        context.close()
    assert errors == []
