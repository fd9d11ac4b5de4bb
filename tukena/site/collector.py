"""The cyclic garbage collector paused around work that makes many lasting objects and no
cyclic garbage (reading the content, pickling the models, building the search files).

With the collector on, it walks every object made so far every few hundred allocations;
such work only pays for those walks and frees nothing.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused(freeze: bool = False) -> Iterator[None]:
    """Pause the collector; with ``freeze``, freeze what exists at the end, before the
    collector runs again, so that it never walks those objects (see :func:`gc.freeze`)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if enabled:
            gc.enable()
