"""The settings of how much the bot reads and keeps: the size of a request body, the bytes
of bodies read at once, the size of a photo, and how long and how many bytes of photos it
keeps for forms not sent yet. Part of :class:`tukena.bot.settings.BotSettings`, whose
``TUKENA_BOT_*`` variables they are too.
"""

from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings

from tukena.bot.errors import BotConfigurationError


def photos_per_form() -> int:
    """The most photos one form sends (imported when needed: the forms take a second to
    load, which a command that only reads the queue need not wait for)."""
    from tukena.forms.spec import ROWS

    return ROWS["images"][1]


class SizeLimits(BaseSettings):
    """Bytes the bot reads and keeps (a base of :class:`tukena.bot.settings.BotSettings`)."""

    max_body_bytes: int = Field(
        96 * 1024, ge=1024, description="Largest accepted request body (413 beyond)"
    )
    body_budget_bytes: int = Field(
        0,
        ge=0,
        description="Bytes of request bodies read at once, all requests together, one "
        "address at most half of them: beyond, a request waits a few seconds, then is "
        "answered 503 with Retry-After; 0: three times the largest form with photos "
        "(225 MB with the other defaults)",
    )
    photo_max_bytes: int = Field(
        25_000_000,
        ge=1_000_000,
        description="Largest photo a form may send (a phone's photo is 2 to 15 MB); the bot "
        "stores a smaller copy",
    )
    photo_hold_days: float = Field(
        7,
        gt=0,
        description="Days a sent photo is kept for a form that is not finished yet (a "
        "submitted one keeps its photos until its pull request is opened)",
    )
    photo_hold_max_bytes: int = Field(
        2_000_000_000,
        ge=3_000_000,
        description="Bytes of the photos kept for forms not sent yet, all senders together "
        "(a kept photo is at most 1 MB): beyond, a new photo is not kept, and its field says "
        "so",
    )
    photo_hold_address_bytes: int = Field(
        50_000_000,
        ge=3_000_000,
        description="Bytes of photos one address may have the bot keep per rate window "
        "(rate_window_seconds): beyond, a new photo is not kept, and its field says so",
    )

    def largest_body(self, photos: bool) -> int:
        """The largest body a form may send: text only, or with ``photos``."""
        return self.max_body_bytes + (photos_per_form() * self.photo_max_bytes if photos else 0)

    @property
    def body_budget(self) -> int:
        """The bytes of request bodies read at once (``body_budget_bytes``, or its default)."""
        return self.body_budget_bytes or 3 * self.largest_body(photos=True)

    @model_validator(mode="after")
    def _budget_fits(self) -> SizeLimits:
        # one address may take half of the budget: that must hold the largest form
        least = 2 * self.largest_body(photos=True) if self.body_budget_bytes else 0
        if self.body_budget_bytes < least:
            raise BotConfigurationError(
                f"TUKENA_BOT_BODY_BUDGET_BYTES={self.body_budget_bytes}: less than twice the "
                f"largest form with photos ({least // 2} bytes, from TUKENA_BOT_MAX_BODY_BYTES "
                "and TUKENA_BOT_PHOTO_MAX_BYTES), so that one address, allowed half of it, "
                f"could never send one; give at least {least}, or 0 for the default"
            )
        return self
