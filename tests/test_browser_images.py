"""Image sizes in real Chromium: the size :mod:`tukena.images` reads from a file is the size
Chromium decodes, for every format the site shows; and a page keeps an image's place, in its
proportions, before the file has arrived.

Chromium's canvas encodes the baseline JPEG and the extended WebP here (and the JPEG is
given an Exif Orientation, as a phone gives a photo taken upright, which Chromium obeys, as
it obeys a PNG's and an AVIF's but not a WebP's: Pillow makes those); tests/images holds
the formats it cannot encode, made with Debian's cwebp (a lossy and a lossless WebP), cjpeg
(a progressive JPEG) and avifenc (an AVIF)."""

from __future__ import annotations

import base64
import shutil
import struct
from pathlib import Path

import pytest

from tests.browser_support import serve
from tests.site_helpers import sample_content
from tests.test_images import png
from tests.test_site_photos import photo
from tukena import images
from tukena.site.exports import photos

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures"]
FIXTURES = Path(__file__).resolve().parent / "images"
CANVAS = """([type, width, height]) => {
    const canvas = document.createElement('canvas');
    canvas.width = width; canvas.height = height;
    const draw = canvas.getContext('2d');
    draw.fillStyle = 'rgba(11, 93, 59, 0.6)';
    draw.fillRect(0, 0, width, height / 2);
    return canvas.toDataURL(type, 0.8);
}"""
NATURAL = """async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    return [image.naturalWidth, image.naturalHeight];
}"""


def turned(jpeg: bytes, orientation: int, order: str = "<") -> bytes:
    """A JPEG with an Exif block whose Orientation tag says how to turn it, as a phone's."""
    mark = b"II" if order == "<" else b"MM"
    entry = struct.pack(order + "HHIHH", 0x0112, 3, 1, orientation, 0)
    tiff = mark + struct.pack(order + "HI", 42, 8) + struct.pack(order + "H", 1) + entry
    exif = b"Exif\0\0" + tiff + bytes(4)
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif + jpeg[2:]


@pytest.fixture
def files(tmp_path, page) -> Path:
    """A folder of images in each format, several encoded by Chromium itself."""
    for name in ("lossy.webp", "lossless.webp", "progressive.jpg", "photo.avif"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    page.goto("about:blank")
    for name, kind, width, height in [
        ("canvas.jpg", "image/jpeg", 53, 31),
        ("canvas.webp", "image/webp", 17, 64),
        ("wide.jpeg", "image/jpeg", 640, 9),
    ]:
        data = page.evaluate(CANVAS, [kind, width, height])
        (tmp_path / name).write_bytes(base64.b64decode(data.split(",", 1)[1]))
    canvas = (tmp_path / "canvas.jpg").read_bytes()
    for orientation, order in ((6, "<"), (8, ">"), (3, ">")):  # a quarter turn, or a half
        (tmp_path / f"turned-{orientation}.jpg").write_bytes(turned(canvas, orientation, order))
    for kind, suffix in (("PNG", "png"), ("AVIF", "avif"), ("WEBP", "webp")):  # and others'
        (tmp_path / f"turned-6.{suffix}").write_bytes(photo(90, 40, kind, orientation=6))
    (tmp_path / "flat.png").write_bytes(png(77, 12))
    (tmp_path / "drawn.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="120px" height="45" viewBox="0 0 12 4">'
        '<rect width="12" height="4" fill="#0b5d3b"/></svg>',
        "utf-8",
    )
    return tmp_path


def test_the_size_read_is_the_size_chromium_decodes(page, files):
    names = sorted(p.name for p in files.iterdir())
    assert len(names) == 15
    with serve(files) as base:
        page.goto(f"{base}/")
        for name in names:
            natural = page.evaluate(NATURAL, f"{base}/{name}")
            assert images.inspect(files / name) == tuple(natural), name


def test_a_page_keeps_an_images_place_before_it_arrives(site, browser):
    content, _ = sample_content()
    slug, image = next((s, a.images[0]) for s, a in content.activities.items() if a.images)
    width, height = images.inspect(Path(__file__).resolve().parent.parent / "content" / image.local)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    held: list = []
    context.route("**/images/**", lambda route: held.append(route))  # waits, unanswered
    try:
        page = context.new_page()
        page.goto(f"{site}/activities/{slug}.html", wait_until="domcontentloaded")
        shown = page.locator(".activity-image img").first
        assert shown.evaluate("img => img.complete && img.naturalWidth") == 0  # not arrived
        box = shown.bounding_box()
        assert box["width"] > 100
        assert box["height"] == pytest.approx(box["width"] * height / width, abs=1)
        for route in held:
            route.continue_()
        shown.evaluate("img => img.decode()")
        after = shown.bounding_box()
        assert (after["width"], after["height"]) == pytest.approx((box["width"], box["height"]))
    finally:
        context.close()


@pytest.mark.parametrize(("width", "density"), [(390, 1), (390, 2), (1280, 1), (1280, 2)])
def test_a_screen_loads_the_smallest_copy_that_is_sharp_on_it(site, browser, width, density):
    """The photo is drawn at most 20rem high (site.css): the copy chosen is the narrowest
    at least as wide as that many screen pixels, else the original."""
    content, _ = sample_content()
    root = Path(__file__).resolve().parent.parent / "content"
    slug, image = next(
        (s, i) for s, a in sorted(content.activities.items()) for i in a.images
        if photos.copies(i.local, images.size(root / i.local))
    )  # fmt: skip
    shown = images.inspect(root / image.local)
    context = browser.new_context(
        viewport={"width": width, "height": 900}, device_scale_factor=density
    )
    try:
        page = context.new_page()
        page.goto(f"{site}/en/activities/{slug}.html")
        img = page.locator(".activity-image img").first
        img.evaluate("img => img.decode()")
        drawn = min(width - 32, 20 * 16 * shown[0] / shown[1]) * density
        wanted = [(p, w) for p, w in photos.copies(image.local, shown) if w >= drawn]
        chosen = wanted[0][0] if wanted else image.local
        assert img.evaluate("img => img.currentSrc") == f"{site}/{chosen}"
    finally:
        context.close()
