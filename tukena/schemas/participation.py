"""How to take part: cost, registration, referrals and age."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from tukena.schemas.common import ContentModel, Email, Phone, WebUrl
from tukena.schemas.languages import LocalisedText


class Cost(ContentModel):
    """Whether taking part costs anything."""

    free: bool = Field(description="True when taking part is free of charge")
    fee: LocalisedText | None = Field(None, description="The fee and what it covers, when not free")

    @model_validator(mode="after")
    def _fee_when_paid(self) -> Cost:
        if not self.free and self.fee is None:
            raise ValueError("a paid activity needs a fee text")
        return self


class Registration(ContentModel):
    """Whether and how to register."""

    required: bool = Field(description="True when participants must register in advance")
    link: WebUrl | None = Field(None, description="Registration form address")
    email: Email | None = Field(None, description="E-mail address for registering")
    phone: Phone | None = Field(None, description="Phone number for registering")
    instructions: LocalisedText | None = Field(None, description="How to register, in words")
    deadline: dt.date | None = Field(None, description="Last day to register")

    @model_validator(mode="after")
    def _how(self) -> Registration:
        if self.required and not (self.link or self.email or self.phone or self.instructions):
            raise ValueError(
                "registration is required: say how (link, email, phone or instructions)"
            )
        return self


class Referrals(ContentModel):
    """Whether participants referred by authorities are welcome."""

    accepted: bool = Field(
        description="True when participants referred by professionals are welcome"
    )
    instructions: LocalisedText | None = Field(
        None, description="How a guidance professional refers a client"
    )


#: The oldest age a range may name; the search treats a range without a "max" as up to it.
AGE_LIMIT = 120


class AgeRange(ContentModel):
    """Ages the activity is for."""

    min: int | None = Field(None, ge=0, le=AGE_LIMIT, description="Youngest age")
    max: int | None = Field(None, ge=0, le=AGE_LIMIT, description="Oldest age")

    @model_validator(mode="after")
    def _ordered(self) -> AgeRange:
        if self.min is not None and self.max is not None and self.max < self.min:
            raise ValueError(f"max age ({self.max}) is below min age ({self.min})")
        return self

    @property
    def oldest(self) -> int | None:
        """The oldest age as a limit, None when there is none: no "max", or a "max" of
        :data:`AGE_LIMIT`, which the search reads as no upper limit too. "0–120" is for any
        age and "18–120" for adults, not "up to 120 years" and "18–120 years"."""
        return None if self.max is None or self.max >= AGE_LIMIT else self.max

    @property
    def limited(self) -> bool:
        """Whether the range leaves anyone out: a youngest age above 0 or an oldest age."""
        return bool(self.min) or self.oldest is not None
