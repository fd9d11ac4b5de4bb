"""Smaller copies of large photos, for phones on slow links.

A listing's photo may weigh up to 1 MB (:data:`tukena.images.MAX_BYTES`) and be 2,000 pixels
wide; a phone shows it about 350 pixels wide. For each raster image (PNG, JPEG, WebP, AVIF)
wider than a width of :data:`WIDTHS`, the build writes a copy that wide under
``resized/w<width>/``: turned as browsers show the original (by its Exif Orientation) and
without the original's metadata. Pages offer the copies in ``srcset`` (:func:`copies` is the
one rule for which there are), and a browser takes the smallest that is sharp on its screen.
SVG drawings scale as they are.

A copy is written again only when its image changed (:class:`~tukena.site.exports.memo.Memo`)
and made again only when no earlier build made it from the same bytes (:class:`_Made`, in
the cache folder); the copies of an image that left the site are removed.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
from pathlib import Path

from tukena import images
from tukena.site.catalogue import Catalogue
from tukena.site.exports.memo import Memo

logger = logging.getLogger(__name__)

#: the widths of the copies, in pixels: a phone's screen, and a phone's at twice the density
WIDTHS = (480, 960)
FOLDER = "resized"
_RASTER = frozenset({"PNG", "JPEG", "WebP", "AVIF"})
#: part of a kept copy's name: change it when copies should be made differently
_VERSION = b"copies-1\n"
#: how each format is saved: good enough to look sharp, small enough for a slow link
_SAVE = {
    "JPEG": {"format": "JPEG", "quality": 80, "optimize": True, "progressive": True},
    "PNG": {"format": "PNG", "optimize": True},
    "WebP": {"format": "WEBP", "quality": 80, "method": 4},
    "AVIF": {"format": "AVIF", "quality": 60},
}


def copies(local: str, size: tuple[int, int] | None) -> list[tuple[str, int]]:
    """``(path, width)`` of the smaller copies of the image the site serves at ``local``
    (``images/cafe.jpg``), whose size (as shown, :func:`tukena.images.inspect`) is ``size``;
    narrowest first."""
    if size is None or images.kind(local) not in _RASTER:
        return []
    name = local.removeprefix("images/")
    return [(f"{FOLDER}/w{width}/{name}", width) for width in WIDTHS if width < size[0]]


def resize(source: Path | str, width: int) -> bytes:
    """The image file at ``source`` made ``width`` pixels wide, upright, in its own format."""
    from PIL import Image, ImageOps  # only a build with photos to resize needs it

    kind = images.kind(os.fspath(source))
    with Image.open(source) as original:
        if kind == "JPEG":  # decode at a half, a quarter or an eighth where that is enough
            sideways = original.getexif().get(0x0112, 1) >= 5  # its width is shown as height
            original.draft(original.mode, (1, width) if sideways else (width, 1))
        # turned as browsers show the original: by its Exif Orientation (or an AVIF's
        # rotation), except a WebP's, which they ignore
        upright = original if kind == "WebP" else ImageOps.exif_transpose(original)
        height = max(1, round(upright.height * width / upright.width))
        small = upright.resize((width, height), Image.Resampling.LANCZOS)
    if kind == "JPEG" and small.mode not in ("RGB", "L", "CMYK"):
        small = small.convert("RGB")  # a JPEG has no transparency or palette
    out = io.BytesIO()
    small.save(out, **_SAVE[kind])
    return out.getvalue()


def _named(cat: Catalogue) -> list[str]:
    """The local images the site shows: activities' images and organisations' logos."""
    named = [i.local for a in cat.content.activities.values() for i in a.images]
    named += [o.logo.local for o in cat.content.organisations.values() if o.logo]
    return sorted({local for local in named if local})


class _Made:
    """Copies kept in the cache folder by the image's bytes and the width, so that a build
    into a new output folder (``make publish`` makes one each time) resizes nothing that an
    earlier build resized: a photo takes 35 to 60 ms. Without a cache folder, made anew."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.used: set[str] = set()

    def use(self, local: str, digest: str, width: int) -> str:
        """The kept copy's name, marked as used by this build."""
        name = f"{digest}-w{width}{os.path.splitext(local)[1].lower()}"
        self.used.add(name)
        return name

    def get(self, source: Path, local: str, digest: str, width: int) -> bytes:
        name = self.use(local, digest, width)
        if self.folder is not None:
            try:
                return (self.folder / name).read_bytes()
            except FileNotFoundError:
                pass
        try:
            data = resize(source, width)
        except (OSError, ValueError) as exc:  # its headers were fine, its pixels are not
            raise images.ImageError(f"content/{local} cannot be read: {exc}") from exc
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = self.folder / (name + ".part")
            partial.write_bytes(data)
            os.replace(partial, self.folder / name)
        return data

    def prune(self) -> None:
        """Remove the kept copies of images the site no longer shows."""
        if self.folder is not None and self.folder.is_dir():
            for path in self.folder.iterdir():
                if path.name not in self.used:
                    path.unlink(missing_ok=True)


def write(cat: Catalogue, output: Path) -> list[Path]:
    """Write the copies that are missing or whose image changed; remove those whose image
    left the site. The paths written."""
    content = cat.config.content
    memo = Memo.load(cat, "photos")
    cache = cat.config.cache_dir
    made = _Made(cache / "photos" if cache else None)
    written: list[Path] = []
    for local in _named(cat):
        source = content / local
        wanted = copies(local, images.size(source))
        if not wanted:
            continue
        digest = hashlib.sha256(_VERSION + source.read_bytes()).hexdigest()[:32]
        for path, width in wanted:
            if memo.fresh(output, path, digest):
                made.use(local, digest, width)
                continue
            memo.write(output, path, made.get(source, local, digest, width))
            written.append(output / path)
    memo.save(output)
    made.prune()
    if written:
        logger.info("photos: %s smaller copies written", len(written))
    return written
