"""An incremental rebuild leaves exactly the output a clean build of the same content makes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from tukena.site.config import SiteConfig

REPO = Path(__file__).resolve().parent.parent
DAY = dt.date(2026, 11, 22)


def test_the_search_version_does_not_depend_on_the_build_folders(tmp_path: Path) -> None:
    """The search page names the search files' version: the same content and settings
    give the same bytes whichever folders the build reads and writes, but another build
    date gives another version."""
    from tests.site_helpers import sample_content
    from tukena.site import catalogue, searchfiles

    content, _ = sample_content()
    here = SiteConfig(root=REPO, output=tmp_path / "a", theme=REPO / "theme", today=DAY)
    there = dataclasses.replace(
        here, root=tmp_path, output=tmp_path / "b", cache_dir=tmp_path / "cache"
    )
    later = dataclasses.replace(here, today=DAY + dt.timedelta(days=1))
    version = {
        name: searchfiles.version(catalogue.build(content, config))
        for name, config in (("here", here), ("there", there), ("later", later))
    }
    assert version["here"] == version["there"]
    assert version["here"] != version["later"]
