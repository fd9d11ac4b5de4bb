"""The photos kept for forms not sent yet are capped: an address may have the bot keep
``TUKENA_BOT_PHOTO_HOLD_ADDRESS_BYTES`` a rate window, and all of them together take at most
``TUKENA_BOT_PHOTO_HOLD_MAX_BYTES``. A photo past either is not kept, and its field says so
in the user's language; the form goes on. A sent form's photos no longer count, and those
past their hold count no more and are deleted as before."""

from __future__ import annotations

import io
import logging
import random
import re
import sqlite3
from html import unescape

import pytest
from PIL import Image

from tests.bot.helpers import (
    activity_pairs,
    fresh_token,
    make_client,
    make_settings,
    submission_id,
)
from tests.test_bot_photos import post, with_alt
from tukena.bot import photos
from tukena.bot.store import Store

pytest_plugins = ["tests.bot.fixtures"]

MB = 1_000_000
#: the messages of a photo not kept, by language: past the sender's allowance, past the total
FULL = {
    "fi": "Kuvaa ei tallennettu: internetyhteydestäsi on lähetetty viime aikoina liikaa kuvia",
    "sv": "Bilden sparades inte: för många bilder har skickats från din internetanslutning",
    "en": "The photo was not saved: too many photos have been sent from your internet",
}
BUSY = {
    "fi": "Kuvaa ei tallennettu: palvelu ei juuri nyt voi säilyttää enempää",
    "sv": "Bilden sparades inte: tjänsten kan just nu inte spara fler bilder",
    "en": "The photo was not saved: the service cannot keep any more photos",
}


def noisy_photo(seed: int) -> bytes:
    """A JPEG whose kept copy is about 0.7 MB: noise does not compress."""
    noise = random.Random(seed).randbytes(1200 * 900 * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (1200, 900), noise).save(out, "JPEG", quality=95)
    return out.getvalue()


def kept(seed: int) -> photos.Photo:
    return photos.make(noisy_photo(seed), 25 * MB)


def add_row(client, seeds: list[int], lang: str = "fi", address: str = "192.0.2.1"):
    """An "add a row" round trip from ``address`` with a photo in each of the first rows."""
    data: dict[str, list[str]] = {"_lang": [lang], "_action": ["add:images"]}
    for name, value in activity_pairs("Käsityöpiiri"):
        if name != "_lang":
            data.setdefault(name, []).append(value)
    files = [
        (f"images.{n}.src", (f"{seed}.jpg", noisy_photo(seed), "image/jpeg"))
        for n, seed in enumerate(seeds)
    ]
    return client.post(
        f"/submit?lang={lang}", data=data, files=files, headers={"X-Forwarded-For": address}
    )


def field_errors(html: str) -> dict[int, str]:
    """The errors of the photo fields by row."""
    found = re.findall(r'<p class="field-error" id="e-images-([0-9])-src"><span>(.*?)</span>', html)
    return {int(n): unescape(text) for n, text in found}


@pytest.mark.parametrize(
    ("lang", "most"), [("fi", "(enintään 3 Mt)"), ("sv", "(högst 3 MB)"), ("en", "(at most 3 MB)")]
)
def test_a_photo_past_the_senders_allowance_is_not_kept_and_its_field_says_so(
    tmp_path, repo, clock, lang, most
):
    settings = make_settings(
        tmp_path, repo, photo_hold_address_bytes=3 * MB, trust_forwarded_for=True
    )
    with make_client(settings, clock) as client:
        store = client.app.state.bot.store
        first = add_row(client, [1, 2, 3], lang)
        assert first.status_code == 200 and field_errors(first.text) == {}
        assert (
            sum(len(kept(s).data) for s in (1, 2, 3, 4))
            <= 3 * MB
            < sum(len(kept(s).data) for s in (1, 2, 3, 4, 5))
        )
        second = add_row(client, [4, 5], lang)  # the fourth fits, the fifth does not
        assert second.status_code == 200
        assert store.photo(kept(4).src) is not None and store.photo(kept(5).src) is None
        assert store.photo_totals()[0] == 4
        errors = field_errors(second.text)
        assert list(errors) == [1] and errors[1].startswith(FULL[lang]) and most in errors[1]
        # another address has an allowance of its own
        elsewhere = add_row(client, [5], lang, address="192.0.2.2")
        assert field_errors(elsewhere.text) == {} and store.photo(kept(5).src) is not None
        # and this one's is back once the window has passed
        assert 1 in field_errors(add_row(client, [6, 7], lang).text)
        clock.advance(settings.rate_window_seconds)
        assert field_errors(add_row(client, [7], lang).text) == {}
        assert store.photo(kept(7).src) is not None


