"""Fixtures of the browser tests, a plugin for their modules:
``pytest_plugins = ["tests.browser_fixtures"]``.

``site``: the sample site (built once per session, tests/site_helpers.py) served on a
loopback port; ``browser``: Debian's Chromium, one for the session (Playwright's sync API
allows one at a time in a process, so no module starts its own); ``page``: a fresh desktop
page that fails the test on any script error; ``phone``: a fresh phone-sized touch page;
``no_script``: a fresh page with JavaScript switched off.
"""

from __future__ import annotations

import pytest

from tests.browser_support import chromium, serve
from tests.site_helpers import sample_site

pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> str:
    output = sample_site(tmp_path_factory).check().output
    with serve(output) as base:
        yield base


@pytest.fixture(scope="session")
def browser():
    with chromium() as instance:
        yield instance


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == []


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def no_script(browser):
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()
