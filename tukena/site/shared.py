"""What every page of a UI language shares, made once per language, build and process.

:func:`base` starts every page's template context: the environment's globals, the
settings, the security policy and the site header, rendered once around a marker where
each page puts its own language switcher (the only part of the header that depends on the
page). Pages copy this dict and add their own values, instead of Jinja merging the globals
into a new dict for every page.
"""

from __future__ import annotations

import logging
from typing import Any

from jinja2 import Environment
from markupsafe import Markup

from tukena.site import headers
from tukena.site.catalogue import Catalogue
from tukena.site.templating import render_page

logger = logging.getLogger(__name__)

#: Where the page's language switcher goes in the rendered header.
SWITCHER = Markup("<!-- language switcher -->")
HEADER = "partials/header.html"


def base(cat: Catalogue, env: Environment) -> dict[str, Any]:
    """The context every page of ``env``'s language starts from (do not modify it)."""
    key = ("shared", id(env))
    values = cat.memo.get(key)
    if values is None:
        values = cat.memo[key] = _make(cat, env)
    return values


def _make(cat: Catalogue, env: Environment) -> dict[str, Any]:
    config = cat.config
    values = dict(env.globals)
    values.update(
        config=config,
        csp=headers.policy(config.bot_url, meta=True) if config.security_headers else "",
        referrer_policy=headers.REFERRER_POLICY,
    )
    header = render_page(env.get_template(HEADER), {**values, "switcher": SWITCHER})
    start, end = header.split(SWITCHER)
    values["header_start"] = Markup(start)  # noqa: S704 - rendered by an autoescaping template
    values["header_end"] = Markup(end)  # noqa: S704 - rendered by an autoescaping template
    logger.debug("shared page values for %s made", values.get("lang"))
    return values
