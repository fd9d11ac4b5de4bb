"""Deliver queued submissions to the forge, in order, surviving crashes and outages.

One delivery at a time, in queue order (:mod:`tukena.bot.deliver`; idempotent, so a
worker killed at any point and restarted makes exactly one pull request per submission).

A forge failure pauses the whole queue (the oldest submission stays first) for the time
the forge asked (``Retry-After``) or an exponential back-off; a problem with one
submission marks it *failed* with the reason, for the maintainers, and the queue goes on.
Only one worker runs at a time (a lock file in the state folder).
"""

from __future__ import annotations

import datetime as dt
import fcntl
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tukena.bot.content import ContentView
from tukena.bot.deliver import Deliverer
from tukena.bot.errors import (
    ForgeAuthError,
    ForgeConfigurationError,
    ForgeError,
    PermanentDeliveryError,
    RateLimited,
    TransientForgeError,
)
from tukena.bot.forges.base import Forge
from tukena.bot.prepare import Preparer
from tukena.bot.settings import BotSettings
from tukena.bot.store import Store

logger = logging.getLogger(__name__)

PAUSE_UNTIL = "pause_until"
PAUSE_REASON = "pause_reason"
PAUSED_SINCE = "paused_since"
FAILURES = "failures"
LAST_POLL = "last_poll"


