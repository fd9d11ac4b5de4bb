"""Read YAML safely, keeping the line of every key.

Built on PyYAML's event stream (libyaml where available) rather than its constructors, so:

- anchors, aliases and tags are errors, never objects or expansion bombs;
- a duplicate key is an error at the line of the second occurrence;
- nesting deeper than a limit is an error, never a RecursionError (no recursion is used);
- in *text mode* every plain scalar stays exactly the string written (``no``, ``on``,
  ``1.10``, ``17:00``), and pydantic converts it where a field wants a number, a date or a
  boolean; in *typed mode* plain scalars resolve by the YAML 1.2 core schema, as an
  editor's YAML language server does.

The result is the data plus a map from each key path (``("schedule", "weekly", 0)``) to the
1-based line where it starts.

In text mode, front matter in the common block style (nearly all content) is read first by
the small exact reader in :mod:`tukena.yamlfast`, in less than half the time composing takes;
it declines anything else, which :func:`load_general` reads. There, text without ``&``, ``*``
or ``!`` cannot hold an anchor, an alias or a tag; such text is composed by libyaml in C and
walked iteratively, about five times faster than the event stream. Any other text, and any
text libyaml rejects, goes through the event stream, which gives the canonical error messages.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from tukena import yamladvice, yamlfast, yamlquote
from tukena.exceptions import FrontMatterError
from tukena.yamlfast import NULLS

try:  # libyaml is about four times faster than the pure-Python parser
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - libyaml is present in the pinned wheels
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 20
#: Composing recurses in C; text that could nest deeper than this takes the event path.
_FAST_NESTING_BOUND = 1000
_RISKY = re.compile(r"[&*!]")
_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_BOOLS = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}

Path = tuple[str | int, ...]


def _resolve(value: str, plain: bool, typed: bool) -> Any:
    if not plain:
        return value
    if value in NULLS:
        return None
    if not typed:
        return value
    if value in _BOOLS:
        return _BOOLS[value]
    if _INT.match(value):
        return int(value)
    if _FLOAT.match(value):
        return float(value)
    return value


class _Frame:
    """A mapping or sequence being built, with the key waiting for its value."""

    __slots__ = ("container", "path", "start_line", "key", "key_line")

    def __init__(self, container: dict | list, path: Path, start_line: int) -> None:
        self.container = container
        self.path = path
        self.start_line = start_line
        self.key: str | None = None
        self.key_line = 0


class _Composer(_Loader):  # type: ignore[misc,valid-type]
    """Composes nodes without resolving tags: :func:`_walk` decides what scalars mean."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        return ""

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


def _may_nest_deeply(text: str) -> bool:
    bound = text.count("\n") + text.count("[") + text.count("{") + text.count("-")
    return bound > _FAST_NESTING_BOUND


def load(
    text: str, *, typed: bool = False, line_offset: int = 0, max_depth: int = MAX_DEPTH
) -> tuple[Any, dict[Path, int]]:
    """Parse one YAML document; return ``(data, lines)``.

    ``line_offset`` is added to every line, for YAML that starts further down a file.
    Raises :class:`FrontMatterError` with the line of the problem.
    """
    if not typed:
        found = yamlfast.load(text, line_offset, max_depth)
        if found is not None:
            return found
    return load_general(text, typed=typed, line_offset=line_offset, max_depth=max_depth)


def load_general(
    text: str, *, typed: bool = False, line_offset: int = 0, max_depth: int = MAX_DEPTH
) -> tuple[Any, dict[Path, int]]:
    """:func:`load` by the general reader, which reads any YAML: what the fast reader declines."""
    if not _RISKY.search(text) and not _may_nest_deeply(text):
        try:
            node = yaml.compose(text, Loader=_Composer)
        except yaml.YAMLError:
            pass  # the event path below reports it with the canonical message
        else:
            return _walk(node, typed, line_offset, max_depth)
    return _from_events(text, typed, line_offset, max_depth)


