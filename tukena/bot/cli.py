"""``tukena bot serve|worker|status|review|remind|backup``: the parser, ``serve`` and
``worker``; ``status`` and ``review`` are in :mod:`tukena.bot.statuscli`, ``remind`` and
``backup`` in :mod:`tukena.bot.opscli`.

Hook into ``tukena/cli.py`` with ``bot_cli.add_parser(sub)`` inside ``parser()``; every
command reads its settings from ``TUKENA_BOT_*`` variables (see ``settings.py``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import logging
import signal
import sys
import threading
from collections.abc import Callable

from tukena.bot.errors import BotConfigurationError

logger = logging.getLogger(__name__)


def state_settings(args: argparse.Namespace):
    """The settings of a command that reads the bot's state, which must be there already
    (:func:`tukena.bot.startup.existing_state`)."""
    from tukena.bot import startup

    settings = startup.settings_from(args)
    startup.existing_state(settings)
    return settings


def service_settings(args: argparse.Namespace):
    """The settings of ``serve`` and ``worker``, once the local forge's repository is found
    to be one, their state folder made if need be (:mod:`tukena.bot.startup`)."""
    from tukena.bot import startup

    settings = startup.settings_from(args)
    startup.check_local_repository(settings)
    startup.make_state(settings)
    return settings


def guarded(command: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """``command``, printing a configuration problem as its lines (each naming the setting
    to fix) and exiting with 2, rather than with a traceback."""

    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except BotConfigurationError as exc:
            for line in str(exc).splitlines():
                print(line, file=sys.stderr)
            return 2

    return run


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from tukena.bot import logs
    from tukena.bot.app import create_app

    chosen = logs.level(args)
    logs.configure(chosen)
    settings = service_settings(args)
    app = create_app(settings)
    uvicorn.run(
        app,
        host=args.host or settings.host,
        port=args.port or settings.port,
        proxy_headers=settings.trust_forwarded_for,
        server_header=False,
        **logs.uvicorn_options(chosen),
    )
    return 0


def _worker(settings):
    from tukena.bot.forges import make_forge
    from tukena.bot.store import Store
    from tukena.bot.worker import Worker

    return Worker(settings, Store(settings.database), make_forge(settings))


def cmd_worker(args: argparse.Namespace) -> int:
    from tukena.bot import logs

    logs.configure(logs.level(args))
    settings = service_settings(args)
    worker = _worker(settings)
    if args.drain:
        if not worker.lock.acquire():
            print("another worker is running", file=sys.stderr)
            return 75
        try:
            results = worker.drain()
            worker.poll(force=True)
        finally:
            worker.lock.release()
        print(" ".join(results))
        return 0 if results[-1] == "idle" else 75
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    worker.run(stop)
    return 0


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``bot`` and its commands on the ``tukena`` command's subparsers."""
    from tukena.bot import opscli, statuscli

    bot = subparsers.add_parser("bot", help="the form-to-pull-request bot")
    bot.add_argument("--state-dir", help="override TUKENA_BOT_STATE_DIR")
    sub = bot.add_subparsers(dest="bot_command", required=True)
    serve = sub.add_parser("serve", help="run the web service (and, by default, the worker)")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.set_defaults(run=guarded(cmd_serve))
    worker = sub.add_parser("worker", help="deliver queued submissions to the forge")
    worker.add_argument("--drain", action="store_true", help="deliver what is queued, then exit")
    worker.set_defaults(run=guarded(cmd_worker))
    for running in (serve, worker):
        loudness = running.add_mutually_exclusive_group()
        loudness.add_argument("-q", "--quiet", action="store_true", help="log warnings only")
        loudness.add_argument(
            "-v", "--verbose", dest="debug", action="store_true", help="log debugging lines too"
        )
    status = sub.add_parser("status", help="queue counts, failures and one submission's story")
    status.add_argument("id", nargs="?")
    status.add_argument("--retry", metavar="ID", help="put a failed submission back in the queue")
    status.add_argument("--json", action="store_true")
    status.set_defaults(run=guarded(statuscli.cmd_status))
    review = sub.add_parser("review", help="list pull requests waiting for review")
    review.add_argument("--close", type=int, metavar="N", help="close local pull request N")
    review.set_defaults(run=guarded(statuscli.cmd_review))
    remind = sub.add_parser(
        "remind", help="e-mail organisers whose listings are, or soon will be, out of date"
    )
    remind.add_argument("--dry-run", action="store_true", help="list them, send nothing")
    remind.add_argument(
        "--today", type=dt.date.fromisoformat, help="as on this day (YYYY-MM-DD), for a preview"
    )
    remind.set_defaults(run=guarded(opscli.cmd_remind))
    copy = sub.add_parser("backup", help="copy the database, consistently, while the bot runs")
    copy.add_argument("path", help="the copy's file")
    copy.add_argument("--force", action="store_true", help="replace an earlier copy")
    copy.set_defaults(run=guarded(opscli.cmd_backup))
    return bot


def main(argv: list[str] | None = None) -> int:
    """``python -m tukena.bot …`` (the same commands without the ``bot`` word)."""
    argv = list(argv if argv is not None else sys.argv[1:])
    verbose = any(a in ("-v", "--verbose") for a in argv)
    argv = [a for a in argv if a not in ("-v", "--verbose")]
    parser = argparse.ArgumentParser(prog="python -m tukena.bot")
    subparsers = parser.add_subparsers(dest="command", required=True)
    add_parser(subparsers)
    args = parser.parse_args(["bot", *argv])
    args.verbose = verbose
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )
    return args.run(args)
