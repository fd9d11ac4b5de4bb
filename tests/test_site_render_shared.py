"""The values every page of a language shares (:mod:`tukena.site.shared`)."""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from tukena.site import headers, render, shared
from tukena.site.catalogue import Catalogue
from tukena.site.config import SiteConfig
from tukena.site.templating import render_page

REPO = Path(__file__).resolve().parent.parent


def _catalogue(**settings) -> Catalogue:
    config = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", **settings)
    return Catalogue(content=None, config=config)  # type: ignore[arg-type] - not read here


def _env(lang: str = "fi"):
    return render.environment(str(REPO / "theme"), lang, "", "tukena", "test")


def test_base_holds_the_globals_settings_and_policy():
    cat = _catalogue(bot_url="https://bot.example/submit")
    env = _env()
    values = shared.base(cat, env)
    assert values["lang"] == "fi" and values["SITENAME"] == "tukena"
    assert values["config"] is cat.config
    assert values["csp"] == headers.policy("https://bot.example/submit", meta=True)
    assert values["referrer_policy"] == headers.REFERRER_POLICY
    assert shared.base(cat, env) is values  # made once per build and language


def test_no_policy_without_security_headers():
    assert shared.base(_catalogue(security_headers=False), _env())["csp"] == ""


def test_header_parts_surround_the_switcher():
    env = _env("sv")
    values = shared.base(_catalogue(), env)
    start, end = values["header_start"], values["header_end"]
    assert isinstance(start, Markup) and isinstance(end, Markup)
    whole = render_page(
        env.get_template(shared.HEADER), {**values, "switcher": Markup("<nav>x</nav>")}
    )
    assert whole == f"{start}<nav>x</nav>{end}"
    assert start.startswith('<header class="site-header">') and 'href="/sv/"' in start
    assert 'class="site-nav"' in end and end.endswith("</header>")
    assert str(shared.SWITCHER) not in start + end


def test_every_language_and_build_has_its_own():
    cat = _catalogue()
    fi, en = shared.base(cat, _env("fi")), shared.base(cat, _env("en"))
    assert fi["lang"] == "fi" and en["lang"] == "en"
    other = _catalogue(security_headers=False)
    assert shared.base(other, _env("fi")) is not fi


def test_render_page_uses_the_values_as_the_whole_context():
    env = _env()
    template = env.from_string("{% set y = 2 %}{{ x }}{{ y }}{{ lang is defined }}")
    values = {"x": "<1>"}
    assert render_page(template, values) == "&lt;1&gt;2False"
    assert values == {"x": "<1>"}


def test_template_globals_are_a_plain_dict():
    template = _env().get_template("partials/card.html")
    assert type(template.globals) is dict and template.globals["lang"] == "fi"


def test_changing_the_settings_changes_the_pages_base():
    assert shared.base(_catalogue(feeds=False), _env())["config"].feeds is False
