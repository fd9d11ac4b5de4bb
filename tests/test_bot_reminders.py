"""Reminders to organisers, sent to a real SMTP server (aiosmtpd) on this machine; their
links followed in the bot's own app; their record kept in the bot's SQLite database."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import html
import json
import os
import re
import smtplib
import ssl
import subprocess
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from pydantic import SecretStr

from tests.bot.helpers import (
    ACTIVITY,
    ORGANISATION,
    TODAY,
    FakeClock,
    form_pairs,
    make_client,
    make_repo,
    make_settings,
)
from tests.browser_support import free_port
from tukena import loader, maintenance
from tukena.bot import mailtexts, reminders
from tukena.bot.cli import main as bot_main
from tukena.bot.records import NewSubmission
from tukena.bot.remindlog import ReminderLog
from tukena.bot.store import Store
from tukena.bot.worker import WorkerLock
from tukena.forms.labels import label
from tukena.site import urls

MONTHS = 12
WITHIN = 30
KEY = b"s" * 32  # make_settings' secret


class Mailbox:
    """An aiosmtpd handler: keeps each message; refuses the addresses it is told to."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], email.message.EmailMessage]] = []
        self.raw: list[bytes] = []
        self.refuse: dict[str, str] = {}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.refuse:
            return self.refuse[address.lower()]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((list(envelope.rcpt_tos), parsed))
        self.raw.append(envelope.content)
        return "250 Message accepted"

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for rcpt, m in self.messages if address in rcpt]


@pytest.fixture
def smtp():
    port = free_port()
    box = Mailbox()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    box.port = port
    yield box
    controller.stop()


def activity(title_fi: str, verified: str, email_line: str, **extra: str) -> str:
    text = ACTIVITY.replace("Kielikahvila Tapiolassa", title_fi)
    text = text.replace("verified: 2026-09-01", f"verified: {verified}")
    text = text.replace("  email: kielikahvila@olohuone.example", email_line)
    for old, new in extra.items():
        text = text.replace(old, new)
    return text


def swedish(verified: str) -> str:
    text = activity("Ryhmä", verified, "  email: grupp@olohuone.example")
    text = text.replace(
        "title:\n  fi: Ryhmä\n  en: Language café in Tapiola",
        "title:\n  sv: Språkgrupp i Hagalund\n  fi: Kieliryhmä Tapiolassa",
    )
    return "---\nlanguage: sv\n" + text.removeprefix("---\n")


@pytest.fixture
def setup(tmp_path, smtp):
    repo = make_repo(tmp_path)
    folder = repo.site / "content" / "activities"
    files = {
        # stale since 2.6.2026: reminded; and the one turning stale on 11.12.2026, to the
        # same address written otherwise: one message for both
        "vanha-kahvila": activity("Vanha kahvila", "2025-06-01", "  email: cafe@olohuone.example"),
        "pian-kerho": activity("Pian kerho", "2025-12-10", "  email: Cafe@Olohuone.example"),
        # stale, no address of its own: the organisation's
        "puhelin-kerho": activity(
            "Puhelinkerho", "2025-05-01", "  name: {fi: Koordinaattori}\n  phone: '+358401234567'"
        ),
        "ruotsi-ryhma": swedish("2025-04-01"),
        # turns stale after the 30 days: not yet
        "myohemmin": activity("Myöhemmin", "2026-01-15", "  email: later@olohuone.example"),
        # ended: never reminded
        "paattynyt": activity(
            "Päättynyt",
            "2025-01-01",
            "  email: ended@olohuone.example",
            **{"season: {start: 2026-09-01}": "season: {start: 2025-01-07, end: 2025-05-27}"},
        ),
    }
    for slug, text in files.items():
        (folder / f"{slug}.md").write_text(text)
    org = ORGANISATION.replace(
        "email: info@olohuone.example", "email: info@olohuone.example\nverified: 2025-10-01"
    )
    (repo.site / "content" / "organisations" / "monikulttuurinen-olohuone.yaml").write_text(org)
    settings = make_settings(
        tmp_path,
        repo,
        smtp_host="127.0.0.1",
        smtp_port=smtp.port,
        smtp_security="none",
        mail_from="tukena <noreply@tukena.example>",
        mail_reply_to="yllapito@tukena.example",
        public_url="https://bot.tukena.example",
        site_url="https://tukena.example",
    )
    Store(settings.database)  # the bot runs here: its state folder and database are there
    return repo, settings


