"""Requests sent straight to the bot's ASGI application, their bodies in chunks the test
controls: how far the bot reads a body, and several bodies in flight at once.

The test client reads a whole request body before it answers, so it cannot tell whether
the bot stopped reading; these helpers can. Each request counts the bytes the bot took
from it; a test may hold a body back (``gate``) to keep it in flight.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from tests.bot.helpers import ORIGIN

T = TypeVar("T")


def run(work: Callable[[], Awaitable[T]]) -> T:
    """Run ``work`` in an event loop of its own thread (a browser test may have left one
    running in this one)."""
    found: list[Any] = []

    def target() -> None:
        try:
            found.append(("ok", asyncio.run(work())))  # type: ignore[arg-type]
        except BaseException as exc:  # noqa: BLE001 - raised again in the test's thread
            found.append(("error", exc))

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    kind, value = found[0]
    if kind == "error":
        raise value
    return value


@dataclass
class Sent:
    """One request: its body's chunks, what the bot took of them, and its answer."""

    chunks: list[bytes]
    headers: dict[str, str]
    gate: asyncio.Event | None = None  # the body's last chunk waits for it
    taken: int = 0
    status: int = 0
    answer_headers: dict[str, str] = field(default_factory=dict)
    answer: bytes = b""

    @property
    def size(self) -> int:
        return sum(len(c) for c in self.chunks)


def multipart(fields: Iterable[tuple[str, str]], files: Iterable[tuple[str, int]]) -> list[bytes]:
    """A multipart body in chunks: text fields, then files of zero bytes of the given sizes
    (in chunks of at most 1 MB)."""
    chunks = [
        f'--b\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields
    ]
    for name, size in files:
        chunks.append(
            f'--b\r\nContent-Disposition: form-data; name="{name}"; filename="a.jpg"\r\n'
            "Content-Type: image/jpeg\r\n\r\n".encode()
        )
        chunks += [bytes(min(1_000_000, size - at)) for at in range(0, size, 1_000_000)]
        chunks.append(b"\r\n")
    chunks.append(b"--b--\r\n")
    return chunks


def multipart_request(
    chunks: list[bytes], *, declare: bool = True, address: str = "192.0.2.1", **headers: str
) -> Sent:
    sent = Sent(chunks, {"content-type": "multipart/form-data; boundary=b", **headers})
    sent.headers["x-forwarded-for"] = address
    if declare:
        sent.headers["content-length"] = str(sent.size)
    return sent


async def send(app: Any, sent: Sent) -> Sent:
    """Post ``sent`` to ``/submit``; its answer and the bytes the bot took are on it."""
    pending = list(sent.chunks)

    async def receive() -> dict[str, Any]:
        if not pending:
            await asyncio.Event().wait()  # no more body: as a client waiting for its answer
        if len(pending) == 1 and sent.gate is not None:
            await sent.gate.wait()
        chunk = pending.pop(0)
        sent.taken += len(chunk)
        return {"type": "http.request", "body": chunk, "more_body": bool(pending)}

    async def reply(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            sent.status = message["status"]
            sent.answer_headers = {k.decode(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            sent.answer += message.get("body", b"")

    headers = {"origin": ORIGIN, "host": "bot.example", **sent.headers}
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "https",
        "path": "/submit",
        "raw_path": b"/submit",
        "query_string": b"",
        "root_path": "",
        "headers": [(k.encode(), v.encode()) for k, v in headers.items()],
        "client": ("192.0.2.200", 50000),
        "server": ("bot.example", 443),
        "state": {},
    }
    await app(scope, receive, reply)
    return sent
