"""The web service: receipts, validation, idempotency and every bad-input case."""

from __future__ import annotations

import logging
import re
import tracemalloc
from urllib.parse import urlencode

import pytest

from tests.bot import asgi
from tests.bot.helpers import (
    ORIGIN,
    activity_pairs,
    fresh_token,
    make_client,
    make_settings,
    submission_id,
    submit,
)
from tukena import documents, loader
from tukena.bot import guard
from tukena.forms.parse import flatten
from tukena.forms.spec import form_spec

pytest_plugins = ["tests.bot.fixtures"]


def stored(client):
    return client.app.state.bot.store


def prepared(client, sid: str):
    """The submission as the worker prepares it for its pull request (slug, report)."""
    bot = client.app.state.bot
    return bot.worker.deliverer.preparer.prepare(bot.store.get(sid))


def test_a_valid_submission_gets_a_receipt_and_is_queued(client, clock):
    token = fresh_token(client, clock)
    response = submit(client, activity_pairs(), token)
    assert response.status_code == 200
    sid = submission_id(response.text)
    assert f'href="/status/{sid}?lang=fi"' in response.text
    sub = stored(client).get(sid)
    assert sub.state == "queued" and sub.kind == "activity" and sub.slug is None
    sub = prepared(client, sid)
    assert sub.path == "content/activities/laksykerho-leppavaarassa-espoo.md"
    assert sub.data["verified"] == "2026-11-22"
    status = client.get(f"/status/{sid}", headers={"Accept": "application/json"}).json()
    assert status == {"id": sid, "state": "queued", "url": None, "number": None}


def test_the_same_token_returns_the_same_receipt_and_no_second_entry(client, clock):
    token = fresh_token(client, clock)
    first = submit(client, activity_pairs(), token)
    again = submit(client, activity_pairs(), token)  # double click
    clock.advance(120)
    retried = submit(
        client, activity_pairs(title="Toinen otsikko"), token
    )  # retry after a time-out
    ids = {submission_id(r.text) for r in (first, again, retried)}
    assert len(ids) == 1
    assert stored(client).counts()["queued"] == 1


def test_without_a_valid_token_the_answers_come_back_to_confirm(client, clock):
    """The static site's form has no token: its answers come back on the check page, to
    read through and send (an organisation's too; a form without the check, whole)."""
    response = submit(client, activity_pairs())
    assert response.status_code == 200
    assert "<h1>Tarkista tiedot ennen lähettämistä</h1>" in response.text
    assert '<span lang="fi" dir="ltr">Läksykerho Leppävaarassa</span></dd>' in response.text
    assert stored(client).counts()["queued"] == 0
    token = re.search(r'name="_token" value="([^"]+)"', response.text)[1]
    clock.advance(10)
    confirmed = submit(client, activity_pairs(), token)
    assert submission_id(confirmed.text)
    forged = submit(client, activity_pairs(), token[:-2] + "xx")
    assert "<h1>Tarkista tiedot" in forged.text and stored(client).counts()["queued"] == 1


def test_a_reviewed_token_is_the_bots_own_mark():
    """A token issued after the answers were given says so, under the bot's signature: a
    form token made "reviewed" by hand does not verify."""
    from tukena.bot.tokens import Signer

    signer = Signer(b"k" * 32)
    reviewed, typed = signer.issue(1000.0, reviewed=True), signer.issue(1000.0)
    assert signer.verify(reviewed, 1001.0, 60).reviewed is True
    assert signer.verify(typed, 1001.0, 60).reviewed is False
    assert signer.verify("v1r" + typed.removeprefix("v1"), 1001.0, 60) is None


def test_errors_come_back_next_to_their_fields_in_the_users_language(client, clock):
    token = fresh_token(client, clock)
    pairs = activity_pairs(
        **{
            "_lang": "sv",
            "schedule.weekly.0.start": "25:00",
            "contact.email": "ei-osoite",
            "title.fi": "",
        }
    )
    response = submit(client, pairs, token)
    assert response.status_code == 422
    html = response.text
    assert '<html lang="sv"' in html
    assert 'id="e-schedule-weekly-0-start"><span>Ange klockslaget i formatet TT:MM' in html
    assert 'id="e-contact-email"><span>Kontrollera e-postadressen' in html
    assert 'href="#f-title-fi">Aktivitetens namn: Skriv på minst ett språk.' in html
    # kept as written, in a text input: a time input would show "25:00" empty
    assert 'name="schedule.weekly.0.start" type="text" value="25:00"' in html
    assert f'name="_token" value="{token}"' in html  # the same form, the same token
    assert stored(client).counts()["queued"] == 0


