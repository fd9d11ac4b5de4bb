"""Image files that listings name: their size in pixels and what makes one unfit for the site.

A page gives each image its width and height so that a phone on a slow link reserves the
image's space before the file arrives, instead of moving the text under the reader's finger.
The size is read from the file's headers (PNG, JPEG, WebP, AVIF) or from the SVG's
``width``/``height`` or ``viewBox``, without an image library.

An image the site cannot show as it is stops the build, like a missing one: a file whose
bytes are not the format its name says, one heavier than :data:`MAX_BYTES` (a photo straight
from a phone, which a reader on a slow link waits for on every visit), a photo whose Exif
metadata holds the GPS position it was taken at (published, it could show someone's home),
and an SVG that could run a script when its address is opened on its own.

The size is the size browsers show: a JPEG's or PNG's Exif Orientation and an AVIF's
rotation turn it (tests/test_browser_images.py compares Chromium's).
"""

from __future__ import annotations

import logging
import os
import re
import struct
from functools import lru_cache

from tukena import svgsafety
from tukena.exceptions import TukenaError

logger = logging.getLogger(__name__)

#: the heaviest image file the site serves: 1 MB holds a sharp 2,000-pixel-wide photo
MAX_BYTES = 1_000_000
#: the most pixels an image may have: a phone's 24-megapixel photo and some room; a small
#: file that unpacks to more would take a phone's (and the build's) memory
MAX_PIXELS = 40_000_000
#: the image files the site shows: a name's ending (in any case: cameras write JPG) and its
#: format
FORMATS = {
    ".png": "PNG",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".webp": "WebP",
    ".avif": "AVIF",
    ".svg": "SVG",
}

#: an Exif block's pointer to the place a photo was taken (GPS)
GPS_TAG = 0x8825
_GPS = (
    "carries the place it was taken (a GPS position) in its metadata: publish a copy"
    " without location data (phones and photo apps offer to leave it out when sharing)"
)

_SVG_TAG = re.compile(rb"<svg\b[^<>]*>", re.IGNORECASE)
_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(px)?\s*$")


class ImageError(TukenaError, ValueError):
    """An image file cannot be shown as it is; the message says why, for its owner."""


def _attribute(tag: str, name: str) -> str | None:
    match = re.search(rf"\s{name}\s*=\s*(['\"])(.*?)\1", tag, re.IGNORECASE | re.DOTALL)
    return match.group(2) if match else None


def svg_size(data: bytes) -> tuple[int, int] | None:
    """An SVG's size in CSS pixels: its ``width`` and ``height`` when both are lengths in
    pixels, else its ``viewBox``'s; None for an SVG that states neither (it scales to fit)."""
    match = _SVG_TAG.search(data)
    if match is None:
        raise ImageError("not an SVG image: no <svg> element")
    tag = match.group(0).decode("utf-8", "replace")
    width, height = _attribute(tag, "width"), _attribute(tag, "height")
    w = _LENGTH.match(width) if width else None
    h = _LENGTH.match(height) if height else None
    if w and h:
        return round(float(w.group(1))), round(float(h.group(1)))
    box = _attribute(tag, "viewBox")
    numbers = re.split(r"[\s,]+", box.strip()) if box else []
    try:
        box_w, box_h = float(numbers[2]), float(numbers[3])
    except (IndexError, ValueError):
        return None
    if box_w <= 0 or box_h <= 0:
        return None
    return round(box_w), round(box_h)


def _png(head: bytes) -> tuple[int, int]:
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        raise ImageError("not a PNG image")
    width, height = struct.unpack(">II", head[16:24])
    at = 8
    while at + 8 <= len(head):  # an eXIf chunk turns it, as a JPEG's Exif block does
        length, kind = struct.unpack(">I4s", head[at : at + 8])
        if kind == b"eXIf":
            if _exif(b"Exif\0\0" + head[at + 8 : at + 8 + length]) >= 5:
                return height, width
            break
        if kind == b"IEND":
            break
        at += 12 + length
    return width, height


