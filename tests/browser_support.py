"""Shared pieces of the browser tests: a built sample site, a local server, Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TODAY = "2026-11-22"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
#: Init scripts of a device without a share sheet, and of one where copying is not allowed
#: either: what "Share" and "Send" fall back to (a copy; a field shown selected).
NO_SHEET = "delete Navigator.prototype.share;"
NO_CLIPBOARD = (
    NO_SHEET + "Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined});"
)
#: The elements that stick out past ``width`` (a data table's own scrolling region aside),
#: for a page that should not scroll sideways: up to three, as "tag: text".
WIDER = """(width) => [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > width + 0.5
                  && !el.closest('.table-scroll') && el.getClientRects().length)
    .slice(0, 3).map(el => el.tagName.toLowerCase() + ': ' + (el.textContent || '').trim().slice(0, 50))"""


def build_site(output: Path, root: Path = REPO, settings: str = "pelicanconf.py") -> Path:
    """Build a site with Pelican itself, warnings fatal, as of the fixed test date."""
    env = {**os.environ, "TUKENA_TODAY": TODAY}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            str(root / "content"),
            "-s",
            str(REPO / settings),
            "-o",
            str(output),
            "--fatal",
            "warnings",
            "-q",
        ],
        check=True,
        cwd=root,
        env=env,
    )
    return output


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


def free_port() -> int:
    """A loopback port no one listens on now, for a server a test starts."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve a directory on a free loopback port; yield the base URL."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium() -> Iterator:
    """Debian's Chromium through Playwright (which must be importable)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


def axe_violations(page) -> list[dict]:
    """Run axe-core's WCAG 2.1 A/AA rules in the page; return the violations."""
    page.evaluate(AXE.read_text("utf-8"))
    return page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))
            }));
        }""",
        WCAG_TAGS,
    )


def open_page(browser, url: str, javascript: bool, bypass_csp: bool = True):
    """A new context's page at ``url``; the caller closes the context."""
    context = browser.new_context(java_script_enabled=javascript, bypass_csp=bypass_csp)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(url)
    return context, page


def selected_whole(page, element_id: str) -> bool:
    """Whether the field ``element_id`` has the focus with all its text selected: one
    keystroke copies it."""
    return page.evaluate(
        "id => (e => e === document.activeElement && e.selectionStart === 0"
        " && e.selectionEnd === e.value.length)(document.getElementById(id))",
        element_id,
    )