def run(settings, today=TODAY, clock=None):
    content = loader.load(settings.content_root, today=today)
    log = ReminderLog(Store(settings.database))
    found = reminders.due(content, today, MONTHS, settings.remind_days_before)
    letters = reminders.plan(content, found, log)
    return reminders.send(letters, settings, log, KEY, MONTHS, clock or FakeClock())


def environment(monkeypatch, settings, **more: str) -> None:
    """The command's settings, as the environment gives them (``TUKENA_BOT_<NAME>``)."""
    values = {
        "STATE_DIR": str(settings.state_dir),
        "CONTENT_ROOT": str(settings.content_root),
        "SMTP_SECURITY": "none",
        "PUBLIC_URL": "https://bot.tukena.example",
        "SECRET": "s" * 32,
        **more,
    }
    for name, value in values.items():
        monkeypatch.setenv(f"TUKENA_BOT_{name}", value)


def remind(monkeypatch, settings, port: int) -> int:
    """``tukena bot remind`` as of TODAY, sending to the mail server on ``port``."""
    environment(
        monkeypatch,
        settings,
        SMTP_HOST="127.0.0.1",
        SMTP_PORT=str(port),
        MAIL_FROM="noreply@tukena.example",
    )
    return bot_main(["remind", "--today", TODAY.isoformat()])


def links(message) -> list[str]:
    return re.findall(r"https://\S+", message.get_content())


def test_each_address_gets_one_message_about_its_due_and_stale_listings(setup, smtp):
    repo, settings = setup
    content = loader.load(repo.site, today=TODAY)
    expected: dict[str, set[str]] = {}
    for row in maintenance.due(content, TODAY, MONTHS, WITHIN):
        if row.state in ("due", "stale"):
            expected.setdefault(row.email.lower(), set()).add(row.slug)
    for row in maintenance.organisations_due(content, TODAY, MONTHS, WITHIN):
        expected.setdefault(row.email.lower(), set()).add(row.slug)
    assert expected["cafe@olohuone.example"] == {"vanha-kahvila", "pian-kerho"}

    outcome = run(settings)

    assert len(outcome.sent) == len(expected) == len(smtp.messages)
    for address, slugs in expected.items():
        (message,) = [m for rcpt, m in smtp.messages if [r.lower() for r in rcpt] == [address]]
        body = message.get_content()
        mentioned = {s for s in re.findall(r"/activity/([a-z-]+)/confirm", body)}
        mentioned |= set(re.findall(r"/organisation/([a-z-]+)/update", body))
        assert mentioned == slugs
    assert not smtp.to("later@olohuone.example") and not smtp.to("ended@olohuone.example")


def test_a_message_says_when_and_links_to_confirm_update_and_stop(setup, smtp):
    repo, settings = setup
    run(settings)
    (message,) = smtp.to("cafe@olohuone.example")
    assert message["From"] == "tukena <noreply@tukena.example>"
    assert message["Reply-To"] == "yllapito@tukena.example"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["Content-Language"] == "fi, en"
    body = message.get_content()
    # Finnish first (both listings are Finnish), then English: dates as each language writes them
    finnish, english = body.split("--- In English ---")
    assert "Vanha kahvila" in finnish and "Pian kerho" in finnish
    content = loader.load(repo.site, today=TODAY)
    due = {row.slug: row for row in maintenance.due(content, TODAY, MONTHS, WITHIN)}
    soon = due["pian-kerho"].stale_from
    assert f"{soon.day}.{soon.month}.{soon.year}" in finnish
    assert soon.strftime("%-d %b %Y") in english  # as the site's pages write dates
    assert f"{settings.site_url}/{urls.activity('fi', 'vanha-kahvila')}" in finnish
    assert f"{settings.site_url}/{urls.activity('en', 'vanha-kahvila')}" in english
    # every link opens a page of the bot or the site; the bot's answer 200
    client = make_client(settings, FakeClock())
    for link in links(message):
        assert link.startswith((settings.public_url + "/", settings.site_url + "/")), link
        if link.startswith(settings.public_url):
            page = client.get(link.removeprefix(settings.public_url))
            assert page.status_code == 200, link
            if "/report?" in link:  # "the activity has ended": the report says so already
                assert ("problem", "ended") in form_pairs(page.text)[0]
    stop = message["List-Unsubscribe"].strip("<>")
    assert stop in links(message)
    # as sent: the link itself, which a mail program can follow, not encoded words
    headers = [m.split(b"\r\n\r\n")[0] for m in smtp.raw]
    assert all(f"\r\nList-Unsubscribe: <{settings.public_url}/".encode() in h for h in headers)


