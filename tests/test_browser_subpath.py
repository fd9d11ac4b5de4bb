"""Two sites on one origin, as two GitHub Pages project sites of one owner, or a city's
site at its root and tukena under ``/tukena/``: the sample site at the root (the
development build) and the same content built for ``/tukena/`` (``make publish`` with a
path in SITEURL). A browser keeps service workers' caches by origin, not by scope, so each
site's worker must keep to its own: neither deletes the other's offline pages and theme,
and removing the saved pages on one leaves the other's."""

from __future__ import annotations

import shutil

import pytest

from tests.site_helpers import REPO, pelican, sample_site
from tests.test_browser_offline import (
    ACTIVE,
    OFFLINE,
    Server,
    kept,
    note_shown,
    open_online,
    until,
)
from tukena.site.i18n import gettext

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
PATH = "/tukena"
#: the names of every cache on the origin
NAMES = "() => caches.keys()"
#: whether the page's stylesheet loaded
STYLED = """() => [...document.styleSheets].some(
  (sheet) => (sheet.href || "").includes("/theme/css/site.css") && sheet.cssRules.length > 0)"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The development build at the root and a production build under PATH, one server."""
    docs = tmp_path_factory.mktemp("subpath") / "docs"
    shutil.copytree(sample_site(tmp_path_factory).check().output, docs)
    running = Server(docs)
    env = {"SITEURL": running.base + PATH}
    pelican(REPO, docs / PATH.strip("/"), settings="publishconf.py", env=env).check()
    running.start()
    yield running
    running.stop()


def _worker_active(page) -> None:
    page.wait_for_function(
        "() => navigator.serviceWorker.getRegistration(location.href)"
        ".then((r) => !!(r && r.active && r.active.state === 'activated'))"
    )


def test_each_site_keeps_its_own_caches(server, page):
    under = f"{server.base}{PATH}/activities/{ACTIVE[0]}.html"
    root = f"{server.base}/activities/{ACTIVE[1]}.html"
    open_online(page, under)
    _worker_active(page)
    theirs = set(page.evaluate(NAMES))
    open_online(page, root)  # the root's worker installs, and clears what it thinks is old
    _worker_active(page)
    ours = set(page.evaluate(NAMES))
    assert theirs < ours  # its own added, nothing of the other's dropped
    assert kept(page, under) and kept(page, root)
    server.stop()
    try:
        for base in (f"{server.base}{PATH}", server.base):  # each site offline
            page.goto(f"{base}/municipalities/")  # never opened: the site's offline page
            assert page.locator("main h1").inner_text() == gettext("fi", OFFLINE)
            assert page.evaluate(STYLED)  # its stylesheet kept
        page.goto(under)
        assert note_shown(page)
    finally:
        server.start()


def test_removing_the_saved_pages_of_one_site_leaves_the_others(server, page):
    under = f"{server.base}{PATH}/sv/activities/{ACTIVE[2]}.html"
    root = f"{server.base}/sv/activities/{ACTIVE[3]}.html"
    open_online(page, under)  # first: the root's worker would take this page for its own
    open_online(page, root)
    page.goto(f"{server.base}{PATH}/sv/offline.html")
    saved = page.locator("#saved-list a")
    saved.first.wait_for()
    assert len(saved.all_inner_texts()) == 1  # only this site's page is listed
    page.locator("#saved-forget").click()
    page.locator("#saved-none").wait_for()
    until(page, "(url) => caches.match(url).then((found) => !found)", under)
    assert kept(page, root)


#: copies in the caches every site used before a site under a path named its own
SEED = """async ([pages, theme]) => {
  const shared = await caches.open("tukena-pages");
  for (const url of pages) await shared.put(url, await fetch(url));
  const old = await caches.open("tukena-0123456789ab");
  await old.put(theme, await fetch(theme));
}"""
#: the addresses a cache holds, or null without it
HELD = """(name) => caches.has(name).then((there) => there
  ? caches.open(name).then((c) => c.keys()).then((ks) => ks.map((k) => k.url)) : null)"""


def test_a_site_under_a_path_keeps_the_pages_saved_before_its_caches_had_its_name(server, page):
    """A visitor of the site under the path before its caches were named after it has its
    saved pages in the caches a site at the root has: the new worker moves them into its
    own, where they are still read offline, drops its old theme, and leaves the root
    site's copies where they are."""
    saved = f"{server.base}{PATH}/sv/activities/{ACTIVE[4]}.html"
    theirs = f"{server.base}/activities/{ACTIVE[5]}.html"
    theme = f"{server.base}{PATH}/robots.txt"
    page.goto(f"{server.base}/robots.txt")  # the origin, no worker
    page.evaluate(SEED, [[saved, theirs], theme])
    open_online(page, f"{server.base}{PATH}/activities/{ACTIVE[6]}.html")
    _worker_active(page)
    names = page.evaluate(NAMES)
    (own,) = [n for n in names if n.startswith(f"tukena{PATH}/") and n.endswith("pages")]
    assert saved in page.evaluate(HELD, own)
    assert page.evaluate(HELD, "tukena-pages") == [theirs]
    assert page.evaluate(HELD, "tukena-0123456789ab") is None
    server.stop()
    try:
        page.goto(saved)
        assert note_shown(page)
    finally:
        server.start()
