"""When an activity meets: weekly slots within a season, or dated sessions of a series.

All dates and times are local time in Europe/Helsinki.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import Field, field_validator, model_validator

from tukena.schemas.common import ContentModel, TimeOfDay
from tukena.schemas.languages import LocalisedText
from tukena.schemas.vocabulary import Weekday


class Season(ContentModel):
    """The period a weekly schedule runs in."""

    start: dt.date = Field(description="First day of the season (YYYY-MM-DD)")
    end: dt.date | None = Field(None, description="Last day of the season; empty when ongoing")

    @model_validator(mode="after")
    def _ordered(self) -> Season:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"the season ends ({self.end}) before it starts ({self.start})")
        return self


class WeeklySlot(ContentModel):
    """A weekly meeting time."""

    weekday: Weekday = Field(description="Day of the week: mon, tue, wed, thu, fri, sat, sun")
    start: TimeOfDay = Field(description="Start time, HH:MM")
    end: TimeOfDay = Field(description="End time, HH:MM")
    every: int = Field(1, ge=1, le=8, description="Every N weeks, counted from the season start")

    @model_validator(mode="after")
    def _ordered(self) -> WeeklySlot:
        if self.end <= self.start:
            raise ValueError(f"ends ({self.end:%H:%M}) before it starts ({self.start:%H:%M})")
        return self


class DateException(ContentModel):
    """A day or a range of days without meetings (holidays)."""

    start: dt.date = Field(description="First day without meetings")
    end: dt.date | None = Field(None, description="Last day without meetings; empty for one day")
    reason: LocalisedText | None = Field(None, description="Why, e.g. Christmas break")

    @model_validator(mode="before")
    @classmethod
    def _from_date(cls, value: Any) -> Any:
        if isinstance(value, (str, dt.date)):
            return {"start": value}
        return value

    @classmethod
    def __get_pydantic_json_schema__(cls, core_schema: Any, handler: Any) -> dict[str, Any]:
        # The shorthand the loader accepts (a bare date) is part of the schema editors see.
        schema = handler.resolve_ref_schema(handler(core_schema))
        day = {"type": "string", "format": "date", "description": "A single day without meetings"}
        return {"anyOf": [day, dict(schema)], "title": schema.get("title", cls.__name__)}

    @model_validator(mode="after")
    def _ordered(self) -> DateException:
        if self.end is not None and self.end < self.start:
            raise ValueError(f"the break ends ({self.end}) before it starts ({self.start})")
        return self

    @property
    def last(self) -> dt.date:
        return self.end or self.start


class Session(ContentModel):
    """One dated session of an event series."""

    date: dt.date = Field(description="Date of the session")
    start: TimeOfDay = Field(description="Start time, HH:MM")
    end: TimeOfDay = Field(description="End time, HH:MM")
    note: LocalisedText | None = Field(None, description="What happens in this session")

    @model_validator(mode="after")
    def _ordered(self) -> Session:
        if self.end <= self.start:
            raise ValueError(f"ends ({self.end:%H:%M}) before it starts ({self.start:%H:%M})")
        return self


class Schedule(ContentModel):
    """A recurring schedule, or the sessions of a series; a one-off event is not an activity."""

    season: Season | None = Field(None, description="Season of the weekly slots")
    weekly: list[WeeklySlot] = Field(default_factory=list, description="Weekly meeting times")
    exceptions: list[DateException] = Field(
        default_factory=list,
        description="Dates or ranges without meetings (YYYY-MM-DD or start/end)",
    )
    sessions: list[Session] = Field(default_factory=list, description="Dated sessions of a series")
    note: LocalisedText | None = Field(None, description="Anything else about the timing")

    @field_validator("sessions")
    @classmethod
    def _sorted(cls, sessions: list[Session]) -> list[Session]:
        return sorted(sessions, key=lambda s: (s.date, s.start))

    @model_validator(mode="after")
    def _recurring(self) -> Schedule:
        if self.weekly and self.season is None:
            raise ValueError("weekly slots need a season with at least a start date")
        if self.season is not None and not self.weekly:
            raise ValueError("a season needs at least one weekly slot")
        if not self.weekly and len(self.sessions) < 2:
            raise ValueError(
                "a single one-off event is not an activity: give weekly slots in a season or "
                "at least two sessions (publish a one-off event as a news item of kind event)"
            )
        for gap in self.exceptions if self.season is not None else ():
            if self._outside(gap, self.season):
                season = f"{self.season.start} – {self.season.end or ''}".rstrip()
                raise ValueError(
                    f"the break {gap.start}{f' – {gap.end}' if gap.end else ''} is outside the"
                    f" season ({season}) and its sessions: check its year, or remove it"
                )
        return self

    def _outside(self, gap: DateException, season: Season) -> bool:
        """Whether a break misses the season and every session: a year mistyped, or last
        season's break left in a copy; it would cancel nothing."""
        before = gap.last < season.start
        after = season.end is not None and gap.start > season.end
        return (before or after) and not any(gap.start <= s.date <= gap.last for s in self.sessions)

    @property
    def last_day(self) -> dt.date | None:
        """The day of the last meeting it can have, or None while its season is open."""
        if self.season is not None and self.season.end is None:
            return None
        days = [s.date for s in self.sessions] + ([self.season.end] if self.season else [])
        return max(days, default=None)
