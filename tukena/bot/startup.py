"""What every ``tukena bot`` command does before its work: read the settings, and say what
is wrong with them in one line a problem, each naming its environment variable and what it
expects, rather than a traceback (:class:`tukena.bot.errors.BotConfigurationError`, which
:mod:`tukena.bot.cli` prints, exiting with 2).

The state folder (``TUKENA_BOT_STATE_DIR``, by default ``.tukena-bot`` in the current
folder) is made by ``serve`` and ``worker`` only; the other commands read what they made,
and refuse to start where there is none (run from another folder, they would otherwise make
an empty database and report nothing). With the local forge, ``serve`` and ``worker`` start
only when its repository is a git repository: a wrong path is not a forge outage to wait
out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError
from pydantic_settings import SettingsError

from tukena.bot.errors import BotConfigurationError
from tukena.bot.git import Git
from tukena.bot.settings import BotSettings

logger = logging.getLogger(__name__)

PREFIX = "TUKENA_BOT_"
#: Settings whose values are never printed, even when they are wrong.
SECRET = frozenset({"secret", "forge_token", "smtp_password"})


def variable(name: str) -> str:
    """The environment variable of the setting ``name``."""
    return f"{PREFIX}{name.upper()}"


def problems(error: ValidationError) -> Iterator[str]:
    """One line for each problem of ``error``: the variable, the value given, what it needs."""
    for found in error.errors():
        name = str(found["loc"][0]) if found["loc"] else ""
        message = str(found["msg"]).removeprefix("Value error, ")
        given = "" if name in SECRET or "input" not in found else f"={found['input']!r:.80}"
        where = variable(name) if name in BotSettings.model_fields else f"{PREFIX}*"
        yield f"{where}{given}: {message}"


def load_settings(**overrides: object) -> BotSettings:
    """The settings from the environment (and ``overrides``, from the command line)."""
    try:
        return BotSettings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        raise BotConfigurationError("\n".join(problems(exc))) from None
    except SettingsError as exc:  # a value pydantic-settings could not decode
        found = re.search(r'field "(\w+)"', str(exc))
        where = variable(found[1]) if found else f"{PREFIX}*"
        raise BotConfigurationError(f"{where}: cannot be read ({exc})") from None


def settings_from(args: object) -> BotSettings:
    """The settings of a command, ``--state-dir`` taking the place of its variable."""
    state_dir = getattr(args, "state_dir", None)
    return load_settings(**({"state_dir": Path(state_dir)} if state_dir else {}))


def existing_state(settings: BotSettings) -> None:
    """Refuse when the bot's state folder or its database is not where the settings say."""
    folder = settings.state_dir.absolute()
    if not folder.is_dir():
        raise BotConfigurationError(
            f"{variable('state_dir')}: there is no bot state folder {folder}; run the "
            "command where the bot runs, or name its folder with TUKENA_BOT_STATE_DIR or "
            "--state-dir"
        )
    if not settings.database.is_file():
        raise BotConfigurationError(
            f"{variable('state_dir')}: the state folder {folder} has no bot database "
            f"{settings.database.name}; name the bot's folder with TUKENA_BOT_STATE_DIR or "
            "--state-dir"
        )


def make_state(settings: BotSettings) -> None:
    """The state folder of ``serve`` and ``worker``, made when it is not there yet."""
    folder = settings.state_dir.absolute()
    if folder.is_dir():
        logger.info("state folder %s (%s)", folder, variable("state_dir"))
        return
    folder.mkdir(parents=True)
    logger.info("state folder %s made (%s)", folder, variable("state_dir"))


def check_local_repository(settings: BotSettings) -> None:
    """Refuse a local forge whose repository is missing or is not a git repository."""
    if settings.forge != "local":
        return
    path = settings.target_repository.absolute()
    if settings.local_repository is not None:
        where = variable("local_repository")
    else:  # the content's checkout receives the branches
        where = f"{variable('content_root')} (TUKENA_BOT_LOCAL_REPOSITORY is not set)"
    if not path.is_dir():
        found = "does not exist"
    elif not Git(path).ok("rev-parse", "--git-dir"):
        found = "is not a git repository"
    else:
        logger.info("local forge: branches go to %s", path)
        return
    raise BotConfigurationError(
        f"{where}: {path} {found}; give the git repository (bare or not) that receives the "
        "bot's branches"
    )
