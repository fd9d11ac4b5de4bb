"""Security headers on every response of the bot, and CORS for the site's own origins."""

from __future__ import annotations

from collections.abc import Callable

_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


class Headers:
    """Security headers on every response, and CORS for the site's own origins (pure ASGI)."""

    def __init__(self, app: Callable, origins: set[str]) -> None:
        self.app = app
        self.origins = {o.lower() for o in origins}

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        origin = ""
        for key, value in scope.get("headers", ()):
            if key == b"origin":
                origin = value.decode("latin-1").rstrip("/")
        extra = [
            (b"content-security-policy", _CSP.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"same-origin"),
            (b"x-robots-tag", b"noindex"),
        ]
        if origin and origin.lower() in self.origins:
            extra += [
                (b"access-control-allow-origin", origin.encode("latin-1")),
                (b"access-control-allow-methods", b"GET, POST"),
                (b"access-control-allow-headers", b"Content-Type, Accept"),
                (b"vary", b"Origin"),
            ]

        async def sending(message: dict) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, sending)
