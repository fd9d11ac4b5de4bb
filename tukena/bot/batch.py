"""Group commit: submissions arriving together are stored in one transaction.

Every request still waits until its submission is committed (and synced to disk) before
it answers; while one transaction is being synced, the next requests queue up and go into
the following one. Under load this turns many disk syncs into few, without weakening the
guarantee that a receipt means a stored submission.
"""

from __future__ import annotations

import asyncio
import logging

from starlette.concurrency import run_in_threadpool

from tukena.bot.store import NewSubmission, Store, Submission

logger = logging.getLogger(__name__)

MAX_BATCH = 200


class GroupCommit:
    """An asyncio task that stores queued submissions in batches."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._queue: asyncio.Queue[tuple[NewSubmission, asyncio.Future]] | None = None
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        self._queue = asyncio.Queue()
        self._task = asyncio.get_running_loop().create_task(self._run(), name="group-commit")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    async def add(self, new: NewSubmission) -> tuple[Submission, bool]:
        """Store one submission; returns once it is committed."""
        if self._queue is None or self._task is None or self._task.done():
            return await run_in_threadpool(self.store.add, new)
        future: asyncio.Future = asyncio.get_running_loop().create_future()
        await self._queue.put((new, future))
        return await future

    async def _run(self) -> None:
        assert self._queue is not None
        while True:
            batch = [await self._queue.get()]
            while not self._queue.empty() and len(batch) < MAX_BATCH:
                batch.append(self._queue.get_nowait())
            try:
                results = await run_in_threadpool(self.store.add_many, [n for n, _ in batch])
            except Exception as exc:  # every waiting request gets the error, none is lost
                logger.exception("storing %s submission(s) failed", len(batch))
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), result in zip(batch, results, strict=True):
                if not future.done():
                    future.set_result(result)
