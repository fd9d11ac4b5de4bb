"""The organisers' forms as pages of the static site: new activity, new organisation and
a problem report, in every UI language, rendered from the content models by the same code
as the bot's own form pages (:mod:`tukena.forms.render`).

The forms POST to the bot (``TUKENA_BOT_URL``) and work without JavaScript: the bot answers
with the form again (errors next to their fields, or a confirmation with a fresh form
token). The forms have ``novalidate``: the bot's answer names every problem at once, and
``forms.js`` adds hints next to a field left wrong, with the same messages. Updating
or copying an existing listing starts from the bot's pre-filled forms, linked from here.
With no bot configured the page explains how to send a pull request instead.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from markupsafe import Markup

from tukena.forms import messages, render, sources, ui
from tukena.forms.nodes import Choice
from tukena.forms.parse import CONTROL_NAMES
from tukena.forms.spec import form_spec
from tukena.site import urls
from tukena.site.catalogue import Catalogue

logger = logging.getLogger(__name__)

#: The forms the site shows, and the kind of content each fills.
FORMS = {"activity-new": "activity", "organisation-new": "organisation", "report": "report"}
HONEYPOT = "extra_notes"


def bot_base(bot_url: str) -> str:
    """The bot's address without ``/submit``: ``https://bot.example/submit`` →
    ``https://bot.example``."""
    parts = urlsplit(bot_url)
    path = parts.path.rstrip("/").removesuffix("/submit")
    return f"{parts.scheme}://{parts.netloc}{path}"


def url(lang: str, form: str) -> str:
    """Where a form's page lives: ``submit/activity-new/``, ``sv/submit/report/``."""
    return urls.page(lang, "submit", form)


def _sources(cat: Catalogue, form: str) -> dict[str, tuple[Choice, ...]]:
    found = dict(sources.static())
    found["organisations"] = sources.named(
        (slug, org.name, org.language) for slug, org in cat.content.organisations.items()
    )
    if form == "report":
        found["listings"] = sources.named(
            [(f"activities/{s}", a.title, a.language) for s, a in cat.content.activities.items()]
            + [
                (f"organisations/{s}", o.name, o.language)
                for s, o in cat.content.organisations.items()
            ]
        )
    return found


def context(cat: Catalogue, form: str, lang: str) -> dict:
    """What ``submit.html`` gets: the heading, the form's HTML (or None with no bot) and
    the texts of the no-bot explanation."""
    heading = ui.text(f"heading.{form}", lang, title="")
    page = {
        "form_heading": heading,
        "form_intro": ui.text("intro", lang),
        "form_html": None,
        "no_bot": ui.text("no_bot", lang),
        "no_bot_link": ui.text("no_bot.link", lang),
        "guide": urls.page(lang, "add-activity"),
        "other_forms": [
            {"url": url(lang, f), "label": ui.text(f"heading.{f}", lang, title="")}
            for f in FORMS
            if f != form
        ],
    }
    bot_url = cat.config.bot_url
    if not bot_url:
        return page
    view = render.build_view(
        form_spec(FORMS[form]),
        lang=lang,
        form_id=form,
        action=bot_base(bot_url) + "/submit",
        sources=_sources(cat, form),
        control={CONTROL_NAMES["form"]: form, CONTROL_NAMES["lang"]: lang},
        honeypot=HONEYPOT,
        heading=heading,
        # the site's own address before it, as the templates' |link filter puts it: a
        # page's path alone would resolve against the form's page (a 404)
        links={"organisation": f"{cat.config.siteurl}/{url(lang, 'organisation-new')}"},
    )
    page["form_messages"] = messages.for_script(lang)
    page["form_html"] = Markup(render.render_form(view, page=False))  # noqa: S704 - autoescaped
    return page


def organisation_links(cat: Catalogue, slug: str, lang: str) -> dict[str, str]:
    """The bot's form that updates an organisation's details, or with no bot the page that
    explains how to send a change instead."""
    bot_url = cat.config.bot_url
    if not bot_url:
        return _without_bot(cat, "organisations", slug, lang)
    return {"update": f"{bot_base(bot_url)}/{lang}/organisation/{slug}/update"}


def listing_links(cat: Catalogue, slug: str, lang: str) -> dict[str, str]:
    """The bot's forms for one activity (confirm it is current, update it, copy it as a
    new one, report a problem), or with no bot the page that explains how to send a change
    instead."""
    bot_url = cat.config.bot_url
    if not bot_url:
        return _without_bot(cat, "activities", slug, lang)
    base = f"{bot_base(bot_url)}/{lang}"
    return {
        "confirm": f"{base}/activity/{slug}/confirm",
        "update": f"{base}/activity/{slug}/update",
        "copy": f"{base}/activity/{slug}/copy",
        "report": f"{base}/report?target=activities/{slug}",
    }


def _without_bot(cat: Catalogue, folder: str, slug: str, lang: str) -> dict[str, str]:
    """With no forms: the page that explains how to send a change, the item's file in the
    content repository (what a pull request changes, and what a maintainer asked by e-mail
    opens), and the maintainers' address when the site has one. The page builds the e-mail's
    subject and body in its language."""
    links = {"how": urls.page(lang, "add-activity")}
    path = cat.content.paths.get((folder, slug))
    if path:
        links["file"] = path
    if cat.config.contact_email:
        links["email"] = cat.config.contact_email
    return links
