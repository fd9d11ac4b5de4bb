"""What a screen-reader user meets on the built pages, in fi, sv and en: a page's notice
(ended, out of date, applications closed) is plain content read first, not a live region,
which says nothing when present at load. Expected values come from the content files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.site_helpers import Node, html_files, main, page, url_of
from tests.site_helpers import sample_site as _sample_site

NOTICES = ("notice-ended", "notice-stale")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


def read_first(doc: Node) -> Node:
    """The page's one notice of an ended or out-of-date listing: plain content (no live
    region's role) that a reader landing on the main content hears first."""
    (notice,) = [n for n in main(doc).iter() if n.classes() & set(NOTICES)]
    assert notice.get("role") is None
    assert main(doc).text.startswith(notice.text)
    return notice


def test_a_pages_notice_is_read_first_and_live_regions_wait_empty_for_the_script(site):
    kinds = set()
    for path in html_files(site):
        html = path.read_text("utf-8")
        if 'role="status"' not in html and not any(f'"notice {n}' in html for n in NOTICES):
            continue
        doc = page(site, url_of(site, path))
        said = [n.text for n in doc.find_all(role="status") if n.text]
        assert said == [], url_of(site, path)  # a live region says only what a script puts
        if any(f'"notice {n}' in html for n in NOTICES):
            read_first(doc)
            kinds.add(url_of(site, path).split("/")[-2])
    assert kinds == {"activities", "organisations", "news"}  # the sample has each
