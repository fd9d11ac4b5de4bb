"""The bot's web service (Starlette): forms, submissions, receipts and status pages.

``create_app(settings)`` wires everything; tests pass their own forge, store, clock and
content. Routes:

- ``GET /{lang}/activity/new``, ``/{lang}/activity/{slug}/update``,
  ``/{lang}/activity/{slug}/copy``, ``/{lang}/activity/{slug}/confirm`` (the listing is
  still current, as it is), ``/{lang}/organisation/new``, ``/{lang}/organisation/{slug}/update``,
  ``/{lang}/report?target=activities/{slug}``: the forms, server-rendered;
- ``POST /submit``: every form (see :mod:`tukena.bot.submit`);
- ``GET /status/{id}``: queued, pull request opened (with link), merged or closed;
- ``GET /api/forms/{kind}.json``: the JSON form description for client-side checks;
  ``GET /api/token``: a fresh form token for pages served by the static site;
- ``GET /images/uploads/{hash}.jpg``: a photo kept for a form, shown in it;
- ``GET /static/forms.css``, ``/static/forms.js`` and ``/static/photos.js``: the forms'
  styles, their hints while filling in, and the script that makes a chosen photo smaller;
- ``GET|POST /reminders/stop?address=…&token=…``: a reminder's link to stop reminders
  (:mod:`tukena.bot.stoproutes`);
- ``GET /healthz``: queue counts, and whether delivery is paused (not why);
  ``GET /local/pulls/{n}``: the local forge's review page.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import time
from collections.abc import AsyncIterator, Callable
from importlib import resources

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from tukena.bot import pages, photos
from tukena.bot.content import ContentView
from tukena.bot.forges import Forge, make_forge
from tukena.bot.formroutes import with_form
from tukena.bot.headers import Headers
from tukena.bot.reminders import STOP_PATH
from tukena.bot.remindlog import ReminderLog
from tukena.bot.service import Bot
from tukena.bot.settings import BotSettings
from tukena.bot.sitelink import SiteLink
from tukena.bot.stoproutes import stop_reminders
from tukena.bot.store import Store
from tukena.bot.submit import problem, submit
from tukena.forms import ui
from tukena.forms.describe import describe
from tukena.forms.spec import UI

logger = logging.getLogger(__name__)


def _bot(request: Request) -> Bot:
    return request.app.state.bot


async def status_page(request: Request) -> Response:
    bot = _bot(request)
    lang = ui.language(request.query_params.get("lang"))
    submission = bot.store.get(request.path_params["sid"])
    if submission is None:
        return problem(request, 404, "not_found", lang)
    state = pages.public_state(submission)
    if "application/json" in request.headers.get("accept", ""):
        return JSONResponse(
            {
                "id": submission.id,
                "state": state,
                "url": submission.pr_url if state in ("opened", "merged", "closed") else None,
                "number": submission.pr_number if state in ("opened", "merged", "closed") else None,
            }
        )
    return HTMLResponse(pages.status(submission, lang))


async def form_description(request: Request) -> Response:
    kind = request.path_params["kind"]
    if kind not in ("activity", "organisation", "report"):
        return JSONResponse({"error": "not_found"}, 404)
    data = describe(kind)
    bot = _bot(request)
    data["action"] = f"{bot.settings.public_url}/submit"
    data["token_url"] = f"{bot.settings.public_url}/api/token"
    data["honeypot"] = bot.settings.honeypot_field
    data["sources"] = {
        name: [{"value": c.value, "label": c.label} for c in choices]
        for name, choices in bot.sources(kind).items()
        if name != "listings"
    }
    return JSONResponse(data)


async def new_token(request: Request) -> Response:
    bot = _bot(request)
    return JSONResponse(
        {"token": bot.signer.issue(bot.clock())}, headers={"Cache-Control": "no-store"}
    )


async def health(request: Request) -> Response:
    """Queue counts and whether delivery is paused, since when and until when; not why (the
    forge's error, a path on the server): that is in the log and ``tukena bot status``."""
    bot = _bot(request)
    until = bot.worker.paused_until()
    paused = until > bot.clock()
    return JSONResponse(
        {
            "counts": bot.store.counts(),
            "paused": paused,
            "paused_since": (bot.worker.paused_since() or None) if paused else None,
            "paused_until": until if paused else None,
        }
    )


async def index(request: Request) -> Response:
    links = [
        (
            code,
            {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}[code],
            [
                (f"/{code}/activity/new", ui.text("heading.activity-new", code)),
                (f"/{code}/organisation/new", ui.text("heading.organisation-new", code)),
                (f"/{code}/report", ui.text("heading.report", code)),
            ],
        )
        for code in UI
    ]
    return HTMLResponse(pages.render("bot/index.html", lang="fi", title="tukena", languages=links))


async def stylesheet(request: Request) -> Response:
    static = resources.files("tukena.forms").joinpath("static")
    css = "".join(static.joinpath(name).read_text("utf-8") for name in ("page.css", "forms.css"))
    return Response(css, media_type="text/css", headers={"Cache-Control": "public, max-age=3600"})


def script(name: str) -> Callable:
    """An endpoint serving the forms' script ``name`` (``forms.js``: hints next to a
    field left wrong, the focus on the bot's answer; ``photos.js``: a chosen photo made smaller before it is sent)."""
    code = resources.files("tukena.forms").joinpath("static", name).read_text("utf-8")

    async def endpoint(request: Request) -> Response:
        return Response(
            code, media_type="text/javascript", headers={"Cache-Control": "public, max-age=3600"}
        )

    return endpoint


async def local_pull(request: Request) -> Response:
    bot = _bot(request)
    if bot.settings.forge != "local" or not hasattr(bot.forge, "diff"):
        return problem(request, 404, "not_found", "en")
    found = bot.forge.diff(int(request.path_params["number"]))
    if found is None:
        return problem(request, 404, "not_found", "en")
    pull, diff = found
    return HTMLResponse(
        pages.render(
            "bot/pull.html",
            lang="en",
            title=f"#{pull['number']} {pull['title']}",
            branch=pull["branch"],
            base=pull["base"],
            state=pull["state"],
            body=pull["body"],
            diff=diff,
        )
    )


async def kept_photo(request: Request) -> Response:
    """A photo the bot keeps for a form, shown in that form (its name is its hash)."""
    name = request.path_params["name"]
    data = None
    if photos.NAME.fullmatch(name):
        data = await run_in_threadpool(_bot(request).store.photo, f"{photos.FOLDER}/{name}")
    if data is None:
        return Response(status_code=404)
    kind = "image/png" if name.endswith(".png") else "image/jpeg"
    return Response(data, media_type=kind, headers={"Cache-Control": "private, max-age=86400"})


async def preflight(request: Request) -> Response:
    return Response(status_code=204)


def create_app(
    settings: BotSettings,
    *,
    forge: Forge | None = None,
    store: Store | None = None,
    content: ContentView | None = None,
    clock: Callable[[], float] = time.time,
    today: Callable[[], dt.date] | None = None,
    start_worker: bool | None = None,
) -> Starlette:
    """The bot as an ASGI application."""
    bot = Bot(
        settings=settings,
        store=store or Store(settings.database, clock=clock),
        content=content or ContentView(settings.content_root, settings.content_reload_seconds),
        forge=forge or make_forge(settings, clock=clock),
        clock=clock,
        today=today,
    )
    run_worker = settings.worker_in_process if start_worker is None else start_worker

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        bot.content.content  # noqa: B018 - load before serving
        bot.committer.start()
        if run_worker:
            bot.start_worker()
        try:
            yield
        finally:
            await bot.committer.stop()
            bot.stop_worker()

    routes = [
        Route("/", index),
        Route("/{lang}/activity/new", with_form("activity-new")),
        Route("/{lang}/activity/{slug}/update", with_form("activity-update")),
        Route("/{lang}/activity/{slug}/copy", with_form("activity-copy")),
        Route("/{lang}/activity/{slug}/confirm", with_form("activity-confirm")),
        Route("/{lang}/organisation/new", with_form("organisation-new")),
        Route("/{lang}/organisation/{slug}/update", with_form("organisation-update")),
        Route("/{lang}/report", with_form("report")),
        Route("/submit", submit, methods=["POST"]),
        Route("/submit", preflight, methods=["OPTIONS"]),
        Route("/status/{sid}", status_page),
        Route("/api/forms/{kind}.json", form_description),
        Route("/api/token", new_token),
        Route(STOP_PATH, stop_reminders, methods=["GET", "POST"]),
        Route("/healthz", health),
        Route("/static/forms.css", stylesheet),
        Route("/static/forms.js", script("forms.js")),
        Route("/static/photos.js", script("photos.js")),
        Route("/local/pulls/{number:int}", local_pull),
        Route(f"/{photos.FOLDER}/{{name}}", kept_photo),
    ]
    app = Starlette(
        routes=routes,
        lifespan=lifespan,
        middleware=[
            Middleware(Headers, origins=settings.origins()),
            Middleware(SiteLink, url=settings.site_url, name=settings.site_name),
        ],
    )
    app.state.bot = bot
    app.state.reminders = ReminderLog(bot.store)
    return app
