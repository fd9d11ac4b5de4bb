"""The "report a problem with a listing" form's model: what is wrong, and in what words."""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import Field, field_validator, model_validator

from tukena.schemas.common import ContentModel
from tukena.schemas.languages import in_ui_languages as _l

TARGET = re.compile(r"(activities|organisations)/[^\W_](?:[\w-]*[^\W_])?\Z")


class ProblemKind(StrEnum):
    """What is wrong with a listing."""

    ENDED = "ended"
    SCHEDULE = "schedule"
    PLACE = "place"
    CONTACT = "contact"
    LINK = "link"
    DETAILS = "details"
    INAPPROPRIATE = "inappropriate"
    OTHER = "other"


PROBLEM_LABELS: dict[str, dict[str, str]] = {
    "ended": _l("Toiminta on loppunut", "Aktiviteten har upphört", "The activity has ended"),
    "schedule": _l(
        "Aika tai päivä on väärin", "Tiden eller dagen är fel", "The time or day is wrong"
    ),
    "place": _l("Paikka on väärin", "Platsen är fel", "The place is wrong"),
    "contact": _l(
        "Yhteystiedot eivät toimi", "Kontaktuppgifterna fungerar inte", "The contact does not work"
    ),
    "link": _l("Linkki ei toimi", "Länken fungerar inte", "A link is broken"),
    "details": _l(
        "Muu tieto on väärin", "Någon annan uppgift är fel", "Other information is wrong"
    ),
    "inappropriate": _l(
        "Sisältö on asiatonta", "Innehållet är olämpligt", "The content is inappropriate"
    ),
    "other": _l("Jokin muu", "Något annat", "Something else"),
}


class ProblemReport(ContentModel):
    """A visitor's report that a listing is wrong; it becomes an issue for the maintainers."""

    target: str = Field(description="The listing: activities/<slug> or organisations/<slug>")
    problem: ProblemKind = Field(description="What is wrong")
    details: str | None = Field(None, max_length=4000, description="What is wrong, in words")

    @field_validator("target")
    @classmethod
    def _target(cls, value: str) -> str:
        if not TARGET.match(value):
            raise ValueError("unknown listing")
        return value

    @model_validator(mode="after")
    def _explained(self) -> ProblemReport:
        if self.problem in (ProblemKind.OTHER, ProblemKind.DETAILS) and not self.details:
            raise ValueError("tell us what is wrong")
        return self