def exif_tags(exif: bytes) -> dict[int, int]:
    """The first IFD's tags of an Exif block (``Exif\0\0`` and a TIFF structure) whose
    value is one SHORT or LONG (the Orientation, the GPS pointer): tag to value; {} for a
    damaged block, which browsers ignore too."""
    tiff = exif[6:]
    order = {b"II": "<", b"MM": ">"}.get(tiff[:2])
    tags: dict[int, int] = {}
    if order is None:
        return tags
    try:
        first = struct.unpack(order + "I", tiff[4:8])[0]
        (count,) = struct.unpack(order + "H", tiff[first : first + 2])
        for at in range(first + 2, first + 2 + 12 * count, 12):
            tag, kind = struct.unpack(order + "HH", tiff[at : at + 4])
            if kind == 3:  # SHORT
                tags[tag] = struct.unpack(order + "H", tiff[at + 8 : at + 10])[0]
            elif kind in (4, 13):  # LONG, IFD
                tags[tag] = struct.unpack(order + "I", tiff[at + 8 : at + 12])[0]
    except struct.error:
        return {}
    return tags


def _exif(exif: bytes) -> int:
    """A photo's orientation from its Exif block, refusing one that tells where it was taken."""
    tags = exif_tags(exif)
    if GPS_TAG in tags:
        raise ImageError(_GPS)
    value = tags.get(0x0112, 1)
    return value if 1 <= value <= 8 else 1


def _jpeg(head: bytes) -> tuple[int, int]:
    if head[:2] != b"\xff\xd8":
        raise ImageError("not a JPEG image")
    at, orientation = 2, 1
    while at + 9 <= len(head):
        if head[at] != 0xFF:
            raise ImageError("not a JPEG image: damaged marker")
        marker = head[at + 1]
        if marker == 0xFF:  # fill byte
            at += 1
            continue
        length = struct.unpack(">H", head[at + 2 : at + 4])[0]
        if marker == 0xE1 and head[at + 4 : at + 10] == b"Exif\0\0":
            orientation = _exif(head[at + 4 : at + 2 + length])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):  # start of frame
            height, width = struct.unpack(">HH", head[at + 5 : at + 9])
            # 5 to 8 turn the photo a quarter: a phone held upright stores it sideways
            return (height, width) if orientation >= 5 else (width, height)
        at += 2 + length
    raise ImageError("not a JPEG image: no frame header")


