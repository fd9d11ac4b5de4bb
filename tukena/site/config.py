"""Settings of a site build, read from Pelican's settings (``TUKENA_*`` keys)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from tukena.exceptions import ConfigurationError
from tukena.status import STALE_AFTER_MONTHS

UI_LANGUAGES = ("fi", "sv", "en")


def path_of(siteurl: str) -> str:
    """The path a SITEURL puts its site under (``/tukena``), or ``""`` at its host's root."""
    return urlsplit(siteurl).path.rstrip("/")


def storage_prefix(siteurl: str) -> str:
    """What the names of what the site keeps in a visitor's browser start with (its service
    worker's caches, "My list" in localStorage): ``tukena-`` for a site at its host's root,
    as ever; under a path, that path (``tukena/tukena/`` for ``https://www.example.fi/tukena``).
    A browser keeps both by origin, not by path, so two sites on one origin (two GitHub
    Pages project sites of one owner) would otherwise share them. No name of a site under a
    path is another's: its prefix ends in ``/``, and the root's names have none."""
    path = path_of(siteurl)
    return f"tukena{path}/" if path else "tukena-"


@dataclass(frozen=True)
class SiteConfig:
    """What a build needs to know besides the content."""

    root: Path
    output: Path
    theme: Path
    siteurl: str = ""
    sitename: str = "tukena"
    languages: tuple[str, ...] = UI_LANGUAGES
    today: dt.date = field(default_factory=dt.date.today)
    stale_after_months: int = STALE_AFTER_MONTHS
    data_licence: str = "CC BY 4.0"
    data_licence_url: str = "https://creativecommons.org/licenses/by/4.0/"
    bot_url: str | None = None
    repository_url: str | None = None
    #: the maintainers' e-mail address, which the site gives where it tells how to send a
    #: listing without the web forms
    contact_email: str | None = None
    feeds: bool = True
    minify_css: bool = False
    security_headers: bool = True
    #: processes to build with (0: one per core); not in the repr, which fingerprints the
    #: settings of a build: how many processes make the site does not change it
    workers: int = field(default=0, repr=False)
    #: activities on a page of a long list (an activity form's, a target group's); 0: one page
    page_size: int = 48
    #: activities of each form a municipality's page shows; the rest are in a list of their
    #: own (tukena.site.locallists); 0: all on the page
    group_size: int = 8
    #: organisations on a page of the directory (tukena.site.directorypages); 0: one page
    directory_page_size: int = 100
    cache_dir: Path | None = None

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @property
    def base_path(self) -> str:
        """The path SITEURL puts the site under (``/tukena``), or ``""`` at its host's root."""
        return path_of(self.siteurl)

    @property
    def content(self) -> Path:
        """The content folder (``content/`` under :attr:`root`): the files and images."""
        return self.root / "content"

    @classmethod
    def from_pelican(cls, settings: Mapping[str, Any], output: str | Path) -> SiteConfig:
        """Build from Pelican's settings dictionary."""
        root = Path(settings["PATH"]).resolve().parent
        today = settings.get("TUKENA_TODAY") or os.environ.get("TUKENA_TODAY")
        if isinstance(today, str):
            try:
                today = dt.date.fromisoformat(today)
            except ValueError:
                raise ConfigurationError(
                    f"TUKENA_TODAY must be YYYY-MM-DD, got {today!r}"
                ) from None
        siteurl = str(settings.get("SITEURL") or "").rstrip("/")
        cache = settings.get("TUKENA_CACHE_DIR", root / "cache" / "tukena")
        return cls(
            root=root,
            output=Path(output),
            theme=Path(settings["THEME"]),
            siteurl=siteurl,
            sitename=settings.get("SITENAME", "tukena"),
            languages=tuple(settings.get("TUKENA_LANGUAGES", UI_LANGUAGES)),
            today=today or dt.date.today(),
            stale_after_months=_count(settings, "TUKENA_STALE_AFTER_MONTHS", STALE_AFTER_MONTHS),
            data_licence=settings.get("TUKENA_DATA_LICENCE", "CC BY 4.0"),
            data_licence_url=settings.get(
                "TUKENA_DATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"
            ),
            bot_url=settings.get("TUKENA_BOT_URL") or None,
            repository_url=settings.get("TUKENA_REPOSITORY_URL") or None,
            contact_email=settings.get("TUKENA_CONTACT_EMAIL") or None,
            feeds=bool(settings.get("TUKENA_FEEDS", True)),
            minify_css=bool(settings.get("TUKENA_MINIFY_CSS", False)),
            security_headers=bool(settings.get("TUKENA_SECURITY_HEADERS", True)),
            workers=_count(settings, "TUKENA_WORKERS", 0),
            page_size=_count(settings, "TUKENA_PAGE_SIZE", 48),
            group_size=_count(settings, "TUKENA_GROUP_SIZE", 8),
            directory_page_size=_count(settings, "TUKENA_DIRECTORY_PAGE_SIZE", 100),
            cache_dir=Path(cache) if cache else None,
        )


def _count(settings: Mapping[str, Any], name: str, default: int) -> int:
    """A whole-number setting (0 or more), from the settings or the environment variable
    of the same name that pelicanconf.py passes on as text."""
    value = settings.get(name, default)
    try:
        number = int(str(value).strip())
    except ValueError:
        number = -1
    if number < 0:
        raise ConfigurationError(f"{name} must be a whole number, 0 or more; got {value!r}")
    return number
