"""An activity listing (``content/activities/<slug>.md``: YAML front matter + Markdown)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from tukena.schemas.common import ContentModel, Slug
from tukena.schemas.contact import Contact, Image
from tukena.schemas.languages import DEFAULT_LANGUAGE, LanguageCode, LocalisedText, Text
from tukena.schemas.location import Online, Place
from tukena.schemas.participation import AgeRange, Cost, Referrals, Registration
from tukena.schemas.schedule import Schedule
from tukena.schemas.vocabulary import (
    ActivityForm,
    Capacity,
    Category,
    LanguageLevel,
    Level,
    Phase,
    TargetGroup,
)


class Activity(ContentModel):
    """A recurring, low-threshold activity that supports integration."""

    language: LanguageCode = Field(
        DEFAULT_LANGUAGE, description="Main language of the listing: plain texts are in it"
    )
    title: LocalisedText = Field(description="Name of the activity, by language")
    summary: LocalisedText = Field(description="One or two sentences for cards and search results")
    description: LocalisedText | None = Field(
        None,
        description="Longer description; the Markdown body of the file is the main language's",
    )
    organisation: Slug = Field(description="Slug of the organisation that runs it")
    partners: list[Slug] = Field(default_factory=list, description="Slugs of partner organisations")
    forms: list[ActivityForm] = Field(min_length=1, description="Activity forms (one or more)")
    category: Category = Field(description="Kotoutumistarjotin category")
    phases: list[Phase] = Field(
        default_factory=list, description="Integration-path phases it suits; empty means any"
    )
    level: Level = Field(Level.LOCAL, description="Operating level: local, regional or national")
    target_groups: list[TargetGroup] = Field(min_length=1, description="Who it is for")
    age: AgeRange | None = Field(None, description="Age range, if limited")
    languages: list[LanguageCode] = Field(
        min_length=1, description="Languages spoken in the activity (not the listing's languages)"
    )
    language_level: LanguageLevel = Field(
        LanguageLevel.NONE, description="Finnish or Swedish skill needed to take part"
    )
    support_languages: list[LanguageCode] = Field(
        default_factory=list, description="Languages in which help is available"
    )
    locations: list[Place] = Field(default_factory=list, description="Places it meets in person")
    online: Online | None = Field(None, description="How to take part online")
    schedule: Schedule = Field(description="When it meets (Europe/Helsinki)")
    cost: Cost = Field(description="Whether it is free")
    registration: Registration = Field(description="Whether and how to register")
    capacity: Capacity = Field(Capacity.OPEN, description="Open, waiting-list, full or paused")
    referrals: Referrals = Field(description="Whether referred participants are welcome")
    childcare: bool = Field(False, description="Childcare is available during the activity")
    contact: Contact = Field(description="Public contact for questions")
    images: list[Image] = Field(default_factory=list, description="Images with text alternatives")
    keywords: list[Text] = Field(default_factory=list, description="Extra search words")
    verified: dt.date = Field(description="Date the organiser last confirmed the listing")
    valid_until: dt.date | None = Field(
        None, description="The listing is not shown after this date"
    )

    @model_validator(mode="after")
    def _consistent(self) -> Activity:
        if not self.locations and self.online is None:
            raise ValueError("an activity needs locations, online participation, or both")
        if self.organisation in self.partners:
            raise ValueError("the organisation cannot also be its own partner")
        if self.valid_until is not None and self.valid_until < self.verified:
            raise ValueError(
                f"valid_until ({self.valid_until}) is before the verified date ({self.verified})"
            )
        deadline, last = self.registration.deadline, self.schedule.last_day
        if deadline is not None and last is not None and deadline > last:
            raise ValueError(
                f"the registration deadline ({deadline}) is after the last meeting ({last})"
            )
        return self

    def place_name(self, municipality: str | None = None) -> dict[str, str] | None:
        """The name of the first named place it meets at (in ``municipality``, when given),
        by language, or None: what a search result, a listing's card and a list of activities
        meeting at the same time show beside the municipality."""
        return next(
            (p.name for p in self.locations if p.name and municipality in (None, p.municipality)),
            None,
        )

    @property
    def help_languages(self) -> list[str]:
        """The languages someone helps in at an activity held in others: its support
        languages that it is not held in, each once, in their order."""
        return [c for c in dict.fromkeys(self.support_languages) if c not in self.languages]

    @property
    def languages_written(self) -> list[str]:
        """Languages the listing has a title in, the main language first."""
        return sorted(self.title, key=lambda code: code != self.language)