def _webp(head: bytes) -> tuple[int, int]:
    if head[:4] != b"RIFF" or head[8:12] != b"WEBP" or len(head) < 30:
        raise ImageError("not a WebP image")
    at = 12
    while at + 8 <= len(head):  # browsers ignore a WebP's Exif Orientation, not its GPS
        kind, length = head[at : at + 4], int.from_bytes(head[at + 4 : at + 8], "little")
        if kind == b"EXIF":
            exif = head[at + 8 : at + 8 + length]
            _exif(exif if exif.startswith(b"Exif\0\0") else b"Exif\0\0" + exif)
        at += 8 + length + (length & 1)
    chunk = head[12:16]
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", head[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L":
        bits = int.from_bytes(head[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        return int.from_bytes(head[24:27], "little") + 1, int.from_bytes(head[27:30], "little") + 1
    raise ImageError("not a WebP image: unknown chunk")


def _boxes(data: bytes, start: int, end: int):
    """(type, payload start, payload end) of each ISO base media box in ``data[start:end]``."""
    at = start
    while at + 8 <= end:
        size, kind = struct.unpack(">I4s", data[at : at + 8])
        header = 8
        if size == 1 and at + 16 <= end:
            size, header = struct.unpack(">Q", data[at + 8 : at + 16])[0], 16
        elif size == 0:
            size = end - at
        if size < header:
            return
        yield kind, at + header, min(at + size, end)
        at += size


def _avif(head: bytes) -> tuple[int, int]:
    if head[4:8] != b"ftyp" or b"avi" not in head[8:32]:
        raise ImageError("not an AVIF image")
    sizes: list[tuple[int, int]] = []
    turned = 0
    containers = {b"meta": 4, b"iprp": 0, b"ipco": 0}  # box type: version and flags to skip
    stack = [(0, len(head))]
    while stack:
        start, end = stack.pop()
        for kind, begin, stop in _boxes(head, start, end):
            if kind in containers:
                stack.append((begin + containers[kind], stop))
            elif kind == b"ispe" and stop - begin >= 12:
                sizes.append(struct.unpack(">II", head[begin + 4 : begin + 12]))
            elif kind == b"irot" and stop > begin:
                turned = head[begin] & 1  # a quarter turn (1) or three (3)
    if not sizes:
        raise ImageError("not an AVIF image: no image size")
    for mark in (b"MM\0*", b"II*\0"):  # its Exif item, wherever the file keeps it
        at = head.find(mark)
        while at >= 0:
            if GPS_TAG in exif_tags(b"Exif\0\0" + head[at:]):
                raise ImageError(_GPS)
            at = head.find(mark, at + 1)
    width, height = max(sizes, key=lambda s: s[0] * s[1])  # the image, not a thumbnail
    return (height, width) if turned else (width, height)


_READERS = {"PNG": _png, "JPEG": _jpeg, "WebP": _webp, "AVIF": _avif}


def kind(path: str) -> str | None:
    """The format a file's name says (``PNG``, ``JPEG``, ``WebP``, ``AVIF``, ``SVG``)."""
    return FORMATS.get(os.path.splitext(path)[1].lower())


@lru_cache(maxsize=1024)
def _inspect(path: str, mtime_ns: int, size: int) -> tuple[int, int] | None:
    del mtime_ns  # part of the cache key only: a changed file is read again
    name = kind(path)
    if size > MAX_BYTES:
        raise ImageError(
            f"{size / 1_000_000:.1f} MB is too heavy for a phone on a slow link: make it at"
            f" most {MAX_BYTES // 1_000_000} MB (an image 1,200 pixels wide is plenty)"
        )
    if name is None:
        raise ImageError("not an image format the site shows")
    with open(path, "rb") as file:
        return check(file.read(), name)  # at most MAX_BYTES


def check(data: bytes, name: str) -> tuple[int, int] | None:
    """The size of an image file's bytes in the format ``name``, as :func:`inspect` (the
    form-to-PR bot checks a photo it made with this, before it keeps it)."""
    if len(data) > MAX_BYTES:
        raise ImageError(f"{len(data) / 1_000_000:.1f} MB is more than the site serves")
    if name == "SVG":
        try:
            svgsafety.check(data)
        except svgsafety.UnsafeSVG as exc:
            raise ImageError(f"{exc}: save it again as a plain SVG, or as a PNG") from None
        return svg_size(data)
    width, height = _READERS[name](data)
    if not (width and height):
        raise ImageError(f"not a {name} image: its size is 0")
    if width * height > MAX_PIXELS:
        raise ImageError(
            f"{width} × {height} pixels is more than a phone can show: make it at most"
            f" {MAX_PIXELS // 1_000_000} million pixels (1,200 pixels wide is plenty)"
        )
    return width, height


def inspect(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """The size in pixels (width, height) of the image file at ``path``, None for an SVG
    that states none; :class:`ImageError` says why the site cannot show it. Each version
    of a file is read once: its path, time and size are the key."""
    path = os.fspath(path)
    stat = os.stat(path)
    return _inspect(path, stat.st_mtime_ns, stat.st_size)


def problem(path: str | os.PathLike[str]) -> str | None:
    """Why the site cannot show the image file at ``path``, or None if it can."""
    try:
        inspect(path)
    except ImageError as exc:
        logger.debug("image %s: %s", path, exc)
        return str(exc)
    return None


def size(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """The size in pixels of an image the build has checked (None if it has none, or if
    the file cannot be read: the build's check names that file)."""
    try:
        return inspect(path)
    except (ImageError, OSError):
        return None
