"""An exact reader for the plain block style of YAML that content front matter is written in.

:func:`tukena.yamlsafe.load` tries :func:`load` first in text mode. It reads the subset of
YAML that content files use, splitting every row with one regular expression and building the
data and the lines directly, with no node for every scalar:

- block mappings of plain keys (``name:``), nested by indentation, and block sequences of
  ``- scalar``, ``- {flow: mapping}`` and compact mappings (``- name: x``);
- on one row: plain scalars, single- or double-quoted scalars without escapes or doubled
  quotes, and flow sequences or mappings of such scalars (``[guidance]``,
  ``{weekday: wed, start: "10:00"}``);
- literal block scalars (``|`` and ``|-``) whose first row holds text.

The contract: whenever it returns a result, that result is exactly what the general reader
(:func:`tukena.yamlsafe.load_general`) returns for the same text - the same values and types
(plain scalars stay text, the plain nulls become ``None``), the same key order and the same
line for every key and sequence item. On anything else it returns ``None`` and the general
reader decides, with its own error messages: comments, tabs, anchors, aliases, tags, folded
or kept block scalars, scalars or flow collections over several rows, nested flow
collections, quoted or unusual keys, escapes, duplicate keys, document markers, characters
outside the common printable set, spaces at the end of a row, sequences not indented under
their key, and nesting deeper than the limit. It declines rather than guesses; a differential
test holds it to that.

Flow collections recur across files (``[fi]``, ``{free: true}``): the first few thousand read
are kept, and every result gets its own copy.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Any

Path = tuple[str | int, ...]
Result = tuple[Any, dict[Path, int]]

#: The plain scalars that mean null: the only plain scalars text mode does not keep as text.
NULLS = frozenset({"", "~", "null", "Null", "NULL"})

#: What no row may hold: characters outside YAML's printable set or unusual (tab, CR, NEL,
#: line and paragraph separators, BOM, surrogates), and ``#``.
_ODD = r"\x00-\x09\x0b-\x1f#\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff"
#: A plain key: letters, digits, ``_``, ``.`` and ``-``, and not a null.
_KEY = r"(?!(?:null|Null|NULL):)[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"
#: A row: its indentation with a sequence item's dash and spaces; a key with its colon and
#: spaces; then a plain scalar other than a null (no indicator first, no ``: `` inside, no
#: ``:`` last) or else the rest of the row. A row with an odd character or a space at its end
#: (which only the general reader knows the meaning of) does not match at all.
_ROW = re.compile(
    rf"^( *(?:- +)?)(?:({_KEY}):(?: +|$))?(?:(?!(?:~|null|Null|NULL)$)"
    rf"((?:[^-?:,\[\]{{}}&*!|>'\"%@` \n{_ODD}]|-(?=[^ \n]))"
    rf"[^:\n{_ODD}]*(?::(?=[^ \n])[^:\n{_ODD}]*)*)|([^\n{_ODD}]*))(?<! )$",
    re.MULTILINE,
)
#: A plain scalar in a flow collection: no flow indicator, colon, quote or backslash, and no
#: space at either end; any scalar there.
_FLOW_PLAIN = (
    r"(?:[^-?:,\[\]{}&*!|>'\"%@` \\]|-[^ ,\[\]{}:'\"\\])(?:[^,\[\]{}:'\"\\]*[^ ,\[\]{}:'\"\\])?"
)
_FLOW_SCALAR = rf"""(?:"[^"\\]*"|'[^']*'|{_FLOW_PLAIN})"""
#: The inside of a one-line flow sequence, or mapping, of scalars.
_FLOW_SEQUENCE = re.compile(rf" *(?:{_FLOW_SCALAR}(?: *, *{_FLOW_SCALAR})*)? *")
_FLOW_MAPPING = re.compile(rf" *(?:{_KEY}: +{_FLOW_SCALAR}(?: *, *{_KEY}: +{_FLOW_SCALAR})*)? *")
#: In an inside that matched, each entry: (its key and) its scalar; without quotes, faster.
_FLOW_ENTRY = re.compile(rf"(?:({_KEY}): +)?({_FLOW_SCALAR})")
_FLOW_PLAIN_ITEM = re.compile(_FLOW_PLAIN)
_FLOW_PLAIN_PAIR = re.compile(rf"({_KEY}): +({_FLOW_PLAIN})")
#: Flow collections read before, by their text (many recur across files): see :func:`_flow`.
_FLOWS: dict[str, tuple[tuple[str | int, ...], Any]] = {}
_FLOWS_KEPT = 4096  # at most about 2 MB


