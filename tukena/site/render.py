"""Render pages with Jinja2 in every UI language, on every core.

The catalogue is built once; worker processes (:mod:`tukena.site.phases`) are forked after
it exists, so they share it without copying, and each renders a share of the pages (all
languages of one item in the same worker, so a description's Markdown is converted once).
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Sequence
from functools import cache, partial
from importlib import resources
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from tukena.reference import load as reference_data
from tukena.schemas.languages import text_direction
from tukena.schemas.vocabulary import label
from tukena.site import shared, urls
from tukena.site.catalogue import Catalogue
from tukena.site.config import storage_prefix
from tukena.site.exports.memo import write_file
from tukena.site.i18n import translations
from tukena.site.pages import context
from tukena.site.routes import Job
from tukena.site.templating import (
    CardCache,
    Fragments,
    PageEnvironment,
    TranslatingLoader,
    json_dumps,
    render_page,
    text,
)
from tukena.site.views import ActivityView

logger = logging.getLogger(__name__)

LANGUAGE_NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}
#: Open Graph locales (language_TERRITORY) of the UI languages, for link previews.
OG_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}
PROGRESS_EVERY = 5000

_catalogue: Catalogue | None = None  # set before forking; read by workers
#: the colour of a browser's bar and of the web app manifest: the header's green (site.css)
THEME_COLOUR = "#0b5d3b"


def static_url(siteurl: str, path: str, version: str) -> str:
    """The address of the theme's file ``path`` (``css/site.css``), with the theme's version:
    a new address when the theme changes, so browsers may keep each one for a year."""
    return f"{siteurl}/theme/{path}?v={version}"


def static_version(theme: Path) -> str:
    """A short hash of the theme's static files and the forms' (which the build copies in
    beside them), for cache-busting asset URLs. Of the vendored libraries only their
    versions (``vendor/versions.json``) are hashed: they change with them, and are smaller."""
    digest = hashlib.sha256()
    forms = Path(str(resources.files("tukena.forms").joinpath("static")))
    for static in (theme / "static", forms):
        for path in sorted(static.rglob("*")) if static.is_dir() else []:
            vendored = "vendor" in path.relative_to(static).parts
            if path.is_file() and (not vendored or path.name == "versions.json"):
                digest.update(path.relative_to(static).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


@cache
def environment(theme: str, lang: str, siteurl: str, sitename: str, version: str) -> Environment:
    """A Jinja environment for one UI language: autoescape on, gettext installed."""
    gettext = translations(lang).gettext
    env = PageEnvironment(
        loader=TranslatingLoader(FileSystemLoader(str(Path(theme) / "templates")), gettext),
        autoescape=True,  # every template, as select_autoescape(default=True) gave
        extensions=["jinja2.ext.i18n"],
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.install_gettext_translations(translations(lang), newstyle=True)
    env.policies["json.dumps_function"] = json_dumps
    env.policies["json.dumps_kwargs"] = {}
    env.globals.update(
        SITEURL=siteurl,
        SITENAME=sitename,
        lang=lang,
        dir=text_direction(lang),
        home=urls.page(lang),
        og_locale=OG_LOCALES.get(lang, lang),
        municipality_count=len(reference_data().municipalities),
        theme_colour=THEME_COLOUR,
        storage_prefix=storage_prefix(siteurl),  # js/list.js's keys, as the worker's caches
    )
    # Filters, not globals: a filter is called directly, a global through Context.call.
    env.filters.update(
        label=lambda value: label(value, lang),
        static=partial(static_url, siteurl, version=version),
        link=lambda url: f"{siteurl}/{url}",
        text=partial(text, page_lang=lang),
        card=CardCache(env, partial(_card, lang=lang)),
        fragment=Fragments(env),
    )
    return env


def _card(cat: Catalogue, slug: str, lang: str) -> dict:
    """What an activity's card shows."""
    return ActivityView(cat, slug, lang).card()


def _alternates(cat: Catalogue, job: Job) -> list[dict]:
    out = []
    for lang in cat.config.languages:
        url = urls.swap_language(job.url, lang)
        if job.kind == "page" and (job.key, lang) not in cat.pages:
            continue
        out.append(
            {
                "lang": lang,
                "url": url,
                "name": LANGUAGE_NAMES.get(lang, lang),
                "locale": OG_LOCALES.get(lang, lang),
                "current": lang == job.lang,
            }
        )
    return out


def render(cat: Catalogue, job: Job, version: str) -> str:
    """The HTML of one page."""
    config = cat.config
    env = environment(str(config.theme), job.lang, config.siteurl, config.sitename, version)
    values = dict(shared.base(cat, env))
    values["page_url"] = job.url
    values["page_kind"] = job.kind
    values["alternates"] = _alternates(cat, job)
    values.update(context(cat, job))
    env.filters["card"].use(cat)
    return render_page(env.get_template(job.template), values)


def write(output: Path | str, url: str, html: str) -> bool:
    """Write a page unless the file already holds exactly this; return True when written.
    A string path: no ``Path`` object for each of tens of thousands of pages."""
    return write_file(f"{output}/{urls.output_path(url)}", html.encode("utf-8"))


def _render_share(args: tuple[Sequence[Job], str, str]) -> tuple[int, int]:
    jobs, output, version = args
    assert _catalogue is not None
    written = 0
    for done, job in enumerate(jobs, start=1):
        written += write(output, job.url, render(_catalogue, job, version))
        if done % PROGRESS_EVERY == 0:
            logger.info("worker %s: %s/%s pages", os.getpid(), done, len(jobs))
    return len(jobs), written


def shares(jobs: Sequence[Job], count: int, small: int = 0, pieces: int = 4) -> list[list[Job]]:
    """Split jobs into ``count`` shares, keeping each item's languages together; the last
    ``small`` of those are each cut into ``pieces`` smaller shares.

    Workers take shares in order, so small last ones let them finish close together: at
    10,000 activities a share is about 0.4 s of work, and with equal shares one worker
    could sit idle for that long at the end of a build. Groups are dealt round robin, a
    whole share taking ``pieces`` groups a round and a small one taking one, so every share
    holds the same mix of page kinds."""
    groups: dict[str, list[Job]] = {}
    for job in jobs:
        groups.setdefault(job.group, []).append(job)
    whole = max(count - max(small, 0), 0)
    cut = (count - whole) * pieces
    owners = [slot % whole for slot in range(whole * pieces)] + [whole + i for i in range(cut)]
    out: list[list[Job]] = [[] for _ in range(whole + cut)]
    for index, group in enumerate(groups.values()):
        out[owners[index % len(owners)]].extend(group)
    return out


def worker_count(config) -> int:
    """Processes to use: the setting, else one per core."""
    return config.workers or os.cpu_count() or 1
