""" "My list" of sites on one origin: the sample site at the host's root and the same
content built under two paths (two GitHub Pages project sites of one owner). A browser
keeps localStorage by origin, so each site keeps its list and its note under keys of its
own: a slug of one is never "no longer on the site" on the other, nor a note for one
client shown on the other. A site at the root reads the list kept under the old keys; a
site under a path that has no list yet starts from a list kept there from before sites
kept theirs apart, but not from the list of a site at the root."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.site_helpers import REPO, pelican, sample_site
from tests.test_browser_offline import ACTIVE, Server
from tukena.site.i18n import gettext, ngettext

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
PATHS = ("/helsinki", "/turku")
ADD, REMOVE = gettext("fi", "Add to my list"), gettext("fi", "Take off my list")
FIRST, SECOND = ACTIVE[0], ACTIVE[1]
#: the keys the sites used before each kept its own, and the root site's still
OLD_LIST, OLD_NOTE = "tukena-list", "tukena-list-note"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The development build at the root and a production build under each path."""
    docs = tmp_path_factory.mktemp("subpath-list") / "docs"
    shutil.copytree(sample_site(tmp_path_factory).check().output, docs)
    running = Server(docs)
    for path in PATHS:
        env = {"SITEURL": running.base + path}
        pelican(REPO, docs / path.strip("/"), settings="publishconf.py", env=env).check()
    running.start()
    yield running
    running.stop()


def _button(page, base: str, slug: str):
    page.goto(f"{base}/activities/{slug}.html")
    button = page.locator("#list-toggle button")
    button.wait_for()
    return button


def _listed(page, base: str) -> list[str]:
    """The slugs the list page of the site at ``base`` shows, once it has read them."""
    page.goto(f"{base}/list/")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#list-items > li')].every("
        "li => li.querySelector('dl.facts') || li.querySelector('.notice'))"
    )
    return page.eval_on_selector_all(
        "#list-items > li", "items => items.map(li => li.getAttribute('data-slug'))"
    )


def _note(page) -> str:
    return page.evaluate("TukenaList.storedNote(500)")


def _old(page) -> tuple[list[str] | None, str | None]:
    found = page.evaluate(f"localStorage.getItem('{OLD_LIST}')")
    return (json.loads(found) if found is not None else None), page.evaluate(
        f"localStorage.getItem('{OLD_NOTE}')"
    )


def test_two_sites_under_two_paths_keep_their_own_lists(server, page):
    helsinki, turku = (server.base + path for path in PATHS)
    _button(page, helsinki, FIRST).click()
    page.evaluate("TukenaList.storeNote('For Aino')")
    second = _button(page, turku, SECOND)
    second.click()
    assert second.inner_text() == REMOVE
    assert _button(page, turku, FIRST).inner_text() == ADD  # the other site's
    assert _note(page) == ""  # nor its note
    assert _listed(page, helsinki) == [FIRST]
    assert _note(page) == "For Aino"
    one = ngettext("fi", "{n} activity on the list", "{n} activities on the list", 1)
    assert page.locator("#list-status").inner_text() == one.format(n=1)  # none "gone"
    assert _listed(page, turku) == [SECOND]
    assert _old(page) == (None, None)  # the root site's keys left alone
    page.goto(f"{server.base}/activities/{FIRST}.html")
    assert page.locator("#list-toggle button").inner_text() == ADD


def test_a_root_sites_list_under_the_old_keys_is_still_read(server, page):
    page.goto(f"{server.base}/")
    page.evaluate(
        "([key, note, slug]) => { localStorage.setItem(key, JSON.stringify([slug]));"
        " localStorage.setItem(note, 'For Aino'); }",
        [OLD_LIST, OLD_NOTE, FIRST],
    )
    assert _button(page, server.base, FIRST).inner_text() == REMOVE
    assert _listed(page, server.base) == [FIRST]
    assert _note(page) == "For Aino"
    _button(page, server.base, SECOND).click()  # kept where it was
    assert _old(page) == ([FIRST, SECOND], "For Aino")


def test_a_site_under_a_path_starts_from_a_list_kept_before_sites_kept_their_own(server, page):
    helsinki, turku = (server.base + path for path in PATHS)
    page.goto(f"{helsinki}/")
    page.evaluate(
        "([key, note, slug]) => { localStorage.setItem(key, JSON.stringify([slug]));"
        " localStorage.setItem(note, 'For Aino'); }",
        [OLD_LIST, OLD_NOTE, FIRST],
    )
    assert _button(page, helsinki, FIRST).inner_text() == REMOVE
    assert _note(page) == "For Aino"
    _button(page, helsinki, SECOND).click()
    assert _listed(page, helsinki) == [FIRST, SECOND]
    assert _old(page) == ([FIRST], "For Aino")  # left for another site to take too
    # once the site at the root keeps its list there, it is that site's alone
    _button(page, server.base, FIRST).click()
    assert _old(page) == ([], None)
    page.evaluate(
        "([key, slug]) => localStorage.setItem(key, JSON.stringify([slug]))", [OLD_LIST, SECOND]
    )
    assert _button(page, turku, SECOND).inner_text() == ADD
    assert _listed(page, turku) == []


#: fills the origin's localStorage until not one more character fits
FILL_STORAGE = """() => {
  let n = 0;
  for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
    for (;;) {
      try { localStorage.setItem('filler-' + n, 'x'.repeat(size)); n += 1; }
      catch (error) { break; }
    }
  }
  return n;
}"""


def test_a_root_sites_list_kept_before_can_be_shortened_when_storage_is_full(site, page):
    page.goto(f"{site}/")
    page.evaluate(
        "([key, slugs]) => localStorage.setItem(key, JSON.stringify(slugs))",
        [OLD_LIST, [FIRST, SECOND]],
    )
    page.evaluate(FILL_STORAGE)
    button = _button(page, site, FIRST)
    assert button.inner_text() == REMOVE
    button.click()  # a shorter list fits where the old one was
    assert button.inner_text() == ADD
    assert _old(page) == ([SECOND], None)