def _walk(root: Any, typed: bool, offset: int, max_depth: int) -> tuple[Any, dict[Path, int]]:
    """Convert a composed node tree, without recursion, checking what the events check."""
    lines: dict[Path, int] = {}
    if root is None:
        return None, lines
    result: list[Any] = [None]
    # (node, parent container, key in the parent, path, depth)
    stack: list[tuple[Any, Any, Any, Path, int]] = [(root, result, 0, (), 0)]
    while stack:
        node, parent, key, path, depth = stack.pop()
        line = node.start_mark.line + 1 + offset
        if isinstance(node, yaml.ScalarNode):
            parent[key] = _resolve(node.value, not node.style, typed)
            continue
        if depth >= max_depth:
            raise FrontMatterError(f"nested deeper than {max_depth} levels", line)
        if isinstance(node, yaml.SequenceNode):
            items: list[Any] = [None] * len(node.value)
            parent[key] = items
            for index in range(len(items) - 1, -1, -1):
                child = node.value[index]
                lines[path + (index,)] = child.start_mark.line + 1 + offset
                stack.append((child, items, index, path + (index,), depth + 1))
            continue
        mapping: dict[str, Any] = {}
        parent[key] = mapping
        pending = []
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1 + offset
            if not isinstance(key_node, yaml.ScalarNode):
                raise FrontMatterError("a mapping key must be plain text", key_line)
            name = _resolve(key_node.value, not key_node.style, typed)
            if not isinstance(name, str):
                raise FrontMatterError("a mapping key must be plain text", key_line)
            if name in mapping:
                raise FrontMatterError(f"duplicate key {name!r}", key_line)
            mapping[name] = None
            lines[path + (name,)] = key_line
            pending.append((value_node, mapping, name, path + (name,), depth + 1))
        stack.extend(reversed(pending))
    return result[0], lines


def _from_events(
    text: str, typed: bool, line_offset: int, max_depth: int
) -> tuple[Any, dict[Path, int]]:
    """The event-stream reader: every check, and the canonical error messages."""
    lines: dict[Path, int] = {}
    stack: list[_Frame] = []
    result: Any = None
    documents = 0

    def attach(value: Any, line: int) -> bool:
        """Put a finished value into its parent; return True when it was a mapping key."""
        nonlocal result
        if not stack:
            result = value
            return False
        frame = stack[-1]
        if isinstance(frame.container, list):
            index = len(frame.container)
            frame.container.append(value)
            lines[frame.path + (index,)] = line
            return False
        if frame.key is None:
            if not isinstance(value, str):
                raise FrontMatterError("a mapping key must be plain text", line)
            if value in frame.container:
                raise FrontMatterError(f"duplicate key {value!r}", line)
            frame.key, frame.key_line = value, line
            return True
        frame.container[frame.key] = value
        lines[frame.path + (frame.key,)] = frame.key_line
        frame.key = None
        return False

    def child_path() -> Path:
        frame = stack[-1] if stack else None
        if frame is None:
            return ()
        if isinstance(frame.container, list):
            return frame.path + (len(frame.container),)
        if frame.key is None:
            raise FrontMatterError("a mapping key must be plain text", line)
        return frame.path + (frame.key,)

    try:
        for event in yaml.parse(text, Loader=_Loader):
            line = event.start_mark.line + 1 + line_offset if event.start_mark else 0
            if isinstance(event, yaml.AliasEvent):
                raise FrontMatterError("anchors and aliases (*name) are not allowed", line)
            if getattr(event, "anchor", None):
                raise FrontMatterError(f"anchors (&{event.anchor}) are not allowed", line)
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise FrontMatterError("only one YAML document is allowed", line)
            elif isinstance(event, yaml.ScalarEvent):
                plain = event.implicit[0] and not event.style
                if event.tag and not (event.implicit[0] or event.implicit[1]):
                    raise FrontMatterError(f"YAML tags ({event.tag}) are not allowed", line)
                attach(_resolve(event.value, plain, typed), line)
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if event.tag and not event.implicit:
                    raise FrontMatterError(f"YAML tags ({event.tag}) are not allowed", line)
                if len(stack) >= max_depth:
                    raise FrontMatterError(f"nested deeper than {max_depth} levels", line)
                path = child_path()
                container: dict | list = {} if isinstance(event, yaml.MappingStartEvent) else []
                stack.append(_Frame(container, path, line))
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                frame = stack.pop()
                if attach(frame.container, frame.start_line):
                    raise FrontMatterError("a mapping key must be plain text", line)
    except yaml.MarkedYAMLError as exc:
        message, found = yamladvice.explain(exc, text)
        where = found + 1 + line_offset if found is not None else 0
        if "nesting depth" in message:  # libyaml's own limit, reached while it reads ahead
            raise FrontMatterError(f"nested deeper than {max_depth} levels", where) from None
        raise FrontMatterError(f"invalid YAML: {message}", where) from None
    except yaml.YAMLError as exc:  # pragma: no cover - reader errors without a mark
        raise FrontMatterError(f"invalid YAML: {exc}") from None
    return result, lines


def dump(data: Any) -> str:
    """Write data as block-style YAML that :func:`load` reads back to the same values, with
    strings quoted wherever another reader would take them for another type
    (:mod:`tukena.yamlquote`)."""
    return yamlquote.dump(data)
