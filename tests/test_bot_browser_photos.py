"""Photos chosen in the organisers' forms, made smaller in Chromium before they are sent
(tukena/forms/static/photos.js), under the pages' own Content-Security-Policy: what the
browser sends is read back from the request and from the file field, with Pillow."""

from __future__ import annotations

import base64
import email.parser
import email.policy
import io
import re

import pytest

pytest.importorskip("playwright")
import pillow_heif  # noqa: E402
from PIL import Image  # noqa: E402

from tests.bot.helpers import submission_id  # noqa: E402
from tests.browser_support import axe_violations, open_page  # noqa: E402
from tukena import images  # noqa: E402
from tukena.forms import ui  # noqa: E402

pytestmark = pytest.mark.browser
pytest_plugins = ["tests.browser_fixtures", "tests.bot_browser_fixtures"]

RED = (220, 20, 20)
FIELD = "#f-images-0-src"
NOTE = "#n-f-images-0-src"
COPY = "/en/activity/kielikahvila-tapiola/copy"


def _size(count: int, lang: str) -> str:
    """A size as photos.js writes it: megabytes with at most one decimal, else kilobytes."""
    mega = count >= 1_000_000
    number = round(count / 1_000_000, 1) if mega else max(1, round(count / 1000))
    shown = f"{number:g}" if mega else str(number)
    if lang == "fi":
        shown = shown.replace(".", ",")
    return ui.text("size_mb" if mega else "size_kb", lang, n=shown)


def _note(lang: str, before: int) -> re.Pattern:
    after = re.escape(ui.text("size_kb", lang, n="@")).replace("@", "[0-9]+")
    after = f"({after}|{re.escape(ui.text('size_mb', lang, n='@')).replace('@', '[0-9.,]+')})"
    template = re.escape(ui.text("photo_smaller", lang))
    return re.compile(
        template.replace(re.escape("{before}"), re.escape(_size(before, lang))).replace(
            re.escape("{after}"), after
        )
    )


@pytest.fixture(scope="module")
def phone_photo(tmp_path_factory):
    """A phone's 12-megapixel photo: stored 4,000 × 3,000 with a red corner top left, shown
    turned a quarter clockwise (Exif orientation 6), with the place it was taken (GPS)."""
    path = tmp_path_factory.mktemp("photos") / "IMG_2041.JPG"
    grain = Image.effect_noise((4000, 3000), 40)
    picture = Image.merge("RGB", (grain, grain, grain))
    picture.paste(RED, (0, 0, 800, 600))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif.get_ifd(images.GPS_TAG)[2] = (60.0, 12.0, 30.0)
    picture.save(path, "JPEG", quality=92, exif=exif.tobytes())
    return path


def _chosen(page) -> tuple[str, str, bytes]:
    """The name, type and bytes of the file the photo field now holds."""
    name, kind, data = page.locator(FIELD).evaluate(
        """async (input) => {
            const file = input.files[0];
            const bytes = new Uint8Array(await file.arrayBuffer());
            let text = "";
            for (let i = 0; i < bytes.length; i += 8192) {
                text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
            }
            return [file.name, file.type, btoa(text)];
        }"""
    )
    return name, kind, base64.b64decode(data)


def _files_sent(app, before: int) -> dict[str, tuple[str, str, bytes]]:
    """The files of the first form the bot received after its ``before``-th: field name →
    (file name, type, bytes). (Chromium does not give a request's files to Playwright.)"""
    headers, body = app.state.received[before]
    head = f"Content-Type: {headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    return {
        part.get_param("name", header="content-disposition"): (
            part.get_filename(),
            part.get_content_type(),
            part.get_payload(decode=True),
        )
        for part in message.iter_parts()
        if part.get_filename()
    }


def _red_corner(picture: Image.Image) -> str:
    """Which top corner of the picture is the red one."""
    rgb = picture.convert("RGB")
    left, right = rgb.getpixel((5, 5)), rgb.getpixel((rgb.width - 6, 5))
    return "left" if left[0] > 180 > left[1] + 100 else "right" if right[0] > 180 else "none"


