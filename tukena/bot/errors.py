"""Errors of the form-to-pull-request bot, in tukena's one hierarchy.

Each derives from :class:`tukena.exceptions.TukenaError` and from the built-in exception
that describes it best. The worker decides what to do by class:

- :class:`TransientForgeError` (and its subclasses): the forge cannot be used right now;
  the submission stays queued and the whole queue waits (``retry_after`` when the forge
  said how long);
- :class:`PermanentDeliveryError`: this submission cannot be delivered as it is; it is kept
  as *failed* with the reason, for the maintainers;
- :class:`AlreadyExists`: the forge already has the branch, pull request or issue; the
  worker reconciles to it.
"""

from __future__ import annotations

from tukena.exceptions import ConfigurationError, TukenaError

__all__ = [
    "AlreadyExists",
    "BackupError",
    "BotConfigurationError",
    "BotError",
    "ForgeAuthError",
    "ForgeConfigurationError",
    "ForgeError",
    "PermanentDeliveryError",
    "RateLimited",
    "TransientForgeError",
]


class BotError(TukenaError):
    """Base class of the bot's errors."""


class BotConfigurationError(BotError, ConfigurationError):
    """The bot's settings cannot work (e.g. a forge without a repository)."""


class BackupError(BotError, OSError):
    """A copy of the database cannot be made where it was asked for."""


class ForgeError(BotError, RuntimeError):
    """A forge (git host) request failed."""

    def __init__(self, message: str, status: int | None = None) -> None:
        self.status = status
        super().__init__(message)


class TransientForgeError(ForgeError, ConnectionError):
    """The forge is unavailable for now: time-out, 5xx, network error. Retry later."""

    def __init__(self, message: str, status: int | None = None, retry_after: float | None = None):
        self.retry_after = retry_after
        super().__init__(message, status)


class RateLimited(TransientForgeError):
    """The forge asked us to slow down (403/429 with Retry-After or rate-limit headers)."""


class ForgeAuthError(TransientForgeError, PermissionError):
    """The forge refused the token (401, expired or revoked). Retry once a maintainer fixes it."""


class ForgeConfigurationError(TransientForgeError):
    """The forge says the repository, base branch or permission is missing (403, 404): a
    setting to fix, not a fault of one submission. The queue waits."""


class AlreadyExists(ForgeError, FileExistsError):
    """The branch, pull request or issue already exists on the forge."""


class PermanentDeliveryError(BotError, ValueError):
    """This submission cannot be delivered as it is; kept for the maintainers with the reason."""
