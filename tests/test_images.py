"""Image files (:mod:`tukena.images`): their size in pixels, and the build stopping, at the
listing's line, for one the site cannot show. Chromium's own reading of the sizes is in
tests/test_browser_images.py."""

from __future__ import annotations

import datetime as dt
import os
import struct
import zlib
from pathlib import Path

import pytest

from tukena import images, loader, sample

DAY = dt.date(2026, 11, 22)
SVG = '<svg xmlns="http://www.w3.org/2000/svg"{attrs}><rect width="4" height="4"/></svg>'


def png(width: int, height: int) -> bytes:
    """A PNG of one colour, encoded here from the format's specification."""
    rows = b"".join(b"\x00" + b"\x0b\x5d\x3b" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(("width", "height"), [(1, 1), (45, 29), (1200, 7), (3, 800)])
def test_a_png_gives_its_size(tmp_path, width, height):
    assert images.inspect(write(tmp_path / "a.png", png(width, height))) == (width, height)


@pytest.mark.parametrize(
    ("attrs", "size"),
    [
        (' width="320" height="180"', (320, 180)),
        (' width="320px" height="180.4px" viewBox="0 0 32 18"', (320, 180)),
        (' width="100%" height="100%" viewBox="0 0 640 360"', (640, 360)),  # lengths in %
        (' viewBox="-10,-10 , 48.6 20"', (49, 20)),
        (" viewBox='0 0 64 32' width='10em' height='5em'", (64, 32)),  # not pixels
        ("", None),  # states no size: scales to its place
        (' viewBox="0 0 0 10"', None),
    ],
)
def test_an_svg_gives_its_size_in_pixels_else_its_view_box(tmp_path, attrs, size):
    assert images.inspect(write(tmp_path / "a.svg", SVG.format(attrs=attrs))) == size


@pytest.mark.parametrize(
    "svg",
    [
        SVG.format(attrs="").replace("<rect", "<script>alert(1)</script><rect"),
        SVG.format(attrs=' onload="alert(1)"'),
        SVG.format(attrs="").replace("<rect", "<rect\nONCLICK = 'alert(1)'"),
        SVG.format(attrs="").replace("<rect", '<a href="javascript:alert(1)"><rect'),
        SVG.format(attrs="").replace("<rect", "<foreignObject><p>x</p></foreignObject><rect"),
    ],
)
def test_an_svg_that_could_run_a_script_is_refused(tmp_path, svg):
    """Opened at its own address, an SVG runs its scripts as a page of the site."""
    with pytest.raises(images.ImageError, match="an SVG image may not contain"):
        images.inspect(write(tmp_path / "a.svg", svg))


def test_text_that_mentions_on_is_not_a_handler(tmp_path):
    svg = SVG.format(attrs=' width="8" height="8"').replace(
        "<rect", "<text>come one = come all, online</text><rect"
    )
    assert images.inspect(write(tmp_path / "a.svg", svg)) == (8, 8)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.jpg", png(4, 4), "not a JPEG image"),  # a PNG with a JPEG's name
        ("a.png", b"\xff\xd8\xff\xe0" + bytes(40), "not a PNG image"),
        ("a.webp", png(4, 4), "not a WebP image"),
        ("a.avif", png(4, 4), "not an AVIF image"),
        ("a.svg", "<html><body>not a picture</body></html>", "not an SVG image"),
        ("a.jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(8), "not a JPEG image"),  # cut short
        ("a.gif", png(4, 4), "not an image format the site shows"),
    ],
)
def test_a_file_that_is_not_its_format_is_refused(tmp_path, name, data, message):
    path = write(tmp_path / name, data)
    with pytest.raises(images.ImageError, match=message):
        images.inspect(path)
    assert images.problem(path) is not None and images.size(path) is None


def test_a_heavy_file_is_refused_with_its_weight(tmp_path, monkeypatch):
    data = png(64, 64)
    monkeypatch.setattr(images, "MAX_BYTES", len(data) - 1)
    path = write(tmp_path / "photo.png", data)
    with pytest.raises(images.ImageError, match=r"0\.0 MB is too heavy for a phone"):
        images.inspect(path)
    monkeypatch.setattr(images, "MAX_BYTES", len(data))
    assert images.inspect(path) == (64, 64)


def test_a_replaced_file_is_read_again(tmp_path):
    path = write(tmp_path / "a.png", png(10, 20))
    assert images.inspect(path) == (10, 20)
    write(path, png(30, 5))
    os.utime(path, ns=(1, 1))  # another time and size: another file, whatever the clock says
    assert images.inspect(path) == (30, 5)


def _listing_with_image(root: Path, src: str) -> tuple[str, int]:
    """An activity of a generated site that names ``src``: its path and the line of src."""
    sample.generate(root, activities=3, seed=5, today=DAY)
    path = sorted((root / "content" / "activities").glob("*.md"))[0]
    text = path.read_text("utf-8")
    at = text.index("\nlanguages:")
    path.write_text(
        text[:at] + f"\nimages:\n  - src: {src}\n    alt: {{fi: Kuva}}" + text[at:], "utf-8"
    )
    return f"content/activities/{path.name}", text[:at].count("\n") + 3


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.jpg", png(5, 5), "content/images/photo.jpg: not a JPEG image"),
        ("photo.svg", '<svg onload="alert(1)"/>', "content/images/photo.svg: an SVG image may"),
        ("photo.png", png(300, 300), "content/images/photo.png: 0.0 MB is too heavy"),
    ],
)
def test_the_build_names_the_listing_line_and_field_of_an_unfit_image(
    tmp_path, monkeypatch, name, data, message
):
    monkeypatch.setattr(images, "MAX_BYTES", 600)  # the 300-pixel PNG is heavier
    rel, line = _listing_with_image(tmp_path, name)
    write(tmp_path / "content" / "images" / name, data)
    _, problems = loader.check(tmp_path, today=DAY)
    assert [(p.path, p.line, p.field) for p in problems] == [(rel, line, "images[0].src")]
    assert problems[0].message.startswith(message)


