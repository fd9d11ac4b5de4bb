"""The JSON form description (fields, labels and help in fi/sv/en, widgets, rules and the
error messages) that the client-side checks use."""

from __future__ import annotations

from typing import Any

from tukena.forms import messages, parse
from tukena.forms.nodes import Field, Group, Node
from tukena.forms.spec import UI, form_spec


def _node_json(node: Node) -> dict[str, Any]:
    data: dict[str, Any] = {
        "name": node.name,
        "path": node.path,
        "label": node.label,
        "required": node.required,
        "always_required": node.always,
    }
    if node.help:
        data["help"] = node.help
    if isinstance(node, Group):
        data["type"] = "group"
        if node.repeat:
            data.update(repeat=True, initial_rows=node.initial_rows, max_rows=node.max_rows)
        data["children"] = [_node_json(child) for child in node.children]
        return data
    assert isinstance(node, Field)
    data.update(widget=node.widget, multiple=node.multiple, maxlength=node.maxlength)
    if node.widget == "localised":
        data["languages"] = list(UI)
        data["multiline"] = node.multiline
    if node.choices:
        data["choices"] = [{"value": c.value, "label": c.label} for c in node.choices]
    if node.source:
        data["source"] = node.source
    if node.attrs:
        data["attributes"] = dict(node.attrs)
    if node.nullable:
        data["nullable"] = True
    if node.default is not None:
        data["default"] = node.default
    return data


def describe(kind: str) -> dict[str, Any]:
    """The JSON form description: fields, labels and help in fi/sv/en, widget types, rules."""
    spec = form_spec(kind)
    return {
        "kind": kind,
        "languages": list(UI),
        "fields": [_node_json(node) for node in spec.children],
        "control": parse.CONTROL_NAMES,
        "messages": messages.catalogue(),
    }
