"""The page a reminder's stop link opens: ``GET /reminders/stop?address=…&token=…&lang=…``
asks, and a ``POST`` to the same address stops the reminders to that address.

A mail program's one-click unsubscribe (RFC 8058) posts ``List-Unsubscribe=One-Click`` to
the link itself, so the address and its token are read from the link, never from the body.
A GET changes nothing: a mail server's link checker opening it stops nothing.
"""

from __future__ import annotations

import hmac
import logging

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from tukena.bot import pages
from tukena.bot.mailtexts import text
from tukena.bot.reminders import STOP_PATH, stop_token
from tukena.forms import ui

logger = logging.getLogger(__name__)


def _proven(request: Request) -> str | None:
    """The link's address when its token is the bot's for it; else None."""
    address = request.query_params.get("address", "")
    token = request.query_params.get("token", "")
    if not address or len(address) > 320 or not token:
        return None
    key = request.app.state.bot.signer.key
    return address if hmac.compare_digest(stop_token(key, address), token) else None


def _page(lang: str, key: str, status: int = 200, **values: object) -> HTMLResponse:
    address = values.pop("address", "")
    html = pages.render(
        "bot/stop.html",
        lang=lang,
        title=text("stop.title", lang),
        body=text(key, lang, address=address),
        button=text("stop.button", lang),
        **values,
    )
    return HTMLResponse(html, status, headers={"Cache-Control": "no-store"})


async def stop_reminders(request: Request) -> Response:
    lang = ui.language(request.query_params.get("lang"))
    address = _proven(request)
    if address is None:
        return _page(lang, "stop.invalid", 400, done=True)
    if request.method == "GET":
        base = request.app.state.bot.settings.public_url  # the bot may sit under a path
        action = f"{base}{STOP_PATH}?{request.url.query}"
        return _page(lang, "stop.question", address=address, action=action, done=False)
    await run_in_threadpool(request.app.state.reminders.stop, address)
    logger.info("reminders stopped for an address")
    return _page(lang, "stop.done", address=address, done=True)
