"""Photos sent with the activity form: made fit for the site, kept before the answer, and
committed beside the listing, on the local forge (real git) and the faked HTTP forges."""

from __future__ import annotations

import io
import json
import random
import re
from html import unescape

import pytest
from PIL import Image, ImageCms, ImageDraw, ImageOps, PngImagePlugin

from tests.bot.fakes import FakeGitea, FakeGitHub, FakeGitLab
from tests.bot.helpers import (
    activity_pairs,
    form_pairs,
    fresh_token,
    git,
    make_client,
    make_settings,
    submission_id,
)
from tukena import documents, images, loader
from tukena.bot import photos
from tukena.bot.forges import make_forge

pytest_plugins = ["tests.bot.fixtures"]

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


def test_an_iphone_heic_photo_is_read_turned_and_made_a_jpeg():
    picture = Image.new("RGB", (2000, 1500), (250, 250, 245))
    picture.paste((220, 20, 20), (0, 0, 500, 250))  # top left, as stored
    exif = Image.Exif()
    exif[0x0112] = 6  # a quarter turn clockwise to show it
    exif.get_ifd(images.GPS_TAG)[2] = (60.0, 12.0, 30.0)
    sent = io.BytesIO()
    picture.save(sent, "HEIF", exif=exif.tobytes(), quality=90)
    assert sent.getvalue()[4:12] == b"ftypheic"
    photo = photos.make(sent.getvalue(), 25 * MB)
    kept = Image.open(io.BytesIO(photo.data))
    assert photo.extension == "jpg" and kept.size == (1200, 1600)
    assert dict(kept.getexif()) == {} and b"Exif" not in photo.data
    red, light = kept.getpixel((kept.width - 10, 10)), kept.getpixel((10, 10))
    assert red[0] > 180 and red[1] < 80 and min(light) > 200  # the block is now top right


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


def test_a_drawing_sent_as_png_stays_a_png_and_a_photo_sent_as_png_becomes_a_jpeg():
    drawing = Image.new("RGB", (1200, 400), (255, 255, 255))
    ImageDraw.Draw(drawing).text((40, 150), "Olohuone ry", fill=(0, 90, 160))
    out = io.BytesIO()
    drawing.save(out, "PNG")
    kept = photos.make(out.getvalue(), 25 * MB)
    assert kept.extension == "png" and Image.open(io.BytesIO(kept.data)).format == "PNG"
    shown = Image.open(io.BytesIO(kept.data)).convert("RGB")
    assert shown.tobytes() == drawing.tobytes()  # not one pixel blurred
    noise = random.Random(2)
    photo = Image.frombytes("RGB", (1600, 1200), noise.randbytes(1600 * 1200 * 3))
    out = io.BytesIO()
    photo.save(out, "PNG")
    assert photos.make(out.getvalue(), 25 * MB).extension == "jpg"  # over 1 MB as a PNG


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
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(200), "photo_unreadable"),
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


# --- the form -----------------------------------------------------------------------------


def post(client, pairs, files=(), token=None, lang="fi"):
    data: dict[str, list[str]] = {"_lang": [lang]}
    for name, value in [*pairs, *([("_token", token)] if token else [])]:
        if name == "_lang":
            continue
        data.setdefault(name, []).append(value)
    sent = [(name, (filename, content, kind)) for name, filename, content, kind in files]
    return client.post(f"/submit?lang={lang}", data=data, files=sent or None)


def with_alt(**alt: str) -> list[tuple[str, str]]:
    return activity_pairs("Käsityöpiiri", **{f"images.0.alt.{k}": v for k, v in alt.items()})


def send_photo(client, clock, photo: bytes, filename: str = "IMG_2041.JPG", **alt: str) -> str:
    """Send the activity form with one photo and its text alternative; the submission id."""
    files = [("images.0.src", filename, photo, "image/jpeg")]
    response = post(client, with_alt(**alt), files, fresh_token(client, clock))
    assert response.status_code == 200, response.text[:3000]
    return submission_id(response.text)


def kept_src(html: str) -> str:
    found = re.search(r'<input type="hidden" name="images\.0\.src" value="([^"]+)">', html)
    assert found, html[:3000]
    return unescape(found[1])


def test_a_photo_with_the_form_becomes_a_file_of_the_pull_request(client, clock, repo):
    sent = phone_photo()
    sid = send_photo(client, clock, sent, fi="Neljä naista kutoo pöydän ääressä")
    bot = client.app.state.bot
    assert bot.worker.drain() == ["delivered", "idle"]
    branch = f"tukena-bot/{sid}"
    changed = repo.files_changed(branch)
    assert changed[0] == "content/activities/kasityopiiri-espoo.md" and len(changed) == 2
    photo_path = changed[1]
    expected = photos.make(sent, 25 * MB)
    assert photo_path == f"content/{expected.src}"
    assert _blob(repo, branch, photo_path) == expected.data
    text = repo.show(branch, changed[0])
    item, problems = loader.validate(documents.parse(text, True), loader.ACTIVITIES, "x.md")
    assert problems == []
    assert [(i.src, dict(i.alt)) for i in item.images] == [
        (expected.src, {"fi": "Neljä naista kutoo pöydän ääressä"})
    ]
    checkout = repo.bare.parent / "check"
    git(repo.bare.parent, "clone", "--quiet", "-b", branch, str(repo.bare), str(checkout))
    assert images.problem(checkout / photo_path) is None  # the build's own check
    body = json.loads((repo.bare / "tukena-bot" / "forge.json").read_text())["pulls"][0]["body"]
    assert "anyone recognisable in them must have agreed" in body
    assert f"`{photo_path}`" in body and "IMG_2041" not in body


