"""The models file stores pickled segments: a segment the cache still holds is written again
as the same bytes (those a helper sent, or those read), and only the others are pickled."""

from __future__ import annotations

import datetime as dt
import os
import pickle
from pathlib import Path

import pytest

from tukena import loader, modelcache, reading, sample
from tukena.site import incremental
from tukena.site.config import SiteConfig

REPO = Path(__file__).resolve().parent.parent
DAY = dt.date(2026, 11, 22)


@pytest.fixture
def root(tmp_path):
    sample.generate(tmp_path, activities=450, seed=9, today=DAY)
    return tmp_path


def _config(root: Path) -> SiteConfig:
    return SiteConfig(
        root=root, output=root / "out", theme=REPO / "theme", cache_dir=root / "cache"
    )


def _checked(root: Path, cache: dict) -> None:
    _, problems = loader.check(root, today=DAY, cache=cache, workers=2)
    assert problems == []


def test_a_helpers_pickles_are_stored_as_they_came(root):
    cache = loader.ModelCache()
    _checked(root, cache)
    sent = {id(segment.data) for segment in cache.segments}
    assert sent, "the helper should have read some batches"
    assert all(len(s.keys) <= reading.BATCH for s in cache.segments)
    stored = modelcache.pack(cache)
    assert sent <= {id(data) for _, data in stored}
    again = modelcache.unpack(stored)
    assert again == cache
    assert list(again) != [] and set(again) == set(cache)


def test_a_changed_file_repickles_its_segment_only(root):
    cache = loader.ModelCache()
    _checked(root, cache)
    loaded = modelcache.unpack(modelcache.pack(cache))
    before = {id(segment.data) for segment in loaded.segments}
    activities = sorted((root / "content" / "activities").glob("*.md"))
    changed = activities[len(activities) // 2]
    changed.write_text(changed.read_text("utf-8") + "\nOne more line.\n", "utf-8")
    _checked(root, loaded)
    stored = modelcache.pack(loaded)
    fresh = [data for _, data in stored if id(data) not in before]
    assert len(fresh) == 1
    assert len(stored) == len(before)
    rel = f"content/activities/{changed.name}"
    assert modelcache.unpack(stored)[rel] == loaded[rel]
    assert "One more line." in str(loaded[rel][2].description)


def test_a_one_change_rebuild_reads_only_that_file(root, monkeypatch):
    config = _config(root)
    state = incremental.BuildState("code", models_code=incremental.model_fingerprint())
    _checked(root, state.models)
    incremental.save_state(config, state)
    changed = sorted((root / "content" / "activities").glob("*.md"))[7]
    os.utime(changed, ns=(changed.stat().st_atime_ns, changed.stat().st_mtime_ns + 10**9))
    reads = []
    original = loader._read_file
    monkeypatch.setattr(
        loader, "_read_file", lambda *args, **kw: reads.append(args[0]) or original(*args, **kw)
    )
    again = incremental.load_state(config)
    assert len(again.models) == len(state.models)
    _checked(root, again.models)
    assert reads == [changed]


@pytest.mark.parametrize(
    "damage",
    ["old layout", "bad segment", "short segment", "truncated", "other code"],
)
def test_an_old_or_damaged_models_file_is_ignored(root, damage):
    config = _config(root)
    state = incremental.BuildState("code", models_code=incremental.model_fingerprint())
    _checked(root, state.models)
    incremental.save_state(config, state)
    path = config.cache_dir / incremental.MODELS_FILE
    fmt, code, stored = pickle.loads(path.read_bytes())
    if damage == "old layout":
        saved = pickle.dumps((code, dict(state.models)))
    elif damage == "bad segment":
        saved = pickle.dumps((fmt, code, [(stored[0][0], b"not a pickle"), *stored[1:]]))
    elif damage == "short segment":
        saved = pickle.dumps((fmt, code, [(stored[0][0][1:], stored[0][1]), *stored[1:]]))
    elif damage == "truncated":
        saved = path.read_bytes()[:-1000]
    else:
        saved = pickle.dumps((fmt, "older model code", stored))
    path.write_bytes(saved)
    again = incremental.load_state(config)
    assert again.models == {}
    _checked(root, again.models)  # read again from the files, whole
    assert again.models == state.models
    incremental.save_state(config, again)
    assert incremental.load_state(config).models == state.models
