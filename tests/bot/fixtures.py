"""Fixtures of the bot tests (a plugin: ``pytest_plugins = ["tests.bot.fixtures"]``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bot.helpers import FakeClock, Repo, make_client, make_repo, make_settings
from tukena.bot.settings import BotSettings


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    return make_repo(tmp_path)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(tmp_path: Path, repo: Repo) -> BotSettings:
    return make_settings(tmp_path, repo)


@pytest.fixture
def client(settings: BotSettings, clock: FakeClock):
    with make_client(settings, clock) as test_client:
        yield test_client
