"""Forge adapters: local git, GitHub, Gitea/Forgejo and GitLab, chosen by the settings."""

from __future__ import annotations

import time
from collections.abc import Callable

import httpx

from tukena.bot.errors import BotConfigurationError
from tukena.bot.forges.base import Change, FileChange, Forge, PullRef
from tukena.bot.forges.http import ForgeHTTP, Pacer
from tukena.bot.settings import BotSettings

__all__ = ["Change", "FileChange", "Forge", "PullRef", "make_forge"]

USER_AGENT = "tukena-bot/0.1 (+https://github.com/tukena)"


def _headers(settings: BotSettings) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
    token = settings.forge_token.get_secret_value() if settings.forge_token else ""
    if settings.forge == "github":
        headers["Accept"] = "application/vnd.github+json"
        headers["X-GitHub-Api-Version"] = "2022-11-28"
        if token:
            headers["Authorization"] = f"Bearer {token}"
    elif settings.forge == "gitlab":
        if token:
            headers["PRIVATE-TOKEN"] = token
    elif token:
        headers["Authorization"] = f"token {token}"
    return headers


def make_forge(
    settings: BotSettings,
    *,
    transport: httpx.BaseTransport | None = None,
    clock: Callable[[], float] = time.time,
    sleep: Callable[[float], None] = time.sleep,
) -> Forge:
    """The forge the settings name; ``transport`` replaces the network (tests)."""
    if settings.forge == "local":
        from tukena.bot.forges.local import LocalForge

        return LocalForge(settings.target_repository, settings.work_dir, settings.public_url)
    if not settings.forge_token and transport is None:
        raise BotConfigurationError(
            f"TUKENA_BOT_FORGE_TOKEN: the {settings.forge} forge needs an access token that "
            "may push branches and open pull requests and issues"
        )
    client = httpx.Client(
        base_url=settings.api_url,
        headers=_headers(settings),
        timeout=settings.http_timeout_seconds,
        transport=transport,
        follow_redirects=False,
    )
    pacer = (
        Pacer()
        if settings.forge == "github"
        else Pacer(interval=0.2, per_minute=120, per_hour=2000)
    )
    http = ForgeHTTP(client, clock=clock, sleep=sleep, pacer=pacer)
    if settings.forge == "github":
        from tukena.bot.forges.github import GitHubForge

        return GitHubForge(http, settings.repository)
    if settings.forge == "gitlab":
        from tukena.bot.forges.gitlab import GitLabForge

        return GitLabForge(http, settings.repository)
    from tukena.bot.forges.gitea import GiteaForge

    return GiteaForge(http, settings.repository)
