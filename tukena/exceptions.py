"""The one exception hierarchy of tukena.

Every error tukena raises on purpose derives from :class:`TukenaError`, and each also
subclasses the built-in exception that describes it best, so callers may catch either.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field


class TukenaError(Exception):
    """Base class of every error raised by tukena."""


class ConfigurationError(TukenaError, RuntimeError):
    """A setting is missing or has an impossible value."""


class ReferenceDataError(TukenaError, LookupError):
    """A municipality, region or county was not found in the reference data."""


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in one content file, located as precisely as the file allows."""

    path: str
    line: int
    field: str
    message: str
    #: made by the passing of days, not by an edit: a listing past its ``valid_until`` while
    #: its sessions go on. The validator reports it; the site shows the listing as ended and
    #: is built, and ``tukena stale`` lists it, so a new day never stops a publication.
    lapsed: bool = dataclass_field(default=False, compare=False)
    #: worth telling a contributor and a reviewer, but not wrong, so it fails nothing: a
    #: Markdown text the page shows only in part, a listing that looks like a copy of another.
    #: Only the validator looks for these (:mod:`tukena.textchecks`, :mod:`tukena.duplicates`).
    warning: bool = dataclass_field(default=False, compare=False)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        if self.field:
            return f"{where}: {self.field}: {self.message}"
        return f"{where}: {self.message}"


class ContentError(TukenaError, ValueError):
    """One or more content files are invalid; :attr:`problems` lists every problem found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class FrontMatterError(TukenaError, ValueError):
    """A YAML document cannot be read safely; carries the 1-based line of the problem."""

    def __init__(self, message: str, line: int = 0) -> None:
        self.message = message
        self.line = line
        super().__init__(message)
