"""Reminders to organisers: before a listing's page says it may be out of date, and when it
does, its contact address gets an e-mail with links to confirm it, update it or say it ended.

``tukena bot remind`` runs this once a day. It finds the listings the ``make stale`` report
finds (:mod:`tukena.maintenance`), activities and organisations alike, and those past their
``valid_until`` while their sessions go on (:mod:`tukena.bot.lapses`), and writes one
message per address, listing all of that address's listings. A listing is reminded once a
stage (:mod:`tukena.bot.remindlog`); not while an update or a confirmation of it waits for
review, nor once one was merged but is not yet in the bot's checkout of the content; never
to an address that asked for no more. Each message is recorded once the mail server
accepted it: a run stopped halfway sends the rest next time.

A message is plain text, in the UI language most of its listings are written in (Finnish
when none is), followed by the same in English.
"""

from __future__ import annotations

import datetime as dt
import email.policy
import logging
import smtplib
import ssl
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from urllib.parse import urlencode

from tukena import maintenance
from tukena.bot import lapses
from tukena.bot.mailtexts import text
from tukena.bot.remindlog import ReminderLog, normal
from tukena.bot.settings import BotSettings
from tukena.bot.tokens import Signer
from tukena.loader import ContentSet
from tukena.schemas.languages import UI_LANGUAGES, pick
from tukena.site import urls
from tukena.site.i18n import format_day

logger = logging.getLogger(__name__)

STOP_PATH = "/reminders/stop"
#: Headers unfolded up to SMTP's line limit: folding would turn the long stop link of
#: List-Unsubscribe into encoded words, which mail programs do not read as a link.
POLICY = email.policy.SMTP.clone(max_line_length=998)
#: a mail server's temporary refusals (4xx) are tried again on the next run; others are not
TEMPORARY = range(400, 500)


@dataclass(frozen=True)
class Item:
    """One listing in a reminder."""

    kind: str  #: "activity" or "organisation"
    slug: str
    stage: str  #: "due", "stale" or "lapsed"
    verified: dt.date
    stale_from: dt.date
    title: dict[str, str]
    lang: str  #: the UI language closest to the listing's own
    valid_until: dt.date | None = None

    @property
    def key(self) -> tuple[str, str, str, str]:
        """The listing and stage as the reminder log records them."""
        stage = lapses.log_stage(self.stage, self.valid_until)
        return self.kind, self.slug, self.verified.isoformat(), stage


@dataclass
class Letter:
    """One message: an address and its listings."""

    address: str
    items: list[Item] = field(default_factory=list)

    @property
    def lang(self) -> str:
        """The UI language most of the listings are written in (ties: fi, sv, en)."""
        counts = Counter(item.lang for item in self.items)
        return max(UI_LANGUAGES, key=lambda code: (counts[code], -UI_LANGUAGES.index(code)))


def _ui_language(*codes: str) -> str:
    return next((code for code in codes if code in UI_LANGUAGES), "fi")


def due(
    content: ContentSet, today: dt.date, months: int, within: int
) -> list[tuple[str, maintenance.Due]]:
    """What ``make stale`` lists, ended listings left out but lapsed ones: ``(kind, row)``."""
    found = [("activity", row) for row in maintenance.due(content, today, months, within)]
    found += [
        ("organisation", row)
        for row in maintenance.organisations_due(content, today, months, within)
    ]
    return [pair for pair in found if pair[1].state in ("due", "stale", lapses.STAGE)]


def unreachable(
    content: ContentSet, found: list[tuple[str, maintenance.Due]]
) -> list[tuple[str, str]]:
    """The listings :func:`due` that give no e-mail address, for a phone call: each file
    with whom to call, ``Coordinator (Olohuone ry) at +358401234567``, named as in Finnish."""
    calls = []
    for kind, row in found:
        if row.email:
            continue
        if kind == "activity":
            listing = content.activities[row.slug]
            owner = content.organisations[listing.organisation]
            name = pick(listing.contact.name, "fi")[0] if listing.contact.name else ""
            phone = listing.contact.phone or owner.phone
        else:
            owner = content.organisations[row.slug]
            name, phone = "", owner.phone
        who = f"{name} ({pick(owner.name, 'fi')[0]})" if name else pick(owner.name, "fi")[0]
        calls.append((row.path, f"call {who} at {phone}" if phone else f"{who}, no phone either"))
    return sorted(calls)


def plan(
    content: ContentSet, found: list[tuple[str, maintenance.Due]], log: ReminderLog
) -> list[Letter]:
    """The letters to send today about the listings :func:`due`, in the order of their
    oldest listing."""
    letters: dict[str, Letter] = {}
    for kind, row in sorted(found, key=lambda pair: (pair[1].verified, pair[1].path)):
        if not row.email or log.waiting(kind, row.slug, row.verified.isoformat()):
            continue
        if kind == "activity":
            listing = content.activities[row.slug]
            owner = content.organisations[listing.organisation]
            title, lang = listing.title, _ui_language(listing.language, owner.language)
        else:
            listing = content.organisations[row.slug]
            title, lang = listing.name, _ui_language(listing.language)
        item = Item(
            kind, row.slug, row.state, row.verified, row.stale_from, title, lang, row.valid_until
        )
        if log.reminded(*item.key):
            continue
        letters.setdefault(normal(row.email), Letter(row.email)).items.append(item)
    return [letter for letter in letters.values() if not log.stopped(letter.address)]


def stop_token(key: bytes, address: str) -> str:
    """The proof, in a stop link, that the bot wrote the link for this address."""
    return Signer(key).mac(f"stop-reminders:{normal(address)}")


