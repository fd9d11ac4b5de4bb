"""Incremental builds: reuse what an earlier build already validated and rendered.

The state kept between builds (a pickle in the cache folder) holds the validated models by
file signature, and a fingerprint for every page written. A page's fingerprint combines the
*code fingerprint* (tukena's sources, the theme, the catalogs), the build settings and the
date, and the signatures of the content files the page shows
(:mod:`tukena.site.fingerprints`). A page whose fingerprint is unchanged, and whose file still
exists, is not rendered again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tukena
from tukena import modelcache
from tukena.modelcache import ModelCache
from tukena.site import collector, urls
from tukena.site.catalogue import Catalogue
from tukena.site.config import SiteConfig
from tukena.site.exports.memo import OutputFiles
from tukena.site.fingerprints import fingerprints
from tukena.site.routes import Job

logger = logging.getLogger(__name__)
_loaded: dict[Path, list[tuple]] = {}  # models file -> what it held when read

STATE_FILE = "tukena-build.pickle"
MODELS_FILE = "tukena-models.pickle"
#: the models file's layout (:mod:`tukena.modelcache`'s segments); another one is ignored
MODELS_FORMAT = "segments-1"
_PACKAGE = Path(tukena.__file__).resolve().parent
_SOURCE_SUFFIXES = {".py", ".po", ".json", ".html", ".css", ".js", ".svg"}


@dataclass
class BuildState:
    """What one build leaves for the next."""

    code: str
    models: ModelCache = field(default_factory=ModelCache)
    pages: dict[str, str] = field(default_factory=dict)
    #: the search files' fingerprint and names (:mod:`tukena.site.searchfiles`)
    search: dict = field(default_factory=dict)
    #: :func:`model_fingerprint` when ``models`` were validated
    models_code: str = ""
    #: what the build was made from, and the files it left (:mod:`tukena.site.unchanged`)
    inputs: str = ""
    outputs: tuple[str, ...] = ()
    #: the URL of every page of the build, whatever its code was: a page the next build
    #: does not have (a deleted activity's) is removed from the output folder
    urls: tuple[str, ...] = ()


def _hash_tree(digest, folder: Path, skip: tuple[str, ...] = ()) -> None:
    for path in sorted(folder.rglob("*")):
        if (
            path.is_file()
            and path.suffix in _SOURCE_SUFFIXES
            and "__pycache__" not in path.parts
            and not path.relative_to(folder).as_posix().startswith(skip)
        ):
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())


def code_fingerprint(theme: Path) -> str:
    """Changes whenever tukena's code, reference data, catalogs or the theme change."""
    digest = hashlib.sha256(tukena.__version__.encode())
    _hash_tree(digest, _PACKAGE, skip=("bot/",))  # the form bot does not shape pages
    _hash_tree(digest, theme)
    return digest.hexdigest()


def model_fingerprint() -> str:
    """Changes whenever validated models could: tukena's code and reference data except the
    packages that only read the models (site, search, form bot, forms). An edit to the
    theme or the site's code re-renders every page but need not re-validate every file."""
    digest = hashlib.sha256(tukena.__version__.encode())
    _hash_tree(digest, _PACKAGE, skip=("bot/", "forms/", "site/", "search/"))
    return digest.hexdigest()


def state_path(config: SiteConfig) -> Path | None:
    return config.cache_dir / STATE_FILE if config.cache_dir else None


def _models_path(config: SiteConfig) -> Path | None:
    return config.cache_dir / MODELS_FILE if config.cache_dir else None


def _unpickle(path: Path | None) -> Any:
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # noqa: S301 - our own cache file
    except Exception:  # noqa: BLE001 - a damaged cache is only a slower build
        logger.info("ignoring an unreadable build cache at %s", path)
        return None


def read_state(path: Path) -> BuildState | None:
    """The state a build left at ``path``, or None when it is missing or unreadable."""
    state = _unpickle(path)
    return state if isinstance(state, BuildState) else None


