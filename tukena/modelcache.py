"""The validated models one build keeps for the next, and the pickles they are stored in.

Pickling 10,000 models into the build cache took about a second of CPU at every build that
changed one. The models are stored instead as segments, each the pickle of a hundred or so
models: a segment whose models the cache still holds is written again as the very bytes it
was read from, or that a helper process sent when it read those files
(:mod:`tukena.reading`); only the models of the other segments are pickled again. A build
that changed one file pickles one segment, and a first build pickles only the models this
process read itself.
"""

from __future__ import annotations

import logging
import pickle
from dataclasses import dataclass
from typing import Any

logger = logging.getLogger(__name__)

SEGMENT = 100  # models in a segment pickled here: a changed file re-pickles its segment

#: A cached file: its ``(signature, folder, model, valid_until line)``.
Entry = tuple
#: What a segment says about each of its models: ``(file, signature, folder, the rest)``.
Key = tuple[str, Any, str, tuple]


@dataclass
class Segment:
    """Some models and the pickle of them, with what the cache held them as."""

    keys: tuple[Key, ...]
    models: list[Any]  # in memory only: whether the cache still holds these very objects
    data: bytes


class ModelCache(dict[str, Entry]):
    """Validated models by file (see :func:`tukena.loader.check`), with the segments that
    already hold them pickled."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.segments: list[Segment] = []


def _key(rel: str, entry: Entry) -> Key:
    return rel, entry[0], entry[1], tuple(entry[3:])


def keep(cache: dict[str, Entry], rels: list[str], models: list[Any], data: bytes) -> None:
    """Remember that ``data`` is the pickle of ``models``, the cache's entries for ``rels``."""
    if not isinstance(cache, ModelCache):
        return
    entries = [cache.get(rel) for rel in rels]
    if all(e is not None and e[2] is m for e, m in zip(entries, models, strict=True)):
        keys = tuple(_key(rel, entry) for rel, entry in zip(rels, entries, strict=True))  # type: ignore[arg-type]
        cache.segments.append(Segment(keys, models, data))


def _held(cache: dict[str, Entry], segment: Segment, covered: set[str]) -> bool:
    """The cache still holds every model of ``segment``, as it did, and no other segment
    kept holds any of them."""
    for key, model in zip(segment.keys, segment.models, strict=True):
        entry = cache.get(key[0])
        if (
            entry is None
            or entry[2] is not model
            or key[0] in covered
            or _key(key[0], entry) != key
        ):
            return False
    return True


def pack(cache: dict[str, Entry]) -> list[tuple[tuple[Key, ...], bytes]]:
    """The segments to store for ``cache``: those it still holds as they are, and new ones
    for its other models."""
    covered: set[str] = set()
    kept: list[Segment] = []
    for segment in getattr(cache, "segments", ()):
        if _held(cache, segment, covered):
            kept.append(segment)
            covered.update(key[0] for key in segment.keys)
    rest = sorted(rel for rel in cache if rel not in covered)
    for start in range(0, len(rest), SEGMENT):
        rels = rest[start : start + SEGMENT]
        models = [cache[rel][2] for rel in rels]
        keys = tuple(_key(rel, cache[rel]) for rel in rels)
        kept.append(Segment(keys, models, pickle.dumps(models, pickle.HIGHEST_PROTOCOL)))
    logger.debug("%s models: %s pickled again", len(cache), len(rest))
    if isinstance(cache, ModelCache):
        cache.segments = kept
    return [(segment.keys, segment.data) for segment in kept]


def unpack(stored: list[tuple[tuple[Key, ...], bytes]]) -> ModelCache:
    """The cache that :func:`pack` stored; raises on anything else (a damaged file)."""
    cache = ModelCache()
    for keys, data in stored:
        models = pickle.loads(data)  # noqa: S301 - our own cache file
        if not isinstance(models, list) or len(models) != len(keys):
            raise ValueError("a segment does not match its keys")
        for (rel, signature, folder, rest), model in zip(keys, models, strict=True):
            cache[rel] = (signature, folder, model, *rest)
        cache.segments.append(Segment(tuple(keys), models, data))
    return cache
