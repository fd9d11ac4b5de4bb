"""The content pages (``content/pages/<slug>.<lang>.md``) as the site shows them.

A page may say things that hold only on some sites: how to use the web forms is true only
where the site has them (``TUKENA_BOT_URL``), and a site without them must say how else to
send a listing. An editor marks such a part of the Markdown with fence lines of its own,
as Pandoc writes a fenced div::

    ::: forms
    Shown only when the site has the web forms.
    :::

    ::: no-forms
    Shown only when it has not.
    :::

The fences are plain text to the Markdown converter, so the build takes them out before
converting: an HTML comment would not do, as the sanitiser drops comments and a marker
the page silently loses is no marker. A fence the build cannot read (an unknown name, one
inside another, one never closed) is an error of the page's file, found by ``tukena
validate`` and by the build alike (:func:`problems`, called where the pages are read).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

logger = logging.getLogger(__name__)

#: the conditions a part can have, and whether it is shown on a site with the forms
CONDITIONS = {"forms": True, "no-forms": False}
_FENCE = re.compile(r"^:::[ \t]*(?P<name>[^ \t]*)[ \t]*$")


def _fences(body: str) -> Iterator[tuple[int, str]]:
    """(index of the line, the fence's name or '' for the line that closes a part) of
    each fence line."""
    for index, line in enumerate(body.split("\n")):
        found = _FENCE.match(line.rstrip("\r"))
        if found:
            yield index, found["name"]


def problems(body: str | None) -> list[tuple[int, str]]:
    """Each fence of ``body`` that the build cannot read: (its line in the body, counted
    from 0, and what is wrong)."""
    found: list[tuple[int, str]] = []
    opened: tuple[int, str] | None = None
    names = ", ".join(f"'::: {name}'" for name in CONDITIONS)
    for index, name in _fences(body or ""):
        if name and name not in CONDITIONS:
            found.append((index, f"unknown part '::: {name}': write one of {names}"))
        elif name and opened:
            found.append((index, f"'::: {name}' inside '::: {opened[1]}': close that with ':::'"))
        elif name:
            opened = (index, name)
        elif opened:
            opened = None
        else:
            found.append((index, f"':::' closes nothing: a part starts with one of {names}"))
    if opened:
        found.append((opened[0], f"'::: {opened[1]}' is never closed: end it with ':::'"))
    return found


def select(body: str, forms: bool) -> str:
    """``body`` as a site with (``forms``) or without the web forms shows it: the parts
    for the other kind of site out, the fence lines out. Call it on a body without
    :func:`problems`."""
    kept: list[str] = []
    shown = True
    fences = dict(_fences(body))
    for index, line in enumerate(body.split("\n")):
        if index in fences:
            name = fences[index]
            shown = not name or CONDITIONS[name] == forms
            continue
        if shown:
            kept.append(line)
    return "\n".join(kept)