def _blob(repo, branch: str, path: str) -> bytes:
    import subprocess

    return subprocess.run(
        ["git", "cat-file", "blob", f"{branch}:{path}"],
        cwd=repo.bare,
        capture_output=True,
        check=True,
    ).stdout


def test_a_photo_survives_the_form_coming_back_with_errors(client, clock):
    sent = phone_photo(orientation=1, gps=False)
    token = fresh_token(client, clock)
    response = post(
        client, with_alt(), [("images.0.src", "a.jpg", sent, "image/jpeg")], token, "sv"
    )
    assert response.status_code == 422
    src = kept_src(response.text)
    assert src == photos.make(sent, 25 * MB).src
    preview = re.search(r'<p class="photo-kept"><img src="([^"]+)" alt="">', response.text)[1]
    assert preview == f"/{src}"  # the bot's own address (the tests' bot has no public URL)
    assert "Bilden är sparad." in response.text and 'enctype="multipart/form-data"' in response.text
    shown = client.get(preview)
    assert shown.status_code == 200 and shown.headers["content-type"] == "image/jpeg"
    assert shown.content == photos.make(sent, 25 * MB).data
    # sent again with the text alternative and without the file: the kept photo is used
    pairs = [*with_alt(sv="Fyra kvinnor stickar"), ("images.0.src", src)]
    again = post(client, pairs, token=token, lang="sv")
    assert again.status_code == 200, again.text[:3000]
    stored = client.app.state.bot.store.get(submission_id(again.text))
    assert stored.data["images"] == [{"src": src, "alt": {"sv": "Fyra kvinnor stickar"}}]
    assert stored.report == {"photos": [src]}


@pytest.mark.parametrize(
    ("lang", "label", "message"),
    [
        ("fi", "Valokuva", "Tiedostoa ei voi lukea kuvana."),
        ("en", "Photo", "The file cannot be read as a photo."),
    ],
)
def test_a_file_that_is_no_photo_is_an_error_of_its_field_in_the_users_language(
    client, clock, lang, label, message
):
    response = post(
        client,
        with_alt(fi="Kuva"),
        [("images.0.src", "cv.pdf", b"%PDF-1.4", "application/pdf")],
        fresh_token(client, clock),
        lang,
    )
    assert response.status_code == 422
    summary = re.search(r'<div class="error-summary".*?</div>', response.text, re.S)[0]
    assert re.search(rf'<a href="#f-images-0-src">[^<]* 1: {label}: {re.escape(message)}', summary)
    field = re.search(r'<div class="field photo has-error">.*?</div>', response.text, re.S)[0]
    assert message in field and 'aria-invalid="true"' in field
    assert client.app.state.bot.store._one("SELECT count(*) FROM photos")[0] == 0


@pytest.mark.parametrize(
    "src",
    [
        "images/uploads/0123456789abcdef0123456789abcdef.jpg",  # never sent
        "images/someone-elses-photo.jpg",  # another listing's file
    ],
)
def test_an_image_path_the_form_did_not_send_is_refused(client, clock, src):
    response = post(
        client, [*with_alt(fi="Kuva"), ("images.0.src", src)], token=fresh_token(client, clock)
    )
    assert response.status_code == 422
    assert "Kuvaa ei ole enää tallessa." in response.text


def test_a_file_in_a_field_that_takes_none_is_refused(client, clock):
    response = post(
        client,
        with_alt(fi="Kuva"),
        [("title.fi", "a.jpg", phone_photo(), "image/jpeg")],
        fresh_token(client, clock),
    )
    assert response.status_code == 400


def test_the_photos_of_forms_never_sent_are_deleted_after_the_hold(client, clock):
    bot = client.app.state.bot
    token = fresh_token(client, clock)
    left = post(
        client,
        activity_pairs("Kesken"),
        [("images.0.src", "a.jpg", phone_photo(gps=False), "image/jpeg")],
        token,
    )
    assert left.status_code == 422  # no text alternative: never sent again
    sent = phone_photo(orientation=3)
    send_photo(client, clock, sent, fi="Kuva")
    forgotten_src, queued_src = kept_src(left.text), photos.make(sent, 25 * MB).src
    clock.advance(bot.settings.photo_hold_days * 86400 + 1)
    bot.worker.forget_old_emails()
    bot.worker.housekeeping()
    assert bot.store.photo(forgotten_src) is None
    assert bot.store.photo(queued_src) is not None  # still waiting for its pull request


