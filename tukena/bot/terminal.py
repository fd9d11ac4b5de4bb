"""Text printed to a maintainer's terminal by ``tukena bot``: what submitters wrote and
forges answered is shown with its control and format characters escaped (``\\x1b``,
``\\u202e``), so that none moves the cursor, sends the terminal a command (an escape
sequence that writes the clipboard) or reorders the line; a moment is written in ISO 8601,
in the machine's time zone."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

#: Categories printed as escapes: controls, format characters (bidirectional controls,
#: zero-width characters), line and paragraph separators, lone surrogates.
UNSAFE = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
_ANY_UNSAFE = re.compile(r"[^\x20-\x7e]")


def _escape(char: str) -> str:
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _unsafe(char: str) -> bool:
    return unicodedata.category(char) in UNSAFE


def safe(value: object) -> str:
    """``value`` as one line of text with its unsafe characters (newlines too) escaped."""
    text = str(value)
    if not _ANY_UNSAFE.search(text):
        return text
    return "".join(_escape(c) if _unsafe(c) else c for c in text)


def _json_escape(char: str) -> str:
    code = ord(char)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def safe_json(text: str) -> str:
    """JSON text (from ``json.dumps``) with the unsafe characters of its strings written as
    ``\\uXXXX`` escapes: the same data, safe to print. The newlines and spaces between
    values, which ``json.dumps`` writes itself, are kept."""
    return "".join(_json_escape(c) if c != "\n" and _unsafe(c) else c for c in text)


def when(timestamp: float | None) -> str:
    """A moment as ISO 8601 in the machine's time zone, to the second; ``-`` for none."""
    if not timestamp:
        return "-"
    return dt.datetime.fromtimestamp(timestamp).astimezone().isoformat(timespec="seconds")