def test_the_photos_held_for_unsent_forms_are_capped_in_total(tmp_path, repo, clock, caplog):
    """Past the total, no address gets a photo kept, and the log tells the maintainers
    (once); a form sent with its photos frees their bytes, and so does the end of their
    hold."""
    settings = make_settings(tmp_path, repo, photo_hold_max_bytes=3 * MB)
    with make_client(settings, clock) as client:
        bot = client.app.state.bot
        add_row(client, [1, 2, 3])
        with caplog.at_level(logging.DEBUG, logger="tukena.bot.photostore"):
            refused = add_row(client, [4, 5], "sv")
            assert 1 in field_errors(add_row(client, [4, 6], "sv").text)  # once more
        assert bot.store.photo(kept(4).src) is not None and bot.store.photo(kept(5).src) is None
        assert list(field_errors(refused.text)) == [1]
        assert field_errors(refused.text)[1].startswith(BUSY["sv"])
        told = [r for r in caplog.records if "TUKENA_BOT_PHOTO_HOLD_MAX_BYTES" in r.getMessage()]
        assert [r.levelname for r in told] == ["WARNING", "DEBUG"]
        since = bot.clock() - settings.photo_hold_days * 86400
        assert bot.store.held_bytes(since) == sum(len(kept(s).data) for s in (1, 2, 3, 4))
        # a form sent with two of the kept photos: they are its own now, and free their bytes
        pairs = [
            *with_alt(fi="Kuva"),
            ("images.0.src", kept(1).src),
            ("images.1.src", kept(2).src),
            ("images.1.alt.fi", "Toinen kuva"),
        ]
        sent = post(client, pairs, token=fresh_token(client, clock))
        assert sent.status_code == 200, sent.text[:3000]
        assert bot.store.get(submission_id(sent.text)).report == {
            "photos": [kept(1).src, kept(2).src]
        }
        assert bot.store.held_bytes(since) == sum(len(kept(s).data) for s in (3, 4))
        assert field_errors(add_row(client, [5]).text) == {}
        assert bot.store.photo(kept(5).src) is not None
        # past their hold, the others count no more, and the worker deletes them as before
        clock.advance(settings.photo_hold_days * 86400 + 1)
        later = bot.clock() - settings.photo_hold_days * 86400
        assert bot.store.held_bytes(later) == 0
        assert field_errors(add_row(client, [6, 7, 8]).text) == {}
        bot.worker.housekeeping()
        assert bot.store.photo(kept(3).src) is None and bot.store.photo(kept(1).src) is not None


def test_a_database_from_before_the_cap_gets_its_column_and_its_photos_count_in_none(tmp_path):
    path = tmp_path / "bot.sqlite3"
    old = sqlite3.connect(path)
    old.execute(
        "CREATE TABLE photos (src TEXT PRIMARY KEY, data BLOB NOT NULL, created_at REAL NOT NULL)"
    )
    old.execute("INSERT INTO photos VALUES ('images/uploads/old.jpg', ?, 1.0)", (b"x" * 5000,))
    old.commit()
    old.close()
    store = Store(path, clock=lambda: 2.0)
    assert store.photo("images/uploads/old.jpg") == b"x" * 5000
    assert store.held_bytes(0.0) == 0
    assert store.hold_photo("images/uploads/new.jpg", b"y" * 3000, max_held=5000, since=0.0)
    assert not store.hold_photo("images/uploads/more.jpg", b"z" * 3000, max_held=5000, since=0.0)
    assert store.held_bytes(0.0) == 3000 and store.photo("images/uploads/more.jpg") is None
    Store(path)  # opened again: the column is there already
