"""The service worker in real Chromium, against a real web server (which compresses pages,
as most hosts do) that the tests stop (no connection at all) and start again: pages opened
are read again offline, with the note that they are a saved copy and the day it was saved
as each language writes it (when the server sent a Date); a page never opened gets the offline page of its language, listing
the pages kept in every language, its own first, each under its language's name; online, the network wins over the copy; My list's activities are kept
once the list was opened; nothing that asks not to be kept, and no error page, is kept; only
the newest pages are kept; the visitor can remove the saved pages; a new build's worker
takes over and keeps the visitor's pages, styled still. The pages shown offline pass
axe-core."""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import shutil
import threading
import time
from pathlib import Path

import pytest

from tests.browser_support import axe_violations, free_port
from tests.site_helpers import sample_content, sample_site
from tests.test_site_serviceworker import DATED, NAMES, NOTE  # the notice's two texts
from tukena.schemas.languages import pick
from tukena.site.i18n import gettext
from tukena.status import Status

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}
CONTENT, STATUS = sample_content()
ACTIVE = sorted(s for s, state in STATUS.items() if state is Status.ACTIVE)
OFFLINE = "You are offline"
#: the day the test server says it sent its pages on (HTTP's Date header), and that day as
#: each language writes it: the same day in every time zone
SENT = "Tue, 01 Dec 2026 09:30:00 GMT"
DAY = {"fi": "1.12.2026", "sv": "1.12.2026", "en": "1 Dec 2026"}
BACK = "The connection is back: load the current page"
#: answered with ``Cache-Control: no-store``, as the form bot's pages are
NO_STORE = "/submit/report/"