def test_a_listing_is_reminded_once_a_stage_and_again_after_confirming(setup, smtp):
    repo, settings = setup
    run(settings)
    first = len(smtp.messages)
    assert run(settings).sent == [] and len(smtp.messages) == first
    # 11.12.2026: "pian-kerho" turns stale, the second stage; nothing else is new
    later = dt.date(2026, 12, 12)
    outcome = run(settings, today=later)
    assert [[i.slug for i in letter.items] for letter in outcome.sent] == [["pian-kerho"]]
    (second,) = smtp.to("Cafe@Olohuone.example")  # the address as the listing writes it
    assert "merkitty mahdollisesti vanhentuneeksi" in second.get_content().lower()
    # confirmed, then a year on: reminded again
    path = repo.site / "content" / "activities" / "vanha-kahvila.md"
    path.write_text(path.read_text().replace("verified: 2025-06-01", "verified: 2026-12-12"))
    assert run(settings, today=later).sent == []
    again = run(settings, today=dt.date(2027, 12, 1))
    assert "vanha-kahvila" in {i.slug for letter in again.sent for i in letter.items}


def test_a_listing_whose_update_waits_or_is_merged_but_not_pulled_is_not_reminded(setup, smtp):
    _repo, settings = setup
    store = Store(settings.database)
    confirmed = {"verified": TODAY.isoformat()}
    waiting = NewSubmission(
        form="activity-confirm", kind="activity", lang="fi", slug="vanha-kahvila"
    )
    merged = NewSubmission(
        form="activity-update", kind="activity", lang="fi", slug="pian-kerho", data=confirmed
    )
    sid = store.add(merged)[0].id
    store.mark_opened(sid, "tukena-bot/x", 1, "https://forge.example/pulls/1")
    store.mark_finished(sid, "merged")
    store.add(waiting)
    # an older update of the third listing, merged long ago: its date is in the content
    old = NewSubmission(
        form="activity-update",
        kind="activity",
        lang="fi",
        slug="puhelin-kerho",
        data={"verified": "2025-05-01"},
    )
    sid = store.add(old)[0].id
    store.mark_opened(sid, "tukena-bot/y", 2, "https://forge.example/pulls/2")
    store.mark_finished(sid, "merged")
    outcome = run(settings)
    slugs = {i.slug for letter in outcome.sent for i in letter.items}
    assert not slugs & {"vanha-kahvila", "pian-kerho"}
    assert "puhelin-kerho" in slugs and "ruotsi-ryhma" in slugs


