"""``POST /submit``: every form arrives here, urlencoded, or as multipart/form-data when
it can carry photos (:mod:`tukena.bot.uploads`).

In order: origin → content type (415) → an address that has used up its allowances (429,
before the body is read) → body size (413) → the bytes of bodies read at once (a short wait,
then 503; :mod:`tukena.bot.budget`) → per-address rate (429; a round trip that
stores nothing has a larger allowance; see :mod:`tukena.bot.throttle`) → a known form → a
token seen before returns the same receipt → unknown fields (400) → a too-fast send with a
token issued after the answers were given (the form again to confirm; nothing stored) →
honeypot, or a too-fast fill but for a round trip (answered like a success, recorded as
rejected, nothing queued) → photos made fit for the site and stored (a file that cannot be
one is an error of its field) → "add a row" buttons, the check page's "change" and the
language switcher's buttons (:mod:`tukena.forms.uiswitch`; the same page again) →
validation (the form again with the errors, 422) → "check before sending" (the check page,
nothing stored) → no valid token (the check page, or the form again, to confirm, with a
fresh reviewed token; nothing stored) → queue cap (503) → stored, durably, then the
receipt.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from tukena.bot import guard, pages, uploads
from tukena.bot.budget import BodiesBusy
from tukena.bot.intake import FORMS, UnknownTarget, spec_kind
from tukena.bot.rounds import check_page, confirm, switched
from tukena.bot.service import Bot
from tukena.bot.store import NewSubmission, Submission
from tukena.forms import check, textlanguages, ui, uiswitch
from tukena.forms.parse import CONTROL_NAMES, FormError, UnknownFields, parse
from tukena.forms.spec import UI, form_spec

logger = logging.getLogger(__name__)

MAX_FIELDS = 1500
URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data"


def wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def early_language(request: Request) -> str:
    """The UI language of an answer given before the body (and its ``_lang``) is read: the
    query's ``lang``, the language of the bot's form page sent (``Referer: …/sv/…``), else
    the first of the browser's languages (``Accept-Language``) that the forms have."""
    page = urlsplit(request.headers.get("referer", "")).path.split("/")
    preferred = request.headers.get("accept-language", "").split(",")
    browser = [item.split(";")[0].strip().lower()[:2] for item in preferred]
    asked = [request.query_params.get("lang"), page[1] if len(page) > 1 else None, *browser]
    return next((code for code in asked if code in UI), "fi")


def own_origin(request: Request) -> str:
    return f"{request.url.scheme}://{request.headers.get('host', '')}"


def problem(request: Request, status: int, key: str, lang: str, retry_after: float = 0) -> Response:
    headers = {"Retry-After": str(max(1, int(retry_after + 0.999)))} if retry_after else {}
    if wants_json(request):
        return JSONResponse({"error": key, "message": ui.text(key, lang)}, status, headers=headers)
    return HTMLResponse(pages.message(lang, key), status, headers=headers)


def status_url(bot: Bot, submission: Submission, lang: str) -> str:
    return f"{bot.settings.public_url}/status/{submission.id}?lang={lang}"


def receipt(request: Request, bot: Bot, submission: Submission, lang: str) -> Response:
    url = status_url(bot, submission, lang)
    if wants_json(request):
        return JSONResponse({"id": submission.id, "status_url": url, "received": True})
    return HTMLResponse(pages.receipt(submission, lang, url))


def round_trip(action: str, kind: str, form: str) -> bool:
    """Whether ``action`` only shows the form again, or its check page, storing nothing:
    such round trips have an allowance of their own (``rate_limit_round_trips``), so that
    an organiser who adds rows and checks a long listing is not refused its sending, and
    are not too fast to be a person's (a row added at once after the form opened is what a
    person does; what is sent afterwards is judged then)."""
    if action.startswith("add:") or action in (textlanguages.ACTION, check.EDIT, uiswitch.ERRORS):
        return True
    return action == check.CHECK and check.offered(kind, form)


