"""Read many content files on every core.

The files are cut into batches, and this process and forked helper processes each claim
the next batch from one shared counter until none is left, so that whoever is quicker
reads more. A helper also pickles its batch's models to send them back, which this process
only unpickles: with a fixed half each, this process waited about 0.4 s for the helper at
10,000 activities on two cores. A helper sends the models of a batch as one pickle, which
the caller may keep (the build cache stores those very bytes rather than pickling the
models again). Small folders, one core or no ``fork``: all here. What reading one file
means (parsing, checks, validation) is the caller's function.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tukena.exceptions import Problem

logger = logging.getLogger(__name__)

PARALLEL_FROM = 400  # files; fewer are quicker to read in this process
BATCH = 100  # files in a batch: the last one claimed is what the other process waits for


@dataclass
class Read:
    """What reading one file gave."""

    rel: str
    slug: str
    signature: tuple[int, int]
    item: Any = None
    problems: list[Problem] = field(default_factory=list)
    expiry_line: int = 1


Todo = list[tuple[Path, Read]]
#: Reads one file into its :class:`Read`; picklable (a module function or a partial of one).
ReadOne = Callable[[Path, Read], Read]
#: A helper's batch: the reads (this process's objects) and the pickle of their items.
Pickled = list[tuple[list[Read], bytes]]


@dataclass
class _Job:
    """What the helpers inherit when they are forked: nothing is pickled to them."""

    batches: list[Todo]
    read_one: ReadOne
    claimed: Any  # a shared integer: the batches claimed so far
    lock: Any


_job: _Job | None = None


def _claim(job: _Job) -> int | None:
    """The next batch nobody has claimed, or None when every batch is taken."""
    with job.lock:
        index = job.claimed.value
        if index >= len(job.batches):
            return None
        job.claimed.value = index + 1
    return index


def _read_batch(job: _Job, index: int) -> list[Read]:
    return [job.read_one(path, read) for path, read in job.batches[index]]


def _helper(_: int) -> tuple[int, list[tuple[list[Problem], int]], bytes] | None:
    """Claim one batch in a helper; send back its problems and lines, and its items as one
    pickle (this process already has the reads themselves)."""
    assert _job is not None
    index = _claim(_job)
    if index is None:
        return None
    reads = _read_batch(_job, index)
    found = [(read.problems, read.expiry_line) for read in reads]
    return index, found, pickle.dumps([read.item for read in reads], pickle.HIGHEST_PROTOCOL)


def _receive(job: _Job, result: Any, pickled: Pickled | None) -> None:
    """Fill this process's reads of a helper's batch with what the helper found."""
    if result is None:
        return
    index, found, data = result
    reads = [read for _, read in job.batches[index]]
    for read, (problems, line), item in zip(reads, found, pickle.loads(data), strict=True):  # noqa: S301 - our own helper
        read.problems, read.expiry_line, read.item = problems, line, item
    if pickled is not None:
        pickled.append((reads, data))


def read_all(
    todo: Todo, read_one: ReadOne, workers: int, pickled: Pickled | None = None
) -> list[Read]:
    """``read_one`` every file of ``todo``, on ``workers`` cores when there are many.

    The reads come back in ``todo``'s order. ``pickled``, when given, receives each batch a
    helper read with the pickle of its items."""
    if workers <= 1 or len(todo) < PARALLEL_FROM or "fork" not in mp.get_all_start_methods():
        return [read_one(path, read) for path, read in todo]
    global _job
    context = mp.get_context("fork")
    batches = [todo[i : i + BATCH] for i in range(0, len(todo), BATCH)]
    job = _Job(batches, read_one, context.RawValue("i", 0), context.Lock())
    _job = job
    mine = 0
    try:
        with context.Pool(workers - 1) as pool:
            pending = pool.imap_unordered(_helper, range(len(batches)))
            while (index := _claim(job)) is not None:
                paths = [path for path, _ in job.batches[index]]
                # read_one may return new objects: keep them
                job.batches[index] = list(zip(paths, _read_batch(job, index), strict=True))
                mine += 1
                while True:  # unpickle what the helpers sent meanwhile
                    try:
                        _receive(job, pending.next(timeout=0), pickled)
                    except (mp.TimeoutError, StopIteration):
                        break
            for result in pending:
                _receive(job, result, pickled)
    finally:
        _job = None
    logger.debug("read %s of %s batches here", mine, len(batches))
    return [read for batch in job.batches for _, read in batch]