def test_a_phone_photo_is_sent_turned_smaller_and_without_its_location(
    browser, running, phone_photo
):
    _site, bot_url, app = running
    context, page = open_page(browser, bot_url + COPY, javascript=True, bypass_csp=False)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.set_input_files(FIELD, str(phone_photo))
        note = page.locator(NOTE)
        note.filter(has_text="→").wait_for()
        assert _note("en", phone_photo.stat().st_size).fullmatch(note.inner_text())
        assert NOTE[1:] in page.locator(FIELD).get_attribute("aria-describedby").split()
        assert axe_violations(page) == []
        page.fill("#f-images-0-alt-en", "A jug on a table")
        name = page.locator(FIELD).get_attribute("name")
        before = len(app.state.received)
        page.locator("button.send").click()
        page.wait_for_url(re.compile(r".*/status/.*|.*/submit$"))
        filename, kind, data = _files_sent(app, before)[name]
        assert (filename, kind) == ("IMG_2041.jpg", "image/jpeg")
        assert len(data) < phone_photo.stat().st_size / 5
        sent = Image.open(io.BytesIO(data))
        # turned as the phone shows it, at most 1,600 pixels, and nothing but pixels
        assert sent.size == (1200, 1600) and _red_corner(sent) == "right"
        assert dict(sent.getexif()) == {} and b"Exif" not in data[:4096]
        page.wait_for_load_state()
        [image] = app.state.bot.store.get(submission_id(page.content())).data["images"]
        kept = Image.open(io.BytesIO(app.state.bot.store.photo(image["src"])))
        assert kept.size == (1200, 1600) and _red_corner(kept) == "right"
        assert errors == []
    finally:
        context.close()


def test_the_site_form_makes_the_photo_smaller_in_finnish(browser, running, phone_photo):
    site, _bot_url, _app = running
    url = f"{site}/submit/activity-new/"
    context, page = open_page(browser, url, javascript=True, bypass_csp=False)
    try:
        page.set_input_files(FIELD, str(phone_photo))
        note = page.locator(NOTE)
        note.filter(has_text="→").wait_for()
        assert _note("fi", phone_photo.stat().st_size).fullmatch(note.inner_text())
        name, kind, data = _chosen(page)
        assert (name, kind) == ("IMG_2041.jpg", "image/jpeg")
        assert Image.open(io.BytesIO(data)).size == (1200, 1600)
    finally:
        context.close()


def test_a_transparent_picture_stays_a_png_with_its_transparency(browser, running, tmp_path):
    _site, bot_url, _app = running
    path = tmp_path / "logo.png"
    picture = Image.new("RGBA", (3200, 1600), (0, 0, 0, 0))
    grain = Image.effect_noise((1600, 800), 40)  # a photo's detail: megabytes as a PNG
    picture.paste(Image.merge("RGBA", (grain, grain, grain, Image.new("L", grain.size, 255))))
    picture.save(path)
    assert path.stat().st_size > 1_000_000
    context, page = open_page(browser, bot_url + COPY, javascript=True, bypass_csp=False)
    try:
        page.set_input_files(FIELD, str(path))
        page.locator(NOTE).filter(has_text="→").wait_for()
        name, kind, data = _chosen(page)
        assert (name, kind) == ("logo.png", "image/png")
        sent = Image.open(io.BytesIO(data))
        assert sent.size == (1600, 800) and sent.mode == "RGBA"
        assert sent.getpixel((1200, 600))[3] == 0 and sent.getpixel((200, 200))[3] == 255
    finally:
        context.close()


@pytest.mark.parametrize("kind", ["heic", "small"])
def test_a_photo_the_browser_need_not_or_cannot_change_is_sent_as_chosen(
    browser, running, tmp_path, kind
):
    """An iPhone's HEIC, which Chromium cannot draw, is left for the bot; a photo already
    within the site's size is not made worse by a second compression."""
    _site, bot_url, _app = running
    picture = Image.new("RGB", (1200, 900), RED)
    path = tmp_path / ("IMG_0001.HEIC" if kind == "heic" else "small.jpg")
    if kind == "heic":
        pillow_heif.register_heif_opener()
        picture.save(path, "HEIF", quality=80)
    else:
        picture.save(path, "JPEG", quality=85)
    context, page = open_page(browser, bot_url + COPY, javascript=True, bypass_csp=False)
    try:
        page.set_input_files(FIELD, str(path))
        # the script has finished with the file when its note is empty again (or never shown)
        page.wait_for_function(
            "id => !document.getElementById(id) || !document.getElementById(id).textContent",
            arg=NOTE[1:],
        )
        name, _kind, data = _chosen(page)
        assert name == path.name and data == path.read_bytes()
        assert not page.locator(NOTE).is_visible()
    finally:
        context.close()


def test_a_form_sent_while_the_photo_is_made_smaller_waits_for_it(browser, running, phone_photo):
    _site, bot_url, app = running
    context, page = open_page(browser, bot_url + COPY, javascript=True, bypass_csp=False)
    try:
        page.fill("#f-images-0-alt-en", "A jug on a table")
        name = page.locator(FIELD).get_attribute("name")
        before = len(app.state.received)
        page.set_input_files(FIELD, str(phone_photo))
        page.locator("button.send").click()  # at once: the photo is still being made
        page.wait_for_url(re.compile(r".*/status/.*|.*/submit$"))
        _filename, _kind, data = _files_sent(app, before)[name]
        assert Image.open(io.BytesIO(data)).size == (1200, 1600)
        page.wait_for_load_state()
        assert submission_id(page.content())
    finally:
        context.close()
