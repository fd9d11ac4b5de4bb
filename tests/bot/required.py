"""What an empty form must be told at once: the fields the model requires whenever the
form is sent (on their own, or as a group: a name in any language, a contact), read from
the form description the bot builds from the models, not listed by hand."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import unescape

from tukena.forms.nodes import Node
from tukena.forms.options import label_in
from tukena.forms.spec import form_spec


def _under(name: str, node: Node) -> bool:
    return name == node.name or name.startswith(f"{node.name}.")


def required_and_empty(kind: str, pairs: Sequence[tuple[str, str]]) -> list[Node]:
    """The fields and groups of ``kind``'s form that the model requires whenever it is
    sent and that ``pairs`` (the form as a browser sends it) leave without any value; a
    group whose own required field is among them is named by that field instead."""
    empty = [
        node
        for node in form_spec(kind).walk()
        if node.always and not any(v.strip() for n, v in pairs if _under(n, node))
    ]
    return [g for g in empty if not any(n is not g and _under(n.name, g) for n in empty)]


def labels(nodes: Sequence[Node], lang: str) -> list[str]:
    return [label_in(node.label, lang) for node in nodes]


def summary_items(html: str) -> list[str]:
    """The texts of the error summary's items ("Label: message")."""
    (summary,) = re.findall(r'<div class="error-summary"[^>]*>(.*?)</div>', html, re.S)
    return [unescape(text) for text in re.findall(r'<li><a href="#[^"]*">([^<]*)</a>', summary)]


def unnamed(expected: Sequence[str], items: Sequence[str]) -> list[str]:
    """The labels in ``expected`` that no item of a summary names."""
    return [label for label in expected if not any(i.startswith(f"{label}: ") for i in items)]
