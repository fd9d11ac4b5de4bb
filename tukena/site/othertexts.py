"""A listing's texts in languages the site's UI does not have, shown on its page.

Organisers often write an activity's name, summary and description in the languages its
participants read as well (Arabic, Ukrainian, Somali...), and an organisation its name and
description in its working languages. The page shows the UI language's text (else the
listing's main one); the others are listed at the top of the page by their names in
themselves (العربية), each leading to its own section further down, so a reader who reads
none of the UI languages finds the listing in theirs. Texts in the UI languages are not
repeated: the language switcher leads to them. Cards show the title in those languages.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from markupsafe import Markup

from tukena.schemas.languages import language_name, pick, text_direction
from tukena.site.languages import endonym
from tukena.site.markup import to_html

if TYPE_CHECKING:
    from tukena.schemas import Activity


def languages(texts: Sequence[Mapping[str, str] | None], skip: Collection[str]) -> list[str]:
    """The languages of ``texts`` (a listing's title, summary, description), in the order
    the listing first names them, but for those in ``skip``."""
    found = dict.fromkeys(code for text in texts if text for code in text)
    return [code for code in found if code not in skip]


def shown(texts: Mapping[str, str] | None, lang: str, main: str) -> str | None:
    """The language a page in ``lang`` shows of ``texts``: the one
    :func:`tukena.site.texts.localise` picks, without making a :class:`Text` of it."""
    return pick(texts, lang, main)[1] if texts else None


def sections(
    title: Mapping[str, str],
    summary: Mapping[str, str] | None,
    description: Mapping[str, str] | None,
    lang: str,
    skip: Collection[str],
) -> list[dict]:
    """For each language of :func:`languages`: its code, the section's ``id``, its names
    (in ``lang`` and in itself), its direction and the texts in it (the description, which
    is Markdown, as sanitised HTML). An organisation has a name and a description only."""
    out = []
    for code in languages((title, summary, description), skip):
        text = (description or {}).get(code)
        html = Markup(to_html(text)) if text else None  # noqa: S704 - sanitised by nh3
        out.append(
            {
                "code": code,
                "id": f"text-{code.lower()}",
                "name": language_name(code, lang),
                "endonym": endonym(code),
                "dir": text_direction(code),
                "title": title.get(code),
                "summary": (summary or {}).get(code),
                "description": html,
            }
        )
    return out


def titles(activity: Activity, skip: Collection[str]) -> list[dict]:
    """The listing's title in each language but those in ``skip``, as listings' cards show
    it under the title they link (``code``, ``dir``, ``text``), in the listing's order."""
    return [
        {"code": code, "dir": text_direction(code), "text": text}
        for code, text in activity.title.items()
        if code not in skip
    ]
