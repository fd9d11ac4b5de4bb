"""A site under a path (``https://www.example.fi/tukena``, a GitHub Pages project site):
what only the host's root can hold is said so, and the publishing workflow builds a Pages
site for the address it is served at, path included. How the pages and the service worker
work there in a browser: tests/test_browser_subpath.py."""

from __future__ import annotations

import yaml

from tests.site_helpers import REPO

WORKFLOW = REPO / ".github" / "workflows" / "publish.yml"


def test_the_pages_workflow_builds_for_the_pages_sites_own_address():
    """A project site is served under /REPO/: without SITEURL set, the build takes the
    address GitHub Pages gives, path included; a variable SITEURL still wins."""
    steps = yaml.safe_load(WORKFLOW.read_text("utf-8"))["jobs"]["build"]["steps"]
    found = [n for n, step in enumerate(steps) if step.get("id") == "pages"]
    assert found and steps[found[0]]["uses"].startswith("actions/configure-pages@")
    build = next(n for n, step in enumerate(steps) if step.get("run") == "make publish")
    assert found[0] < build
    siteurl = steps[build]["env"]["SITEURL"].replace(" ", "")
    assert siteurl == "${{vars.SITEURL||steps.pages.outputs.base_url}}"
