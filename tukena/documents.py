"""Read one content file into raw data: UTF-8 and size checks, front matter, body.

A ``.yaml`` file is one YAML mapping. A ``.md`` file starts with a ``---`` line, YAML front
matter, another ``---`` line, then the Markdown body.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tukena import yamlsafe
from tukena.exceptions import FrontMatterError

MAX_BYTES = 256 * 1024
BOM = b"\xef\xbb\xbf"
FENCE = "---"


@dataclass
class RawDocument:
    """The front matter of a file with the line of every key, and its Markdown body."""

    data: dict[str, Any]
    lines: dict[tuple, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 0


def decode(raw: bytes) -> str:
    """Bytes to text: UTF-8 with an optional BOM, newlines normalised."""
    if len(raw) > MAX_BYTES:
        raise FrontMatterError(
            f"file is {len(raw) // 1024} KB; the limit is {MAX_BYTES // 1024} KB "
            "(move long texts to a web page and link to it)"
        )
    if raw.startswith(BOM):
        raw = raw[len(BOM) :]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FrontMatterError("file is not UTF-8 text: save it as UTF-8", line) from None
    if "\x00" in text:
        raise FrontMatterError(
            "file contains a NUL byte", text[: text.index("\x00")].count("\n") + 1
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse(text: str, markdown: bool) -> RawDocument:
    """Split and parse a file's text; raises :class:`FrontMatterError` with the line."""
    if not markdown:
        data, lines = yamlsafe.load(text)
        return RawDocument(_mapping(data), lines)
    rows = text.split("\n")
    if not rows or rows[0].rstrip() != FENCE:
        raise FrontMatterError("a Markdown file must start with a '---' line and front matter", 1)
    for end, row in enumerate(rows[1:], start=1):  # noqa: B007 - used after the loop
        if row.rstrip() == FENCE:
            break
    else:
        raise FrontMatterError("the front matter has no closing '---' line", len(rows))
    data, lines = yamlsafe.load("\n".join(rows[1:end]), line_offset=1)
    body = "\n".join(rows[end + 1 :]).strip("\n")
    return RawDocument(_mapping(data), lines, body, end + 2)


def read(path: Path) -> RawDocument:
    """Read and parse a content file."""
    return parse(decode(path.read_bytes()), path.suffix == ".md")


def key_lines(path: Path) -> dict[tuple, int]:
    """The lines of a content file's keys, read again for a warning's line (few files have
    one, so the checks do not keep every file's); none when the file changed since it was
    read and no longer parses, or is gone: its warnings then point at its first line."""
    try:
        return read(path).lines
    except (OSError, FrontMatterError):
        return {}


def _mapping(data: Any) -> dict[str, Any]:
    if data is None:
        raise FrontMatterError("the file has no fields", 1)
    if not isinstance(data, dict):
        raise FrontMatterError("the front matter must be a mapping of field: value", 1)
    return data
