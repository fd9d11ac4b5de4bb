"""Read many content files on every core.

This process reads a share of the files too, and helper processes send their models back
in batches, unpickled here while reading goes on (30,000 activities on two cores: 13 s;
one core 15 s; whole shares at once 16 s). Small folders, one core or no ``fork``: all here.
What reading one file means (parsing, checks, validation) is the caller's function.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tukena.exceptions import Problem

PARALLEL_FROM = 400  # files; fewer are quicker to read in this process
BATCH = 200  # files a helper reads before it sends their models back


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


def _read_share(args: tuple[Todo, ReadOne]) -> list[Read]:
    share, read_one = args
    return [read_one(path, read) for path, read in share]


def read_all(todo: Todo, read_one: ReadOne, workers: int) -> list[Read]:
    """``read_one`` every file of ``todo``, on ``workers`` cores when there are many."""
    if workers <= 1 or len(todo) < PARALLEL_FROM or "fork" not in mp.get_all_start_methods():
        return _read_share((todo, read_one))
    own = len(todo) // workers
    rest = todo[own:]
    batches = [(rest[i : i + BATCH], read_one) for i in range(0, len(rest), BATCH)]
    with mp.get_context("fork").Pool(workers - 1) as pool:
        pending = pool.map_async(_read_share, batches, chunksize=1)
        mine = _read_share((todo[:own], read_one))
        results = pending.get()
    return mine + [read for result in results for read in result]