def test_json_clients_get_errors_as_json(client, clock):
    token = fresh_token(client, clock)
    response = submit(
        client,
        activity_pairs(**{"schedule.weekly.0.end": "9"}),
        token,
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert {
        "name": "schedule.weekly.0.end",
        "key": "time",
        "message": "Anna kellonaika muodossa TT:MM, esim. 17:00.",
    } in errors


def test_the_organisation_must_exist(client, clock):
    token = fresh_token(client, clock)
    response = submit(client, activity_pairs(organisation="no-such-org"), token)
    assert response.status_code == 422
    assert "Organisaatiota ei löydy" in response.text


def test_honeypot_is_answered_like_success_and_nothing_is_queued(client, clock):
    token = fresh_token(client, clock)
    response = submit(client, activity_pairs(extra_notes="cheap pills"), token)
    assert response.status_code == 200
    sid = submission_id(response.text)
    sub = stored(client).get(sid)
    assert sub.state == "rejected" and sub.reason == "honeypot" and sub.data is None
    assert stored(client).counts()["queued"] == 0
    assert (
        client.get(f"/status/{sid}", headers={"Accept": "application/json"}).json()["state"]
        == "queued"
    )


def test_a_form_sent_faster_than_a_person_can_is_spam(client, clock):
    token = client.get("/api/token").json()["token"]
    clock.advance(1)
    response = submit(client, activity_pairs(), token)
    assert response.status_code == 200
    assert stored(client).get(submission_id(response.text)).reason == "filled too fast"
    assert stored(client).counts() | {} == {**stored(client).counts(), "queued": 0}


@pytest.mark.parametrize("action", ["add:schedule.weekly", "add-language", "check", "edit"])
def test_a_round_trip_soon_after_the_form_is_shown_is_not_spam(client, clock, action):
    """Adding a row at once after opening the form (without JavaScript) is what a person
    does: a round trip stores nothing, so it is answered with the form (or the check page),
    never with a receipt of a rejected submission; what is sent from it is judged then."""
    before = stored(client).counts()
    token = client.get("/api/token").json()["token"]
    clock.advance(1)
    pairs = [*activity_pairs(), ("_action", action), ("_text_language", "so")]
    response = submit(client, pairs, token)
    assert response.status_code == 200 and "/status/" not in response.text
    assert 'name="_token"' in response.text and stored(client).counts() == before
    clock.advance(1)
    sent = submit(client, activity_pairs(), token)  # still too fast
    assert stored(client).get(submission_id(sent.text)).reason == "filled too fast"


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "null"},
        {"Origin": "", "Referer": "https://evil.example/form"},
        {"Origin": ""},
    ],
)
def test_posts_from_other_origins_are_refused(client, clock, headers):
    token = fresh_token(client, clock)
    response = submit(client, activity_pairs(), token, headers=headers)
    assert response.status_code == 403
    assert stored(client).counts()["queued"] == 0


def test_a_refused_origin_is_told_in_the_log_once_naming_the_setting(client, clock, caplog):
    for _ in range(3):
        token = fresh_token(client, clock)
        response = submit(
            client, activity_pairs(), token, headers={"Origin": "https://site.example"}
        )
        assert response.status_code == 403
    told = [r for r in caplog.records if r.name == "tukena.bot.guard" and r.levelname == "WARNING"]
    assert [r.getMessage() for r in told] == [
        "refused a form sent from 'https://site.example': not one of "
        f"TUKENA_BOT_ALLOWED_ORIGINS ({ORIGIN}); add it there if it is the site's"
    ]


def test_an_accepted_submission_is_logged_without_personal_data(client, clock, caplog):
    caplog.set_level(logging.INFO, logger="tukena.bot")
    response = submit(client, activity_pairs(_email="maija@example.fi"), fresh_token(client, clock))
    sid = submission_id(response.text)
    assert f"submission {sid} accepted: activity-new" in caplog.messages
    assert "maija@example.fi" not in caplog.text and "Läksykerho" not in caplog.text


