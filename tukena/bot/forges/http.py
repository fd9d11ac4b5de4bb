"""HTTP for the forge adapters: error classification, rate limits, pacing.

Every answer is sorted into the bot's error classes:

- time-outs, network errors and 5xx → :class:`TransientForgeError`;
- 429, or 403 that is a rate limit (``Retry-After``, ``x-ratelimit-remaining: 0``, or a
  message that says so) → :class:`RateLimited` with how long to wait: ``Retry-After``
  seconds or date, else ``x-ratelimit-reset``, else one minute (GitHub's advice);
- 401 → :class:`ForgeAuthError` (expired or revoked token; the queue waits for a fix);
- other 403 and unexpected 404 → :class:`ForgeConfigurationError` (no such repository or
  branch, or no permission; the queue waits for a fix);
- other 4xx → :class:`ForgeError` with the status, for the adapter to interpret.

:class:`Pacer` spaces content-creating requests as GitHub documents for its secondary
rate limits: at least one second apart, at most 80 a minute and 500 an hour.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import httpx

from tukena.bot.errors import (
    ForgeAuthError,
    ForgeConfigurationError,
    ForgeError,
    RateLimited,
    TransientForgeError,
)

logger = logging.getLogger(__name__)

DEFAULT_RATE_WAIT = 60.0
MAX_INLINE_WAIT = 5.0


def retry_after(response: httpx.Response, now: float) -> float | None:
    """Seconds to wait as the response says, or None when it does not say."""
    value = response.headers.get("retry-after")
    if value:
        value = value.strip()
        if value.isascii() and value.isdigit():
            return float(value)
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            return max(0.0, when.timestamp() - now)
    if response.headers.get("x-ratelimit-remaining") == "0":
        reset = response.headers.get("x-ratelimit-reset") or response.headers.get("ratelimit-reset")
        if reset and reset.isascii() and reset.isdigit():
            return max(1.0, float(reset) - now)
    return None


def _message(response: httpx.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.text[:300]
    if isinstance(data, dict):
        parts = [str(data.get("message", ""))]
        for item in data.get("errors") or []:
            if isinstance(item, dict):
                parts.append(str(item.get("message") or item.get("code") or ""))
            else:
                parts.append(str(item))
        return "; ".join(p for p in parts if p)[:500]
    return str(data)[:500]


def error_text(response: httpx.Response) -> str:
    """The forge's own words for a failed response (for matching "already exists")."""
    return _message(response)


class Pacer:
    """Spaces content-creating requests: ≥ ``interval`` apart, ≤ ``per_minute``, ≤ ``per_hour``."""

    def __init__(self, interval: float = 1.0, per_minute: int = 80, per_hour: int = 500) -> None:
        self.interval = interval
        self.per_minute = per_minute
        self.per_hour = per_hour
        self.sent: deque[float] = deque()

    def wait(self, now: float) -> float:
        """Seconds until the next content-creating request may go."""
        while self.sent and self.sent[0] <= now - 3600:
            self.sent.popleft()
        waits = [0.0]
        if self.sent:
            waits.append(self.sent[-1] + self.interval - now)
        recent = [t for t in self.sent if t > now - 60]
        if len(recent) >= self.per_minute:
            waits.append(recent[-self.per_minute] + 60 - now)
        if len(self.sent) >= self.per_hour:
            waits.append(self.sent[-self.per_hour] + 3600 - now)
        return max(waits)

    def record(self, now: float) -> None:
        self.sent.append(now)


class ForgeHTTP:
    """A JSON client for one forge API with the classification above."""

    def __init__(
        self,
        client: httpx.Client,
        *,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        pacer: Pacer | None = None,
    ) -> None:
        self.client = client
        self.clock = clock
        self.sleep = sleep
        self.pacer = pacer

    def request(
        self,
        method: str,
        url: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        creates: bool = False,
        expect: tuple[int, ...] = (200, 201),
        allow: tuple[int, ...] = (),
    ) -> httpx.Response:
        """Send a request; statuses in ``expect`` or ``allow`` return, others raise."""
        if creates and self.pacer is not None:
            wait = self.pacer.wait(self.clock())
            if wait > MAX_INLINE_WAIT:
                raise RateLimited(
                    f"pacing content-creating requests: wait {wait:.0f} s", None, wait
                )
            if wait > 0:
                self.sleep(wait)
        try:
            response = self.client.request(method, url, json=json, params=params)
        except httpx.TimeoutException as exc:
            raise TransientForgeError(f"{method} {url}: time-out ({type(exc).__name__})") from None
        except httpx.TransportError as exc:
            raise TransientForgeError(f"{method} {url}: {type(exc).__name__}") from None
        finally:
            if creates and self.pacer is not None:
                self.pacer.record(self.clock())
        status = response.status_code
        if status in expect or status in allow:
            return response
        text = _message(response)
        now = self.clock()
        if status == 429 or (status == 403 and _is_rate_limit(response, text)):
            wait = retry_after(response, now)
            raise RateLimited(
                f"{method} {url}: rate limited ({status}): {text}",
                status,
                wait if wait is not None else DEFAULT_RATE_WAIT,
            )
        if status == 401:
            raise ForgeAuthError(
                f"{method} {url}: the forge refused the token (401): renew TUKENA_BOT_FORGE_TOKEN",
                status,
            )
        if status >= 500:
            raise TransientForgeError(f"{method} {url}: server error {status}", status)
        if status in (403, 404):
            raise ForgeConfigurationError(
                f"{method} {url}: {status}: {text}: check TUKENA_BOT_REPOSITORY, "
                "TUKENA_BOT_BASE_BRANCH and the token's permissions",
                status,
            )
        raise ForgeError(f"{method} {url}: {status}: {text}", status)


def _is_rate_limit(response: httpx.Response, text: str) -> bool:
    return (
        "retry-after" in response.headers
        or response.headers.get("x-ratelimit-remaining") == "0"
        or "rate limit" in text.lower()
    )