def stop_url(settings: BotSettings, key: bytes, address: str, lang: str) -> str:
    query = urlencode({"address": address, "token": stop_token(key, address), "lang": lang})
    return f"{settings.public_url}{STOP_PATH}?{query}"


def _section(letter: Letter, lang: str, settings: BotSettings, months: int) -> list[str]:
    bot, site = settings.public_url, settings.site_url
    lines = [
        text("greeting", lang),
        "",
        text("intro", lang, site=settings.site_name, months=months),
    ]
    for item in letter.items:
        title = pick(item.title, lang, item.lang)[0]
        if item.kind == "organisation":
            title = f"{text('organisation', lang)}: {title}"
        dates = {
            "verified": format_day(item.verified, lang),
            "stale_from": format_day(item.stale_from, lang),
            "valid_until": format_day(item.valid_until, lang) if item.valid_until else "",
        }
        lines += ["", f"* {title}", f"  {text(item.stage, lang, **dates)}"]
        if item.kind == "activity":
            page = urls.activity(lang, item.slug)
            links = lapses.activity_links(bot, lang, item.slug, item.stage)
        else:
            page = urls.organisation(lang, item.slug)
            links = [("update_organisation", f"{bot}/{lang}/organisation/{item.slug}/update")]
        if site:
            links.insert(0, ("page", f"{site}/{page}"))
        lines += [f"  {text(name, lang)}: {url}" for name, url in links]
    lines += ["", text("how", lang)]
    return lines


def compose(
    letter: Letter, settings: BotSettings, key: bytes, months: int, now: float
) -> EmailMessage:
    """The message for ``letter``, in its language and then in English."""
    lang = letter.lang
    lines = _section(letter, lang, settings, months)
    if lang != "en":
        rule = f"--- {text('in_english', 'en')} ---"
        lines += ["", rule, "", *_section(letter, "en", settings, months)]
    stop = stop_url(settings, key, letter.address, lang)
    lines += ["", "-- ", text("automatic", lang, site=settings.site_name)]
    if settings.mail_reply_to:
        lines.append(text("replies", lang))
    lines.append(text("stop", lang, url=stop))
    message = EmailMessage(policy=POLICY)
    message["From"] = settings.mail_from
    message["To"] = letter.address
    if settings.mail_reply_to:
        message["Reply-To"] = settings.mail_reply_to
    message["Subject"] = text("subject", lang, site=settings.site_name)
    message["Date"] = formatdate(now, localtime=False)
    message["Message-ID"] = make_msgid("reminder", parseaddr(settings.mail_from)[1].split("@")[1])
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no automatic replies
    message["List-Unsubscribe"] = f"<{stop}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"  # RFC 8058
    message.set_content("\n".join(lines) + "\n", charset="utf-8", cte="quoted-printable")
    message["Content-Language"] = lang if lang == "en" else f"{lang}, en"  # after set_content
    return message


@contextmanager
def connect(settings: BotSettings) -> Iterator[smtplib.SMTP]:
    """A session with the mail server the settings name, logged in when they say so."""
    context = ssl.create_default_context()
    if settings.smtp_security == "tls":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.smtp_host, settings.smtp_port, timeout=30, context=context
        )
    else:
        smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=30)
    try:
        if settings.smtp_security == "starttls":
            smtp.starttls(context=context)
        if settings.smtp_user:
            password = settings.smtp_password.get_secret_value() if settings.smtp_password else ""
            smtp.login(settings.smtp_user, password)
        yield smtp
    finally:
        try:
            smtp.quit()
        except smtplib.SMTPException:
            smtp.close()


@dataclass
class Outcome:
    """What a run did."""

    sent: list[Letter] = field(default_factory=list)
    refused: list[tuple[Letter, str]] = field(default_factory=list)  #: not tried again
    deferred: list[tuple[Letter, str]] = field(default_factory=list)  #: tried next run
    left: int = 0  #: over the run's limit, sent next run


def _refusal(exc: smtplib.SMTPException) -> tuple[int, str]:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, reply = next(iter(exc.recipients.values()))
    else:
        code, reply = getattr(exc, "smtp_code", 0), getattr(exc, "smtp_error", b"")
    if isinstance(reply, bytes):
        reply = reply.decode("utf-8", "replace")
    return code, f"{code} {reply}".strip()


def send(
    letters: list[Letter],
    settings: BotSettings,
    log: ReminderLog,
    key: bytes,
    months: int,
    clock: Callable[[], float],
) -> Outcome:
    """Send up to ``mail_max_per_run`` letters; record each one the server accepted, or
    refused for good. A lost connection stops the run (the rest go next time)."""
    outcome = Outcome(left=max(0, len(letters) - settings.mail_max_per_run))
    with connect(settings) as smtp:
        for letter in letters[: settings.mail_max_per_run]:
            message = compose(letter, settings, key, months, clock())
            try:
                smtp.send_message(message)
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError) as exc:
                code, reason = _refusal(exc)
                if code in TEMPORARY:
                    logger.warning("reminder to %s deferred: %s", letter.address, reason)
                    outcome.deferred.append((letter, reason))
                    continue
                logger.warning("reminder to %s refused: %s", letter.address, reason)
                log.record(letter.address, (item.key for item in letter.items), "refused")
                outcome.refused.append((letter, reason))
                continue
            log.record(letter.address, (item.key for item in letter.items))
            outcome.sent.append(letter)
            logger.info("reminded %s of %s listing(s)", letter.address, len(letter.items))
    return outcome
