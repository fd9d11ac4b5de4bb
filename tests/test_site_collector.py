"""A build hides its long-lived content from the garbage collector, and gives it back after."""

from __future__ import annotations

import gc
from pathlib import Path

from tukena.site import build
from tukena.site.config import SiteConfig

REPO = Path(__file__).resolve().parent.parent


def _config(tmp_path: Path) -> SiteConfig:
    return SiteConfig(root=REPO, output=tmp_path / "out", theme=REPO / "theme", cache_dir=tmp_path)


def test_content_is_frozen_during_the_build_and_released_after(tmp_path):
    config = _config(tmp_path)
    try:
        cat = build.prepare(config)
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0
        assert any(gc.is_tracked(a) for a in cat.activities.values())
        build.finish(config)
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


def test_second_build_reads_the_models_with_the_collector_back_on(tmp_path):
    config = _config(tmp_path)
    try:
        first = build.prepare(config)
        build.write(first, config.output)
        build.finish(config)
        second = build.prepare(config)  # models come from the cache file now
        assert gc.isenabled()
        assert second.state is not None and second.state.models
        assert set(second.activities) == set(first.activities)
        build.finish(config)
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