#: The control fields a form shown again keeps: the listing it is about, the submitter's
#: e-mail and note, the fields it shows fixed.
KEPT = ("target", "source", "submitter_email", "submitter_note", "fixed")


def _kept(control: dict[str, str]) -> dict[str, str]:
    names = {CONTROL_NAMES[key] for key in KEPT}
    return {k: v for k, v in control.items() if k in names}


def _values(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for name, value in pairs:
        values.setdefault(name, []).append(value)
    return values


async def submit(request: Request) -> Response:
    bot: Bot = request.app.state.bot
    settings = bot.settings
    lang = early_language(request)  # until the body says
    origin, referer = request.headers.get("origin"), request.headers.get("referer")
    allowed = settings.origins()
    if not guard.origin_allowed(
        origin, referer, own_origin(request), allowed, settings.require_origin
    ):
        bot.refused_origins.tell(origin, referer, allowed)
        return problem(request, 403, "forbidden", lang)
    kind_header = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind_header not in (URLENCODED, MULTIPART):
        return problem(request, 415, "bad_request", lang)
    address = bot.throttle.address(request.headers, request.client and request.client.host)
    wait = bot.throttle.before_reading(address, bot.clock())
    if wait:
        return problem(request, 429, "too_many", lang, retry_after=wait)
    limit = settings.largest_body(photos=kind_header == MULTIPART)
    try:
        length = guard.declared_length(request.headers.get("content-length"), limit)
    except guard.BodyTooLarge:
        return problem(request, 413, "too_large", lang)
    size = limit if length is None else length
    try:
        async with bot.bodies.reserve(address, size):  # its files are in memory till answered
            return await answer(request, bot, address, kind_header, size, lang)
    except BodiesBusy as exc:  # its body unread, nothing stored
        return problem(request, 503, "busy", lang, retry_after=exc.retry_after)


async def answer(
    request: Request, bot: Bot, address: str, kind_header: str, size: int, lang: str
) -> Response:
    """The answer to a form whose body may take ``size`` bytes, once they are reserved."""
    settings = bot.settings
    try:
        sent = await uploads.read_form(request, kind_header == MULTIPART, size, MAX_FIELDS)
    except guard.BodyTooLarge:
        return problem(request, 413, "too_large", lang)
    except (UnicodeDecodeError, ValueError):
        return problem(request, 400, "bad_request", lang)
    now = bot.clock()
    sent = uploads.drop_removed(sent)
    pairs = sent.pairs
    control = {k: v for k, v in pairs if k.startswith("_")}
    lang = ui.language(control.get(CONTROL_NAMES["lang"]))
    form = control.get(CONTROL_NAMES["form"], "")
    kind = FORMS.get(form, "")
    action = control.get(CONTROL_NAMES["action"], "")
    asked, action = switched(action, kind, form)  # the same page in another language
    lang = asked or lang
    trip = bool(kind) and round_trip(action, kind, form)
    wait = bot.throttle.count(address, trip, now)
    if wait:
        return problem(request, 429, "too_many", lang, retry_after=wait)
    if not kind:
        return problem(request, 400, "bad_request", lang)
    token = bot.signer.verify(
        control.get(CONTROL_NAMES["token"]), now, settings.token_max_age_seconds
    )
    if token is not None:
        seen = bot.store.by_token(token.digest)
        if seen is not None:
            return receipt(request, bot, seen, lang)
    try:
        parsed = parse(form_spec(spec_kind(form)), pairs, settings.honeypot_field)
    except UnknownFields as exc:
        logger.info("refused a form with unknown fields: %s", exc)
        return problem(request, 400, "bad_request", lang)
    too_fast = token is not None and now - token.issued < settings.min_fill_seconds
    if too_fast and token.reviewed and not parsed.honeypot and not trip:
        # answers given before the token was (the site's form, shown back here):
        # a quick "Send" is a person's as likely as a bot's, and a receipt for nothing would
        # lose their listing; ask once more, storing nothing
        return HTMLResponse(confirm(bot, form, lang, _values(pairs), _kept(control), token.value))
    if parsed.honeypot or (too_fast and not trip):  # a round trip stores no submission
        reason = "honeypot" if parsed.honeypot else "filled too fast"
        rejected = NewSubmission(
            form=form,
            kind=kind,
            lang=lang,
            state="rejected",
            reason=reason,
            token_hash=token.digest if token else None,
        )
        stored, _ = await bot.committer.add(rejected)
        logger.info("spam-like submission %s (%s): answered, not queued", stored.id, reason)
        return receipt(request, bot, stored, lang)
    photo_errors: list[FormError] = []  # shown on a round trip too: the photo was not kept
    if sent.files:
        try:
            caps = bot.photo_caps(address, now)
            pairs, photo_errors = await uploads.keep_photos(
                bot.store, sent, settings.photo_max_bytes, caps
            )
            parsed = parse(form_spec(spec_kind(form)), pairs, settings.honeypot_field)
        except UnknownFields as exc:
            logger.info("refused a form with unknown files: %s", exc)
            return problem(request, 400, "bad_request", lang)
        parsed.errors += photo_errors
    values = _values(pairs)
    keep = _kept(control)
    current = token.value if token else None
    # a language chosen to add to the texts is added whichever button was pressed
    code = control.get(CONTROL_NAMES["text_language"], "")
    added = textlanguages.new(spec_kind(form), values, code) and action != textlanguages.ACTION
    values = textlanguages.add(spec_kind(form), values, code)
    notice = textlanguages.added(code, lang) if added else ""
    if action.startswith("add:"):
        rows = {action[4:]: 1}
        html = bot.form_page(
            form, lang, values, errors=photo_errors, control=keep, token=current,
            extra_rows=rows, notice=notice,
        )  # fmt: skip
        return HTMLResponse(html)
    if action in (textlanguages.ACTION, check.EDIT):  # EDIT: back from the check page
        html = bot.form_page(form, lang, values, errors=photo_errors, control=keep, token=current)
        return HTMLResponse(html)
    try:
        checked = bot.intake.check(form, parsed, lang, token.digest if token else None)
    except UnknownTarget:
        return problem(request, 404, "not_found", lang)
    # the site's form came without a token: the form shown again (with its errors, or to
    # confirm) or the check page gets a reviewed one (see :mod:`tukena.bot.tokens`)
    given = current or bot.signer.issue(now, reviewed=True)
    if added:  # the inputs of the language chosen, to fill before sending or checking
        errors = checked.errors
        html = bot.form_page(
            form, lang, values, errors=errors, control=keep, token=given, notice=notice
        )
        return HTMLResponse(html, 422 if errors else 200)
    if action == uiswitch.ERRORS:  # switched: the form with its errors, none stored
        html = bot.form_page(form, lang, values, errors=checked.errors, control=keep, token=given)
        return HTMLResponse(html, 422 if checked.errors else 200)
    if checked.errors:
        if wants_json(request):
            from tukena.forms.messages import message

            return JSONResponse(
                {
                    "errors": [
                        {"name": e.name, "key": e.key, "message": message(e, lang)}
                        for e in checked.errors
                    ]
                },
                422,
            )
        html = bot.form_page(form, lang, values, errors=checked.errors, control=keep, token=given)
        return HTMLResponse(html, 422)
    if action == check.CHECK and trip:  # valid answers, on a form that has the check
        return HTMLResponse(check_page(bot, form, lang, values, pairs, keep, given, checked))
    if token is None:  # the site's form: its answers shown to read through and send
        if check.offered(kind, form):
            return HTMLResponse(check_page(bot, form, lang, values, pairs, keep, given, checked))
        return HTMLResponse(confirm(bot, form, lang, values, keep, given))
    assert checked.new is not None
    if bot.store.queued_count() >= settings.max_queue:
        return problem(request, 503, "busy", lang, retry_after=settings.backoff_max_seconds)
    stored, created = await bot.committer.add(checked.new)
    if created:
        logger.info("submission %s accepted: %s", stored.id, stored.form)
    bot.wake.set()
    return receipt(request, bot, stored, lang)
