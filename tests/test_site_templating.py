"""The template helpers of :mod:`tukena.site.templating`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jinja2 import DictLoader, StrictUndefined, TemplateNotFound, UndefinedError
from markupsafe import Markup, escape

from tukena.site.render import environment
from tukena.site.templating import (
    PageEnvironment,
    PageTemplate,
    fast_escape,
    json_dumps,
)
from tukena.site.texts import Text


def _env(**templates: str) -> PageEnvironment:
    return PageEnvironment(loader=DictLoader(templates), autoescape=True, undefined=StrictUndefined)


class Row:
    name = "attribute"

    def __getitem__(self, key: str) -> str:
        return f"item {key}"


def test_dict_keys_come_first():
    env = _env()
    assert env.from_string("{{ d.name }}").render(d={"name": "key"}) == "key"
    assert env.from_string("{{ d.items }}").render(d={"items": 3}) == "3"


def test_dict_methods_still_work_without_such_a_key():
    env = _env()
    rendered = env.from_string('{{ d.get("x", "none") }} {{ d.items() | list }}')
    assert rendered.render(d={"a": 1}) == "none [(&#39;a&#39;, 1)]"


def test_other_objects_prefer_the_attribute_then_the_item():
    env = _env()
    assert env.from_string("{{ r.name }} {{ r.other }}").render(r=Row()) == "attribute item other"


def test_missing_names_are_undefined():
    env = _env()
    with pytest.raises(UndefinedError):
        env.from_string("{{ d.nothing }}").render(d={"a": 1})
    with pytest.raises(UndefinedError):
        env.from_string("{{ n.nothing }}").render(n=3)
    assert env.from_string("{{ d.nothing is defined }}").render(d={}) == "False"


def test_values_stay_escaped():
    env = _env()
    assert env.from_string("{{ d.x }}").render(d={"x": "<b>"}) == "&lt;b&gt;"
    assert env.from_string("{{ d.x }}").render(d={"x": Markup("<b>")}) == "<b>"


def test_loaded_templates_are_kept():
    env = _env(
        page='{% extends "base" %}{% block b %}{% include "part" %}{% endblock %}',
        base="<{% block b %}{% endblock %}>",
        part="{{ x }}",
    )
    page = env.get_template("page")
    assert env.get_template("page") is page
    assert page.render(x="<y>") == "<&lt;y&gt;>"
    assert env.get_template("part", parent="page") is env.get_template("part")
    with pytest.raises(TemplateNotFound):
        env.get_template("missing")


@pytest.mark.parametrize(
    "value",
    ["", "plain", "<a href='x'>&\"</a>", Markup("<b>safe</b>"), 3, None, Text("<i>", "ar")],
)
def test_fast_escape_is_markupsafe_escape(value):
    escaped = fast_escape(value)
    assert type(escaped) is Markup and escaped == escape(value)


def test_templates_escape_their_output():
    env = _env(page="{{ s }}|{{ m }}|{{ n }}|{{ t }}")
    assert type(env.get_template("page")) is PageTemplate
    out = env.get_template("page").render(s="<&'\">", m=Markup("<br>"), n=2, t=Text("<x>", "fi"))
    assert out == "&lt;&amp;&#39;&#34;&gt;|<br>|2|&lt;x&gt;"
    assert env.from_string("{{ s }}").render(s="<") == "&lt;"


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON)
def test_json_dumps_gives_the_same_data_with_sorted_keys(value):
    text = json_dumps(value)
    assert json.loads(text) == value
    assert text == json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def test_tojson_in_pages_keeps_script_breakouts_inert():
    theme = Path(__file__).resolve().parent.parent / "theme"
    env = environment(str(theme), "fi", "", "tukena", "v")
    template = env.from_string('<script type="application/ld+json">{{ data|tojson }}</script>')
    html = template.render(data={"name": "</script><script>alert('x')</script> & ä"})
    assert html.count("</script>") == 1
    assert "\\u003c/script\\u003e" in html and "\\u0026" in html and "\\u0027" in html
    assert "ä" in html
    payload = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert json.loads(payload) == {"name": "</script><script>alert('x')</script> & ä"}


def test_asset_version_follows_the_static_files_and_the_vendored_versions(tmp_path: Path):
    from tukena.site.render import static_version

    static = tmp_path / "theme" / "static"
    (static / "css").mkdir(parents=True)
    (static / "vendor" / "lean-qr").mkdir(parents=True)
    (static / "css" / "site.css").write_text("body { color: #000; }")
    (static / "vendor" / "versions.json").write_text('{"lean-qr": "2.7.4"}')
    (static / "vendor" / "lean-qr" / "lean-qr.js").write_text("var leanQR = {};")
    seen = [static_version(tmp_path / "theme")]
    (static / "vendor" / "lean-qr" / "lean-qr.js").write_text("var leanQR = {a: 1};")
    assert static_version(tmp_path / "theme") == seen[-1]  # named by its version
    (static / "vendor" / "versions.json").write_text('{"lean-qr": "2.7.5"}')
    seen.append(static_version(tmp_path / "theme"))
    (static / "css" / "site.css").write_text("body { color: #111; }")
    seen.append(static_version(tmp_path / "theme"))
    assert len(set(seen)) == 3  # a new library version, then a new stylesheet
