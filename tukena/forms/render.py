"""Server-side HTML of the forms (Jinja2, autoescaped).

:func:`build_view` turns a form description, the values to show and the errors into a
tree of plain view objects (concrete names, ids, labels in the UI language, which help and
error texts describe which input); the templates in ``templates/forms/`` only lay it out.
The static site can include ``forms/form.html`` with the same view object.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import jinja2

from tukena.forms import check, fieldwarnings, messages, options, textlanguages, ui
from tukena.forms.helptexts import help_link
from tukena.forms.labels import ROWS
from tukena.forms.nodes import Choice, Field, FormSpec, Group, Node
from tukena.forms.options import label_in
from tukena.forms.parse import CONTROL_NAMES, ROW_NUMBER, FormError
from tukena.forms.seasonwarnings import Copied
from tukena.forms.spec import UI
from tukena.forms.views import FieldView, FormView, GroupView, LangInput, Option, element_id
from tukena.schemas.languages import language_name, text_direction


@dataclass
class _Context:
    lang: str
    kind: str
    values: Mapping[str, Sequence[str]]
    errors: dict[str, list[str]]
    sources: Mapping[str, Sequence[Choice]]
    extra_rows: Mapping[str, int]
    fixed: Mapping[str, str] = field(default_factory=dict)
    #: the further languages of the texts that take them (:mod:`tukena.forms.textlanguages`)
    text_languages: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # name -> label for the summary
    anchors: dict[str, str] = field(default_factory=dict)
    links: Mapping[str, str] = field(default_factory=dict)  # field name -> its help's link
    copied: Copied | None = None  # a copy's form: the season it copies
    today: dt.date | None = None  # the day it is sent: a deadline before it is warned of


def _first(values: Sequence[str] | None) -> str:
    return values[0] if values else ""


def _in_language(code: str, lang: str) -> str:
    key = f"in_language.{code}"
    if key in ui.TEXTS:
        return ui.text(key, lang)
    return ui.text("in_language.other", lang, name=language_name(code, lang))


def _field_view(node: Field, name: str, ctx: _Context, row_label: str) -> FieldView:
    label = label_in(node.label, ctx.lang)
    chosen = list(ctx.values.get(name, ()))
    view = FieldView(
        kind=node.widget,
        name=name,
        id=element_id("f", name),
        label=label,
        help=label_in(node.help, ctx.lang) if node.help else "",
        help_id=element_id("h", name),
        errors=ctx.errors.get(name, []),
        error_id=element_id("e", name),
        required=node.required,
        only_if_filled=node.required and not node.always,
        required_attr=node.always and node.widget not in ("localised", "checkboxes", "multiselect"),
        value=_first(chosen),
        attrs=dict(node.attrs),
        multiline=node.multiline,
        maxlength=node.maxlength,
        nullable=node.nullable,
    )
    if name in ctx.links and node.help:
        view.help_link = (ctx.links[name], label_in(help_link(name), ctx.lang))
    if node.widget == "localised":
        for key, found in ctx.errors.items():
            if key.startswith(name + ".") and "." not in key[len(name) + 1 :]:
                view.errors = view.errors + found
                ctx.labels[key] = label if not row_label else f"{row_label}{label}"
                ctx.anchors[key] = element_id("f", key)
        translated = textlanguages.FIELDS.get(ctx.kind, ())
        further = ctx.text_languages if name in translated else []
        codes = [*UI, *further] + sorted(
            {k.rsplit(".", 1)[1] for k in ctx.values if k.startswith(name + ".")} - {*UI, *further}
        )
        if name == textlanguages.CONTROL_AFTER.get(ctx.kind):
            sources = ctx.sources.get("languages", ())
            view.add_language = textlanguages.control(ctx.kind, ctx.lang, sources, further)
        view.inputs = [
            LangInput(
                code,
                _in_language(code, ctx.lang),
                f"{name}.{code}",
                element_id("f", f"{name}.{code}"),
                value := _first(ctx.values.get(f"{name}.{code}")),
                text_direction(code, value),  # Kurdish: as its letters (the check page)
            )
            for code in codes
        ]
        fieldwarnings.mark_texts(view, ctx.kind, ctx.lang, ctx.copied)
    elif name in ctx.fixed:
        view.kind = "fixed"
        view.options = [Option(view.value, ctx.fixed[name], True)]
    elif node.widget in ("select", "radio", "checkboxes", "multiselect", "boolean"):
        view.options = options.options(node, ctx.lang, ctx.sources, name, chosen)
    ctx.labels[name] = f"{row_label}{label}"
    ctx.anchors[name] = view.anchor
    return view


def _rows(node: Group, name: str, ctx: _Context) -> int:
    prefix = f"{name}."
    rows = [k[len(prefix) :].split(".", 1)[0] for k in ctx.values if k.startswith(prefix)]
    seen = [int(row) for row in rows if ROW_NUMBER.match(row)]
    count = max(max(seen) + 1 if seen else 0, node.initial_rows) + ctx.extra_rows.get(name, 0)
    return min(count, node.max_rows)


def _group_view(node: Group, name: str, ctx: _Context, row_label: str) -> GroupView:
    label = label_in(node.label, ctx.lang)
    view = GroupView(
        kind="group",
        name=name,
        id=element_id("g", name),
        label=label,
        help=label_in(node.help, ctx.lang) if node.help else "",
        help_id=element_id("h", name),
        errors=ctx.errors.get(name, []),
        error_id=element_id("e", name),
        required=node.required,
        only_if_filled=node.required and not node.always,
        repeat=node.repeat,
    )
    if node.repeat:
        one, add = (label_in(texts, ctx.lang) for texts in ROWS.get(node.name, ({}, {})))
        for index in range(_rows(node, name, ctx)):
            row_name = f"{name}.{index}"
            row_title = ui.text("row", ctx.lang, label=one or label, number=index + 1)
            row = GroupView(
                kind="row",
                name=row_name,
                id=element_id("g", row_name),
                label=row_title,
                help="",
                help_id=element_id("h", row_name),
                errors=ctx.errors.get(row_name, []),
                error_id=element_id("e", row_name),
                required=False,
                children=_children(node.children, f"{row_name}.", ctx, f"{row_title}: "),
            )
            fieldwarnings.mark_row(row, ctx.values, ctx.lang, ctx.copied)
            ctx.labels[row_name] = row_title
            ctx.anchors[row_name] = row.anchor
            view.rows.append(row)
        if len(view.rows) < node.max_rows:
            view.add = {
                "name": CONTROL_NAMES["action"],
                "value": f"add:{name}",
                "label": add or ui.text("add_row", ctx.lang, label=label),
                # the form comes back at the row added, not at its top
                "target": element_id("g", f"{name}.{len(view.rows)}"),
            }
    else:
        view.children = _children(node.children, f"{name}.", ctx, row_label)
        fieldwarnings.mark_group(view, ctx.values, ctx.lang, ctx.copied, ctx.today)
    ctx.labels[name] = f"{row_label}{label}"
    ctx.anchors[name] = view.anchor
    return view


def _children(nodes: Sequence[Node], prefix: str, ctx: _Context, row_label: str) -> list[Any]:
    out: list[Any] = []
    for node in nodes:
        name = f"{prefix}{node.key}"
        if isinstance(node, Group):
            out.append(_group_view(node, name, ctx, row_label))
        else:
            assert isinstance(node, Field)
            out.append(_field_view(node, name, ctx, row_label))
    return out


def _order(name: str, order: list[str]) -> int:
    return order.index(name) if name in order else len(order)


def build_view(
    spec: FormSpec,
    *,
    lang: str,
    form_id: str,
    action: str,
    values: Mapping[str, Sequence[str]] | None = None,
    errors: Sequence[FormError] = (),
    sources: Mapping[str, Sequence[Choice]] | None = None,
    control: Mapping[str, str] | None = None,
    honeypot: str = "extra_notes",
    heading: str = "",
    notice: str = "",
    extra_rows: Mapping[str, int] | None = None,
    submitter: Mapping[str, str] | None = None,
    fixed: Mapping[str, str] | None = None,
    links: Mapping[str, str] | None = None,
    copied: Copied | None = None,
    today: dt.date | None = None,
) -> FormView:
    """The view of a form in a UI language, with values and errors in place; ``links``
    are the addresses of the links in help texts (:data:`helptexts.LINKS`) by field;
    ``copied``, the season a copy's form copies (:mod:`.seasonwarnings`); ``today``, the day
    it is sent (:mod:`.deadlinewarnings`)."""
    lang = ui.language(lang)
    by_name: dict[str, list[str]] = {}
    for error in errors:
        by_name.setdefault(error.name, []).append(messages.message(error, lang))
    ctx = _Context(
        lang, spec.kind, values or {}, by_name, sources or {}, extra_rows or {}, fixed or {}
    )
    ctx.text_languages = textlanguages.chosen(spec.kind, ctx.values)
    ctx.links = links or {}
    ctx.copied = copied
    ctx.today = today
    fields = _children(spec.children, "", ctx, "")
    email_name = CONTROL_NAMES["submitter_email"]
    ctx.labels[email_name] = ui.text("submitter.email", lang)
    ctx.anchors[email_name] = element_id("f", email_name)
    order = list(ctx.labels)
    summary = [
        (
            ctx.anchors.get(error.name, "form-top"),
            f"{ctx.labels[error.name]}: {messages.message(error, lang)}"
            if error.name in ctx.labels
            else messages.message(error, lang),
        )
        for error in sorted(errors, key=lambda e: _order(e.name, order))
    ]
    return FormView(
        lang=lang,
        dir=text_direction(lang),
        kind=spec.kind,
        form_id=form_id,
        heading=heading or ui.text(f"heading.{form_id}", lang, title=""),
        action=action,
        control={CONTROL_NAMES["form"]: form_id, CONTROL_NAMES["lang"]: lang, **(control or {})},
        honeypot=honeypot,
        fields=fields,
        summary=summary,
        notice=notice,
        submit=ui.text("confirm_send" if notice else "send", lang),
        check=check.button(spec.kind, form_id, lang),
        texts=ui.form_texts(lang),
        upload=any(isinstance(n, Field) and n.widget == "photo" for n in spec.walk()),
        photos_url=action.rsplit("/", 1)[0],
        submitter={
            "email": (submitter or {}).get("email", ""),
            "note": (submitter or {}).get("note", ""),
            "email_name": CONTROL_NAMES["submitter_email"],
            "note_name": CONTROL_NAMES["submitter_note"],
            "email_errors": by_name.get(CONTROL_NAMES["submitter_email"], []),
        },
    )


@cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment of the form templates; autoescaping is always on."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("tukena.forms", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_form(
    view: FormView, page: bool = True, checking: check.Checking | None = None, **extra: Any
) -> str:
    """A whole HTML page with the form, or (``page=False``) the form alone; with
    ``checking``, the check page of its answers instead (:mod:`tukena.forms.check`)."""
    if checking is not None:
        checking.warnings = fieldwarnings.sections(view.fields, view.lang)
        extra.update(check=checking, answers=check.answers(view.fields, view.lang, view.kind))
    name = "check" if checking is not None else "page" if page else "form"
    return environment().get_template(f"forms/{name}.html").render(form=view, **extra)
