"""The form bot's photos: the CPU time of making the site's copy of a phone's photo.

Photos as phones write them (12 and 24 million pixels, JPEG, and an iPhone's 12-megapixel
HEIC, turned by their orientation, with a GPS position) and a 40-million-pixel PNG, the
largest the bot takes.
For each, the time of :func:`tukena.bot.photos.make` (best of ``REPEAT``) against the
baseline measured in the same run: Pillow decoding the same file at full size, which is
what any resize starts with. A JPEG is decoded at a half or a quarter of its size where
that is still larger than the copy (``draft``), and the copy is made smaller before it is
turned and its colours converted.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw

from tukena.bot import photos

REPEAT = 3
SIZES = {
    "jpeg_12mp": (4000, 3000),
    "jpeg_24mp": (6000, 4000),
    "heic_12mp": (4032, 3024),
    "png_40mp": (7300, 5470),
}
FORMATS = {"jpeg": "JPEG", "heic": "HEIF", "png": "PNG"}


def _photo(size: tuple[int, int], kind: str) -> bytes:
    """A picture with detail (stripes and text-like marks), so its file is photo-sized."""
    picture = Image.radial_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(picture)
    for x in range(0, size[0], 37):
        draw.line((x, 0, x + size[1] // 3, size[1]), fill=(x % 255, 90, 160), width=3)
    out = io.BytesIO()
    if kind in ("JPEG", "HEIF"):
        exif = Image.Exif()
        exif[0x0112] = 6
        exif.get_ifd(0x8825)[2] = (60.0, 10.0, 0.0)
        picture.save(out, kind, quality=90, exif=exif.tobytes())
    else:
        picture.save(out, "PNG", compress_level=1)
    return out.getvalue()


def _best(action: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEAT):
        started = time.process_time()
        action()
        times.append(time.process_time() - started)
    return min(times)


def run(workdir: Path) -> dict:
    del workdir  # nothing is written
    figures: dict[str, float | int] = {}
    for name, size in SIZES.items():
        data = _photo(size, FORMATS[name.split("_")[0]])
        made = photos.make(data, 100_000_000)
        decode = _best(lambda d=data: Image.open(io.BytesIO(d)).load())
        make = _best(lambda d=data: photos.make(d, 100_000_000))
        figures[f"{name}_sent_kb"] = len(data) // 1000
        figures[f"{name}_kept_kb"] = len(made.data) // 1000
        figures[f"{name}_decode_s"] = decode
        figures[f"{name}_make_s"] = make
        figures[f"{name}_make_vs_decode"] = make / decode
    return figures