def test_an_unfit_svg_stops_the_build_even_when_its_listing_is_cached(tmp_path):
    rel, line = _listing_with_image(tmp_path, "images/map.svg")
    image = write(tmp_path / "content" / "images" / "map.svg", SVG.format(attrs=""))
    cache: loader.ModelCache = {}
    assert loader.check(tmp_path, today=DAY, cache=cache)[1] == []
    write(image, SVG.format(attrs=' onload="fetch(1)"'))  # the listing's file is unchanged
    _, problems = loader.check(tmp_path, today=DAY, cache=cache)
    assert [(p.path, p.line, p.field) for p in problems] == [(rel, line, "images[0].src")]
    assert problems[0].message == (
        'content/images/map.svg: an SVG image may not contain an event handler ("onload" on'
        " <svg>): save it again as a plain SVG, or as a PNG"
    )


@pytest.mark.parametrize("cut", [8, 12, 16, 19])
def test_a_damaged_exif_block_leaves_the_photo_as_stored(tmp_path, cut):
    """Cut short inside its TIFF header or its tag, the block is ignored, as browsers do."""
    tiff = b"II*\x00\x08\x00\x00\x00\x01\x00\x12\x01\x03\x00\x01\x00\x00\x00\x06\x00\x00\x00"
    assert images.exif_tags(b"Exif\x00\x00" + tiff) == {0x0112: 6}
    assert images.exif_tags(b"Exif\x00\x00" + tiff[:cut]) == {}


@pytest.mark.parametrize("kind", ["JPEG", "PNG", "WEBP", "AVIF"])
def test_a_photo_that_tells_where_it_was_taken_is_refused(tmp_path, kind):
    """A phone writes its GPS position into a photo: published, it could show a home."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x0112] = 1
    plain = tmp_path / f"plain.{kind.lower()}"
    Image.new("RGB", (40, 30)).save(plain, format=kind, exif=exif.tobytes())
    assert images.inspect(plain) == (40, 30)
    exif[images.GPS_TAG] = {1: "N", 2: (60.0, 10.0, 5.0), 3: "E", 4: (24.0, 56.0, 1.0)}
    located = tmp_path / f"located.{kind.lower()}"
    Image.new("RGB", (40, 30)).save(located, format=kind, exif=exif.tobytes())
    with pytest.raises(images.ImageError, match=r"GPS position.*without location data"):
        images.inspect(located)


def test_an_image_of_too_many_pixels_is_refused_from_its_header(tmp_path):
    """A small file can unpack to gigabytes: its stated size is enough to refuse it."""
    header = struct.pack(">IIBBBBB", 8000, 6000, 8, 2, 0, 0, 0)
    ihdr = (
        struct.pack(">I", 13) + b"IHDR" + header + struct.pack(">I", zlib.crc32(b"IHDR" + header))
    )
    path = write(tmp_path / "huge.png", b"\x89PNG\r\n\x1a\n" + ihdr)
    with pytest.raises(images.ImageError, match=r"8000 × 6000 pixels .* at most 40 million"):
        images.inspect(path)
    assert images.inspect(write(tmp_path / "big.png", png(6000, 6))) == (6000, 6)


@pytest.mark.parametrize(
    ("src", "message"),
    [
        ("IMG_0042.HEIC", '"IMG_0042.HEIC" is not an image file the site shows: use a PNG, JPEG,'
         " WebP, AVIF or SVG file in content/images/ (such as cafe.jpg) or an https address"
         " (save a HEIC photo as JPEG first)"),
        ("images/flyer.pdf", '"images/flyer.pdf" is not an image file the site shows: use a PNG,'
         " JPEG, WebP, AVIF or SVG file in content/images/ (such as cafe.jpg) or an https address"),
    ],
)  # fmt: skip
def test_a_file_that_is_no_image_is_named_once_with_what_an_image_may_be(tmp_path, src, message):
    rel, line = _listing_with_image(tmp_path, src)
    _, problems = loader.check(tmp_path, today=DAY)
    assert [(p.path, p.line, p.field, p.message) for p in problems] == [
        (rel, line, "images[0].src", message)
    ]


def test_a_camera_s_upper_case_name_is_an_image_like_any_other(tmp_path):
    rel, _ = _listing_with_image(tmp_path, "IMG_0042.JPG")
    write(tmp_path / "content" / "images" / "IMG_0042.JPG", png(4, 4))  # not a JPEG inside
    _, problems = loader.check(tmp_path, today=DAY)
    assert [(p.path, p.message) for p in problems] == [
        (rel, "content/images/IMG_0042.JPG: not a JPEG image")
    ]