def _pickle(path: Path, value: Any) -> None:
    """Write atomically: a crash never leaves half a cache."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as handle:
        pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, path)


def _models_key(models: ModelCache) -> list[tuple]:
    """Which files' models the cache holds: a model follows from its file's signature (the
    models file records the model code too), so equal keys mean an equal cache."""
    return [(rel, entry[0], entry[1]) for rel, entry in models.items()]


def _load_models(config: SiteConfig, models_code: str) -> ModelCache:
    path = _models_path(config)
    saved = _unpickle(path)
    models = None
    if (
        isinstance(saved, tuple)
        and len(saved) == 3
        and saved[0] == MODELS_FORMAT
        and saved[1] == models_code
    ):
        try:
            models = modelcache.unpack(saved[2])
        except Exception:  # noqa: BLE001 - a damaged cache is only a slower build
            logger.info("ignoring an unreadable models file at %s", path)
    if models is None:
        _loaded.pop(path, None)
        return ModelCache()
    _loaded[path] = _models_key(models)
    return models


def load_state(config: SiteConfig) -> BuildState:
    """The previous build's state, or an empty one when there is none or the code changed.

    The validated models are kept in a file of their own (the biggest part by far), read
    when the model code is unchanged and written only when a model changed."""
    code = code_fingerprint(config.theme)
    models_code = model_fingerprint()
    path = state_path(config)
    state = read_state(path) if path is not None else None
    if state is None or state.code != code:
        # pages and search files are made again; the models may stay
        earlier = state.urls if state is not None else ()
        state = BuildState(code, urls=earlier)
    state.models_code = models_code
    state.models = _load_models(config, models_code)
    return state


def models_to_save(config: SiteConfig, state: BuildState) -> Path | None:
    """Where the models must be written: None when there is no cache folder, or when the
    file already holds them (they did not change since :func:`load_state`)."""
    path = _models_path(config)
    if path is None or state_path(config) is None:
        return None
    if _loaded.get(path) == _models_key(state.models) and path.is_file():
        return None
    return path


def save_models(path: Path, state: BuildState) -> None:
    """Write the models file (pickling 10,000 models took about a second; only those not
    already pickled are now, see :mod:`tukena.modelcache`, and a parallel build does it
    while the workers render pages; :func:`models_saved` records it).

    The cyclic collector is paused meanwhile: pickling makes no garbage, and the collector
    would otherwise run every few hundred allocations of the pickler's memo (1.19 → 0.98 s
    of CPU at 10,000 activities)."""
    with collector.paused():
        _pickle(path, (MODELS_FORMAT, state.models_code, modelcache.pack(state.models)))


def models_saved(path: Path, state: BuildState) -> None:
    _loaded[path] = _models_key(state.models)


def save_state(config: SiteConfig, state: BuildState) -> None:
    """Write the state; the models only when they changed since :func:`load_state`."""
    path = state_path(config)
    if path is None:
        return
    _pickle(path, dataclasses.replace(state, models={}))
    models_path = models_to_save(config, state)
    if models_path is not None:
        save_models(models_path, state)
        models_saved(models_path, state)


def stale_jobs(cat: Catalogue, jobs: list[Job], state: BuildState, output: Path) -> list[Job]:
    """The jobs whose page must be rendered; records the new fingerprints in ``state``."""
    current = fingerprints(cat, jobs, state.code)
    present = OutputFiles(output)
    todo = [
        job
        for job in jobs
        if state.pages.get(job.url) != current[job.url]
        or not present.exists(urls.output_path(job.url))
    ]
    state.pages = current
    return todo


def record_fingerprints(cat: Catalogue, jobs: list[Job], state: BuildState) -> None:
    """Record every job's fingerprint in ``state``, for a build that renders them all."""
    state.pages = fingerprints(cat, jobs, state.code)
