"""What the search page says to a screen reader (WCAG 4.1.3), recorded in Chromium as the
live regions change, as an audit with a MutationObserver hears it.

After a search the page's one status says the number found and, when they are shown, the
note that not every word matched (or that similar words were found) and the activities
joined online that also match: in one announcement, once. "Find a municipality" says what
it left in the list: how many municipalities, or that none with activities has that name.
"""

from __future__ import annotations

import pytest

from tests.search_browser_support import ESPOO, PREFIX, open_search, settle, total
from tukena.site.i18n import translations

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]

#: Records what each live region comes to say from now on, as [its id, its words]: a
#: region whose content is rewritten is read out again, even with the same words. Called
#: again on the same page, it starts the record afresh.
LISTEN = """() => {
    window.said = [];
    if (window.listening) return;
    window.listening = true;
    const regions = [...document.querySelectorAll('[role=status], [aria-live]')];
    new MutationObserver(records => regions.forEach(region => {
        const text = region.textContent.trim();
        if (text && records.some(r => region.contains(r.target))) {
            window.said.push([region.id, text]);
        }
    })).observe(document.body, {subtree: true, childList: true, characterData: true});
}"""

PARTIAL = "No activity matches every word. These match some of them."
FUZZY = "Nothing matched exactly. These activities have similar words."


def said(page) -> list[tuple[str, str]]:
    return [tuple(entry) for entry in page.evaluate("() => window.said")]


def search(page, words: str) -> None:
    page.fill("#search-q", words)
    page.press("#search-q", "Enter")
    page.wait_for_function("w => new URLSearchParams(location.search).get('q') === w", arg=words)
    settle(page)


def found(lang: str, n: int) -> str:
    return translations(lang).ngettext("{n} activity", "{n} activities", n).format(n=n)


def on_screen(page, lang: str) -> str:
    """The status as seen: the number found (and shown), what is heard after it aside."""
    seen = page.evaluate("document.getElementById('search-status').firstChild.textContent")
    assert seen.startswith(found(lang, total(page)))
    return seen


def also_online(lang: str, n: int) -> str:
    return (
        translations(lang)
        .ngettext(
            "{n} activity joined online also matches.",
            "{n} activities joined online also match.",
            n,
        )
        .format(n=n)
    )


@pytest.mark.parametrize("lang", ["en", "fi", "sv"])
def test_a_note_shown_with_the_results_is_said_with_their_number(site, page, lang):
    """ "sauna helsinki": no activity has both words, and the status says so with the
    number, not the number alone; a similar word found ("kuro") likewise; a search with
    every word found says the number only. One announcement each."""
    gettext = translations(lang).gettext
    open_search(page, site, lang=lang)
    note = page.locator("#search-note")
    for words, why in [("sauna helsinki", PARTIAL), ("kuro", FUZZY), ("kielikahvila", None)]:
        page.evaluate(LISTEN)
        search(page, words)
        count = on_screen(page, lang)
        assert total(page) > 0
        if why:
            assert note.is_visible() and note.inner_text() == gettext(why)
            assert said(page) == [("search-status", f"{count}. {gettext(why)}")], words
        else:
            assert note.is_hidden()
            assert said(page) == [("search-status", count)], words


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_the_activities_joined_online_are_said_with_the_number(site, page, lang):
    """With Helsinki chosen, "homework help" finds one there and one joined online: both
    are said in the one status. With Espoo, "sauna helsinki" finds none there, so the note
    on the words is not shown and not said, but the activities online are."""
    for place, words in [("091", "homework help"), (ESPOO, "sauna helsinki")]:
        open_search(page, site, f"?municipality={place}", lang=lang)
        page.evaluate(LISTEN)
        search(page, words)
        online = page.locator("#search-online")
        assert online.is_visible()
        n = int(online.inner_text().split()[0])
        hint = also_online(lang, n)
        assert page.locator("#search-note").is_hidden()
        assert said(page) == [("search-status", f"{on_screen(page, lang)}. {hint}")]


def test_nothing_found_is_said_once(site, page):
    """No results: the status says "0 activities" once; the advice beside it is on screen,
    not said again; a change that finds the same says nothing new."""
    open_search(page, site, lang="en")
    page.evaluate(LISTEN)
    search(page, "qqxqzzv")
    assert page.locator("#search-empty").is_visible()
    assert said(page) == [("search-status", "0 activities")]
    search(page, "sauna helsinki")
    assert len(said(page)) == 2
    page.locator("#f-by-county").check()  # the grouping: the same results
    page.wait_for_function("() => location.search.includes('by=county')")
    settle(page)
    assert len(said(page)) == 2


