"""Photos sent with the activity form: made fit for the site."""

from __future__ import annotations

import io
import random
import re

import pytest
from PIL import Image, ImageCms, ImageOps, PngImagePlugin

from tukena import images
from tukena.bot import photos

MB = 1_000_000


def phone_photo(width=4000, height=3000, orientation=6, gps=True, quality=92) -> bytes:
    """A camera JPEG: a red block in the top-left corner as stored, Exif orientation and a
    GPS position, with an sRGB colour profile."""
    picture = Image.new("RGB", (width, height), (250, 250, 245))
    picture.paste((220, 20, 20), (0, 0, width // 4, height // 6))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    if gps:
        place = exif.get_ifd(images.GPS_TAG)
        place[1], place[2] = "N", (60.0, 12.0, 30.0)
    out = io.BytesIO()
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    picture.save(out, "JPEG", quality=quality, exif=exif.tobytes(), icc_profile=icc)
    return out.getvalue()


def as_shown(data: bytes) -> Image.Image:
    """A file's picture as browsers show it (turned by its Exif orientation)."""
    return ImageOps.exif_transpose(Image.open(io.BytesIO(data))).convert("RGB")


# --- making the site's copy ---------------------------------------------------------------


def test_a_phone_photo_is_turned_made_smaller_and_loses_its_metadata():
    sent = phone_photo()
    photo = photos.make(sent, 25 * MB)
    shown = as_shown(sent)
    kept = Image.open(io.BytesIO(photo.data))
    assert photo.extension == "jpg" and kept.format == "JPEG"
    scale = photos.LONGEST / max(shown.size)
    assert kept.size == (round(shown.width * scale), round(shown.height * scale))
    assert (photo.width, photo.height) == kept.size == images.check(photo.data, "JPEG")
    assert len(photo.data) <= images.MAX_BYTES
    assert (
        dict(kept.getexif()) == {} and "icc_profile" not in kept.info and b"Exif" not in photo.data
    )
    # the red block is where the phone showed it (top right after a quarter turn)
    for x, y in [
        (5, 5),
        (kept.width - 5, 5),
        (5, kept.height - 5),
        (kept.width // 2, kept.height // 2),
    ]:
        expected = shown.getpixel((int(x / scale), int(y / scale)))
        assert max(abs(a - b) for a, b in zip(kept.getpixel((x, y)), expected, strict=True)) < 40, (
            x,
            y,
        )
    assert photo.src == f"images/uploads/{photo.key}.jpg" and re.fullmatch(
        r"[0-9a-f]{32}", photo.key
    )
    assert photos.make(sent, 25 * MB) == photo  # the same photo twice is one file


def test_a_transparent_png_stays_a_png_with_its_transparency():
    picture = Image.new("RGBA", (2400, 800), (0, 90, 160, 0))
    picture.paste((0, 90, 160, 255), (0, 0, 1200, 800))
    text = PngImagePlugin.PngInfo()
    text.add_text("Comment", "taken at home")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    picture.save(out, "PNG", pnginfo=text, exif=exif.tobytes(), icc_profile=icc)
    photo = photos.make(out.getvalue(), 25 * MB)
    kept = Image.open(io.BytesIO(photo.data))
    assert photo.extension == "png" and kept.format == "PNG" and kept.size == (1600, 533)
    chunks = {b"tEXt", b"iTXt", b"zTXt", b"eXIf", b"iCCP"}
    assert not [c for c in chunks if c in photo.data] and b"taken at home" not in photo.data
    alpha = kept.getchannel("A")
    assert alpha.getpixel((10, 10)) == 255 and alpha.getpixel((1590, 10)) == 0


def test_a_photo_too_heavy_at_full_quality_is_compressed_until_it_fits():
    noise = random.Random(1)
    picture = Image.frombytes(
        "RGB", (2000, 1500), bytes(noise.getrandbits(8) for _ in range(9_000_000))
    )
    out = io.BytesIO()
    picture.save(out, "PNG")
    first = io.BytesIO()
    picture.resize((1600, 1200)).save(first, "JPEG", quality=85, optimize=True)
    assert first.tell() > images.MAX_BYTES  # so the loop has work to do
    photo = photos.make(out.getvalue(), 25 * MB)
    assert len(photo.data) <= images.MAX_BYTES
    assert images.check(photo.data, "JPEG") == (photo.width, photo.height)


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (b"%PDF-1.7 not a photo at all", "photo_unreadable"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(200), "photo_heic"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "photo_unreadable"),
    ],
)
def test_a_file_that_is_not_a_photo_is_refused_by_name(data, key):
    with pytest.raises(photos.PhotoError) as caught:
        photos.make(data, 25 * MB)
    assert caught.value.key == key


def test_limits_of_size_and_pixels():
    with pytest.raises(photos.PhotoError) as caught:
        photos.make(phone_photo(), 100_000)
    assert caught.value.key == "photo_too_large"
    bomb = io.BytesIO()
    Image.new("1", (8000, 6000)).save(bomb, "PNG")  # 48 million pixels in a few kB
    assert len(bomb.getvalue()) < 100_000
    with pytest.raises(photos.PhotoError) as caught:
        photos.make(bomb.getvalue(), 25 * MB)
    assert caught.value.key == "photo_too_many_pixels" and caught.value.params == {"max": 40}
