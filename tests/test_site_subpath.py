"""A site under a path (``https://www.example.fi/tukena``, a GitHub Pages project site):
what only the host's root can hold is said so, and the publishing workflow builds a Pages
site for the address it is served at, path included. How the pages and the service worker
work there in a browser: tests/test_browser_subpath.py."""

from __future__ import annotations

import logging

import yaml

from tests.site_helpers import REPO, sample_catalogue
from tukena.site.exports import sitemap

SITEURL = "https://www.example.fi/tukena"
WORKFLOW = REPO / ".github" / "workflows" / "publish.yml"


def test_robots_txt_under_a_path_says_it_belongs_at_the_hosts_root(tmp_path, caplog):
    cat = sample_catalogue(siteurl=SITEURL, cache_dir=None)
    with caplog.at_level(logging.INFO, logger=sitemap.__name__):
        sitemap.write(cat, tmp_path)
    lines = (tmp_path / sitemap.ROBOTS).read_text("utf-8").splitlines()
    assert "Allow: /tukena/" in lines and "Allow: /" not in lines  # the host's other pages
    assert f"Sitemap: {SITEURL}/sitemap.xml" in lines
    assert any("only at the host's root" in line for line in lines if line.startswith("#"))
    said = [r.getMessage() for r in caplog.records if "robots.txt" in r.getMessage()]
    assert said and "/tukena/" in said[0] and f"{SITEURL}/sitemap.xml" in said[0]


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
