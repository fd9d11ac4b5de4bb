"""Front matter as YAML, written the way people write it, and fast.

:func:`to_yaml` reads back to the same values as :func:`tukena.yamlsafe.dump` (a test checks
it) but is over ten times faster, and writes short lists and mappings in flow style.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from typing import Any

from tukena.sample.texts import OTHER
from tukena.sample.vocab import LANGS

_PLAIN = re.compile(r"[^\W\d_][\w ,.'’()/–@:-]*[\w.)/]\Z")
_RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def to_yaml(data: dict[str, Any]) -> str:
    """Block-style YAML with short scalar lists and mappings in flow style, as people write it."""
    lines: list[str] = []
    for key, value in data.items():
        _value(f"{key}:", value, "  ", lines)
    return "\n".join(lines) + "\n"


def _scalar(value: Any, flow: bool = False) -> str:
    if isinstance(value, str):
        return _string(value, flow)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value.isoformat() if isinstance(value, dt.date) else repr(value)


@lru_cache(maxsize=8192)  # keys, codes and short texts repeat
def _string(value: str, flow: bool) -> str:
    plain = _PLAIN.match(value) and ": " not in value and value.lower() not in _RESERVED
    if plain and not (flow and ("," in value or ":" in value)):
        return value
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted one


def _flow(value: dict | list) -> str | None:
    """The flow form of a short list or mapping of short scalars, else None."""
    items, limit = (value.values(), 30) if isinstance(value, dict) else (value, 40)
    if any(isinstance(v, (dict, list)) or (isinstance(v, str) and len(v) > limit) for v in items):
        return None
    if not isinstance(value, dict):
        text = "[" + ", ".join(_scalar(v, True) for v in value) + "]"
    elif any(k in LANGS or k in OTHER for k in value):
        return None  # localised texts read best one language a line
    else:
        text = "{" + ", ".join(f"{k}: {_scalar(v, True)}" for k, v in value.items()) + "}"
    return text if len(text) <= 90 else None


def _value(head: str, value: Any, indent: str, lines: list[str]) -> None:
    flow = _flow(value) if isinstance(value, (dict, list)) else None
    if flow is not None:
        lines.append(f"{head} {flow}")
    elif isinstance(value, dict):
        lines.append(head)
        for key, item in value.items():
            _value(f"{indent}{key}:", item, indent + "  ", lines)
    elif isinstance(value, list):
        lines.append(head)
        for item in value:
            start = len(lines)
            _value(f"{indent}-", item, indent + "  ", lines)
            if lines[start] == f"{indent}-":  # a mapping in a list starts on the dash line
                lines[start : start + 2] = [f"{indent}- {lines[start + 1].lstrip()}"]
    elif (
        isinstance(value, str) and "\n" in value and value[0] not in " \n" and value[-2:] != "\n\n"
    ):
        lines.append(f"{head} |" + ("" if value.endswith("\n") else "-"))
        lines.extend(
            f"{indent}{row}" if row else "" for row in value.removesuffix("\n").split("\n")
        )
    else:
        lines.append(f"{head} {_scalar(value)}")
