"""Smaller copies of large photos (:mod:`tukena.site.exports.photos`): which there are, that
each is turned as browsers show its image (tests/test_browser_images.py checks Chromium), as wide as named, in its image's format and without its metadata; that a
build makes them once, again when the image changes, and removes those of an image that
left the site; and that pages offer them in srcset."""

from __future__ import annotations

import dataclasses
import io
import re
import types

import pytest
from PIL import Image

from tests.site_helpers import REPO, pelican, sample_content, sample_copy
from tukena import images
from tukena.site import catalogue, render, routes
from tukena.site.exports import photos

ORIENTATION = 0x0112


def photo(width: int, height: int, kind: str = "JPEG", orientation: int = 1) -> bytes:
    """A photo of two colours, left and right, with an Exif Orientation when not upright."""
    mode = "RGBA" if kind in ("PNG", "WEBP") else "RGB"
    image = Image.new(mode, (width, height), (11, 93, 59, 255))
    image.paste((240, 200, 40, 128 if mode == "RGBA" else 255), (width // 2, 0, width, height))
    exif = Image.Exif()
    if orientation != 1:
        exif[ORIENTATION] = orientation
    exif[0x010F] = "A phone maker"  # metadata a copy leaves out
    out = io.BytesIO()
    image.save(out, format=kind, exif=exif.tobytes())
    return out.getvalue()


@pytest.mark.parametrize(
    ("local", "size", "expected"),
    [
        ("images/a.jpg", (1200, 800), [("resized/w480/a.jpg", 480), ("resized/w960/a.jpg", 960)]),
        ("images/sub/a.webp", (961, 10), [("resized/w480/sub/a.webp", 480), ("resized/w960/sub/a.webp", 960)]),
        ("images/a.png", (960, 10), [("resized/w480/a.png", 480)]),
        ("images/a.avif", (480, 10), []),
        ("images/a.svg", (4000, 10), []),  # a drawing scales as it is
        ("images/a.jpg", None, []),
    ],
)  # fmt: skip
def test_copies_are_made_for_the_widths_an_image_exceeds(local, size, expected):
    assert photos.copies(local, size) == expected


@pytest.mark.parametrize(
    ("kind", "suffix", "orientation", "shown"),
    [
        ("JPEG", "jpg", 6, (800, 1200)),  # a phone held upright: stored sideways
        ("JPEG", "jpeg", 3, (1200, 800)),
        ("PNG", "png", 1, (1200, 800)),
        ("WEBP", "webp", 8, (1200, 800)),  # browsers do not turn a WebP
        ("AVIF", "avif", 6, (800, 1200)),
        ("PNG", "png", 8, (800, 1200)),
    ],
)
def test_a_copy_is_upright_as_wide_as_named_and_without_metadata(
    tmp_path, kind, suffix, orientation, shown
):
    source = tmp_path / f"photo.{suffix}"
    source.write_bytes(photo(1200, 800, kind, orientation))
    assert images.inspect(source) == shown  # the size the page states, as browsers show it
    for path, width in photos.copies(f"images/photo.{suffix}", shown):
        copy = tmp_path / path
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_bytes(photos.resize(source, width))
        with Image.open(copy) as made:
            assert made.format == kind
            assert made.size == (width, round(shown[1] * width / shown[0]))
            exif = made.getexif()
            assert ORIENTATION not in exif and 0x010F not in exif
            if kind == "PNG":  # transparency kept where the format has it
                assert made.mode == "RGBA" and made.getpixel((width - 1, 0))[3] == 128
            # the stored left half (green) is where the orientation turns it
            w, h = made.size
            turn = 1 if kind == "WEBP" else orientation
            at = {1: (w // 4, h // 2), 3: (3 * w // 4, h // 2), 6: (w // 2, h // 4),
                  8: (w // 2, 3 * h // 4)}[turn]  # fmt: skip
            red, green, _ = made.convert("RGB").getpixel(at)
            assert green > 60 > red
        assert images.inspect(copy)[0] == width


@pytest.fixture
def cat(tmp_path):
    """The sample content in a folder of its own, with a cache folder and a build state."""
    content, _ = sample_content()
    made = catalogue.build(content, sample_copy(tmp_path, cache_dir=tmp_path / "cache"))
    made.state = types.SimpleNamespace(code="code")
    return made


def _shown(cat) -> dict[str, tuple[int, int]]:
    content = cat.config.root / "content"
    named = {i.local for a in cat.activities.values() for i in a.images if i.local}
    named |= {o.logo.local for o in cat.content.organisations.values() if o.logo}
    return {local: images.inspect(content / local) for local in named}


def test_a_build_makes_each_copy_once_and_removes_those_of_a_departed_image(cat):
    out = cat.config.output
    expected = {p for local, size in _shown(cat).items() for p, _ in photos.copies(local, size)}
    assert expected, "the sample has a photo wider than a copy"
    written = photos.write(cat, out)
    assert {p.relative_to(out).as_posix() for p in written} == expected
    assert photos.write(cat, out) == []  # nothing changed
    local = next(iter(expected)).split("/", 2)[2]
    source = cat.config.root / "content" / "images" / local
    source.write_bytes(source.read_bytes() + b"\0")  # another file, another signature
    again = {p.relative_to(out).as_posix() for p in photos.write(cat, out)}
    assert again == {p for p in expected if p.endswith("/" + local)}
    activities = {
        slug: a.model_copy(update={"images": []}) for slug, a in cat.content.activities.items()
    }
    content = dataclasses.replace(cat.content, activities=activities)
    without = catalogue.build(content, cat.config)
    without.state = cat.state
    photos.write(without, out)
    logos = {p for local, size in _shown(without).items() for p, _ in photos.copies(local, size)}
    left = {p.relative_to(out).as_posix() for p in (out / "resized").rglob("*") if p.is_file()}
    assert left == logos


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_page_offers_the_copies_and_the_original_with_their_widths(cat, lang):
    shown = _shown(cat)
    pages = [
        render.render(cat, j, "t")
        for j in routes.pages(cat)
        if j.kind == "activity" and j.lang == lang
    ]
    offered = 0
    for html in pages:
        for tag in re.findall(r"<img [^>]*>", html):
            local = re.search(r'src="/([^"]+)"', tag).group(1)
            if local not in shown:
                continue
            width, height = shown[local]
            made = photos.copies(local, (width, height))
            srcset = re.search(r'srcset="([^"]+)"', tag)
            if not made:
                assert srcset is None
                continue
            offered += 1
            want = [f"/{p} {w}w" for p, w in made] + [f"/{local} {width}w"]
            assert srcset.group(1).split(", ") == want
            sizes = re.search(r'sizes="min\(calc\(100vw - 2rem\), ([0-9.]+)rem\)"', tag)
            assert float(sizes.group(1)) == pytest.approx(20 * width / height, abs=0.01)
    assert offered


def test_a_photo_whose_pixels_cannot_be_read_stops_the_build_naming_it(cat):
    """Its headers pass the loader's check; its pixels, cut short, fail the copy."""
    content = cat.config.root / "content"
    local = next(local for local, size in _shown(cat).items() if photos.copies(local, size))
    data = (content / local).read_bytes()
    (content / local).write_bytes(data[: len(data) // 2])
    assert images.inspect(content / local)  # the loader finds nothing wrong
    with pytest.raises(images.ImageError, match=f"content/{local} cannot be read"):
        photos.write(cat, cat.config.output)


def test_a_build_with_an_unreadable_photo_fails_naming_it(tmp_path):
    sample_copy(tmp_path)
    content, _ = sample_content()
    local = next(
        i.local
        for a in content.activities.values()
        for i in a.images
        if photos.copies(i.local, images.size(REPO / "content" / i.local))
    )
    source = tmp_path / "content" / local
    source.write_bytes(source.read_bytes()[:-2000])
    build = pelican(tmp_path, tmp_path / "out")
    assert build.returncode != 0
    assert f"content/{local} cannot be read" in build.log
    assert "1 content problem(s) above; the build stopped unfinished" in build.log


def test_a_build_into_a_new_folder_resizes_nothing_an_earlier_build_resized(cat, monkeypatch):
    """``make publish`` builds into a new folder each time: the copies come from the cache
    folder, byte for byte; the kept copies of a photo the site no longer shows go."""
    first = {
        p.relative_to(cat.config.output): p.read_bytes()
        for p in photos.write(cat, cat.config.output)
    }
    assert first
    made: list[int] = []
    resize = photos.resize
    monkeypatch.setattr(
        photos, "resize", lambda source, width: made.append(width) or resize(source, width)
    )
    fresh = dataclasses.replace(cat.config, output=cat.config.root / "publish")
    again = catalogue.build(cat.content, fresh)
    again.state = types.SimpleNamespace(code="another code")  # a new build state, too
    second = {
        p.relative_to(fresh.output): p.read_bytes() for p in photos.write(again, fresh.output)
    }
    assert second == first and made == []
    kept = cat.config.cache_dir / "photos"
    assert len(list(kept.iterdir())) == len(first)
    activities = {s: a.model_copy(update={"images": []}) for s, a in cat.content.activities.items()}
    without = catalogue.build(dataclasses.replace(cat.content, activities=activities), fresh)
    without.state = again.state
    photos.write(without, fresh.output)
    logos = [p for local, size in _shown(without).items() for p, _ in photos.copies(local, size)]
    assert len(list(kept.iterdir())) == len(logos) and made == []
