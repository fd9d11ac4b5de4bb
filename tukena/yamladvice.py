"""Turn libyaml's complaint about a YAML text into a message its writer can act on.

libyaml names what its scanner was doing, not what the writer did: a tab that indents a
line comes out as "found character that cannot start any token" (the same words as for a
text that begins with ``@``), or as "a tab character that violates indentation". So the
character at the place of the problem decides the advice where it can, and libyaml's words
only where it cannot. :func:`tukena.yamlsafe.load` reports the result with the line.
"""

from __future__ import annotations

import logging
import re

import yaml

logger = logging.getLogger(__name__)

#: what libyaml says it was reading when the problem is an unclosed bracket or quote: the
#: problem is reported where that began, not on the line after, where libyaml noticed
_UNCLOSED = re.compile(r"flow (sequence|mapping)|quoted scalar")
#: libyaml's line breaks (it reads NEL and the Unicode line and paragraph separators as such)
_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
#: libyaml's problems, each with what someone who does not know YAML can do about it
_ADVICE = (
    ("mapping values are not allowed", ": a colon and a space inside a text, or a line"
     " indented too far; put the text in quotes (\"...\"), or line it up with the others"),
    ("expected ',' or ']'", ": a list in [ ] that is not closed, or an item with a comma or"
     " a colon in it; end the list with ], or put the item in quotes"),
    ("expected ',' or '}'", ": a part in { } that is not closed; end it with }"),
    ("found unexpected end of stream", ": a text whose quote is not closed; end it with the"
     " same quote"),
    ("could not find expected ':'", ": a line that is not \"key: value\" or a list item;"
     " check the line above too, or put a long text in quotes"),
    ("did not find expected key", ": the lines of one part must be indented the same"),
    ("expected '-' indicator", ": the items of a list each begin with \"- \", lined up"),
)  # fmt: skip
_TAB = (
    "a tab indents this line (column {column}): YAML indents with spaces only;"
    " replace the tab with spaces"
)


def explain(exc: yaml.MarkedYAMLError, text: str) -> tuple[str, int | None]:
    """The message for a problem libyaml found in ``text``, and its 0-based line (``None``
    when libyaml gave no place)."""
    problem = exc.problem or "invalid YAML"
    mark = exc.problem_mark
    rows = _BREAK.split(text)
    row = rows[mark.line] if mark and mark.line < len(rows) else ""
    if mark and row[mark.column : mark.column + 1] == "\t":  # libyaml stops at the tab
        logger.debug("a tab at line %s, column %s", mark.line + 1, mark.column + 1)
        return _TAB.format(column=mark.column + 1), mark.line
    started = exc.context_mark if _UNCLOSED.search(exc.context or "") else None
    where = started or mark or exc.context_mark
    line = where.line if where else None
    found = row[mark.column : mark.column + 1] if mark else ""
    if "cannot start any token" in problem and found:
        return f"{problem}: a text that begins with {found}; put it in quotes", line
    advice = next((words for key, words in _ADVICE if key in problem), "")
    return problem + advice, line
