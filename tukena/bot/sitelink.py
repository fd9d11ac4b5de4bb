"""A link from every page of the bot back to the public site, in the page's language.

The bot's pages (its forms, receipts, status and messages) are served from its own address;
an organiser who has sent a form needs a way back to the site. The site's address and name
are the bot's settings (``TUKENA_BOT_SITE_URL``, ``TUKENA_BOT_SITE_NAME``); a middleware
makes them known to whatever renders a page while a request is answered, so the page
functions need no settings passed through every route.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar

from tukena.site import urls

#: the site's address (without a trailing slash) and name, for the request being answered
_SITE: ContextVar[tuple[str, str] | None] = ContextVar("site", default=None)


def home(lang: str) -> dict[str, str] | None:
    """The site's home page in ``lang`` and the site's name; None when no address is set."""
    site = _SITE.get()
    if site is None:
        return None
    url, name = site
    return {"url": f"{url}/{urls.prefix(lang)}", "name": name}


def listing(submission_kind: str, slug: str | None, lang: str) -> str | None:
    """The address an activity's or organisation's page has (or will have, once accepted and
    the site is built again) on the site, in ``lang``; None when the bot does not know the
    site's address or the submission is of no listing (a problem report)."""
    site = _SITE.get()
    if site is None or not slug or submission_kind not in ("activity", "organisation"):
        return None
    section = "activities" if submission_kind == "activity" else "organisations"
    return f"{site[0]}/{urls.item(lang, section, slug)}"


class SiteLink:
    """Makes the site's address and name known while each request is answered (pure ASGI)."""

    def __init__(self, app: Callable, url: str, name: str) -> None:
        self.app = app
        self.site = (url.rstrip("/"), name) if url else None

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        token = _SITE.set(self.site)
        try:
            await self.app(scope, receive, send)
        finally:
            _SITE.reset(token)