def title(slug: str, lang: str) -> str:
    a = CONTENT.activities[slug]
    return pick(a.title, lang, a.language)[0]


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass

    def send_header(self, keyword: str, value: str) -> None:
        """The Date the test asks for (:attr:`Server.date`): a fixed day, or none at all."""
        date = self.server.owner.date  # type: ignore[attr-defined]
        if keyword == "Date" and date is not None:
            if not date:
                return
            value = date
        super().send_header(keyword, value)

    def end_headers(self) -> None:
        # no-cache: the browser's own cache asks again, so an edited page is seen at once
        no_store = self.path.split("?")[0] == NO_STORE
        self.send_header("Cache-Control", "no-store" if no_store else "no-cache")
        super().end_headers()

    def do_GET(self) -> None:
        """Pages compressed, as most hosts send them (``Content-Encoding: gzip``)."""
        target = Path(self.translate_path(self.path))
        if target.is_dir() and self.path.split("?")[0].endswith("/"):
            target = target / "index.html"
        if target.suffix != ".html" or not target.is_file():
            return super().do_GET()  # other files, and a folder's redirect to its "/"
        body = gzip.compress(target.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


class _Listener(http.server.ThreadingHTTPServer):
    # a new worker asks for every file it keeps at once: the default backlog of 5
    # connections refused some while the rest of the suite loaded the machine, and one
    # refused request fails the worker's installation
    request_queue_size = 128


class Server:
    """The site on one loopback port, stopped and started again at will."""

    def __init__(self, directory: Path) -> None:
        self.handler = functools.partial(_Handler, directory=str(directory))
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.httpd: _Listener | None = None
        #: the Date header sent: None, the time it is sent (as servers do); "", none
        self.date: str | None = None

    def start(self) -> None:
        self.httpd = _Listener(("127.0.0.1", self.port), self.handler)
        self.httpd.owner = self  # type: ignore[attr-defined]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()
            self.httpd = None


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    """A copy of the sample site's output, which a test may edit."""
    copy = tmp_path_factory.mktemp("offline") / "docs"
    shutil.copytree(sample_site(tmp_path_factory).check().output, copy)
    return copy


@pytest.fixture
def server(docs):
    running = Server(docs)
    running.start()
    yield running
    running.stop()


KEPT = "(url) => caches.match(url).then((found) => !!found)"
#: Whether the new build's worker has replaced the old (its cache there, the old one gone);
#: if not, and no new worker is being installed, ask for it again, as a browser does on
#: the next page when an installation failed (one file it keeps could not be fetched).
REPLACED = """(old) => caches.keys().then((names) => {
  if (names.includes("tukena-nextbuild") && !names.includes(old)) return true;
  return navigator.serviceWorker.getRegistration().then((r) => {
    if (!r.installing && !r.waiting) r.update().catch(() => {});
    return false;
  });
})"""


def until(page, predicate: str, arg: object, timeout: float = 15) -> None:
    """Wait until the page's async ``predicate(arg)`` holds (``wait_for_function`` would
    take the promise it returns for a true value)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(predicate, arg):
        assert time.monotonic() < deadline, f"{predicate} never held for {arg}"
        page.wait_for_timeout(100)


def kept(page, url: str) -> bool:
    """Whether the browser keeps a copy of ``url`` in any of the site's caches."""
    return page.evaluate(KEPT, url)


def wait_kept(page, url: str) -> None:
    until(page, KEPT, url)


def open_online(page, url: str) -> None:
    """Open ``url`` and wait until the worker controls the page and has kept it."""
    page.goto(url)
    page.wait_for_function(
        "() => !!(navigator.serviceWorker && navigator.serviceWorker.controller)"
    )
    wait_kept(page, url.split("?")[0])


def note_shown(page) -> bool:
    return page.locator(".saved-copy").is_visible()


def test_pages_opened_are_read_offline_as_saved_copies(server, page):
    slug = ACTIVE[0]
    home, activity = f"{server.base}/", f"{server.base}/activities/{slug}.html"
    server.date = SENT
    open_online(page, home)  # the first page of a visit: kept once the worker is there
    heading = page.locator("main h1").inner_text()
    open_online(page, activity)
    assert not note_shown(page)
    server.stop()
    page.goto(activity)
    assert page.locator("main h1").inner_text() == title(slug, "fi")
    assert note_shown(page)
    # with the day it was saved, as Finnish writes it
    assert page.locator(".saved-copy").inner_text() == gettext("fi", DATED) % {"date": DAY["fi"]}
    border = "getComputedStyle(document.querySelector('.saved-copy .notice')).borderLeftWidth"
    assert page.evaluate(border) == "6px"  # the stylesheet was kept too
    assert axe_violations(page) == []
    page.goto(home)
    assert page.url == home and note_shown(page)
    assert page.locator("main h1").inner_text() == heading


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_page_never_opened_gets_the_offline_page_of_its_language(server, page, lang):
    mine, other = ACTIVE[1], ACTIVE[2]
    other_lang = "en" if lang != "en" else "sv"
    server.date = SENT
    open_online(page, f"{server.base}/{PREFIX[lang]}activities/{mine}.html")
    open_online(page, f"{server.base}/{PREFIX[other_lang]}activities/{other}.html")
    server.stop()
    wanted = f"{server.base}/{PREFIX[lang]}municipalities/"
    page.goto(wanted)
    assert page.url == wanted  # the address stays: reload it when the connection is back
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("main h1").inner_text() == gettext(lang, OFFLINE)
    saved = page.locator("#saved-list")
    saved.locator("a").first.wait_for()
    links = saved.locator("a")
    # every language's pages, this language's first, each under its language's name (not
    # this page, which no one opened)
    assert links.all_inner_texts() == [title(mine, lang), title(other, other_lang)]
    assert saved.locator("h3").all_inner_texts() == [NAMES[lang][lang], NAMES[lang][other_lang]]
    assert saved.locator("h3 + ul a").all_inner_texts() == links.all_inner_texts()
    assert links.first.get_attribute("href").endswith(f"/{PREFIX[lang]}activities/{mine}.html")
    assert (
        links.nth(1).get_attribute("href").endswith(f"/{PREFIX[other_lang]}activities/{other}.html")
    )
    # each link's text in its language (its title's own, where the page has none in it)
    for n, (slug, code) in enumerate(((mine, lang), (other, other_lang))):
        a = CONTENT.activities[slug]
        assert links.nth(n).get_attribute("lang") == pick(a.title, code, a.language)[1]
        assert links.nth(n).get_attribute("hreflang") == code
    saved_on = gettext(lang, "saved on {date}").replace("{date}", DAY[lang])
    assert [t.strip() for t in saved.locator(".saved-when").all_inner_texts()] == [saved_on] * 2
    assert not page.locator("#saved-nojs").is_visible()
    assert not page.locator("#saved-none").is_visible()
    assert axe_violations(page) == []
    links.first.click()  # and it opens, offline
    page.wait_for_url(f"**/{PREFIX[lang]}activities/{mine}.html")
    assert page.locator("main h1").inner_text() == title(mine, lang)
    said = page.locator(".saved-copy p").first.inner_text()
    assert said == gettext(lang, DATED) % {"date": DAY[lang]}


def test_online_the_network_wins_over_the_copy(server, page, docs):
    slug = ACTIVE[3]
    url = f"{server.base}/en/activities/{slug}.html"
    path = docs / "en" / "activities" / f"{slug}.html"
    original = path.read_text("utf-8")
    open_online(page, url)
    try:
        path.write_text(original.replace(title(slug, "en"), "Changed since"), "utf-8")
        page.goto(url)  # online: the page as it is now, and that copy kept
        assert page.locator("main h1").inner_text() == "Changed since"
        assert not note_shown(page)
        until(
            page,
            """(url) => caches.match(url).then((r) => r && r.text())
                 .then((html) => !!html && html.includes("Changed since"))""",
            url,
        )
        server.stop()
        page.goto(url)
        assert page.locator("main h1").inner_text() == "Changed since"
        assert note_shown(page)
        server.start()  # back online
        page.goto(url)
        assert not note_shown(page)
    finally:
        path.write_text(original, "utf-8")


def test_my_list_is_read_offline_once_opened(server, page):
    """Its pages were sent without a Date: the notice says "when you last opened it"."""
    chosen = ACTIVE[4:6]
    server.date = ""
    list_url = f"{server.base}/en/list/?a={','.join(chosen)}"
    open_online(page, list_url)
    items = page.locator("#list-items h2 a")
    for slug in chosen:
        wait_kept(page, f"{server.base}/en/activities/{slug}.html")  # fetched by the list
    assert items.all_inner_texts() == [title(s, "en") for s in chosen]
    server.stop()
    page.goto(list_url)
    assert note_shown(page)
    page.wait_for_function(
        "(n) => [...document.querySelectorAll('#list-items .facts')].length === n",
        arg=len(chosen),
    )
    assert items.all_inner_texts() == [title(s, "en") for s in chosen]
    page.goto(f"{server.base}/en/activities/{chosen[0]}.html")  # never opened, but listed
    assert page.locator("main h1").inner_text() == title(chosen[0], "en")
    assert page.locator(".saved-copy p").first.inner_text() == NOTE


def test_no_error_and_nothing_that_asks_not_to_be_kept_is_kept(server, page):
    open_online(page, f"{server.base}/about/")
    missing = f"{server.base}/activities/no-such-activity.html"
    assert page.goto(missing).status == 404
    page.goto(f"{server.base}{NO_STORE}")
    page.goto(f"{server.base}/privacy/")  # kept after the two above: they had their turn
    wait_kept(page, f"{server.base}/privacy/")
    assert not kept(page, missing)
    assert not kept(page, f"{server.base}{NO_STORE}")
    server.stop()
    page.goto(f"{server.base}{NO_STORE}")
    assert page.locator("main h1").inner_text() == gettext("fi", OFFLINE)


def test_the_visitor_removes_the_saved_pages(server, page):
    about = f"{server.base}/sv/about/"
    open_online(page, about)
    heading = page.locator("main h1").inner_text()
    page.goto(f"{server.base}/sv/offline.html")  # online too: the list and the button
    saved = page.locator("#saved-list a")
    saved.first.wait_for()
    assert saved.all_inner_texts() == [heading]
    button = page.locator("#saved-forget")
    button.focus()
    page.keyboard.press("Enter")
    page.locator("#saved-none").wait_for()
    status = page.locator("#saved-status").inner_text()
    assert status == gettext("sv", "The saved pages were removed from this device.")
    assert not button.is_visible() and not page.locator("#saved-list").is_visible()
    assert page.evaluate("document.activeElement.id") == "saved-heading"
    assert not kept(page, about)
    server.stop()
    page.goto(about)
    assert page.locator("main h1").inner_text() == gettext("sv", OFFLINE)


def test_only_the_newest_pages_are_kept(server, page, docs):
    worker = docs / "sw.js"
    original = worker.read_text("utf-8")
    assert original.count('"maxPages": 100,') == 1
    worker.write_text(original.replace('"maxPages": 100,', '"maxPages": 2,'), "utf-8")
    try:
        first, second, third = (f"{server.base}/activities/{slug}.html" for slug in ACTIVE[:3])
        for url in (first, second, first, third):  # the first opened again: newest then
            open_online(page, url)
        until(page, "(url) => caches.match(url).then((found) => !found)", second)
        assert kept(page, first) and kept(page, third)
    finally:
        worker.write_text(original, "utf-8")


def test_a_new_build_replaces_the_worker_and_keeps_the_saved_pages(server, page, docs):
    worker = docs / "sw.js"
    original = worker.read_text("utf-8")
    first, _, rest = original.partition("\n")
    settings = json.loads(first.removeprefix("const SETTINGS = ").removesuffix(";"))
    theme = settings["precache"][-1].split("?v=")[1]
    url = f"{server.base}/activities/{ACTIVE[6]}.html"
    open_online(page, url)
    names = "() => caches.keys()"
    assert "tukena-" + settings["version"] in page.evaluate(names)
    # the next build: a new version, and new addresses for the theme's files
    newer = first.replace(settings["version"], "nextbuild").replace(f"?v={theme}", "?v=next")
    worker.write_text(newer + "\n" + rest, "utf-8")
    try:
        page.evaluate("() => navigator.serviceWorker.getRegistration().then((r) => r.update())")
        until(page, REPLACED, "tukena-" + settings["version"], timeout=45)
        assert kept(page, url)  # the visitor's pages stay
        server.stop()
        page.goto(url)  # asks for the stylesheet at the old address: the new one serves
        assert note_shown(page)
        border = "getComputedStyle(document.querySelector('.saved-copy .notice')).borderLeftWidth"
        assert page.evaluate(border) == "6px"
    finally:
        worker.write_text(original, "utf-8")


def test_when_the_connection_is_back_a_button_loads_the_current_page(server, page):
    url = f"{server.base}/sv/activities/{ACTIVE[7]}.html"
    never = f"{server.base}/sv/forms/"
    open_online(page, url)
    server.stop()
    for address in (url, never):  # a saved copy, and the offline page in a page's place
        page.goto(address)
        button = page.get_by_role("button", name=gettext("sv", BACK))
        assert not button.is_visible()
        page.context.set_offline(True)  # the phone says it lost the network ...
        server.start()
        page.context.set_offline(False)  # ... and found it: the browser says it is online
        button.wait_for()
        button.focus()
        page.keyboard.press("Enter")
        page.wait_for_function("() => !document.querySelector('.saved-copy:not([hidden])')")
        page.wait_for_function("() => !document.getElementById('offline-data')")
        assert page.url == address and not note_shown(page)
        server.stop()
    page.goto(f"{server.base}/sv/offline.html")  # the offline page itself: nothing to load
    page.context.set_offline(True)
    page.context.set_offline(False)
    assert not page.locator("#saved-retry").is_visible()
