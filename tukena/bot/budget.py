"""The bytes of request bodies the web service reads at once (``TUKENA_BOT_BODY_BUDGET_BYTES``).

An address's rate allowance counts the forms it sends, not how many it sends at once: six
forms of 72 MB of photos sent together took 1 GB of memory before any was counted. So
before its body is read, a request reserves the bytes the body may take (the length it
declares, else the most its kind of form may send) and gives them back once it is
answered: its files are in memory until then. All requests together hold at most the
budget, and one address at most half of it, so that one sender cannot take it all.

A request that does not fit waits up to :data:`WAIT_SECONDS` for others to finish, then
is answered 503 with ``Retry-After`` ("busy: nothing was saved"), its body unread. This is
a proxy's queue in front of a full server (HAProxy's ``maxconn`` with ``timeout queue``)
rather than nginx's ``limit_conn``, which refuses at once: a form with photos is read in
seconds, so a short wait absorbs a burst of organisers sending theirs, and waiting costs
next to nothing, since the server stops reading the socket of a request whose body is not
read (uvicorn pauses it past 64 kB) and its bytes stay with the sender. A wait without end
would leave the page hanging until the organiser sends again, so past a few seconds the
load is shed with a quick, clear answer. Waiting requests go in no order: the first that
fits goes, so a short form without photos is not kept behind a large one.

Nothing is stored before a request has its bytes, so a refused request has nothing to
acknowledge; a request that has them goes on as any other.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator

from tukena.exceptions import TukenaError

logger = logging.getLogger(__name__)

#: how long a request waits for bytes of the budget before it is refused
WAIT_SECONDS = 10.0
#: when to send a refused request again (``Retry-After``)
RETRY_AFTER = 30.0
#: the log tells of refusals at most this often (a flood would fill it)
TELL_EVERY_SECONDS = 60.0


class BodiesBusy(TukenaError, RuntimeError):
    """The request's body does not fit in the budget, even after a wait."""

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(f"busy: send again in {retry_after:g} s")


class BodyBudget:
    """The bytes of request bodies being read or held, all together and by address.

    Used from the web service's event loop only, so it needs no lock: nothing awaits
    between the check that a request fits and its taking the bytes.
    """

    def __init__(self, limit: int, wait_seconds: float = WAIT_SECONDS) -> None:
        self.limit = limit
        self.per_address = limit // 2
        self.wait_seconds = wait_seconds
        self.in_use = 0
        self._by_address: dict[str, int] = {}
        self._waiting: list[asyncio.Future[None]] = []
        self._told_at = -TELL_EVERY_SECONDS

    def held(self, address: str) -> int:
        """The bytes ``address`` holds now."""
        return self._by_address.get(address, 0)

    def _fits(self, address: str, size: int) -> bool:
        return self.in_use + size <= self.limit and self.held(address) + size <= self.per_address

    @contextlib.asynccontextmanager
    async def reserve(self, address: str, size: int) -> AsyncIterator[None]:
        """Hold ``size`` bytes for a request of ``address`` while the block runs; raise
        :class:`BodiesBusy` when they are not free within :attr:`wait_seconds`."""
        await self._wait(address, size)
        self.in_use += size
        self._by_address[address] = self.held(address) + size
        try:
            yield
        finally:
            self.in_use -= size
            left = self.held(address) - size
            if left:
                self._by_address[address] = left
            else:
                del self._by_address[address]
            for waiter in self._waiting:  # each checks again whether it fits now
                if not waiter.done():
                    waiter.set_result(None)

    async def _wait(self, address: str, size: int) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.wait_seconds
        while not self._fits(address, size):
            left = deadline - loop.time()
            if left <= 0:
                self._tell(address, size)
                raise BodiesBusy(RETRY_AFTER)
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiting.append(waiter)
            try:
                await asyncio.wait_for(waiter, left)
            except TimeoutError:
                pass  # checked once more, then refused
            finally:
                self._waiting.remove(waiter)

    def _tell(self, address: str, size: int) -> None:
        now = time.monotonic()
        told = now - self._told_at >= TELL_EVERY_SECONDS
        if told:
            self._told_at = now
        logger.log(
            logging.WARNING if told else logging.DEBUG,
            "refused a form of %s bytes with 503: request bodies being read take %s of the "
            "%s bytes of TUKENA_BOT_BODY_BUDGET_BYTES, %s of them its sender's (at most half)",
            size,
            self.in_use,
            self.limit,
            self.held(address),
        )
