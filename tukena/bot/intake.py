"""Check a parsed form against the models and the current content, before storing it.

The same pydantic models as CI validate the data; on top of them: the organisation and
partners exist (or are themselves waiting for review), an updated, copied or reported
listing exists, each photo is one the bot keeps for the form or the listing had already,
the submitter's e-mail is an address. This is all the web service does
before it stores a submission and answers; choosing the file name and looking for likely
duplicates happen when the worker prepares the pull request (:mod:`tukena.bot.prepare`).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import TypeAdapter, ValidationError

from tukena.bot import photos
from tukena.bot.content import ContentView
from tukena.bot.store import NewSubmission, Store
from tukena.forms import messages, rules
from tukena.forms.parse import CONTROL_NAMES, FormError, Parsed
from tukena.forms.spec import form_spec
from tukena.schemas import Activity
from tukena.schemas.common import Email
from tukena.schemas.languages import pick
from tukena.status import Status, status

logger = logging.getLogger(__name__)

FORMS = {
    "activity-new": "activity",
    "activity-copy": "activity",
    "activity-update": "activity",
    "activity-confirm": "activity",
    "organisation-new": "organisation",
    "organisation-update": "organisation",
    "report": "report",
}
#: Forms that change an existing listing's file (the others make a new one).
UPDATES = ("activity-update", "activity-confirm", "organisation-update")
_EMAIL = TypeAdapter(Email)


def spec_kind(form: str) -> str:
    """The form description a form is parsed and drawn with: its kind's, or the empty
    ``confirm`` form, which confirms an activity as it is."""
    return "confirm" if form == "activity-confirm" else FORMS[form]


try:
    HELSINKI: dt.tzinfo = ZoneInfo("Europe/Helsinki")
except ZoneInfoNotFoundError:  # pragma: no cover - no time zone database
    HELSINKI = dt.timezone(dt.timedelta(hours=2))


class UnknownTarget(LookupError):
    """An update, copy or report names a listing that does not exist."""


@dataclass
class Checked:
    """The outcome of the checks: errors for the form, or what to store."""

    kind: str
    errors: list[FormError] = field(default_factory=list)
    new: NewSubmission | None = None
    model: Any = None


class Intake:
    """Validation of submissions, and the record to store."""

    def __init__(
        self, content: ContentView, store: Store, today: Callable[[], dt.date] | None = None
    ) -> None:
        self.content = content
        self.store = store
        self.today = today or (lambda: dt.datetime.now(HELSINKI).date())

    def pending_organisations(self) -> dict[str, dict[str, str]]:
        """Organisations waiting for review: slug → name by language."""
        return self.store.pending_organisations()

    def target(self, form: str, control: dict[str, str]) -> tuple[str, Any] | None:
        """The existing listing an update, a confirmation or a copy is about; raise when
        unknown."""
        if form not in (*UPDATES, "activity-copy"):
            return None
        key = CONTROL_NAMES["source" if form == "activity-copy" else "target"]
        name = control.get(key, "")
        if form == "activity-copy" and not name:
            return None
        content = self.content.content
        items = content.organisations if form == "organisation-update" else content.activities
        if name not in items:
            raise UnknownTarget(name)
        return name, items[name]

    def _validate(self, kind: str, data: dict[str, Any], errors: list[FormError]) -> Any:
        spec = form_spec(kind)
        context = {"language": data.get("language", "fi")}
        try:
            return spec.model.model_validate(data, context=context)
        except ValidationError as exc:
            # the rules between fields too, where their fields are valid: all errors at once
            found = messages.form_errors(spec, exc, rules.rule_errors(spec.model, data, context))
            taken = {e.name.rsplit(".", 1)[0] for e in errors} | {e.name for e in errors}
            errors += [e for e in found if e.name not in taken]
            return None

    def _references(self, model: Any, errors: list[FormError]) -> bool:
        """Check what the model names in the content; True when it waits on a pending one."""
        content = self.content.content
        if isinstance(model, Activity):
            named = [model.organisation, *model.partners]
            missing = [n for n in named if n not in content.organisations]
            pending = self.pending_organisations() if missing else {}
            if model.organisation in missing and model.organisation not in pending:
                errors.append(FormError("organisation", "unknown_organisation"))
            if any(p in missing and p not in pending for p in model.partners):
                errors.append(FormError("partners", "unknown_organisation"))
            return bool(missing)
        if hasattr(model, "target"):
            folder, _, slug = model.target.partition("/")
            if not self.content.exists(folder, slug):
                errors.append(FormError("target", "unknown_listing"))
        return False

    @staticmethod
    def _pictures(listing: Any) -> dict[str, str]:
        """A listing's pictures by the form field that carries each: src → field."""
        if isinstance(listing, Activity):
            return {image.src: f"images.{i}.src" for i, image in enumerate(listing.images)}
        logo = getattr(listing, "logo", None)
        return {logo.src: "logo.src"} if logo else {}

    def _photos(self, model: Any, existing: tuple[str, Any] | None, errors: list) -> list[str]:
        """The pictures sent for this listing (kept by the bot, :mod:`tukena.bot.uploads`);
        any other must be one the updated or copied listing has already."""
        known = self._pictures(existing[1]) if existing else {}
        sent = []
        for src, name in self._pictures(model).items():
            if src in known:
                continue
            if photos.is_upload(src) and self.store.photo(src) is not None:
                sent.append(src)
            else:
                errors.append(FormError(name, "photo_missing"))
        return sent

    def _unchanged(self, form: str, model: Any, existing: tuple[str, Any] | None) -> bool:
        """Whether an update changes nothing, not even the date: its listing was confirmed
        today already (a pull request would change no line)."""
        if form not in ("activity-update", "organisation-update") or existing is None:
            return False
        listing = existing[1]
        return listing.verified == self.today() and model == listing

    def check(self, form: str, parsed: Parsed, lang: str, token_hash: str | None) -> Checked:
        kind = FORMS[form]
        errors = list(parsed.errors)
        data = dict(parsed.data)
        existing = self.target(form, parsed.control)
        if form == "activity-confirm" and existing is not None:
            # the listing as it is: only its date of confirmation changes
            data = existing[1].model_dump(mode="json", exclude_none=True)
            if status(existing[1], self.today()) == Status.ENDED:
                errors.append(FormError("verified", "ended_copy_instead"))
            elif existing[1].verified >= self.today():
                errors.append(FormError("verified", "already_confirmed"))
        if kind in ("activity", "organisation"):  # confirmed by whoever sends the form
            data["verified"] = self.today().isoformat()
        model = self._validate(kind, data, errors)
        email = parsed.control.get(CONTROL_NAMES["submitter_email"]) or None
        if email:
            try:
                email = str(_EMAIL.validate_python(email))
            except ValidationError:
                errors.append(FormError(CONTROL_NAMES["submitter_email"], "email"))
        if model is not None and self._unchanged(form, model, existing):
            errors.append(FormError("verified", "nothing_changed"))
        if model is not None:
            self._references(model, errors)
            photos_sent = self._photos(model, existing, errors)
        if errors or model is None:
            return Checked(kind, errors)
        new = NewSubmission(
            form=form,
            kind=kind,
            lang=lang,
            token_hash=token_hash,
            data=model.model_dump(mode="json", exclude_none=True),
            note=parsed.control.get(CONTROL_NAMES["submitter_note"]) or None,
            submitter_email=email,
        )
        if photos_sent:
            new.report = {"photos": photos_sent}
        if isinstance(model, Activity):
            new.title = pick(model.title, model.language)[0]
            new.organisation = model.organisation
            new.municipalities = sorted({p.municipality for p in model.locations})
        elif kind == "organisation":
            new.title = pick(model.name, model.language)[0]
        else:
            new.target = model.target
        if existing is not None:
            new.target = existing[0]
            if form in UPDATES:
                new.slug = existing[0]
                new.path = self.content.path(f"{kind}s", existing[0])
        return Checked(kind, [], new, model)
