"""The build state keeps validated models across a change to the site's code, not the models'."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import multiprocessing
import os
from pathlib import Path

from tukena.site import build, incremental, urls
from tukena.site.config import SiteConfig

REPO = Path(__file__).resolve().parent.parent


def _config(tmp_path: Path) -> SiteConfig:
    return SiteConfig(root=REPO, output=tmp_path / "out", theme=REPO / "theme", cache_dir=tmp_path)


def _saved(config: SiteConfig, code: str, models_code: str) -> None:
    models = {"content/activities/x.md": ((1, 2), "activities", "model")}
    state = incremental.BuildState(code, models=models, models_code=models_code)
    state.pages = {"activities/x.html": "fingerprint"}
    incremental.save_state(config, state)


def test_site_code_change_keeps_models_but_not_pages(tmp_path):
    config = _config(tmp_path)
    _saved(config, "old site code", incremental.model_fingerprint())
    state = incremental.load_state(config)
    assert state.code == incremental.code_fingerprint(config.theme)
    assert state.models == {"content/activities/x.md": ((1, 2), "activities", "model")}
    assert state.pages == {}
    assert state.search == {}


def test_model_code_change_drops_models(tmp_path):
    config = _config(tmp_path)
    _saved(config, "old site code", "old model code")
    state = incremental.load_state(config)
    assert state.models == {}
    assert state.models_code == incremental.model_fingerprint()


def test_unchanged_code_keeps_everything(tmp_path):
    config = _config(tmp_path)
    _saved(config, incremental.code_fingerprint(config.theme), incremental.model_fingerprint())
    state = incremental.load_state(config)
    assert state.pages == {"activities/x.html": "fingerprint"}
    assert state.models


def test_model_fingerprint_follows_the_model_code_only(tmp_path, monkeypatch):
    package = tmp_path / "tukena"
    for name in ("schemas/activity.py", "site/views.py", "search/index.py"):
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text("x = 1\n", "utf-8")
    monkeypatch.setattr(incremental, "_PACKAGE", package)
    before = incremental.model_fingerprint()
    (package / "site/views.py").write_text("x = 2\n", "utf-8")
    (package / "search/index.py").write_text("x = 2\n", "utf-8")
    assert incremental.model_fingerprint() == before
    (package / "schemas/activity.py").write_text("x = 2\n", "utf-8")
    assert incremental.model_fingerprint() != before


def test_models_file_is_written_only_when_a_model_changed(tmp_path):
    config = _config(tmp_path)
    _saved(config, "old site code", incremental.model_fingerprint())
    models_file = tmp_path / incremental.MODELS_FILE
    state = incremental.load_state(config)
    stamp = models_file.stat().st_mtime_ns
    os.utime(models_file, ns=(stamp - 10**9, stamp - 10**9))
    incremental.save_state(config, state)  # nothing re-read: the file stays as it was
    assert models_file.stat().st_mtime_ns == stamp - 10**9
    state.models["content/activities/x.md"] = ((3, 4), "activities", "new model")
    incremental.save_state(config, state)
    assert models_file.stat().st_mtime_ns != stamp - 10**9
    assert incremental.load_state(config).models["content/activities/x.md"][2] == "new model"


def test_a_parallel_build_pickles_the_models_once_while_the_workers_render(tmp_path, monkeypatch):
    config = dataclasses.replace(_config(tmp_path), workers=2)
    writers = tmp_path / "writers"
    save = incremental.save_models

    def recorded(path, state):
        with writers.open("a") as handle:  # forked workers share the patched module
            handle.write(f"{os.getpid()}:{len(multiprocessing.active_children())}\n")
        save(path, state)

    monkeypatch.setattr(incremental, "save_models", recorded)
    try:
        first = build.prepare(config)
        build.write(first, config.output)
        build.finish(config)
        assert writers.read_text().split() == [f"{os.getpid()}:2"]  # the pool is running
        assert incremental.load_state(config).models.keys() == first.state.models.keys()
        second = build.prepare(config)  # the models come from the file now
        build.write(second, config.output)
        build.finish(config)
        assert len(writers.read_text().split()) == 1  # unchanged: not written again
    finally:
        gc.unfreeze()


def test_a_rebuild_renders_only_changed_or_missing_pages(tmp_path):
    config = dataclasses.replace(_config(tmp_path), today=dt.date(2026, 11, 22))
    cat = build.prepare(config)
    jobs = list(build.pages(cat))
    out = config.output
    for job in jobs:  # as a finished build leaves them
        path = out / urls.output_path(job.url)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("page", "utf-8")
    state = cat.state
    assert len(incremental.stale_jobs(cat, jobs, state, out)) == len(jobs)  # no fingerprints yet
    assert incremental.stale_jobs(cat, jobs, state, out) == []
    activity = next(j for j in jobs if j.kind == "activity" and j.lang == "sv")
    (out / urls.output_path(activity.url)).unlink()
    home = next(j for j in jobs if j.url == "")
    state.pages[home.url] = "an older fingerprint"
    again = incremental.stale_jobs(cat, jobs, state, out)
    assert sorted(j.url for j in again) == sorted([activity.url, home.url])
