"""HTML pages of the bot itself: receipt, status, messages, index (Jinja2, autoescaped)."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import jinja2

from tukena.bot import sitelink
from tukena.bot.intake import HELSINKI
from tukena.bot.store import Submission
from tukena.forms import ui
from tukena.site.i18n import format_day

STYLESHEET = "/static/forms.css"


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [
                jinja2.PackageLoader("tukena.bot", "templates"),
                jinja2.PackageLoader("tukena.forms", "templates"),
            ]
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(template: str, **context: Any) -> str:
    context.setdefault("stylesheet", STYLESHEET)
    context.setdefault("site", sitelink.home(context.get("lang", "fi")))
    return environment().get_template(template).render(**context)


def receipt(submission: Submission, lang: str, status_url: str) -> str:
    return render(
        "bot/receipt.html",
        lang=lang,
        title=ui.text("receipt.title", lang),
        body=ui.text("receipt.body", lang, id=submission.id),
        status_url=status_url,
        status_link=ui.text("receipt.status", lang),
        **_listing(submission, lang),
    )


def _listing(submission: Submission, lang: str, published: bool = True) -> dict[str, str | None]:
    """The listing's address on the site and its label, for a page that links it; none for
    one turned down (``published`` false), which will not be there."""
    url = sitelink.listing(submission.kind, submission.slug, lang) if published else None
    return {
        "listing_url": url,
        "listing_label": ui.text("site.address", lang),
    }


def public_state(submission: Submission) -> str:
    """What a visitor may know: spam looks like any queued submission."""
    return "queued" if submission.state == "rejected" else submission.state


def local_time(when: dt.datetime, lang: str) -> str:
    """A moment in Finnish time as the site writes days: 6.12.2026 klo 21.36 (fi),
    6.12.2026 kl. 21.36 (sv), 6 Dec 2026, 21:36 (en)."""
    day = format_day(when.date(), lang)
    if lang == "en":
        return f"{day}, {when:%H:%M}"
    return f"{day} {'klo' if lang == 'fi' else 'kl.'} {when:%H.%M}"


def status(submission: Submission, lang: str) -> str:
    state = public_state(submission)
    key = f"status.{state}"
    if submission.kind == "report" and state == "closed":
        key = "status.handled"
    received = dt.datetime.fromtimestamp(submission.created_at, dt.UTC).astimezone(HELSINKI)
    return render(
        "bot/status.html",
        lang=lang,
        title=ui.text("status.title", lang),
        id=submission.id,
        reference_label=ui.text("status.reference", lang),
        received_label=ui.text("status.received", lang),
        received=local_time(received, lang),
        received_iso=received.isoformat(),
        state=state,
        text=ui.text(key, lang),
        url=submission.pr_url if state in ("opened", "merged", "closed") else None,
        number=submission.pr_number,
        link_text=ui.text("status.issue" if submission.kind == "report" else "status.link", lang),
        **_listing(submission, lang, published=state != "closed"),
    )


def message(lang: str, key: str, title_key: str = "forms.title", back: str | None = None) -> str:
    return render(
        "bot/message.html",
        lang=lang,
        title=ui.text(title_key, lang),
        body=ui.text(key, lang),
        back=back,
    )
