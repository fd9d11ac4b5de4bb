"""The log of a running bot (``tukena bot serve`` and ``worker``): each line with its time,
level and module, at INFO by default (``-q``: warnings only; ``-v``: the bot's debugging
lines too, and a line per HTTP request, with the client's address).

At INFO the log says what the bot does, without anyone's personal data: where its state is,
each submission accepted (id, form), each pull request or issue opened (branch, address),
each failure and pause, and each refusal a setting explains (an Origin not allowed, a proxy
not trusted). The web server's lines (uvicorn) go to the same place, in the same form.
"""

from __future__ import annotations

import argparse
import logging
from typing import Any

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def level(args: argparse.Namespace) -> int:
    """The level the command line asks for: INFO, WARNING (``-q``) or DEBUG (``-v``)."""
    if getattr(args, "quiet", False):
        return logging.WARNING
    if getattr(args, "debug", False) or getattr(args, "verbose", False):
        return logging.DEBUG
    return logging.INFO


def configure(chosen: int) -> None:
    """Log at ``chosen`` (DEBUG: the bot's own loggers only; libraries stay at INFO), each
    line with its time, to standard error."""
    root = logging.getLogger()
    formatter = logging.Formatter(FORMAT)
    plain = [h for h in root.handlers if type(h) is logging.StreamHandler]  # noqa: E721
    if not plain:
        plain = [logging.StreamHandler()]
        root.addHandler(plain[0])
    for handler in plain:
        handler.setFormatter(formatter)
        handler.setLevel(logging.NOTSET)
    root.setLevel(max(chosen, logging.INFO))
    logging.getLogger("tukena").setLevel(chosen)


def uvicorn_options(chosen: int) -> dict[str, Any]:
    """uvicorn's logging options: its lines to the log configured above; one for each
    request (with the client's address) only when debugging."""
    return {
        "log_config": None,
        "log_level": max(chosen, logging.INFO),
        "access_log": chosen <= logging.DEBUG,
    }
