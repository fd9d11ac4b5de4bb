"""Templates compiled ahead in a forked process (:mod:`tukena.site.precompile`)."""

from __future__ import annotations

import shutil

import pytest
from jinja2 import TemplateSyntaxError

from tests.site_helpers import REPO
from tukena.site import precompile, render
from tukena.site.config import SiteConfig
from tukena.site.templating import render_page


def _config(theme=REPO / "theme") -> SiteConfig:
    return SiteConfig(root=REPO, output=REPO / "unused", theme=theme)


def _page(theme: precompile.Theme, lang: str, name: str = "404.html") -> str:
    env = render.environment(theme.path, lang, theme.siteurl, theme.sitename, theme.version)
    values = {**env.globals, "page_url": "404.html", "page_kind": "not-found"}
    values.update(alternates=[{"lang": lang, "url": "404.html", "name": lang, "current": True}])
    values.update(header_start="", header_end="", csp="", config=_config())
    return render_page(env.get_template(name), values)


@pytest.fixture(autouse=True)
def _fresh_environments():
    render.environment.cache_clear()
    yield
    render.environment.cache_clear()


def test_templates_compiled_in_another_process_render_the_same():
    config = _config()
    ahead = precompile.Precompiler(config)
    lazily = {lang: _page(ahead.theme, lang) for lang in config.languages}
    render.environment.cache_clear()
    ahead.start()
    assert ahead.finish() == len(config.languages) * len(
        [n for n in (REPO / "theme" / "templates").rglob("*.html")]
    )
    for lang in config.languages:
        env = render.environment(
            ahead.theme.path, lang, ahead.theme.siteurl, ahead.theme.sitename, ahead.theme.version
        )
        assert "404.html" in env._loaded and "base.html" in env._loaded
        assert _page(ahead.theme, lang) == lazily[lang]
    assert all(f'<html lang="{lang}"' in page for lang, page in lazily.items())


def test_a_template_loaded_already_is_kept():
    config = _config()
    ahead = precompile.Precompiler(config)
    t = ahead.theme
    env = render.environment(t.path, "fi", t.siteurl, t.sitename, t.version)
    mine = env.get_template("404.html")
    compiled = precompile.compile_all(t, ("fi",))
    loaded = dict(env._loaded)  # 404.html, and the fragments compiling base.html rendered
    assert "404.html" in loaded
    assert precompile.install(t, compiled) == len(compiled) - len(loaded)
    assert env.get_template("404.html") is mine
    assert all(env._loaded[name] is template for name, template in loaded.items())


def test_a_broken_template_is_left_to_report_its_own_error(tmp_path):
    theme = tmp_path / "theme"
    shutil.copytree(REPO / "theme" / "templates", theme / "templates")
    (theme / "templates" / "404.html").write_text("{% if %}", "utf-8")
    ahead = precompile.Precompiler(_config(theme))
    ahead.start()
    assert ahead.finish() == 0  # nothing installed: not even the good templates
    t = ahead.theme
    env = render.environment(t.path, "fi", t.siteurl, t.sitename, t.version)
    assert env._loaded == {}
    with pytest.raises(TemplateSyntaxError):
        env.get_template("404.html")


def test_close_stops_without_installing():
    ahead = precompile.Precompiler(_config())
    ahead.start()
    ahead.close()
    assert ahead.finish() == 0