def test_the_stop_link_asks_then_stops_and_a_forged_one_does_nothing(setup, smtp):
    _repo, settings = setup
    run(settings)
    (message,) = smtp.to("grupp@olohuone.example")
    assert message["Content-Language"] == "sv, en"
    assert message["Subject"].startswith("Stämmer era annonser")
    stop = message["List-Unsubscribe"].strip("<>").removeprefix(settings.public_url)
    client = make_client(settings, FakeClock())
    asked = client.get(stop)
    assert asked.status_code == 200 and "grupp@olohuone.example" in asked.text
    assert '<html lang="sv">' in asked.text and 'method="post"' in asked.text
    action = html.unescape(re.search(r'action="([^"]+)"', asked.text)[1])
    assert action == settings.public_url + stop
    log = ReminderLog(Store(settings.database))
    assert not log.stopped("grupp@olohuone.example")  # opening the link stops nothing
    forged = stop.replace("grupp%40", "cafe%40")
    assert client.post(forged).status_code == 400
    assert not log.stopped("cafe@olohuone.example")
    # a mail program's one-click: no Origin, the body RFC 8058 gives
    done = client.post(
        stop,
        content="List-Unsubscribe=One-Click",
        headers={"Origin": "", "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert done.status_code == 200 and log.stopped("GRUPP@olohuone.example")
    # a new date of confirmation starts a new round of reminders: none to this address
    path = settings.content_root / "content" / "activities" / "ruotsi-ryhma.md"
    path.write_text(path.read_text().replace("verified: 2025-04-01", "verified: 2025-03-01"))
    assert run(settings).sent == [] and len(smtp.to("grupp@olohuone.example")) == 1


def test_a_refused_address_is_not_tried_again_a_busy_one_is(setup, smtp):
    _repo, settings = setup
    smtp.refuse = {
        "cafe@olohuone.example": "550 5.1.1 No such user",
        "grupp@olohuone.example": "451 4.3.0 Try again later",
    }
    outcome = run(settings)
    assert [letter.address.lower() for letter, _ in outcome.refused] == ["cafe@olohuone.example"]
    assert "550" in outcome.refused[0][1]
    assert [letter.address for letter, _ in outcome.deferred] == ["grupp@olohuone.example"]
    smtp.refuse = {}
    retried = run(settings)
    assert [letter.address for letter in retried.sent] == ["grupp@olohuone.example"]
    totals = ReminderLog(Store(settings.database)).totals()
    assert totals["refused"] == 2  # the two listings of the refused address


def test_a_run_sends_at_most_its_limit_and_the_rest_next_time(setup, smtp):
    _repo, settings = setup
    limited = settings.model_copy(update={"mail_max_per_run": 1})
    first = run(limited)
    assert len(first.sent) == 1 and first.left >= 1
    total = 1 + first.left
    while len(smtp.messages) < total:
        assert len(run(limited).sent) == 1
    assert run(limited).sent == []


def test_a_title_cannot_add_a_header_or_a_recipient(setup, smtp):
    repo, settings = setup
    path = repo.site / "content" / "activities" / "vanha-kahvila.md"
    path.write_text(
        path.read_text().replace("fi: Vanha kahvila", 'fi: "Vanha\\nBcc: evil@example.com"')
    )
    content, problems = loader.check(repo.site, today=TODAY)
    if "vanha-kahvila" in content.activities:  # a title may hold a line break
        run(settings)
        recipients = [r for rcpt, _ in smtp.messages for r in rcpt]
        assert "evil@example.com" not in recipients
        assert all(m["Bcc"] is None for _, m in smtp.messages)
    else:
        assert problems


def test_the_command_needs_its_settings_and_previews_without_sending(
    setup, smtp, monkeypatch, capsys
):
    repo, settings = setup
    # an organisation without an address: its listing with a phone only can't be reminded
    org = repo.site / "content" / "organisations" / "monikulttuurinen-olohuone.yaml"
    org.write_text(org.read_text().replace("email: info@olohuone.example\n", ""))
    environment(monkeypatch, settings, SMTP_PORT=str(smtp.port))
    assert bot_main(["remind"]) == 2
    assert "TUKENA_BOT_SMTP_HOST, TUKENA_BOT_MAIL_FROM" in capsys.readouterr().err
    monkeypatch.setenv("TUKENA_BOT_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("TUKENA_BOT_MAIL_FROM", "noreply@tukena.example")
    assert bot_main(["remind", "--dry-run", "--today", TODAY.isoformat()]) == 0
    preview, said = capsys.readouterr()
    unreachable = {
        line.split()[2].rstrip(":") for line in said.splitlines() if line.startswith("NO ADDRESS")
    }
    assert unreachable == {
        "content/activities/puhelin-kerho.md",
        "content/organisations/monikulttuurinen-olohuone.yaml",
    }
    # printed for a phone call: whom to call, at which number
    assert (
        "NO ADDRESS content/activities/puhelin-kerho.md: no e-mail to remind; call "
        "Koordinaattori (Monikulttuurinen Olohuone ry) at +358401234567\n" in said
    )
    assert (
        "NO ADDRESS content/organisations/monikulttuurinen-olohuone.yaml: no e-mail to remind; "
        "Monikulttuurinen Olohuone ry, no phone either\n" in said
    )
    assert "info@" not in preview
    assert (
        "cafe@olohuone.example [fi]: activity vanha-kahvila (stale), activity pian-kerho (due)"
        in preview
    )
    assert smtp.messages == []
    running = WorkerLock(settings.state_dir / "remind.lock")  # another run, from cron
    assert running.acquire()
    assert bot_main(["remind", "--today", TODAY.isoformat()]) == 75
    assert "another reminder run" in capsys.readouterr().err and smtp.messages == []
    running.release()
    assert bot_main(["remind", "--today", TODAY.isoformat()]) == 0
    assert f"{len(preview.splitlines())} sent" in capsys.readouterr().out
    assert len(smtp.messages) == len(preview.splitlines())
    listed = sum(p.count("activity ") + p.count("organisation ") for p in preview.splitlines())
    assert bot_main(["status"]) == 0
    assert f"{listed} listing(s) reminded" in capsys.readouterr().out
    assert bot_main(["status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["reminders"] == {"sent": listed, "stopped": 0}


def test_a_mail_server_that_cannot_be_reached_stops_the_run(setup, monkeypatch, capsys):
    _repo, settings = setup
    assert remind(monkeypatch, settings, 1) == 75  # nothing listens on port 1
    assert "mail server 127.0.0.1:1" in capsys.readouterr().err
    assert ReminderLog(Store(Path(settings.state_dir) / "bot.sqlite3")).totals() == {"stopped": 0}


def test_starttls_and_login_with_the_servers_certificate_checked(setup, tmp_path, monkeypatch):
    """A mail server on port 587 as providers run them: STARTTLS required, then a login;
    the client checks the server's certificate (here one made for the test, trusted
    through ``SSL_CERT_FILE``) and its name."""
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-keyout",
            str(tmp_path / "key.pem"),
            "-out",
            str(tmp_path / "cert.pem"),
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((mechanism, auth_data.login, auth_data.password, session.ssl is not None))
        good = (auth_data.login, auth_data.password) == (b"tukena", b"pw")
        return AuthResult(success=good, handled=False)  # not handled: the server answers 535

    port = free_port()
    box = Mailbox()
    controller = Controller(
        box,
        hostname="127.0.0.1",
        port=port,
        server_hostname="localhost",
        tls_context=server_tls,
        require_starttls=True,
        auth_required=True,
        authenticator=authenticator,
    )
    controller.start()
    try:
        monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "cert.pem"))
        _repo, settings = setup
        secure = settings.model_copy(
            update={
                "smtp_host": "localhost",
                "smtp_port": port,
                "smtp_security": "starttls",
                "smtp_user": "tukena",
                "smtp_password": SecretStr("wrong"),
            }
        )
        with pytest.raises(smtplib.SMTPAuthenticationError):
            run(secure)
        assert box.messages == []
        outcome = run(secure.model_copy(update={"smtp_password": SecretStr("pw")}))
        assert len(outcome.sent) == len(box.messages) > 0
        assert logins[-1][1:] == (b"tukena", b"pw", True)  # over TLS
        monkeypatch.setenv("SSL_CERT_FILE", os.devnull)  # a certificate nobody vouches for
        with pytest.raises(ssl.SSLCertVerificationError):
            run(secure.model_copy(update={"smtp_password": SecretStr("pw")}))
    finally:
        controller.stop()


def test_content_with_problems_sends_nothing_and_names_them(setup, smtp, monkeypatch, capsys):
    repo, settings = setup
    path = repo.site / "content" / "activities" / "vanha-kahvila.md"
    path.write_text(path.read_text().replace("cost: {free: true}", "cost: {free: maybe}"))
    assert remind(monkeypatch, settings, smtp.port) == 1
    said = capsys.readouterr().err
    assert "content/activities/vanha-kahvila.md:" in said and "cost.free" in said
    assert smtp.messages == []


def lapse(repo, slug: str, address: str, until: str = "2026-10-31", text: str = "") -> Path:
    """A listing past its valid_until (TODAY is after it) while its weekly season goes on."""
    text = text or activity("Jatkuva kahvila", "2026-09-01", f"  email: {address}")
    text = text.replace("verified: 2026-09-01", f"verified: 2026-09-01\nvalid_until: {until}")
    path = repo.site / "content" / "activities" / f"{slug}.md"
    path.write_text(text)
    return path


def slugs_sent(outcome) -> set[str]:
    return {i.slug for letter in outcome.sent for i in letter.items}


def test_a_lapsed_listing_is_reminded_once_a_lapse_to_give_a_new_date_or_say_it_ended(
    setup, smtp, monkeypatch, capsys
):
    """The days put it past its valid_until while its sessions go on: the site shows it as
    ended and ``make stale`` lists it. Its organiser is asked, once, whether it goes on."""
    repo, settings = setup
    path = lapse(repo, "jatkuva-kahvila", "lapsed@olohuone.example")
    _, problems = loader.check(settings.content_root, today=TODAY)
    assert [(p.field, p.lapsed) for p in problems] == [("valid_until", True)]
    environment(monkeypatch, settings, SMTP_HOST="127.0.0.1", MAIL_FROM="noreply@x.example")
    assert bot_main(["remind", "--dry-run", "--today", TODAY.isoformat()]) == 0
    preview = capsys.readouterr().out
    assert "lapsed@olohuone.example [fi]: activity jatkuva-kahvila (lapsed)\n" in preview
    assert remind(monkeypatch, settings, smtp.port) == 0
    assert smtp.to("cafe@olohuone.example")  # the others are reminded as every day
    (message,) = smtp.to("lapsed@olohuone.example")
    finnish, english = message.get_content().split("--- In English ---")
    assert "Ilmoitus oli voimassa 31.10.2026 asti" in finnish
    assert "Toiminta jatkuu: anna uusi päivämäärä: https://" in finnish
    assert "It was to be shown until 31 Oct 2026" in english
    bot = settings.public_url
    assert f"{bot}/fi/activity/jatkuva-kahvila/update" in finnish
    assert f"{bot}/en/report?target=activities/jatkuva-kahvila&problem=ended" in english
    # not the form that confirms it as it is: that one refuses a listing shown as ended
    assert "/activity/jatkuva-kahvila/confirm" not in message.get_content()
    client = make_client(settings, FakeClock())
    for link in links(message):
        if link.startswith(bot) and "jatkuva-kahvila" in link:
            assert client.get(link.removeprefix(bot)).status_code == 200, link
    # once: not again the same day, nor the next
    assert remind(monkeypatch, settings, smtp.port) == 0
    assert "jatkuva-kahvila" not in slugs_sent(run(settings, today=TODAY + dt.timedelta(days=1)))
    assert len(smtp.to("lapsed@olohuone.example")) == 1
    # given a later valid_until without a new date of confirmation, it lapses again: asked again
    path.write_text(path.read_text().replace("valid_until: 2026-10-31", "valid_until: 2026-11-15"))
    again = run(settings)
    assert slugs_sent(again) == {"jatkuva-kahvila"}
    assert "voimassa 15.11.2026 asti" in smtp.to("lapsed@olohuone.example")[1].get_content()
    assert run(settings).sent == []


def test_a_lapsed_listing_is_written_to_in_its_own_language_then_in_english(setup, smtp):
    repo, settings = setup
    text = swedish("2026-09-01").replace("grupp@olohuone.example", "lapsed@olohuone.example")
    lapse(repo, "ruotsi-jatkuu", "", text=text)
    run(settings)
    (message,) = smtp.to("lapsed@olohuone.example")
    assert message["Content-Language"] == "sv, en"
    swedish_part, english = message.get_content().split("--- In English ---")
    assert "Annonsen gällde till 31.10.2026" in swedish_part
    assert "Aktiviteten fortsätter: ange ett nytt datum: https://" in swedish_part
    assert "Språkgrupp i Hagalund" in swedish_part and "until 31 Oct 2026" in english


def test_a_lapsed_listing_is_not_reminded_while_its_update_waits(setup, smtp):
    repo, settings = setup
    lapse(repo, "jatkuva-kahvila", "lapsed@olohuone.example")
    store = Store(settings.database)
    waiting = NewSubmission(
        form="activity-update", kind="activity", lang="fi", slug="jatkuva-kahvila"
    )
    sid = store.add(waiting)[0].id
    assert "jatkuva-kahvila" not in slugs_sent(run(settings))
    assert not smtp.to("lapsed@olohuone.example")
    store.mark_opened(sid, "tukena-bot/z", 3, "https://forge.example/pulls/3")
    assert "jatkuva-kahvila" not in slugs_sent(run(settings))
    store.mark_finished(sid, "closed")  # turned down: the listing is as it was, still lapsed
    assert slugs_sent(run(settings)) == {"jatkuva-kahvila"}


def test_a_lapsed_listing_is_not_reminded_after_its_address_stopped_reminders(setup, smtp):
    repo, settings = setup
    run(settings)
    (message,) = smtp.to("cafe@olohuone.example")
    stop = message["List-Unsubscribe"].strip("<>").removeprefix(settings.public_url)
    client = make_client(settings, FakeClock())
    done = client.post(
        stop,
        content="List-Unsubscribe=One-Click",
        headers={"Origin": "", "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert done.status_code == 200
    lapse(repo, "jatkuva-kahvila", "CAFE@olohuone.example")
    lapse(repo, "toinen-jatkuva", "other@olohuone.example")  # an address that did not stop
    assert slugs_sent(run(settings)) == {"toinen-jatkuva"}
    assert len(smtp.to("cafe@olohuone.example")) == 1
    assert not smtp.to("CAFE@olohuone.example")


def test_the_lapsed_text_names_the_form_field_to_change_in_each_language():
    for lang in ("fi", "sv", "en"):
        said = mailtexts.text("lapsed", lang, verified="<VERIFIED>", valid_until="<UNTIL>")
        assert label("valid_until", lang) in said
        assert "<UNTIL>" in said and "<VERIFIED>" in said
