"""Form tokens: one per form shown, signed by the bot, carrying the time it was issued.

``v1.<issued>.<nonce>.<mac>``: the MAC (HMAC-SHA-256 with the bot's secret) proves the bot
issued it, ``issued`` gives the fill time of the form. ``v1r`` marks a token *reviewed*:
issued with the answers already given (the site's static form, sent without a token, shown
back to confirm, to check, or with its errors; a form about a listing, filled in with its
details, to confirm, update or copy), so the time since is not the time a person took to
type them. The token is the submission's
idempotency key: a repeated POST with the same token finds the stored submission. Only a
hash of it is stored.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

PREFIX = "v1"
REVIEWED = "v1r"
CLOCK_SKEW = 120.0


@dataclass(frozen=True)
class Token:
    value: str
    issued: float
    reviewed: bool = False

    @property
    def digest(self) -> str:
        return token_hash(self.value)


def token_hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


class Signer:
    """Issues and verifies form tokens with one secret key."""

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise ValueError("the token key needs at least 16 bytes")
        self.key = key

    def mac(self, payload: str) -> str:
        """The bot's proof that it wrote ``payload`` (a form token's, a reminder's stop link's)."""
        digest = hmac.new(self.key, payload.encode("utf-8"), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:18]).decode("ascii")

    def issue(self, now: float, reviewed: bool = False) -> str:
        payload = f"{REVIEWED if reviewed else PREFIX}.{int(now)}.{secrets.token_urlsafe(12)}"
        return f"{payload}.{self.mac(payload)}"

    def verify(self, value: str | None, now: float, max_age: float) -> Token | None:
        """The token when this bot issued it and it is not too old; else None."""
        if not value or len(value) > 100:
            return None
        parts = value.split(".")
        if len(parts) != 4 or parts[0] not in (PREFIX, REVIEWED) or not parts[1].isdigit():
            return None
        payload = ".".join(parts[:3])
        if not hmac.compare_digest(self.mac(payload), parts[3]):
            return None
        issued = float(parts[1])
        if issued > now + CLOCK_SKEW or now - issued > max_age:
            return None
        return Token(value, issued, reviewed=parts[0] == REVIEWED)