def load(text: str, line_offset: int = 0, max_depth: int = 20) -> Result | None:
    """``(data, lines)`` exactly as the general reader gives them in text mode, or ``None``.

    ``line_offset`` is added to every 1-based line; a collection ``max_depth`` levels down
    makes it decline, so that the general reader reports it. A document marker (``---``,
    ``...``) can only be at the start of a row, where it is neither a key nor an item.
    """
    found = _ROW.findall(text)
    if len(found) != text.count("\n") + 1:
        return None  # a row with an odd character or a space at its end
    lines: dict[Path, int] = {}
    root: Any = None
    # the collection being read: the object, the indentation of its entries, its path, its
    # depth, and the start of a row that is simply its next key (None while anything else is)
    container: Any = None
    margin, path, depth = "", (), -1
    key_margin: str | None = None
    stack: list[tuple[Any, str, Path, int]] = []  # the collections around it
    # a key whose value may be a block collection on the following rows
    pending: tuple[dict[str, Any], str, Path] | None = None
    rows = enumerate(found, line_offset + 1)
    for line, (lead, name, plain, rest) in rows:
        if lead != key_margin or not name:  # not simply the next key: find where the row goes
            indent, dash, _ = lead.partition("-")
            if not name and not dash:
                if lead or plain or rest:
                    return None  # neither a key nor an item
                continue
            column = len(indent)
            if pending is not None:
                parent, key, key_path = pending
                pending = None
                if column > len(margin):  # the value is a block collection starting here
                    if depth + 1 >= max_depth:
                        return None
                    nested: Any = [] if dash else {}
                    parent[key] = nested
                    stack.append((container, margin, path, depth))
                    container, margin, path, depth = nested, indent, key_path, depth + 1
            elif container is None:  # the first row
                if column or max_depth <= 0:
                    return None
                container = root = [] if dash else {}
                depth = 0
            while column < len(margin):
                container, margin, path, depth = stack.pop()
            if indent != margin or (type(container) is list) != bool(dash):
                return None  # a continuation row, or an indentation YAML may read otherwise
            key_margin = None if dash else margin
            if dash:
                value_path = path + (len(container),)
                lines[value_path] = line
                if name:
                    if depth + 1 >= max_depth:
                        return None
                    mapping: dict[str, Any] = {}  # a compact mapping: keys line up after "- "
                    container.append(mapping)
                    stack.append((container, margin, path, depth))
                    container, path, depth = mapping, value_path, depth + 1
                    margin = key_margin = " " * len(lead)
                elif plain:
                    container.append(plain)
                    continue
        if name:
            if name in container:
                return None  # a duplicate key: an error
            value_path = path + (name,)
            lines[value_path] = line
            if plain:
                container[name] = plain
                continue
            if not rest:
                container[name] = None
                pending, key_margin = (container, name, value_path), None
                continue
        if rest in NULLS:
            value = None
        elif rest == "|" or rest == "|-":
            if not name:
                return None
            literal = _literal(text, line - line_offset, len(margin), rest == "|")
            if literal is None:
                return None
            value, skip = literal
            next(islice(rows, skip - 1, skip), None)
        elif rest[0] == "[" or rest[0] == "{":
            recipe = _FLOWS.get(rest) or _flow(rest)
            if recipe is None or depth + 1 >= max_depth:
                return None
            names, template = recipe
            for key in names:
                lines[value_path + (key,)] = line
            value = template.copy()
        else:
            value = _quoted(rest)
            if value is None:
                return None
        if name:
            container[name] = value
        else:
            container.append(value)
    return root, lines


def _quoted(written: str) -> str | None:
    """The text of a quoted scalar closed at the end, with no doubled quote and no escape."""
    first = written[0]
    if first == '"' or first == "'":
        inner = written[1:-1]
        if len(written) >= 2 and written[-1] == first and first not in inner and "\\" not in inner:
            return inner
    return None


def _flow(written: str) -> tuple[tuple[str | int, ...], Any] | None:
    """How to build a one-line flow collection of scalars: the keys (or indexes) of its entries
    and its value, to be copied. The first few thousand are kept, which include those that
    recur most. None declines."""
    mapping = written[0] == "{"
    inner = written[1:-1]
    if written[-1] != ("}" if mapping else "]"):
        return None
    if not (_FLOW_MAPPING if mapping else _FLOW_SEQUENCE).fullmatch(inner):
        return None
    value: Any
    if '"' in inner or "'" in inner:
        entries = [
            (key, scalar[1:-1] if scalar[0] in "\"'" else None if scalar in NULLS else scalar)
            for key, scalar in _FLOW_ENTRY.findall(inner)
        ]
        value = dict(entries) if mapping else [scalar for _, scalar in entries]
    elif mapping:
        entries = _FLOW_PLAIN_PAIR.findall(inner)
        value = dict(entries)
        if not NULLS.isdisjoint(value.values()):
            value = {key: None if plain in NULLS else plain for key, plain in entries}
    else:
        entries = value = _FLOW_PLAIN_ITEM.findall(inner)
        if not NULLS.isdisjoint(value):
            value = [None if plain in NULLS else plain for plain in value]
    if len(value) < len(entries):
        return None  # a duplicate key is an error
    names = tuple(value) if mapping else tuple(range(len(value)))
    if len(_FLOWS) < _FLOWS_KEPT:
        _FLOWS[written] = names, value
    return names, value


def _literal(text: str, start: int, column: int, clip: bool) -> tuple[str, int] | None:
    """A literal block scalar from row ``start``, below a key at ``column``: its text and the
    number of rows it spans."""
    rows = text.split("\n")
    if start >= len(rows):
        return None
    first = rows[start]
    width = len(first) - len(first.lstrip(" "))
    if width <= column or width == len(first):
        return None  # empty, or starting with an empty row
    indent = " " * width
    end = index = start
    while index < len(rows):
        row = rows[index]
        index += 1
        if row:
            if not row.startswith(indent):
                break
            end = index
    value = "\n".join(row[width:] for row in rows[start:end])
    return (value + "\n" if clip and end < len(rows) else value), end - start
