"""Fixtures of the browser tests of the organisers' forms, a plugin for their modules:
``pytest_plugins = ["tests.browser_fixtures", "tests.bot_browser_fixtures"]``.

``running``: the sample site built with ``TUKENA_BOT_URL`` and served, and the bot on
loopback (one per module), which records the body of every POST it receives in
``app.state.received`` (headers, bytes): what the browser sent, before the bot changed it.
"""

from __future__ import annotations

import os
import threading
import time

import pytest
import uvicorn

from tests.bot.helpers import FakeClock, make_repo, make_settings
from tests.browser_support import build_site, free_port, serve
from tests.site_helpers import REPO
from tukena.bot.app import create_app


class Recorder:
    """An ASGI app around the bot's that records each POST's headers and body."""

    def __init__(self, app) -> None:
        self.app = app
        app.state.received = []

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []

        async def recording():
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
                if not message.get("more_body"):
                    headers = {
                        k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]
                    }
                    self.app.state.received.append((headers, b"".join(chunks)))
            return message

        await self.app(scope, recording, send)


@pytest.fixture(scope="module")
def running(tmp_path_factory, request):
    """The sample site built with ``TUKENA_BOT_URL`` and served, and the bot on loopback.
    The bot's content is that of :func:`make_repo`, and the sample content's files a test
    module names in ``BOT_CONTENT`` (paths under the repository), for forms of listings
    with texts it needs."""
    tmp = tmp_path_factory.mktemp("bot-browser")
    bot_port = free_port()
    bot_url = f"http://127.0.0.1:{bot_port}"
    previous = os.environ.get("TUKENA_BOT_URL")
    os.environ["TUKENA_BOT_URL"] = f"{bot_url}/submit"
    try:
        output = build_site(tmp / "output")
    finally:
        if previous is None:
            os.environ.pop("TUKENA_BOT_URL", None)
        else:
            os.environ["TUKENA_BOT_URL"] = previous
    repo = make_repo(tmp)
    for path in getattr(request.module, "BOT_CONTENT", ()):
        (repo.site / path).parent.mkdir(parents=True, exist_ok=True)
        (repo.site / path).write_text((REPO / path).read_text(encoding="utf-8"), encoding="utf-8")
    with serve(output) as site:
        settings = make_settings(
            tmp, repo, allowed_origins=[site], min_fill_seconds=0.0,
            public_url=bot_url, site_url=site, rate_limit=1000,  # one address sends all the tests' forms
        )  # fmt: skip
        app = create_app(settings, clock=FakeClock(), start_worker=False)
        server = uvicorn.Server(
            uvicorn.Config(Recorder(app), host="127.0.0.1", port=bot_port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started
        try:
            yield site, bot_url, app
        finally:
            server.should_exit = True
            thread.join(10)
