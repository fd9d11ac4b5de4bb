"""A build hides its long-lived content from the garbage collector until the process ends or
builds again, and a rebuild in the same process frees the earlier build's garbage."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from tukena.site import build
from tukena.site.config import SiteConfig

REPO = Path(__file__).resolve().parent.parent


def _config(tmp_path: Path) -> SiteConfig:
    return SiteConfig(root=REPO, output=tmp_path / "out", theme=REPO / "theme", cache_dir=tmp_path)


def test_content_is_frozen_during_the_build_and_after(tmp_path):
    config = _config(tmp_path)
    try:
        cat = build.prepare(config)
        assert gc.isenabled()
        frozen = gc.get_freeze_count()
        assert frozen > 0
        assert any(gc.is_tracked(a) for a in cat.activities.values())
        build.write(cat, config.output)
        build.finish(config)
        assert gc.get_freeze_count() >= frozen  # the exit does not walk it all again
        assert gc.isenabled()
    finally:
        gc.unfreeze()


class _Cycle:
    """Garbage only the cyclic collector frees."""

    def __init__(self, payload: object) -> None:
        self.payload = payload
        self.me = self


def test_a_rebuild_in_the_same_process_frees_the_earlier_builds_garbage(tmp_path):
    config = _config(tmp_path)
    try:
        first = build.prepare(config)
        build.write(first, config.output)
        first.memo["cycle"] = _Cycle(first)  # a catalogue kept alive only by a cycle
        build.finish(config)
        gone = weakref.ref(first)
        del first
        assert gone() is not None  # frozen: no collection frees it meanwhile
        gc.collect()
        assert gone() is not None
        second = build.prepare(config)
        assert gone() is None
        assert second.activities
        build.finish(config)
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
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_paused_restores_the_collector_and_freezes_only_when_asked():
    from tukena.site import collector

    was = gc.isenabled()
    try:
        for enabled in (True, False):
            (gc.enable if enabled else gc.disable)()
            gc.unfreeze()
            with collector.paused():
                assert not gc.isenabled()
                kept = [[] for _ in range(10)]
            assert gc.isenabled() is enabled and gc.get_freeze_count() == 0
            with collector.paused(freeze=True):
                more = [[] for _ in range(10)]
            assert gc.isenabled() is enabled and gc.get_freeze_count() >= len(more)
            assert kept and more
    finally:
        gc.unfreeze()
        (gc.enable if was else gc.disable)()
