"""The parts of a running bot, wired together once by :func:`tukena.bot.app.create_app`."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial

from tukena.bot import nextseason, sitelink
from tukena.bot.batch import GroupCommit
from tukena.bot.budget import BodyBudget
from tukena.bot.content import ContentView
from tukena.bot.forges.base import Forge
from tukena.bot.guard import RefusedOrigins
from tukena.bot.intake import Intake, spec_kind
from tukena.bot.settings import BotSettings
from tukena.bot.store import Store
from tukena.bot.throttle import Throttle
from tukena.bot.tokens import Signer
from tukena.bot.uploads import HoldCaps
from tukena.bot.worker import Worker
from tukena.forms import changes, check, messages, render, sources, ui, uiswitch
from tukena.forms.nodes import Choice
from tukena.forms.parse import CONTROL_NAMES, FormError, flatten
from tukena.forms.runningwarnings import when_where
from tukena.forms.seasonwarnings import Copied
from tukena.forms.spec import form_spec
from tukena.schemas.languages import pick

logger = logging.getLogger(__name__)


@dataclass
class Bot:
    """Settings, storage, content, forge and worker of one bot process."""

    settings: BotSettings
    store: Store
    content: ContentView
    forge: Forge
    clock: Callable[[], float] = time.time
    today: Callable[[], dt.date] | None = None
    signer: Signer = field(init=False)
    throttle: Throttle = field(init=False)
    bodies: BodyBudget = field(init=False)
    refused_origins: RefusedOrigins = field(default_factory=RefusedOrigins)
    intake: Intake = field(init=False)
    worker: Worker = field(init=False)
    wake: threading.Event = field(default_factory=threading.Event)
    stop: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None
    committer: GroupCommit = field(init=False)

    def __post_init__(self) -> None:
        secret = self.settings.secret
        if secret is None:
            logger.warning("TUKENA_BOT_SECRET is not set: form tokens last until a restart")
            key = secrets.token_bytes(32)
        else:
            key = secret.get_secret_value().encode("utf-8")
        self.signer = Signer(key)
        self.throttle = Throttle(self.settings)
        self.bodies = BodyBudget(self.settings.body_budget)
        self.intake = Intake(self.content, self.store, self.today)
        self.committer = GroupCommit(self.store)
        self.worker = Worker(
            self.settings,
            self.store,
            self.forge,
            content=self.content,
            clock=self.clock,
            today=self.today,
        )

    # --- the worker thread ----------------------------------------------------------

    def start_worker(self) -> None:
        self.stop.clear()
        self.thread = threading.Thread(
            target=self.worker.run,
            args=(self.stop, self.wake),
            name="tukena-bot-worker",
            daemon=True,
        )
        self.thread.start()

    def stop_worker(self) -> None:
        self.stop.set()
        self.wake.set()
        if self.thread is not None:
            self.thread.join(timeout=30)
            self.thread = None

    # --- forms ------------------------------------------------------------------------

    def photo_caps(self, address: str, now: float) -> HoldCaps:
        """What the photos ``address`` sends now are kept within."""
        settings = self.settings
        return HoldCaps(
            allow=lambda size: self.throttle.photo_bytes.take(address, size, now),
            per_address=settings.photo_hold_address_bytes,
            total=settings.photo_hold_max_bytes,
            since=now - settings.photo_hold_days * 86400,
        )

    def sources(self, form: str) -> dict[str, Sequence[Choice]]:
        found: dict[str, Sequence[Choice]] = dict(sources.static())
        pending = self.intake.pending_organisations()
        found["organisations"] = self.content.organisation_choices(
            (slug, name)
            for slug, name in pending.items()
            if slug not in self.content.content.organisations
        )
        if form == "report":
            found["listings"] = self.content.listing_choices()
        return found

    def _title(self, form: str, slug: str, lang: str) -> str:
        """The name of the listing a form is about, in the UI language where it has one."""
        content = self.content.content
        if form == "organisation-update":
            organisation = content.organisations.get(slug)
            return pick(organisation.name, lang)[0] if organisation else ""
        activity = content.activities.get(slug)
        return pick(activity.title, lang)[0] if activity else ""

    def _copying(self, slug: str, lang: str, notice: str) -> tuple[str, Copied | None]:
        """The notice of the form of a copy of ``slug`` (before ``notice``, one the round has
        of its own) and what the form knows of the listing copied, on each form and check
        page of the copy, not only the first: while the listing has ended, that its dates
        were moved and what to check (:mod:`tukena.bot.nextseason`); while it runs, that
        the copy has its dates, and when and where it meets."""
        activity, today = self.content.content.activities.get(slug), self.intake.today()
        if activity is not None and nextseason.running(activity, today):
            # its dates as they are: while it meets when and where the listing does, it is
            # the same group twice (:mod:`tukena.forms.runningwarnings`)
            data = activity.model_dump(mode="json")
            said = ui.text("copy_running", lang)
            copied = Copied((), 0, running=when_where(flatten(form_spec("activity"), data)))
            return " ".join(text for text in (said, notice) if text), copied
        moved = nextseason.next_season(activity, today) if activity else None
        if moved is None:
            return notice, None
        said = ui.text("copy_dates_moved", lang, weeks=moved.weeks)
        copied = Copied(moved.years, moved.weeks, moved.by_weekday)
        return " ".join(text for text in (said, notice) if text), copied

    def listing_title(self, target: str, lang: str) -> str | None:
        """The name of the listing a problem report is about (``activities/<slug>``), in
        ``lang`` where it has one; None when ``target`` names no listing."""
        folder, _, name = target.partition("/")
        if folder not in ("activities", "organisations") or not self.content.exists(folder, name):
            return None
        if folder == "activities":
            return pick(self.content.content.activities[name].title, lang)[0]
        return pick(self.content.content.organisations[name].name, lang)[0]

    def form_page(
        self,
        form: str,
        lang: str,
        values: Mapping[str, Sequence[str]],
        *,
        errors: Sequence[FormError] = (),
        control: Mapping[str, str] | None = None,
        token: str | None = None,
        notice: str = "",
        extra_rows: Mapping[str, int] | None = None,
        title: str = "",
        languages: list[tuple[str, str, str]] | None = None,
        fixed: Mapping[str, str] | None = None,
        checking: check.Checking | None = None,
    ) -> str:
        """The form ``form`` in ``lang`` with ``values``; with ``checking``, its check page."""
        control = dict(control or {})
        named = control.get(CONTROL_NAMES["target"]) or control.get(CONTROL_NAMES["source"])
        if not title and named:  # the form again, after errors
            title = self._title(form, named, lang)
        if control.get(CONTROL_NAMES["fixed"]) == "target" and not fixed:  # every round
            title = self.listing_title(next(iter(values.get("target", ())), ""), lang)
            fixed = {"target": title} if title is not None else None
        if form == "activity-confirm" and not notice:
            notice = ui.text("confirm_current", lang)
        copied = None
        if form == "activity-copy" and named:  # on every round: what to check in the copy
            notice, copied = self._copying(named, lang, notice)
        # a form about a listing comes filled in: a quick "Send" is a person's (reviewed)
        reviewed = named is not None
        control[CONTROL_NAMES["token"]] = token or self.signer.issue(self.clock(), reviewed)
        submitter = {
            "email": control.pop(CONTROL_NAMES["submitter_email"], ""),
            "note": control.pop(CONTROL_NAMES["submitter_note"], ""),
        }
        view = render.build_view(
            form_spec(spec_kind(form)),
            lang=lang,
            form_id=form,
            action=f"{self.settings.public_url}/submit",
            values=values,
            errors=errors,
            sources=self.sources(form),
            control=control,
            honeypot=self.settings.honeypot_field,
            heading=ui.text(f"heading.{form}", lang, title=title),
            notice=notice,
            extra_rows=extra_rows,
            submitter=submitter,
            fixed=fixed,
            links={"organisation": f"{self.settings.public_url}/{lang}/organisation/new"},
            copied=copied,
            today=self.intake.today(),
        )
        extra = {
            "stylesheet": f"{self.settings.public_url}/static/forms.css",
            "scripts": f"{self.settings.public_url}/static",
            "messages": messages.for_script(lang),
            "site": sitelink.home(lang),
        }
        if languages:  # a page opened by its address: links to it in the other languages
            extra["languages"] = languages
        else:  # an answer to a sent form: buttons that send it again in another language
            page = uiswitch.CHECK if checking else uiswitch.ERRORS if errors else uiswitch.FORM
            extra["switch"] = uiswitch.buttons(lang, page, "check-form" if checking else "form-top")
        if checking is not None:  # read-only: no script
            del extra["scripts"], extra["messages"]
            if checking.before is not None and checking.after is not None:
                was = render.build_view(
                    form_spec(spec_kind(form)), lang=lang, form_id=form, action="",
                    values=checking.before, sources=self.sources(form),
                )  # fmt: skip
                checking.changes = changes.changes(
                    was.fields,
                    view.fields,
                    checking.before,
                    checking.after,
                    dated=partial(check.dated, lang=lang),
                )
        return render.render_form(view, page=True, checking=checking, **extra)
