"""The site's settings from Pelican's: numbers given as text (environment variables passed
on by pelicanconf.py) are read, and a bad one stops the build with the setting's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tukena.exceptions import ConfigurationError
from tukena.site.config import SiteConfig

REPO = Path(__file__).resolve().parent.parent
NUMBERS = ("TUKENA_PAGE_SIZE", "TUKENA_GROUP_SIZE", "TUKENA_WORKERS", "TUKENA_STALE_AFTER_MONTHS")


def settings(**extra) -> dict:
    return {"PATH": str(REPO / "content"), "THEME": str(REPO / "theme"), **extra}


def test_numbers_are_read_from_text_or_numbers_and_default_when_missing():
    config = SiteConfig.from_pelican(
        settings(TUKENA_PAGE_SIZE="12", TUKENA_GROUP_SIZE=" 3 ", TUKENA_WORKERS=0), "out"
    )
    assert (config.page_size, config.group_size, config.workers) == (12, 3, 0)
    defaults = SiteConfig.from_pelican(settings(), "out")
    assert (defaults.page_size, defaults.group_size) == (48, 8)
    assert defaults.stale_after_months > 0


@pytest.mark.parametrize("name", NUMBERS)
@pytest.mark.parametrize("value", ["abc", "-1", "2.5", ""])
def test_a_bad_number_names_its_setting(name, value):
    with pytest.raises(ConfigurationError, match=f"{name} must be a whole number.*{value!r}"):
        SiteConfig.from_pelican(settings(**{name: value}), "out")
