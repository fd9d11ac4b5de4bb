"""The forms' pages: each form's route gives it new (the models' defaults), prefilled from
a listing (an update, a confirmation, a copy: an ended one's dates moved to the next
season) or with its listing fixed (a problem report, its problem chosen when the link names
one: ``?target=activities/<slug>&problem=ended``), in the route's language.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from tukena.bot import nextseason
from tukena.bot.service import Bot
from tukena.bot.submit import problem
from tukena.forms import parse as form_parse
from tukena.forms import uiswitch
from tukena.forms.parse import CONTROL_NAMES
from tukena.forms.report import ProblemKind
from tukena.forms.spec import UI, form_spec


def _bot(request: Request) -> Bot:
    return request.app.state.bot


def language(request: Request) -> str | None:
    """The route's UI language, None when it names none."""
    lang = request.path_params.get("lang")
    return lang if lang in UI else None


def _languages(request: Request, lang: str) -> list[tuple[str, str, str]]:
    path = request.url.path
    query = f"?{request.url.query}" if request.url.query else ""
    return [
        (code, uiswitch.NAMES[code], path.replace(f"/{lang}/", f"/{code}/", 1) + query)
        for code in UI
    ]


async def form_page(request: Request) -> Response:
    bot, lang = _bot(request), language(request)
    if lang is None:
        return problem(request, 404, "not_found", "fi")
    what = request.path_params["form"]
    slug = request.path_params.get("slug")
    control: dict[str, str] = {}
    if what in ("activity-new", "organisation-new"):
        kind = what.split("-")[0]
        values = form_parse.defaults(form_spec(kind))
    elif what in ("activity-update", "activity-copy", "activity-confirm"):
        activity = bot.content.content.activities.get(slug or "")
        if activity is None:
            return problem(request, 404, "not_found", lang)
        values = {}  # a confirmation: the listing as it is, no fields
        if what != "activity-confirm":
            data = activity.model_dump(mode="json")
            if what == "activity-copy":  # an ended listing's copy starts in the next season
                # (its form says so: :meth:`Bot.form_page`, on every round)
                moved = nextseason.next_season(activity, bot.intake.today())
                data = moved.data if moved is not None else data
            values = form_parse.flatten(form_spec("activity"), data)
        # the heading names the listing (Bot.form_page finds it by this)
        control[CONTROL_NAMES["source" if what == "activity-copy" else "target"]] = slug or ""
    elif what == "organisation-update":
        organisation = bot.content.content.organisations.get(slug or "")
        if organisation is None:
            return problem(request, 404, "not_found", lang)
        values = form_parse.flatten(form_spec("organisation"), organisation.model_dump(mode="json"))
        control[CONTROL_NAMES["target"]] = slug or ""
    else:
        values = {}
        target = request.query_params.get("target", "")
        if bot.listing_title(target, lang) is not None:
            values = {"target": [target]}
            control[CONTROL_NAMES["fixed"]] = "target"  # shown fixed (Bot.form_page)
            chosen = request.query_params.get("problem", "")
            if chosen in set(ProblemKind):  # a link that says what is wrong: "ended"
                values["problem"] = [chosen]
    html = bot.form_page(
        what,
        lang,
        values,
        control=control,
        languages=_languages(request, lang),
    )
    return HTMLResponse(html)


def with_form(form: str) -> Callable:
    async def endpoint(request: Request) -> Response:
        request.path_params["form"] = form
        return await form_page(request)

    endpoint.__name__ = f"form_{form.replace('-', '_')}"
    return endpoint
