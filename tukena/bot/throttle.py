"""How much one client address may send to ``POST /submit`` (429 beyond).

Each address has two allowances per window (:class:`tukena.bot.guard.RateLimiter`):
submissions (``rate_limit``) and round trips that store nothing (``rate_limit_round_trips``:
adding a row, checking before sending). Which one a request uses is known only from its
body, and a body may be tens of megabytes of photos, so every body read counts:

- before its body is read, a request from an address that has used up both allowances is
  refused: nothing it sends could be accepted;
- once read, a request counts against its own allowance; refused there, it also counts
  against the other one, so that an address that goes on sending after a refusal soon has
  used up both, and its bodies are no longer read.

The photos an address has the bot keep for its forms take at most
``photo_hold_address_bytes`` a window (:attr:`Throttle.photo_bytes`): each round trip may
bring new ones, and they are kept for days.

The address is the peer's, or behind a proxy the last one of ``X-Forwarded-For`` when
``TUKENA_BOT_TRUST_FORWARDED_FOR`` says to trust it. A request that carries the header while
it is off is told in the log, once a process: behind a proxy, every organiser then shares
the proxy's one allowance.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from tukena.bot.guard import ByteAllowance, RateLimiter
from tukena.bot.settings import BotSettings

logger = logging.getLogger(__name__)


class Throttle:
    """The allowances of every client address, and the address a request comes from."""

    def __init__(self, settings: BotSettings) -> None:
        window = settings.rate_window_seconds
        self.submissions = RateLimiter(settings.rate_limit, window)
        self.round_trips = RateLimiter(settings.rate_limit_round_trips, window)
        self.photo_bytes = ByteAllowance(settings.photo_hold_address_bytes, window)
        self.trust_forwarded = settings.trust_forwarded_for
        self._told_forwarded = False

    def address(self, headers: Mapping[str, str], peer: str | None) -> str:
        """The client's address: ``peer``, or the proxy's word for it when trusted."""
        forwarded = headers.get("x-forwarded-for", "")
        if forwarded and self.trust_forwarded:
            return forwarded.split(",")[-1].strip()
        if forwarded and not self._told_forwarded:
            self._told_forwarded = True
            logger.warning(
                "requests come through a proxy (X-Forwarded-For) but "
                "TUKENA_BOT_TRUST_FORWARDED_FOR is off: all of them share the rate limit of "
                "the proxy's address %s; set TUKENA_BOT_TRUST_FORWARDED_FOR=true when the bot "
                "is reached only through your own proxy",
                peer,
            )
        return peer or "unknown"

    def before_reading(self, address: str, now: float) -> float:
        """0 when a request of ``address`` may be read, else the seconds until one may be."""
        waits = (self.submissions.waiting(address, now), self.round_trips.waiting(address, now))
        return min(waits) if all(waits) else 0.0

    def count(self, address: str, round_trip: bool, now: float) -> float:
        """Count a request read (a round trip that stores nothing, or not): 0 when allowed,
        else the seconds until it would be."""
        own, other = self.submissions, self.round_trips
        if round_trip:
            own, other = other, own
        wait = own.hit(address, now)
        if wait:
            other.hit(address, now)  # a refused body was read all the same
        return wait
