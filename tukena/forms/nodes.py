"""The parts of a form description: fields, groups of fields, choices and the whole form.

Form names are model paths joined by dots, with row numbers for lists of models and
language codes for localised texts: ``schedule.weekly.0.start``, ``title.fi``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

Text = dict[str, str]
MAX_TEXT = 300


@dataclass(frozen=True)
class Choice:
    """One option of a choice field; ``languages``, by UI language, the language its label
    is in when it is a name from the content that may lack that language (a listing's
    title in Finnish alone on the English form), so that the option can say so."""

    value: str
    label: Text
    languages: Text = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Node:
    """What fields and groups share."""

    key: str
    path: str  # dotted model path without row numbers, e.g. schedule.weekly.start
    name: str  # form-name pattern, e.g. schedule.weekly.{i}.start
    label: Text
    help: Text
    required: bool  # required within its parent
    always: bool  # required whenever the form is sent (no optional or repeated ancestor)


@dataclass(frozen=True)
class Field(Node):
    """One input, one group of options, or one input per language."""

    widget: str = "text"
    choices: tuple[Choice, ...] = ()
    source: str | None = None  # dynamic choices: organisations, municipalities, ...
    multiple: bool = False
    attrs: tuple[tuple[str, Any], ...] = ()
    multiline: bool = False
    maxlength: int = MAX_TEXT
    nullable: bool = False  # may be left unknown (an optional yes/no)
    default: str | None = None  # shown in a new, empty form
    #: a localised text whose plain string claims no language (a place's name): shown in
    #: the listing's main language's input, and given in that input alone, written back plain
    proper_name: bool = False


@dataclass(frozen=True)
class Group(Node):
    """A nested model: a fieldset, repeated in rows for a list of models."""

    children: tuple[Node, ...] = ()
    repeat: bool = False
    initial_rows: int = 1
    max_rows: int = 1


@dataclass(frozen=True)
class FormSpec:
    """A whole form: which model it fills and its fields."""

    kind: str  # activity, organisation or report
    model: type[BaseModel]
    root: Group
    index: dict[str, Node] = field(default_factory=dict, compare=False, repr=False)

    @property
    def children(self) -> tuple[Node, ...]:
        return self.root.children

    def walk(self) -> Iterator[Node]:
        """Every node, depth first, in form order."""
        stack = list(reversed(self.root.children))
        while stack:
            node = stack.pop()
            yield node
            if isinstance(node, Group):
                stack.extend(reversed(node.children))

    def node(self, path: str) -> Node | None:
        """The node of a dotted model path without row numbers."""
        return self.index.get(path)
