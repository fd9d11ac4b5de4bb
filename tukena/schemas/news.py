"""A news item, event, training or job ad (``content/news/<slug>.md``)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from pydantic import Field, ValidationInfo, field_validator, model_validator

from tukena.schemas.common import ContentModel, WebUrl
from tukena.schemas.languages import DEFAULT_LANGUAGE, LanguageCode, Text
from tukena.schemas.location import Online, Place
from tukena.schemas.participation import Cost, Registration
from tukena.schemas.vocabulary import Audience, NewsKind

_EVENT_KINDS = (NewsKind.EVENT, NewsKind.TRAINING)
_HELSINKI = ZoneInfo("Europe/Helsinki")


def _a(kind: NewsKind) -> str:
    """``an event``, ``a training``: the kind with its article."""
    return f"an {kind}" if kind is NewsKind.EVENT else f"a {kind}"


class NewsItem(ContentModel):
    """Sector news for organisers and professionals, in one language."""

    kind: NewsKind = Field(description="news, event, training or job")
    title: Text = Field(min_length=2, description="Title")
    date: dt.date = Field(description="Publication date")
    summary: Text = Field(min_length=2, description="One or two sentences for listings")
    body: Text | None = Field(None, description="The Markdown body of the file")
    language: LanguageCode = Field(DEFAULT_LANGUAGE, description="Language of the item")
    start: dt.datetime | None = Field(
        None, validate_default=True, description="Events and trainings: start, YYYY-MM-DD HH:MM"
    )
    end: dt.datetime | None = Field(None, description="Events and trainings: end, YYYY-MM-DD HH:MM")
    place: Place | None = Field(None, description="Events and trainings: where")
    online: Online | None = Field(None, description="Events and trainings: how to take part online")
    audience: list[Audience] = Field(
        default_factory=list, description="Events and trainings: for whom"
    )
    registration: Registration | None = Field(
        None, description="Events and trainings: registration"
    )
    cost: Cost | None = Field(
        None, description="Events and trainings: whether taking part costs anything, if known"
    )
    employer: Text | None = Field(
        None,
        min_length=2,
        validate_default=True,
        description="Jobs: employer, an organisation slug or a name",
    )
    deadline: dt.date | None = Field(
        None, validate_default=True, description="Jobs: last day to apply"
    )
    link: WebUrl | None = Field(None, description="More information or the application")

    @field_validator("body")
    @classmethod
    def _no_empty_body(cls, value: str | None) -> str | None:
        return value or None  # an empty body is no body, as in a file without one

    @field_validator("start", "end")
    @classmethod
    def _wall_clock(cls, value: dt.datetime | None) -> dt.datetime | None:
        """A time with an offset (``2026-12-12T14:00+02:00``) as the Helsinki wall-clock
        time that every other time in the content is."""
        if value is not None and value.tzinfo is not None:
            return value.astimezone(_HELSINKI).replace(tzinfo=None)
        return value

    @field_validator("start")
    @classmethod
    def _start_for_events(
        cls, value: dt.datetime | None, info: ValidationInfo
    ) -> dt.datetime | None:
        kind = info.data.get("kind")
        if value is None and kind in _EVENT_KINDS:
            raise ValueError(f"{_a(kind)} needs a start")
        return value

    @field_validator("employer", "deadline")
    @classmethod
    def _job_fields(cls, value: object, info: ValidationInfo) -> object:
        if value is None and info.data.get("kind") is NewsKind.JOB:
            raise ValueError(
                f"a job ad needs {'an employer' if info.field_name == 'employer' else 'a deadline'}"
            )
        return value

    @model_validator(mode="after")
    def _by_kind(self) -> NewsItem:
        kind = self.kind
        event_fields = ("start", "end", "place", "online", "audience", "registration", "cost")
        if kind in _EVENT_KINDS:
            if self.start is None:  # reported by _start_for_events
                return self
            if self.end is not None and self.end <= self.start:
                raise ValueError(
                    f"the {kind} ends ({self.end:%Y-%m-%d %H:%M}) "
                    f"before it starts ({self.start:%Y-%m-%d %H:%M})"
                )
            if self.place is None and self.online is None:
                raise ValueError(f"{_a(kind)} needs a place or online participation")
        elif any(getattr(self, name) for name in event_fields):
            used = ", ".join(name for name in event_fields if getattr(self, name))
            raise ValueError(f"{used}: only events and trainings have these")
        if kind is not NewsKind.JOB and (self.employer is not None or self.deadline is not None):
            raise ValueError("employer and deadline belong to job ads only")
        return self