class WorkerLock:
    """An exclusive lock file: only one worker delivers at a time (released on any exit)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle = None

    def acquire(self) -> bool:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+")  # noqa: SIM115 - held while the worker runs
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None


class Worker:
    """The delivery loop, with back-off, status polling and e-mail clean-up."""

    #: how often a worker waiting for another's lock tries again
    LOCK_RETRY_SECONDS = 5.0

    def __init__(
        self,
        settings: BotSettings,
        store: Store,
        forge: Forge,
        *,
        content: ContentView | None = None,
        clock: Callable[[], float] = time.time,
        today: Callable[[], dt.date] | None = None,
    ) -> None:
        self.settings = settings
        self.store = store
        self.forge = forge
        self.clock = clock
        self.content = content or ContentView(
            settings.content_root, settings.content_reload_seconds
        )
        self.deliverer = Deliverer(settings, store, forge, Preparer(self.content, store, today))
        self.lock = WorkerLock(settings.state_dir / "worker.lock")

    # --- pausing -----------------------------------------------------------------

    def paused_until(self) -> float:
        value = self.store.get_meta(PAUSE_UNTIL)
        return float(value) if value else 0.0

    def paused_since(self) -> float:
        """When the forge first failed in the present run of failures; 0 when it did not."""
        value = self.store.get_meta(PAUSED_SINCE)
        return float(value) if value else 0.0

    def _pause(self, error: TransientForgeError) -> float:
        failures = int(self.store.get_meta(FAILURES) or 0) + 1
        backoff = min(
            self.settings.backoff_max_seconds,
            self.settings.backoff_initial_seconds * 2 ** (failures - 1),
        )
        if isinstance(error, (ForgeAuthError, ForgeConfigurationError)):
            backoff = max(backoff, 60.0)
        asked = error.retry_after or 0.0
        if isinstance(error, RateLimited):
            # honour what the forge asked; back off further only when it keeps refusing
            wait = max(asked, 1.0) if failures == 1 else max(asked, backoff)
        else:
            wait = max(backoff, asked)
        until = self.clock() + wait
        self.store.set_meta(FAILURES, str(failures))
        if failures == 1:
            self.store.set_meta(PAUSED_SINCE, repr(self.clock()))
        self.store.set_meta(PAUSE_UNTIL, repr(until))
        self.store.set_meta(PAUSE_REASON, str(error)[:500])
        logger.warning("forge unavailable (%s); queue paused for %.0f s", error, wait)
        return wait

    def _resume(self) -> None:
        if self.store.get_meta(FAILURES):
            self.store.set_meta(FAILURES, None)
            self.store.set_meta(PAUSE_UNTIL, None)
            self.store.set_meta(PAUSE_REASON, None)
            self.store.set_meta(PAUSED_SINCE, None)

    # --- one step ---------------------------------------------------------------------

    def step(self) -> str:
        """Deliver the oldest queued submission: ``idle``, ``paused``, ``delivered``,
        ``retry`` (forge failure, queue paused) or ``failed`` (kept for maintainers)."""
        if self.paused_until() > self.clock():
            return "paused"
        submission = self.store.next_queued()
        if submission is None:
            return "idle"
        try:
            self.deliverer.deliver(submission)
        except TransientForgeError as exc:
            self.store.record_error(submission.id, str(exc))
            self._pause(exc)
            return "retry"
        except (PermanentDeliveryError, ForgeError) as exc:
            logger.error("submission %s failed: %s", submission.id, exc)
            self.store.mark_failed(submission.id, str(exc))
            self._resume()
            return "failed"
        except Exception as exc:  # a bug must not block the queue; keep the reason
            logger.exception("submission %s: unexpected error", submission.id)
            self.store.mark_failed(submission.id, f"internal error: {type(exc).__name__}: {exc}")
            return "failed"
        self._resume()
        return "delivered"

    def drain(self, limit: int = 100_000) -> list[str]:
        """Steps until the queue is empty or paused (tests and ``worker --drain``)."""
        results = []
        for _ in range(limit):
            result = self.step()
            results.append(result)
            if result in ("idle", "paused", "retry"):
                break
        return results

    # --- housekeeping -----------------------------------------------------------------

    def poll(self, force: bool = False) -> int:
        """Check open pull requests and issues; record merges and closes. Returns changes."""
        now = self.clock()
        last = float(self.store.get_meta(LAST_POLL) or 0)
        if not force and now - last < self.settings.poll_seconds:
            return 0
        self.store.set_meta(LAST_POLL, repr(now))
        changed = 0
        for submission in self.store.due_for_check(
            now - (0 if force else self.settings.poll_seconds)
        ):
            try:
                if submission.kind == "report":
                    state = self.forge.issue_state(submission.pr_number or 0)
                else:
                    state = self.forge.pull_state(submission.pr_number or 0)
            except (TransientForgeError, ForgeError) as exc:
                logger.info("cannot check %s now: %s", submission.id, exc)
                break
            if state in ("merged", "closed"):
                self.store.mark_finished(submission.id, state)
                changed += 1
            else:
                self.store.checked(submission.id)
        return changed

    def forget_old_emails(self) -> int:
        days = self.settings.email_retention_days
        return self.store.forget_emails(self.clock() - days * 86400)

    def housekeeping(self) -> None:
        self.poll()
        forgotten = self.forget_old_emails()
        if forgotten:
            logger.info("erased %s submitter e-mail address(es) past retention", forgotten)
        days = self.settings.photo_hold_days
        photos = self.store.forget_photos(self.clock() - days * 86400)
        if photos:
            logger.info("deleted %s photo(s) of forms never sent", photos)

    # --- the loop -----------------------------------------------------------------------

    def run(self, stop: threading.Event, wake: threading.Event | None = None) -> None:
        """Deliver until ``stop`` is set; ``wake`` shortens the wait when work arrives."""
        wake = wake or threading.Event()
        waited = False
        while not stop.is_set() and not self.lock.acquire():
            if not waited:
                logger.warning(
                    "another worker delivers (it holds %s): this one waits until it stops"
                    " (a web service delivers itself unless TUKENA_BOT_WORKER_IN_PROCESS=false)",
                    self.lock.path,
                )
                waited = True
            stop.wait(self.LOCK_RETRY_SECONDS)
        if waited and not stop.is_set():
            logger.info("the other worker stopped: this one delivers now")
        try:
            while not stop.is_set():
                result = self.step()
                if result in ("delivered", "failed"):
                    continue
                try:
                    self.housekeeping()
                except Exception:  # keep delivering even if a check fails
                    logger.exception("housekeeping failed")
                wait = 30.0
                if result in ("paused", "retry"):
                    wait = max(0.05, min(wait, self.paused_until() - self.clock()))
                wake.wait(wait)
                wake.clear()
        finally:
            self.lock.release()
