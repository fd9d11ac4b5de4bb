"""Abuse limits in front of the bot: origin, body size, per-address rate.

- :func:`origin_allowed`: a POST must come from the site or the bot itself (``Origin``,
  else ``Referer``); a missing header is refused unless the settings allow it; the log is
  told of each origin refused, once (:class:`RefusedOrigins`);
- :func:`read_body` and :func:`limited`: the body is read up to the limit, and its declared
  length, and no further (413 beyond);
- :class:`RateLimiter`: a sliding window of submissions per client address (429; how
  :mod:`tukena.bot.submit` uses it is in :mod:`tukena.bot.throttle`);
- :class:`ByteAllowance`: a sliding window of bytes per client address (the photos it has
  the bot keep).
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)


class BodyTooLarge(ValueError):
    """The request body is larger than allowed."""


def _origin_of(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def origin_allowed(
    origin: str | None, referer: str | None, own: str, allowed: set[str], required: bool
) -> bool:
    """Whether a POST comes from an allowed page (``own`` is the bot's own origin)."""
    accepted = {o.lower() for o in allowed} | {own.lower()}
    if origin:
        return origin.lower() != "null" and origin.lower().rstrip("/") in accepted
    if referer:
        found = _origin_of(referer)
        return found is not None and found in accepted
    return not required


class RefusedOrigins:
    """Tells the log of the forms refused for their origin, naming the origin and the
    setting: once for each origin (a site left out of the settings sends many), for
    ``limit`` origins at most."""

    def __init__(self, limit: int = 100) -> None:
        self.limit = limit
        self._told: set[str] = set()

    def tell(self, origin: str | None, referer: str | None, allowed: set[str]) -> None:
        seen = (origin or (_origin_of(referer) if referer else None) or "")[:200]
        if seen in self._told or len(self._told) >= self.limit:
            logger.debug("refused a form from %r", seen)
            return
        self._told.add(seen)
        if not seen:
            logger.warning(
                "refused a form sent with neither an Origin nor a Referer header "
                "(TUKENA_BOT_REQUIRE_ORIGIN is on)"
            )
            return
        logger.warning(
            "refused a form sent from %r: not one of TUKENA_BOT_ALLOWED_ORIGINS (%s); add it "
            "there if it is the site's",
            seen,
            ", ".join(sorted(allowed)),
        )


def declared_length(declared: str | None, limit: int) -> int | None:
    """The body's length as its ``Content-Length`` gives it (None without one); refused
    when it is not a number in ASCII digits or exceeds ``limit``."""
    if declared is None:
        return None
    if not (declared.isascii() and declared.isdigit()) or int(declared) > limit:
        raise BodyTooLarge(declared)
    return int(declared)


async def limited(chunks: AsyncIterator[bytes], limit: int) -> AsyncGenerator[bytes, None]:
    """The chunks of a body, refusing it as soon as they exceed ``limit`` bytes (a body
    that declared its length is held to it as well)."""
    seen = 0
    async for chunk in chunks:
        seen += len(chunk)
        if seen > limit:
            raise BodyTooLarge(str(seen))
        yield chunk


async def read_body(chunks: AsyncIterator[bytes], declared: str | None, limit: int) -> bytes:
    """The whole body, refusing it as soon as it exceeds ``limit`` bytes, or its declared
    length."""
    length = declared_length(declared, limit)
    body = bytearray()
    async for chunk in limited(chunks, limit if length is None else length):
        body += chunk
    return bytes(body)


class RateLimiter:
    """At most ``limit`` events per ``window`` seconds per key."""

    def __init__(self, limit: int, window: float, max_keys: int = 100_000) -> None:
        self.limit = limit
        self.window = window
        self.max_keys = max_keys
        self._events: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def waiting(self, key: str, now: float) -> float:
        """0 when an event of ``key`` would be allowed now, else the seconds until it would
        be; nothing is recorded."""
        with self._lock:
            events = self._events.get(key)
            if events is None:
                return 0.0
            while events and events[0] <= now - self.window:
                events.popleft()
            if len(events) >= self.limit:
                return max(1.0, events[0] + self.window - now)
            return 0.0

    def hit(self, key: str, now: float) -> float:
        """Record an event; return 0 when allowed, else the seconds until it would be."""
        with self._lock:
            events = self._events.get(key)
            if events is None:
                if len(self._events) >= self.max_keys:
                    self._prune(now)
                events = self._events[key] = deque()
            while events and events[0] <= now - self.window:
                events.popleft()
            if len(events) >= self.limit:
                return max(1.0, events[0] + self.window - now)
            events.append(now)
            return 0.0

    def _prune(self, now: float) -> None:
        for key in [k for k, v in self._events.items() if not v or v[-1] <= now - self.window]:
            del self._events[key]


class ByteAllowance:
    """At most ``limit`` bytes per ``window`` seconds per key (a sliding window)."""

    def __init__(self, limit: int, window: float, max_keys: int = 100_000) -> None:
        self.limit = limit
        self.window = window
        self.max_keys = max_keys
        self._taken: dict[str, deque[tuple[float, int]]] = {}
        self._sums: dict[str, int] = {}
        self._lock = threading.Lock()

    def take(self, key: str, size: int, now: float) -> bool:
        """Count ``size`` bytes of ``key`` when they fit in its allowance (True); else
        count nothing (False)."""
        with self._lock:
            taken = self._taken.get(key)
            if taken is None:
                if len(self._taken) >= self.max_keys:
                    self._prune(now)
                taken = self._taken[key] = deque()
                self._sums[key] = 0
            while taken and taken[0][0] <= now - self.window:
                self._sums[key] -= taken.popleft()[1]
            if self._sums[key] + size > self.limit:
                return False
            taken.append((now, size))
            self._sums[key] += size
            return True

    def _prune(self, now: float) -> None:
        for key in [k for k, v in self._taken.items() if not v or v[-1][0] <= now - self.window]:
            del self._taken[key], self._sums[key]
