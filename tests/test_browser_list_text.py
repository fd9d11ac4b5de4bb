"""'My list' sent as text, in real Chromium: for a client whose phone cannot open the list's
page (no JavaScript, a poor connection), the list goes into an e-mail or a message as plain
text: the note, each activity's title with when, its next session, where and what it costs
as its own page says them and its address, and the list's address last. An activity no
longer on the site is left out, as the link leaves it out. The text goes to the share
sheet where there is one, else to the clipboard, else into a field shown selected."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from tests.browser_support import NO_CLIPBOARD, NO_SHEET, selected_whole
from tests.test_browser_list import ACTIVE, CONTENT, ENDED, loaded
from tukena.site.i18n import translations

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}
NOTE = "Tuesday: bring the residence permit card."
GONE = "no-such-activity"
#: with a place, one held online too if the sample has one, and an ended one
PLACED = next(s for s in ACTIVE if CONTENT.activities[s].locations)
ONLINE = next((s for s in ACTIVE if CONTENT.activities[s].online), ACTIVE[1])
#: one whose registration form is a link with words of its own: the text gives its address
REGISTERED = next(s for s in ACTIVE if CONTENT.activities[s].registration.link)
CHOSEN = [PLACED, GONE, ONLINE, REGISTERED, ENDED[0]]


def _(lang: str, message: str) -> str:
    return translations(lang).gettext(message)


def open_list(page, site: str, lang: str) -> None:
    page.goto(f"{site}/{PREFIX[lang]}list/?a={','.join(CHOSEN)}#note={quote(NOTE)}")
    loaded(page)


def facts(page, site: str, lang: str, slug: str) -> dict[str, str]:
    """An activity's own page's label and words for each fact the text carries."""
    other = page.context.new_page()
    try:
        other.goto(f"{site}/{PREFIX[lang]}activities/{slug}.html")
        out = {}
        for name in ("when", "next", "where", "languages", "cost"):
            fact = other.locator(f"dl.facts [data-fact={name}]")
            out[name] = (fact.locator("dt").inner_text(), fact.locator("dd").inner_text())
        for name in ("join", "contact"):  # its label, its text and the addresses it links
            box = other.locator(f"main section.{name}")
            label = box.locator("h2").inner_text()
            text = " ".join(box.inner_text().removeprefix(label).split())
            links = box.locator("a[href]").evaluate_all(
                "as => as.map(a => a.href.replace(/^(mailto|tel):/, ''))"
            )
            out[name] = (label, text, links)
        out["title"] = other.locator("main h1").inner_text()
        return out
    finally:
        other.close()


def blocks(text: str) -> list[str]:
    return text.rstrip("\n").split("\n\n")


def check(page, site: str, lang: str, text: str) -> None:
    parts = blocks(text)
    assert parts[0] == _(lang, "Activities chosen for you")
    assert parts[1] == f"{_(lang, 'Note:')} {NOTE}"
    items = parts[2:-1]
    live = [s for s in CHOSEN if s != GONE]
    assert len(items) == len(live)  # the one no longer on the site is left out
    for number, (slug, block) in enumerate(zip(live, items, strict=True), start=1):
        lines = block.split("\n")
        shown = facts(page, site, lang, slug)
        assert lines[0] == f"{number}. {shown['title']}"
        assert lines[-1] == f"{site}/{PREFIX[lang]}activities/{slug}.html"
        said = {
            line.split(": ", 1)[0]: line.split(": ", 1)[1] for line in lines[1:-1] if ": " in line
        }
        label, value = shown["next"]
        assert said[label] == " ".join(value.split())
        label, value = shown["cost"]
        assert said[label] == " ".join(value.split())
        assert shown["when"][0] in said
        label, value = shown["languages"]
        assert said[label] == " ".join(value.split())
        for name in ("join", "contact"):  # how to join and whom to ask, with every address
            label, text, links = shown[name]
            assert said[label]
            assert all(link in said[label].replace(" ", "") for link in links)
            assert not re.search(r"\((\+?[\d ]+)\)", said[label])  # a number said once
            words = said[label]
            for link in links:
                words = words.replace(f" ({link})", "")
            assert " ".join(words.replace(",", " ").split()) == " ".join(
                text.replace(",", " ").split()
            )
        a = CONTENT.activities[slug]
        where = next(line for line in lines if line.startswith(shown["where"][0] + ": "))
        if a.locations:  # its name and address, as its page says them, on one line
            box = page.context.new_page()
            box.goto(f"{site}/{PREFIX[lang]}activities/{slug}.html")
            first = box.locator("[data-fact=where] .location").first
            name, town = first.locator("strong").inner_text(), first.locator("a").first.inner_text()
            box.close()
            place = a.locations[0]
            address = ", ".join(x for x in (name, place.street_address) if x)
            code = f"{place.postal_code} " if place.postal_code else ""
            assert where.startswith(f"{shown['where'][0]}: {address}, {code}{town}")
        assert where == where.strip() and ", ," not in where
        assert "OpenStreetMap" not in block  # the map link is for the screen
        if slug in ENDED:
            assert (
                page.locator(f"#list-items > li[data-slug='{slug}'] .badge-stale").inner_text()
                in lines
            )
        assert where
    assert GONE not in text
    assert parts[-1] == f"{_(lang, 'The list online:')} {page.input_value('#list-link')}"


def test_without_a_share_sheet_the_list_is_copied_as_text(site, browser):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    context.add_init_script(NO_SHEET)
    page = context.new_page()
    try:
        open_list(page, site, "en")
        button = page.locator("#list-text")
        assert button.inner_text() == "Copy as text"
        button.click()
        page.locator("#list-send-said").filter(has_text="copied as text").wait_for()
        check(page, site, "en", page.evaluate("navigator.clipboard.readText()"))
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_list_goes_to_the_share_sheet_as_text_in_the_pages_language(site, browser, lang):
    context = browser.new_context()
    # the sheet itself is the operating system's: a stand-in records what it is given
    context.add_init_script(
        "navigator.share = d => { window.shared = d; return Promise.resolve(); };"
    )
    page = context.new_page()
    try:
        open_list(page, site, lang)
        button = page.locator("#list-text")
        assert button.inner_text() == _(lang, "Send as text")
        button.click()
        page.wait_for_function("() => window.shared")
        sent = page.evaluate("window.shared")
        assert sent["title"] == _(lang, "Activities chosen for you")
        check(page, site, lang, sent["text"])
    finally:
        context.close()


def test_where_copying_is_not_allowed_the_text_is_shown_selected(site, browser):
    context = browser.new_context()
    context.add_init_script(NO_CLIPBOARD)
    page = context.new_page()
    try:
        open_list(page, site, "en")
        assert page.locator("#list-text-box").is_hidden()
        page.locator("#list-text").click()
        field = page.locator("#list-text-field")
        assert field.is_visible()
        selected = selected_whole(page, "list-text-field")
        assert selected  # one keystroke copies it
        check(page, site, "en", field.input_value())
        page.emulate_media(media="print")
        assert field.is_hidden() and page.locator("#list-text").is_hidden()
    finally:
        context.close()
