"""A photo sent with a form, made into a file the site accepts.

A photo straight from a phone is several megabytes and twelve million pixels or more,
turned by its Exif orientation and often tagged with the place it was taken: the build
refuses such a file (:mod:`tukena.images`), and an organiser cannot be asked to fix it.
So the bot makes the copy itself: turned as the phone showed it, in sRGB colours, at most
:data:`LONGEST` pixels on its longer side, without any metadata (no GPS position, no camera
serial number), as a JPEG, or a PNG when it has transparent parts or came as a PNG that
stays light enough (a logo, a drawing), and within :data:`tukena.images.MAX_BYTES`. The
copy passes the build's own check before it is kept.

Its name is the hash of its bytes, so no text from the form reaches a path, and the same
photo sent twice is one file: ``images/uploads/<32 hex digits>.jpg``.
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
import re
import warnings
from dataclasses import dataclass
from functools import cache

import pillow_heif
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from tukena import images
from tukena.exceptions import TukenaError
from tukena.forms.spec import PHOTO_LONGEST

logger = logging.getLogger(__name__)

pillow_heif.register_heif_opener()

#: the longer side of a kept photo, the one the forms give browsers (photos.js)
LONGEST = PHOTO_LONGEST
#: the formats a sent photo may have, as Pillow names them (the JPEG reader also opens a
#: phone's MPO, a JPEG with a preview image; HEIF is an iPhone's HEIC, read by pillow-heif,
#: which turns it by its own rotation and mirroring as it reads it)
ACCEPTED = ("JPEG", "PNG", "WEBP", "AVIF", "HEIF")
_QUALITIES = (85, 75, 65)
FOLDER = "images/uploads"
#: a kept photo's file name
NAME = re.compile(r"[0-9a-f]{32}\.(jpg|png)")


class PhotoError(TukenaError, ValueError):
    """A sent file that cannot become a photo of the site; ``key`` names the form message."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)


@dataclass(frozen=True)
class Photo:
    """A photo ready for the site: its file's bytes, ending and size in pixels."""

    data: bytes
    extension: str  # jpg or png
    width: int
    height: int

    @property
    def key(self) -> str:
        return hashlib.sha256(self.data).hexdigest()[:32]

    @property
    def src(self) -> str:
        """The listing's ``images[].src``: where the file goes under ``content/``."""
        return f"{FOLDER}/{self.key}.{self.extension}"


def is_upload(src: str) -> bool:
    """Whether an image path is one the bot names (a sent photo's)."""
    return src.startswith(f"{FOLDER}/")


@cache
def _formats() -> list[str]:
    """The accepted formats this Pillow reads (its plug-ins load on first use)."""
    Image.init()
    return [name for name in ACCEPTED if name in Image.OPEN]


def _open(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=_formats())
    except (
        UnidentifiedImageError,  # also an OSError
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        OSError,
        SyntaxError,
        ValueError,
    ):
        raise PhotoError("photo_unreadable") from None
    width, height = image.size
    if width * height > images.MAX_PIXELS:
        raise PhotoError("photo_too_many_pixels", max=images.MAX_PIXELS // 1_000_000)
    return image


def _srgb(image: Image.Image) -> Image.Image:
    """The picture in sRGB colours (a phone's photo is often in Display P3)."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in ("RGB", "RGBA"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"))
    except (ImageCms.PyCMSError, OSError, ValueError):
        logger.info("a photo's colour profile could not be read: kept its colours as they are")
        return image
    return converted if converted is not None else image


def _has_alpha(image: Image.Image) -> bool:
    if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info:
        low, _ = image.convert("RGBA").getchannel("A").getextrema()
        return low < 255
    return False


def _encode(image: Image.Image, alpha: bool, png: bool) -> tuple[bytes, str]:
    """A PNG when the picture has transparent parts, or when it came as a PNG (a logo, a
    drawing: sharp edges that JPEG blurs) and stays within the site's limit as one; else a
    JPEG at the highest quality within the limit. Shrunk if even that is too heavy."""
    if png and not alpha:
        out = io.BytesIO()
        image.save(out, "PNG")  # zlib level 6: level 9 takes 5× as long for 3 %
        if out.tell() <= images.MAX_BYTES:
            return out.getvalue(), "png"
    while True:
        for quality in (None,) if alpha else _QUALITIES:
            out = io.BytesIO()
            if alpha:
                image.save(out, "PNG")  # zlib level 6: level 9 takes 5× as long for 3 %
            else:
                image.save(out, "JPEG", quality=quality, optimize=True, progressive=True)
            if out.tell() <= images.MAX_BYTES:
                return out.getvalue(), "png" if alpha else "jpg"
        image = image.resize((max(1, image.width * 3 // 4), max(1, image.height * 3 // 4)))


def make(data: bytes, max_bytes: int) -> Photo:
    """The site's copy of a sent file; :class:`PhotoError` when it cannot be one."""
    if len(data) > max_bytes:
        raise PhotoError("photo_too_large", max=max_bytes // 1_000_000)
    image = _open(data)
    png = image.format == "PNG"
    try:
        if image.format in ("JPEG", "MPO"):  # decode at a half or a quarter where enough
            scale = LONGEST / max(image.size)
            image.draft("RGB", (math.ceil(image.width * scale), math.ceil(image.height * scale)))
        if image.mode not in ("RGB", "RGBA", "L", "LA"):  # a palette resizes pixel by pixel
            image = image.convert("RGBA")
        # smaller first: the turn and the colours then take a fraction of the time
        image.thumbnail((LONGEST, LONGEST), Image.Resampling.LANCZOS)
        image = ImageOps.exif_transpose(image)
        alpha = _has_alpha(image)
        image = _srgb(image.convert("RGBA" if alpha else "RGB"))
        image.info.clear()
        encoded, extension = _encode(image, alpha, png)
    except (OSError, SyntaxError, ValueError):
        raise PhotoError("photo_unreadable") from None
    size = images.check(encoded, "PNG" if extension == "png" else "JPEG")
    assert size is not None
    return Photo(encoded, extension, *size)