def test_an_update_keeps_or_removes_the_listings_photo_without_sending_it_again(
    tmp_path, repo, clock
):
    listing = repo.site / "content" / "activities" / "kielikahvila-tapiola.md"
    text = listing.read_text().replace(
        "verified: 2026-09-01\n",
        "verified: 2026-09-01\nimages:\n  - src: kahvila.jpg\n    alt: {fi: Kahvikuppeja}\n",
    )
    listing.write_text(text)
    (repo.site / "content" / "images").mkdir()
    (repo.site / "content" / "images" / "kahvila.jpg").write_bytes(
        photos.make(phone_photo(), 25 * MB).data
    )
    git(repo.site, "add", ".")
    git(repo.site, "commit", "--quiet", "-m", "photo")
    git(repo.site, "push", "--quiet", "origin", "main")
    with make_client(make_settings(tmp_path, repo), clock) as client:
        page = client.get("/fi/activity/kielikahvila-tapiola/update")
        assert page.status_code == 200
        assert kept_src(page.text) == "kahvila.jpg" and "Kuva on tallessa." in page.text
        assert '<p class="photo-kept"><span>' in page.text  # no preview: not a photo the bot keeps
        pairs, removable = form_pairs(page.text)
        assert list(removable) == ["images.0.src"]
        clock.advance(60)
        kept = post(client, pairs)
        assert kept.status_code == 200, kept.text[:3000]
        stored = client.app.state.bot.store.get(submission_id(kept.text))
        assert stored.data["images"] == [{"src": "kahvila.jpg", "alt": {"fi": "Kahvikuppeja"}}]
        assert stored.report == {}  # no photo of its own to commit
        page = client.get("/fi/activity/kielikahvila-tapiola/update")
        pairs, _ = form_pairs(page.text)
        clock.advance(60)
        removed = post(client, [*pairs, ("_remove", "images.0.src")])
        assert removed.status_code == 200, removed.text[:3000]
        stored = client.app.state.bot.store.get(submission_id(removed.text))
        assert stored.data["images"] == [] and stored.form == "activity-update"


@pytest.mark.parametrize("kind", ["github", "gitea", "gitlab"])
def test_every_forge_commits_the_photos_bytes(tmp_path, repo, clock, kind):
    fake = {"github": FakeGitHub, "gitea": FakeGitea, "gitlab": FakeGitLab}[kind]()
    api = {
        "github": "",
        "gitea": "https://codeberg.org/api/v1",
        "gitlab": "https://gitlab.com/api/v4",
    }
    settings = make_settings(
        tmp_path,
        repo,
        forge=kind,
        repository="tukena/content",
        forge_token="t0ken",
        forge_api=api[kind],
    )
    forge = make_forge(settings, transport=fake.transport(), clock=clock, sleep=clock.sleep)
    sent = phone_photo(orientation=8)
    with make_client(settings, clock, forge=forge) as client:
        sid = send_photo(client, clock, sent, en="A table")
        assert client.app.state.bot.worker.drain() == ["delivered", "idle"]
    files = fake.commits[fake.branches[f"tukena-bot/{sid}"]]["files"]
    photo = photos.make(sent, 25 * MB)
    assert files[f"content/{photo.src}"] == photo.data
    assert "src: " + photo.src in files["content/activities/kasityopiiri-espoo.md"]


def test_the_forms_with_photos_load_the_script_that_makes_them_smaller(client):
    """photos.js (tests/test_bot_browser_photos.py runs it in Chromium) is served by the
    bot, allowed by its Content-Security-Policy, and given the bot's own photo limits."""
    script = client.get("/static/photos.js")
    assert client.get("/static/forms.js").text.startswith("/* The organisers' forms")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")
    assert "createImageBitmap" in script.text
    for path, photo_fields in (
        ("/fi/activity/new", 1),
        ("/en/organisation/new", 1),
        ("/sv/activity/kielikahvila-tapiola/copy", 1),
        ("/en/report", 0),
    ):
        page = client.get(path)
        tags = re.findall(r'<script src="([^"]+)" defer></script>', page.text)
        [styles] = re.findall(r'<link rel="stylesheet" href="([^"]+)">', page.text)
        scripts = ["forms.js", "photos.js"] if photo_fields else ["forms.js"]
        assert tags == [styles.replace("forms.css", name) for name in scripts], path
        fields = re.findall(r'<input [^>]*type="file"[^>]*>', page.text)
        assert len(fields) == photo_fields, path
        for field in fields:
            assert f'data-longest="{photos.LONGEST}"' in field
            assert f'data-max-bytes="{images.MAX_BYTES}"' in field
        policy = page.headers["content-security-policy"]
        assert "script-src 'self'" in policy.split("; ")