def find_place(page, text: str) -> str:
    """Types ``text`` in "Find a municipality" and returns what its status comes to say."""
    status = page.locator("#f-place-found")
    before = status.text_content()
    page.fill("#f-place-find", text)
    if text:
        page.wait_for_function(
            "b => document.getElementById('f-place-found').textContent !== b", arg=before
        )
    return status.text_content()


def shown_places(page) -> int:
    return (
        page.locator(".place-list:not([hidden]) input[name=municipality]").filter(visible=True)
    ).count()


@pytest.mark.parametrize(
    ("lang", "one", "several"),
    [("en", "helsin", "uusimaa"), ("fi", "jyväs", "uusimaa"), ("sv", "helsin", "nyland")],
)
def test_find_a_municipality_says_what_is_left(site, page, lang, one, several):
    """The field narrows the list and says it, on screen under it and to a screen reader:
    one municipality, several, or none with activities by that name."""
    t = translations(lang)
    open_search(page, site, lang=lang)
    field = page.locator("#f-place-find")
    assert page.locator(f"#{field.get_attribute('aria-describedby')}").get_attribute("role") == (
        "status"
    )
    lists = page.locator(f"#{field.get_attribute('aria-controls')}")
    assert lists.locator(".place-list").count() == 2
    page.evaluate(LISTEN)
    heard = []
    for text in (one, several):
        message = find_place(page, text)
        n = shown_places(page)
        assert (n == 1) == (text == one) and n > 0
        assert message == t.ngettext("{n} municipality", "{n} municipalities", n).format(n=n)
        assert page.locator("#f-place-seen").is_visible()
        assert page.locator("#f-place-seen").text_content() == message
        heard.append(("f-place-found", message))
    for text in ("Rovaniemi", "zzz"):  # none there in the sample; no such name
        message = find_place(page, text)
        assert shown_places(page) == 0
        assert message == t.gettext("No municipality with activities matches “{name}”.").format(
            name=text
        )
        heard.append(("f-place-found", message))
    assert said(page) == heard
    find_place(page, "")  # every municipality back: nothing to say
    assert page.locator("#f-place-found").text_content() == ""
    groups = page.locator(".place-list:not([hidden]) .place-group")
    assert groups.filter(visible=True).count() == groups.count() > 1
    assert said(page) == heard


def test_find_a_municipality_shows_what_is_left_at_once(site, page):
    """Each letter typed changes the words under the field with the list, in the same
    moment; the status heard waits for the pause, and then says the last of them once."""
    open_search(page, site, lang="en")
    find_place(page, "helsin")
    page.evaluate(LISTEN)
    for text, words in [("helsinx", "No municipality with activities matches “helsinx”."),
                        ("xyz", "No municipality with activities matches “xyz”.")]:  # fmt: skip
        seen, heard = page.evaluate(
            """text => {
                const field = document.getElementById('f-place-find');
                field.value = text;
                field.dispatchEvent(new Event('input', {bubbles: true}));
                return ['f-place-seen', 'f-place-found'].map(
                    id => document.getElementById(id).textContent);
            }""",
            text,
        )
        assert seen == words
        assert heard == "1 municipality"  # not yet: the typing has not paused
        assert page.locator("#f-place-seen").get_attribute("aria-hidden") == "true"
    page.wait_for_function("() => document.getElementById('f-place-found').textContent !== "
                           "'1 municipality'")  # fmt: skip
    assert said(page) == [("f-place-found", words)]


def test_find_a_municipality_counts_the_grouping_shown(site, page):
    """By county, "uusimaa" leaves other municipalities than by region: the count follows;
    choosing one of them leaves it as it is, unsaid."""
    open_search(page, site, lang="en")
    by_region = find_place(page, "uusimaa")
    assert by_region == f"{shown_places(page)} municipalities"
    page.locator("#f-by-county").check()
    page.wait_for_function("() => location.search.includes('by=county')")
    settle(page)
    assert shown_places(page) != int(by_region.split()[0])
    assert page.locator("#f-place-found").text_content() == f"{shown_places(page)} municipalities"
    page.evaluate(LISTEN)  # a municipality chosen: the count is not said again
    page.locator(".place-list:not([hidden]) input[name=municipality]").filter(
        visible=True
    ).first.check()
    page.wait_for_function("() => location.search.includes('municipality=')")
    settle(page)
    assert [where for where, _ in said(page)] == ["search-status"]


def test_without_javascript_there_is_no_field_to_find_a_municipality(site, no_script):
    no_script.goto(f"{site}/{PREFIX['en']}search/")
    assert no_script.locator("#f-place-find").is_hidden()
    assert no_script.locator("#search-browse").is_visible()
