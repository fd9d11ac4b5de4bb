"""Template helpers that keep rendering fast.

- :class:`PageEnvironment` looks a plain dict's keys up before its attributes: pages pass
  most of their data as dicts, and Jinja's default tries the attribute first and pays for
  the AttributeError on every ``row.name``.
- :func:`text` renders a :class:`~tukena.site.views.Text` with ``lang``/``dir`` when its
  language differs from the page's (a Python function: a Jinja macro costs far more per
  call, and cards call it many times).
- :func:`json_dumps` serialises ``|tojson`` data (JSON-LD on every item page) in C.
- :class:`TranslatingLoader` translates ``{{ _("literal") }}`` while loading a template,
  once per language, so the common case costs nothing at render time. Messages with
  arguments, ``ngettext`` and anything not a plain literal stay ordinary gettext calls.
  Extraction (``make translations-extract``) reads the untouched sources.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, MutableMapping
from typing import Any

import orjson
from jinja2 import BaseLoader, Environment, Template
from markupsafe import Markup, escape

from tukena.schemas.languages import text_direction

try:  # markupsafe 3's escaping core; a release without it only costs speed
    from markupsafe import _escape_inner
except ImportError:  # pragma: no cover - present in every markupsafe 3 release
    _escape_inner = None

logger = logging.getLogger(__name__)

_LITERAL = re.compile(
    r"""\{\{\s*_\(\s*(?P<q>["'])(?P<msg>(?:(?!(?P=q)).)*?)(?P=q)\s*\)\s*\}\}""", re.S
)


_new_str = str.__new__


def fast_escape(value: Any) -> Markup:
    """``markupsafe.escape`` for what templates output: the same result, without a copy
    of a value that is already Markup and without ``Markup.__new__``'s Python code for a
    plain string (about 76 outputs per activity page)."""
    kind = type(value)
    if kind is str:
        return _new_str(Markup, _escape_inner(value))
    if kind is Markup:
        return value  # immutable, already safe: markupsafe would return an equal copy
    return escape(value)


if _escape_inner is None:  # pragma: no cover
    fast_escape = escape  # noqa: F811 - the same output, markupsafe's own way


def escape_text(value: str) -> str:
    """``value`` with ``&``, ``<``, ``>``, ``"`` and ``'`` as entities, as a plain string:
    for XML written without a template (feeds)."""
    return _escape_inner(value) if _escape_inner is not None else str(escape(value))


def json_dumps(value: Any, **_: Any) -> str:
    """``|tojson``'s serialiser: orjson, keys sorted as Jinja's default ``json.dumps`` sorts
    them (about a tenth of its time for an activity's JSON-LD). Non-ASCII stays as UTF-8, as
    the page itself is; Jinja still escapes ``<``, ``>``, ``&`` and ``'`` in the result."""
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


class PageTemplate(Template):
    """A template whose ``{{ output }}`` escapes with :func:`fast_escape`."""

    @classmethod
    def from_code(cls, environment, code, globals, uptodate=None):  # noqa: ANN001, ANN206
        template = super().from_code(environment, code, globals, uptodate)
        # the compiled module's functions look ``escape`` up in their module namespace
        template.root_render_func.__globals__["escape"] = fast_escape
        return template


class PageEnvironment(Environment):
    """A Jinja environment whose ``a.b`` tries a dict's key first.

    For any other object it behaves as Jinja's own: the attribute, then the item. A dict
    key that shadows a dict method (``items``, ``get``) wins over the method here, so the
    page contexts never use such keys.
    """

    template_class = PageTemplate

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._loaded: dict[str, Template] = {}

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict:
            try:
                return obj[attribute]
            except KeyError:
                pass
        try:
            return getattr(obj, attribute)
        except AttributeError:
            pass
        try:
            return obj[attribute]
        except (TypeError, LookupError, AttributeError):
            return self.undefined(obj=obj, name=attribute)

    def get_template(
        self,
        name: str | Template,
        parent: str | None = None,
        globals: MutableMapping[str, Any] | None = None,
    ) -> Template:
        """A loaded template from a plain dict: templates never change while pages are
        rendered (``auto_reload`` is off), and Jinja's own cache takes a lock and reorders
        its LRU list on each of the three loads a page makes (template, base, include)."""
        if isinstance(name, str) and globals is None:
            key = name if parent is None else self.join_path(name, parent)
            loaded = self._loaded.get(key)
            if loaded is None:
                loaded = self._loaded[key] = super().get_template(key)
            return loaded
        return super().get_template(name, parent, globals)

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """A template's globals as a plain dict, not Jinja's ChainMap: every ``include``
        copies them, and a dict copies several times faster. Globals are all set before
        the first template loads."""
        return {**self.globals, **(d or {})}


def render_page(template: Template, values: dict[str, Any]) -> str:
    """Render ``template`` with ``values`` as its whole context (globals included), without
    the copy of the globals ``Template.render`` makes for every page."""
    env = template.environment
    context = env.context_class(env, values, template.name, template.blocks)
    try:
        return env.concat(template.root_render_func(context))  # type: ignore[attr-defined]
    except Exception:
        env.handle_exception()
        raise  # not reached: handle_exception raises


def text(value, tag: str = "span", class_: str = "", page_lang: str = "") -> Markup:
    """``value`` in ``tag`` with lang and dir when it is in another language than the page,
    with dir alone when it is in the page's but written the other way (a place's name in
    Arabic letters, which claims no language, on a Finnish page)."""
    if not value:
        return Markup("")
    content = escape(value.text)
    if value.lang != page_lang:
        attributes = f' lang="{value.lang}" dir="{value.dir}"'
    elif value.dir != text_direction(page_lang):
        attributes = f' dir="{value.dir}"'
    else:
        attributes = ""
    if class_:
        attributes += f' class="{escape(class_)}"'
    if not attributes and tag == "span":
        return content
    return Markup(f"<{tag}{attributes}>{content}</{tag}>")  # noqa: S704 - parts escaped above


class CardCache:
    """Each activity's card is rendered once per language and process, then reused by every
    listing that shows it (a card appears on five or more listing pages). Listings pass
    slugs: the card's values (``make(catalogue, slug)``, a dict) are only made for a card
    not rendered yet. :meth:`use` names the catalogue the pages come from."""

    def __init__(
        self,
        env: Environment,
        make: Callable[[Any, str], dict[str, Any]],
        template: str = "partials/card.html",
    ) -> None:
        self.env = env
        self.make = make
        self.template = template
        self.catalogue: Any = None
        self.cards: dict[str, Markup] = {}

    def use(self, catalogue: Any) -> None:
        """Render cards from ``catalogue``; another catalogue's cards are forgotten."""
        if catalogue is not self.catalogue:
            self.catalogue = catalogue
            self.cards = {}

    def __call__(self, slug: str) -> Markup:
        html = self.cards.get(slug)
        if html is None:
            template = self.env.get_template(self.template)
            values = {**template.globals, "a": self.make(self.catalogue, slug)}
            html = self.cards[slug] = Markup(render_page(template, values))  # noqa: S704 - autoescaped
        return html


class Fragments:
    """Partials that are the same on every page of a language (navigation, footer),
    rendered once per language and process. They may use globals only, never page data."""

    def __init__(self, env: Environment) -> None:
        self.env = env
        self.rendered: dict[str, Markup] = {}

    def __call__(self, name: str) -> Markup:
        html = self.rendered.get(name)
        if html is None:
            rendered = self.env.get_template(name).render()
            html = self.rendered[name] = Markup(rendered)  # noqa: S704 - autoescaped template
        return html


class TranslatingLoader(BaseLoader):
    """Wraps a loader; replaces literal ``_("...")`` output tags with their translation."""

    def __init__(self, inner: BaseLoader, gettext: Callable[[str], str]) -> None:
        self.inner = inner
        self.gettext = gettext

    def get_source(self, environment: Environment, template: str):
        source, filename, uptodate = self.inner.get_source(environment, template)

        def translate(match: re.Match) -> str:
            message = match.group("msg")
            if "%(" in message or "\\" in message:
                return match.group(0)
            translated = self.gettext(message)
            return str(escape(translated)).replace("{", "&#123;").replace("}", "&#125;")

        return _LITERAL.sub(translate, source), filename, uptodate

    def list_templates(self) -> list[str]:
        return self.inner.list_templates()