def test_the_bots_own_pages_and_the_referer_are_accepted(client, clock):
    token = fresh_token(client, clock)
    own = submit(client, activity_pairs(), token, headers={"Origin": "https://bot.example"})
    assert own.status_code == 200
    token = fresh_token(client, clock)
    by_referer = submit(
        client,
        activity_pairs(title="Toinen kerho"),
        token,
        headers={"Origin": "", "Referer": f"{ORIGIN}/fi/lomakkeet/"},
    )
    assert by_referer.status_code == 200


def test_large_bodies_are_refused_with_413(client, clock):
    token = fresh_token(client, clock)
    huge = activity_pairs(**{"description.fi": "x" * 200_000})
    assert submit(client, huge, token).status_code == 413

    def chunks():
        yield b"_form=activity-new&"
        for _ in range(200):
            yield b"a=" + b"x" * 1000 + b"&"

    streamed = client.post(
        "/submit", content=chunks(), headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert streamed.status_code == 413


def test_a_declared_length_in_other_digits_than_ascii_is_refused():
    async def empty():
        yield b""

    for declared in ("\u00b2", "\u0661\u0660"):  # "²" and an Arabic-Indic "10"
        reading = guard.read_body(empty(), declared, 1000)
        with pytest.raises(guard.BodyTooLarge):  # refused before any chunk is awaited
            reading.send(None)


def test_a_body_longer_than_its_declared_length_is_refused():
    async def chunks():
        yield b"x" * 600
        yield b"x" * 600

    with pytest.raises(guard.BodyTooLarge):  # the chunks never wait: one step reads all
        guard.read_body(chunks(), "1000", 5000).send(None)


@pytest.mark.parametrize("declare", [False, True])
def test_a_multipart_body_is_read_no_further_than_its_limit(tmp_path, repo, clock, declare):
    """A form with photos is parsed as it arrives, not read whole first: past the limit
    (three photos and the text), or past the length it declared, the bot stops reading it
    and answers 413, and nothing is kept."""
    settings = make_settings(tmp_path, repo, max_body_bytes=1024, photo_max_bytes=1_000_000)
    limit = 1024 + 3 * 1_000_000
    chunks = asgi.multipart([("_form", "activity-new")], [("images.0.src", 4_000_000)])
    sent = asgi.multipart_request(chunks, declare=False)
    if declare:  # it says less than it sends
        sent.headers["content-length"] = "2000000"
    with make_client(settings, clock) as c:
        asgi.run(lambda: asgi.send(c.app, sent))
        assert sent.status == 413
        assert sent.taken <= (2_000_000 if declare else limit) + 1_000_000  # one chunk past
        assert c.app.state.bot.store.photo_totals() == (0, 0)


def test_other_content_types_are_refused(client, clock):
    response = client.post("/submit", json={"_form": "activity-new"})
    assert response.status_code == 415


def test_unknown_fields_are_refused(client, clock):
    token = fresh_token(client, clock)
    response = submit(client, [*activity_pairs(), ("is_admin", "1")], token)
    assert response.status_code == 400
    assert stored(client).counts()["queued"] == 0


@pytest.mark.parametrize(
    "name",
    [
        "title.fi/../../x",
        "../../../etc/passwd",
        "locations.0.path",
        "schedule.weekly.100000000000.start",
        "schedule.weekly.\u00b2.start",
        "images.\u00b9.src",
        "content/activities/x.md",
    ],
)
def test_path_like_field_names_are_unknown_fields(client, clock, name):
    token = fresh_token(client, clock)
    assert submit(client, [*activity_pairs(), (name, "x")], token).status_code == 400


def test_path_traversal_in_values_never_reaches_a_path(client, clock):
    token = fresh_token(client, clock)
    pairs = activity_pairs(
        title="../../../etc/passwd", **{"title.sv": "..\\..\\boot.ini", "summary.fi": "/etc/shadow"}
    )
    response = submit(client, pairs, token)
    sub = prepared(client, submission_id(response.text))
    assert sub.slug == "etc-passwd-espoo"
    assert sub.path == "content/activities/etc-passwd-espoo.md"
    assert sub.data["title"]["fi"] == "../../../etc/passwd"
    for target in ("../../x", "../kielikahvila-tapiola", "kielikahvila-tapiola/../../x"):
        token = fresh_token(client, clock)
        update = submit(client, activity_pairs(_form="activity-update", _target=target), token)
        assert update.status_code == 404


def test_bidi_and_invisible_characters_are_refused_with_a_message(client, clock):
    token = fresh_token(client, clock)
    response = submit(client, activity_pairs(**{"summary.fi": "Hinta \u202e0001 €"}), token)
    assert response.status_code == 422
    assert "tekstin suuntaa muuttavan merkin (U+202E)" in response.text
    token = fresh_token(client, clock)
    response = submit(client, activity_pairs(title="Pay\u200bPal"), token)
    assert response.status_code == 422 and "näkymättömän merkin (U+200B)" in response.text


def test_text_is_stored_in_nfc(client, clock):
    token = fresh_token(client, clock)
    response = submit(client, activity_pairs(title="Ka\u0308sityo\u0308kerho"), token)
    sub = prepared(client, submission_id(response.text))
    assert sub.title == "Käsityökerho" == "K\u00e4sity\u00f6kerho"
    assert sub.slug.startswith("kasityokerho")


def test_yaml_tags_in_text_stay_literal(client, clock, repo):
    token = fresh_token(client, clock)
    evil = "!!python/object/apply:os.system ['touch /tmp/pwned']"
    response = submit(
        client, activity_pairs(**{"summary.fi": evil, "title.en": "&anchor *alias"}), token
    )
    sid = submission_id(response.text)
    bot = client.app.state.bot
    assert bot.worker.drain()[0] == "delivered"
    sub = stored(client).get(sid)
    text = repo.show(sub.branch, sub.path)
    raw = documents.parse(text, markdown=True)
    item, problems = loader.validate(raw, loader.ACTIVITIES, sub.path)
    assert problems == [] and item.summary["fi"] == evil and item.title["en"] == "&anchor *alias"


def test_per_address_rate_limit_answers_429_with_retry_after(tmp_path, repo, clock):
    settings = make_settings(tmp_path, repo, rate_limit=2, rate_window_seconds=600)
    with make_client(settings, clock) as c:
        for title in ("Yksi kerho", "Kaksi kerhoa"):
            assert (
                submit(c, activity_pairs(title=title), fresh_token(c, clock, 5)).status_code == 200
            )
        refused = submit(c, activity_pairs(title="Kolme"), fresh_token(c, clock, 5))
        assert refused.status_code == 429
        assert 0 < int(refused.headers["Retry-After"]) <= 600
        clock.advance(600)
        assert submit(c, activity_pairs(title="Neljä"), fresh_token(c, clock, 5)).status_code == 200


def test_round_trips_that_store_nothing_have_an_allowance_of_their_own(tmp_path, repo, clock):
    """Adding rows and checking a long listing does not use up the address's submissions:
    those round trips have ``rate_limit_round_trips``. An ``_action`` that would still store
    (a "check" on a form without one) counts as a submission."""
    settings = make_settings(
        tmp_path, repo, rate_limit=1, rate_limit_round_trips=6, rate_window_seconds=600
    )
    trips = [("_action", "add:schedule.weekly"), ("_action", "check"), ("_action", "edit")]
    # the language switcher's buttons (tukena.forms.uiswitch) show their page again
    trips += [("_action", f"language:sv:{page}") for page in ("errors", "check", "form")]
    with make_client(settings, clock) as c:
        for trip in trips:
            response = submit(c, [*activity_pairs(), trip], fresh_token(c, clock, 5))
            assert response.status_code == 200, trip
        assert c.app.state.bot.store.counts()["queued"] == 0
        sent = submit(c, activity_pairs(), fresh_token(c, clock, 5))
        assert sent.status_code == 200 and submission_id(sent.text)  # the one submission
        extra = submit(c, [*activity_pairs(), trips[0]], fresh_token(c, clock, 5))
        assert extra.status_code == 429  # the seventh round trip
        report = [("_form", "report"), ("_lang", "en"), ("problem", "other"),
                  ("target", "activities/kielikahvila-tapiola"), ("details", "Moved")]  # fmt: skip
        clock.advance(600)
        assert (
            submit(c, [*report, ("_action", "check")], fresh_token(c, clock, 5)).status_code == 200
        )
        refused = submit(c, activity_pairs(title="Toinen"), fresh_token(c, clock, 5))
        assert refused.status_code == 429  # the report's "check" was its one submission


def test_an_address_that_used_up_its_allowances_is_refused_before_its_body_is_read(
    tmp_path, repo, clock
):
    """A body may be tens of megabytes of photos: an address that can send nothing more is
    refused without reading it, in the language of the page it was sent from."""
    settings = make_settings(
        tmp_path, repo, rate_limit=1, rate_limit_round_trips=1, rate_window_seconds=600
    )
    read = []

    def body():
        read.append(True)
        yield urlencode([*activity_pairs(title="Kolmas"), ("_token", token)]).encode()

    with make_client(settings, clock) as c:
        assert submit(c, activity_pairs(), fresh_token(c, clock, 5)).status_code == 200
        trip = [*activity_pairs(), ("_action", "add:schedule.weekly")]
        assert submit(c, trip, fresh_token(c, clock, 5)).status_code == 200
        token = fresh_token(c, clock, 5)
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        for referer, words in ((f"{ORIGIN}/sv/activity/new", "För många"), ("", "Liian monta")):
            refused = c.post("/submit", content=body(), headers={**headers, "Referer": referer})
            assert refused.status_code == 429 and words in refused.text
            assert 0 < int(refused.headers["Retry-After"]) <= 600
        english = c.post(
            "/submit", content=body(), headers={**headers, "Accept-Language": "de, en;q=0.8"}
        )
        assert english.status_code == 429 and "Too many" in english.text
        assert read == []
        clock.advance(600)
        assert c.post("/submit", content=body(), headers=headers).status_code == 200
        assert read == [True]


def test_a_request_refused_after_its_body_was_read_uses_up_the_other_allowance(
    tmp_path, repo, clock
):
    """Sending on after a refusal, of either kind, soon stops the bot reading the bodies."""
    settings = make_settings(
        tmp_path, repo, rate_limit=1, rate_limit_round_trips=2, rate_window_seconds=600
    )
    trip = [*activity_pairs(), ("_action", "add:schedule.weekly")]
    with make_client(settings, clock) as c:
        throttle = c.app.state.bot.throttle
        assert submit(c, activity_pairs(), fresh_token(c, clock, 5)).status_code == 200
        for _ in range(2):  # read, refused: each counts as one of the two round trips
            assert submit(c, activity_pairs(), fresh_token(c, clock, 5)).status_code == 429
        assert throttle.before_reading("testclient", clock()) > 0
        clock.advance(600)
        for _ in range(2):
            assert submit(c, trip, fresh_token(c, clock, 5)).status_code == 200
        assert throttle.before_reading("testclient", clock()) == 0  # a submission may come
        assert submit(c, trip, fresh_token(c, clock, 5)).status_code == 429  # and uses it
        assert throttle.before_reading("testclient", clock()) > 0


@pytest.mark.parametrize("trusted", [False, True])
def test_a_proxys_forwarded_address_while_it_is_not_trusted_is_told_once(
    tmp_path, repo, clock, caplog, trusted
):
    """Behind a proxy, with TUKENA_BOT_TRUST_FORWARDED_FOR off, every organiser shares the
    proxy's allowance: the log says so, once, not at each request."""
    settings = make_settings(tmp_path, repo, rate_limit=1, trust_forwarded_for=trusted)
    with make_client(settings, clock) as c:
        for n, address in enumerate(("192.0.2.1", "192.0.2.2", "192.0.2.3")):
            response = submit(
                c,
                activity_pairs(title=f"Kerho {n}"),
                fresh_token(c, clock, 5),
                headers={"X-Forwarded-For": address},
            )
            assert response.status_code == (200 if trusted or n == 0 else 429)
    told = [r for r in caplog.records if "TUKENA_BOT_TRUST_FORWARDED_FOR" in r.getMessage()]
    assert [r.levelname for r in told] == ([] if trusted else ["WARNING"])
    assert all("X-Forwarded-For" in r.getMessage() for r in told)


def test_without_a_proxy_nothing_is_told(client, clock, caplog):
    assert submit(client, activity_pairs(), fresh_token(client, clock)).status_code == 200
    assert "TUKENA_BOT_TRUST_FORWARDED_FOR" not in caplog.text


def test_a_full_queue_answers_503_with_retry_after(tmp_path, repo, clock):
    settings = make_settings(tmp_path, repo, max_queue=1)
    with make_client(settings, clock) as c:
        first_token = fresh_token(c, clock)
        assert submit(c, activity_pairs(title="Yksi"), first_token).status_code == 200
        response = submit(c, activity_pairs(title="Kaksi"), fresh_token(c, clock))
        assert response.status_code == 503 and int(response.headers["Retry-After"]) > 0
        assert stored(c).counts()["queued"] == 1
        # a repeat of the stored one still gets its receipt
        assert submit(c, activity_pairs(title="Yksi"), first_token).status_code == 200


def test_add_row_buttons_show_the_form_with_one_more_row(client, clock):
    token = fresh_token(client, clock)
    response = submit(client, [*activity_pairs(), ("_action", "add:schedule.weekly")], token)
    assert response.status_code == 200
    assert 'name="schedule.weekly.1.start"' in response.text
    assert 'value="Läksykerho Leppävaarassa"' in response.text
    assert stored(client).counts()["queued"] == 0


def test_update_form_is_prefilled_and_the_change_is_listed(client, clock):
    page = client.get("/sv/activity/kielikahvila-tapiola/update")
    assert page.status_code == 200
    assert 'value="Kielikahvila Tapiolassa"' in page.text
    assert 'name="_target" value="kielikahvila-tapiola"' in page.text
    assert 'name="schedule.weekly.0.start" type="time" value="17:00"' in page.text
    assert re.search(r'<option value="tue" selected>tisdag</option>', page.text)
    token = re.search(r'name="_token" value="([^"]+)"', page.text)[1]
    existing = client.app.state.bot.content.content.activities["kielikahvila-tapiola"]
    values = flatten(form_spec("activity"), existing.model_dump(mode="json"))
    values["schedule.weekly.0.start"] = ["18:00"]
    pairs = [(n, v) for n, found in values.items() for v in found]
    pairs += [("_form", "activity-update"), ("_lang", "sv"), ("_target", "kielikahvila-tapiola")]
    clock.advance(60)
    response = submit(client, pairs, token)
    assert response.status_code == 200, response.text[:3000]
    sub = prepared(client, submission_id(response.text))
    assert (
        sub.form == "activity-update" and sub.path == "content/activities/kielikahvila-tapiola.md"
    )
    changes = {c["field"]: (c["before"], c["after"]) for c in sub.report["changes"]}
    assert changes["schedule.weekly[0].start"] == ("17:00", "18:00")
    assert changes["verified"] == ("2026-09-01", "2026-11-22")


def test_copy_makes_a_new_listing_and_flags_the_likely_duplicate(client, clock):
    page = client.get("/en/activity/kielikahvila-tapiola/copy")
    assert page.status_code == 200 and 'name="_source" value="kielikahvila-tapiola"' in page.text
    token = fresh_token(client, clock)
    pairs = activity_pairs(
        _form="activity-copy",
        _source="kielikahvila-tapiola",
        title="Kielikahvila Tapiolassa",
        **{"locations.0.municipality": "049"},
    )
    response = submit(client, pairs, token)
    sub = prepared(client, submission_id(response.text))
    assert sub.form == "activity-copy" and sub.slug == "kielikahvila-tapiolassa-espoo"
    assert sub.report["source"] == "content/activities/kielikahvila-tapiola.md"
    assert any(
        "Possible duplicate of `content/activities/kielikahvila-tapiola.md`" in w
        for w in sub.report["warnings"]
    )


def test_a_second_pending_submission_is_flagged_as_a_duplicate(client, clock):
    first = submit(client, activity_pairs(), fresh_token(client, clock))
    prepared(client, submission_id(first.text))
    response = submit(client, activity_pairs(), fresh_token(client, clock))
    sub = prepared(client, submission_id(response.text))
    assert sub.slug == "laksykerho-leppavaarassa-espoo-2"
    assert any("Possible duplicate of submission" in w for w in sub.report["warnings"])


def test_new_organisation_then_an_activity_that_names_it(client, clock):
    page = client.get("/fi/organisation/new")
    assert page.status_code == 200 and "Organisaation nimi" in page.text
    pairs = [
        ("_form", "organisation-new"),
        ("_lang", "fi"),
        ("name.fi", "Uusi Yhdistys ry"),
        ("kind", "association"),
        ("level", "local"),
        ("municipalities", "091"),
        ("email", "info@uusi.example"),
        ("language", "fi"),
    ]
    response = submit(client, pairs, fresh_token(client, clock))
    org = prepared(client, submission_id(response.text))
    assert (
        org.slug == "uusi-yhdistys-ry" and org.path == "content/organisations/uusi-yhdistys-ry.yaml"
    )
    activity = submit(
        client, activity_pairs(organisation="uusi-yhdistys-ry"), fresh_token(client, clock)
    )
    sub = prepared(client, submission_id(activity.text))
    assert any("waiting for review" in w for w in sub.report["warnings"])


def test_problem_report(client, clock):
    page = client.get("/en/report?target=activities/kielikahvila-tapiola")
    assert "Kielikahvila Tapiolassa" in page.text or "Language café in Tapiola" in page.text
    pairs = [
        ("_form", "report"),
        ("_lang", "en"),
        ("target", "activities/kielikahvila-tapiola"),
        ("problem", "schedule"),
        ("details", "It is on Wednesdays now @everyone"),
        ("_email", "me@example.fi"),
    ]
    response = submit(client, pairs, fresh_token(client, clock))
    sub = stored(client).get(submission_id(response.text))
    assert sub.kind == "report" and sub.submitter_email == "me@example.fi"
    bad = submit(
        client,
        [*pairs[:2], ("target", "activities/nothing"), ("problem", "other")],
        fresh_token(client, clock),
    )
    assert bad.status_code == 422


def test_a_bad_submitter_email_is_an_error_on_its_field(client, clock):
    response = submit(
        client, [*activity_pairs(), ("_email", "not an address")], fresh_token(client, clock)
    )
    assert response.status_code == 422
    assert 'id="e-_email"' in response.text and 'href="#f-_email"' in response.text


def test_form_pages_and_description(client):
    for path in ("/fi/activity/new", "/sv/organisation/new", "/en/report", "/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-security-policy"].startswith("default-src 'none'")
    assert client.get("/xx/activity/new").status_code == 404
    assert client.get("/fi/activity/nothing/update").status_code == 404
    data = client.get("/api/forms/activity.json").json()
    assert data["honeypot"] == "extra_notes"
    assert any(o["value"] == "monikulttuurinen-olohuone" for o in data["sources"]["organisations"])
    cors = client.get("/api/token", headers={"Origin": ORIGIN})
    assert cors.headers["access-control-allow-origin"] == ORIGIN
    assert (
        "access-control-allow-origin"
        not in client.get("/api/token", headers={"Origin": "https://evil.example"}).headers
    )


def test_a_round_trip_with_the_honeypot_filled_is_spam(client, clock):
    pairs = [*activity_pairs(extra_notes="cheap pills"), ("_action", "check")]
    response = submit(client, pairs, fresh_token(client, clock))
    assert stored(client).get(submission_id(response.text)).reason == "honeypot"
    assert "check-answers" not in response.text


def test_an_unanswered_choice_asks_to_choose_not_to_fill_in(client, clock):
    """A yes-or-no question or a list of options left unanswered: "choose", as the
    browser's own check says it, not "fill in this field"."""
    pairs = [(n, v) for n, v in activity_pairs() if n not in ("cost.free", "category")]
    response = submit(client, pairs, fresh_token(client, clock))
    assert response.status_code == 422
    assert "Valitse kyllä tai ei." in response.text  # cost.free
    assert "Valitse jokin vaihtoehdoista." in response.text  # the category
    # a part of several questions left empty: fill in the part
    pairs = [(n, v) for n, v in activity_pairs() if not n.startswith("schedule.")]
    response = submit(client, pairs, fresh_token(client, clock))
    assert response.status_code == 422
    assert '<p class="field-error" id="e-schedule"><span>Täytä tämän osan tiedot.</span>' in (
        response.text
    )


def test_a_form_with_photos_is_not_held_in_memory_twice(tmp_path, repo, clock):
    """Its files are parsed from the body as it arrives, not from a copy of the whole body
    read first: the memory it takes stays close to the size of its files (a copy of the
    body beside them would take twice that)."""
    settings = make_settings(tmp_path, repo, photo_max_bytes=10_000_000)
    files = [(f"images.{n}.src", 8_000_000) for n in range(3)]
    sent = asgi.multipart_request(asgi.multipart([("_form", "activity-new")], files))
    with make_client(settings, clock) as c:

        async def measured() -> int:
            tracemalloc.start()
            try:
                await asgi.send(c.app, sent)
                return tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()

        peak = asgi.run(measured)
    assert sent.status == 422  # each file an error of its field: no photo in it
    assert peak < 1.5 * sent.size, peak
