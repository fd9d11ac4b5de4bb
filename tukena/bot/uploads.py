"""Forms sent with photos: ``multipart/form-data`` read into the same ``(name, value)``
pairs as an urlencoded form, and each photo made fit for the site and kept, durably,
before the form is answered.

A photo field (:data:`tukena.forms.spec.PHOTOS`) sends a file, and the path of a photo
kept for it earlier in a hidden input (when the form came back with errors, for a
confirmation or with another row). A new file's path, ``images/uploads/<hash>.jpg``,
replaces that value; no other text of the file (its name, its type) is used. A kept photo
has a "remove this photo" box, which takes its row out of the form.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

from tukena.bot import guard, photos
from tukena.bot.store import Store
from tukena.exceptions import TukenaError
from tukena.forms.parse import FormError, UnknownFields
from tukena.forms.spec import ROWS

logger = logging.getLogger(__name__)

#: the most photos one form sends: one per row of its photo fields
MAX_PHOTOS = ROWS["images"][1]
_PHOTO_FIELD = re.compile(r"(images\.[0-9]{1,3}|logo)\.src\Z")
#: a "remove this photo" box: its value is the photo field's name
REMOVE = "_remove"


#: photos made at once: a 40-megapixel PNG takes about a second and 300 MB to decode
_MAKING = threading.BoundedSemaphore(2)


def _make(data: bytes, max_bytes: int) -> photos.Photo | photos.PhotoError:
    """The site's copy of a sent file, or why there is none: returned, not raised, since an
    error raised from the thread pool comes back in a reference cycle (the pool's future
    holds it, its traceback that future) whose frames hold every file of the form until
    the cyclic collector happens to run, long after the form was answered."""
    with _MAKING:
        try:
            return photos.make(data, max_bytes)
        except photos.PhotoError as exc:
            exc.__context__ = None  # the reader's error, and its frames that hold the file
            return exc.with_traceback(None)


class BadMultipart(TukenaError, ValueError):
    """A ``multipart/form-data`` body that cannot be read."""


@dataclass
class Sent:
    """A form's text fields as pairs, and the files it carries (their bytes) by field name."""

    pairs: list[tuple[str, str]]
    files: list[tuple[str, bytes]] = field(default_factory=list)


async def read_multipart(
    headers: Headers, chunks: AsyncGenerator[bytes, None], max_fields: int
) -> Sent:
    """The fields and (chosen) files of a multipart body, parsed as its chunks arrive: a
    file goes to a temporary file beyond its first megabyte, so the body is never in memory
    twice (whole, and as its files). Errors of the chunks (a body too large) pass through."""
    parser = MultiPartParser(headers, chunks, max_files=MAX_PHOTOS, max_fields=max_fields)
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        raise BadMultipart(str(exc)) from None
    sent = Sent([])
    try:
        for name, value in form.multi_items():
            if isinstance(value, str):
                sent.pairs.append((name, value))
            elif value.filename or value.size:  # a file input left empty sends an empty part
                sent.files.append((name, await value.read()))
    finally:
        await form.close()  # the parser's temporary files
    return sent


async def read_form(request: Request, multipart: bool, limit: int, max_fields: int) -> Sent:
    """A form's fields and files, urlencoded or ``multipart``, its body read up to ``limit``
    bytes and no further (:class:`guard.BodyTooLarge` beyond; a ``ValueError`` when it
    cannot be read)."""
    if multipart:
        chunks = guard.limited(request.stream(), limit)
        return await read_multipart(request.headers, chunks, max_fields)
    text = (await guard.read_body(request.stream(), None, limit)).decode("utf-8")
    return Sent(parse_qsl(text, keep_blank_values=True, max_num_fields=max_fields))


def drop_removed(sent: Sent) -> Sent:
    """The form without the photo rows whose "remove this photo" box is ticked (a
    ``_remove`` field naming the row's photo field), nor those boxes."""
    names = {v for n, v in sent.pairs if n == REMOVE and _PHOTO_FIELD.match(v)}
    rows = tuple(v.rsplit(".", 1)[0] + "." for v in names) or ("\0",)
    return Sent(
        [(n, v) for n, v in sent.pairs if n != REMOVE and not n.startswith(rows)],
        [(n, data) for n, data in sent.files if not n.startswith(rows)],
    )


@dataclass(frozen=True)
class HoldCaps:
    """What a form's photos are kept within: ``allow(size)`` takes a photo's bytes from its
    sender's allowance (False past it: ``per_address`` bytes a rate window), and the photos
    held for unsent forms since ``since`` take at most ``total`` bytes together."""

    allow: Callable[[int], bool]
    per_address: int
    total: int
    since: float


async def _hold(store: Store, photo: photos.Photo, caps: HoldCaps, name: str) -> FormError | None:
    """Keep the photo of the field ``name`` within ``caps``: None once it is stored, else
    the field's error that says why it is not."""
    if not caps.allow(len(photo.data)):
        logger.info("a photo not kept: its sender's allowance is used up")
        return FormError(name, "photo_hold_full", {"max": caps.per_address // 1_000_000})
    if not await run_in_threadpool(store.hold_photo, photo.src, photo.data, caps.total, caps.since):
        return FormError(name, "photo_hold_busy")
    return None


async def keep_photos(
    store: Store, sent: Sent, max_bytes: int, caps: HoldCaps
) -> tuple[list[tuple[str, str]], list[FormError]]:
    """The form's pairs with each sent photo's path in its field, and the errors of the
    files that cannot be photos of the site, or cannot be kept within ``caps``. Every
    photo is stored before this returns."""
    pairs = list(sent.pairs)
    errors: list[FormError] = []
    unknown = [name for name, _ in sent.files if not _PHOTO_FIELD.match(name)]
    if unknown:
        raise UnknownFields(unknown)
    for name, data in sent.files:
        photo = await run_in_threadpool(_make, data, max_bytes)
        if isinstance(photo, photos.PhotoError):
            logger.info("refused a photo (%s bytes): %s", len(data), photo.key)
            errors.append(FormError(name, photo.key, dict(photo.params)))
            continue
        refused = await _hold(store, photo, caps, name)
        if refused is not None:
            errors.append(refused)
            continue
        logger.info(
            "kept a photo: %s bytes, %s × %s pixels, from %s bytes",
            len(photo.data),
            photo.width,
            photo.height,
            len(data),
        )
        pairs = [(n, v) for n, v in pairs if n != name] + [(name, photo.src)]
    return pairs, errors
