"""Activities by language: a page for each language that current activities are held in or
offer help in, and an index of them.

Someone who has just moved to Finland looks for an activity in a language they know. Each
language is named in the UI language and in itself (العربية, Soomaali, українська), with
``lang`` and ``dir``, so a person who reads neither Finnish, Swedish nor English still
recognises their own. A language's page lists the activities held in it; a second list
(``languages/<code>-help.html``) those held in other languages that offer help in it. Both
come in pages like every long list (:mod:`tukena.site.paging`).

Finnish gets no page: nearly every activity is held in it or needs some of it, and every
listing says how much Finnish or Swedish it needs. Swedish has one: a newcomer may settle in
in Swedish (integration training is given in either national language, and bilingual
municipalities serve both), and the activities held in Swedish are the few to look for.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from tukena.schemas.languages import endonym, language_name, text_direction
from tukena.site import paging, urls
from tukena.site.catalogue import Catalogue
from tukena.site.collation import sort_key

#: Languages without a page of their own (see the module's docstring).
UNLISTED = frozenset({"fi"})


def offered(cat: Catalogue) -> list[str]:
    """The languages with a page: held in or offering help in a current activity, except
    Finnish; by code."""
    found = cat.memo.get("languages")
    if found is None:
        codes = {*cat.by_language, *cat.by_help_language} - UNLISTED
        found = cat.memo["languages"] = sorted(
            c for c in codes if cat.by_language.get(c) or cat.by_help_language.get(c)
        )
    return found


def index(cat: Catalogue, kind: str) -> dict[str, list[str]]:
    """The activities of each language's list of ``kind``: held in it (``language``) or
    with help in it only (``language-help``)."""
    return cat.by_help_language if kind == "language-help" else cat.by_language


def linked(cat: Catalogue, slug: str, codes: list[str], lang: str) -> Markup:
    """An activity's languages by name, joined by commas, each linked to its language's
    page. A current activity's languages (but Finnish) always have one, so a
    link cannot outlive the page it leads to; an ended activity's are not linked."""
    listed = cat.is_listed(slug)
    siteurl = escape(cat.config.siteurl)
    parts = []
    for code in codes:
        name = escape(language_name(code, lang))
        if listed and code not in UNLISTED:
            parts.append(f'<a href="{siteurl}/{urls.language(lang, code)}">{name}</a>')
        else:
            parts.append(str(name))
    return Markup(", ".join(parts))  # noqa: S704 - names escaped above


def ref(cat: Catalogue, code: str, lang: str) -> dict:
    """What a link to a language's page shows: both names and the counts."""
    return {
        "code": code,
        "name": language_name(code, lang),
        "endonym": endonym(code),
        "dir": text_direction(code),
        "url": urls.language(lang, code),
        "held": len(cat.by_language.get(code, [])),
        "help": len(cat.by_help_language.get(code, [])),
    }


def refs(cat: Catalogue, lang: str) -> list[dict]:
    """Every language with a page, by its name in the UI language."""
    rows = [ref(cat, code, lang) for code in offered(cat)]
    return sorted(rows, key=lambda row: (sort_key(row["name"]), row["code"]))


def context(cat: Catalogue, kind: str, code: str, lang: str, number: int) -> dict:
    """A language page's context (``kind``: ``language`` for the activities held in it,
    ``language-help`` for those with help in it): the language, the other list's address
    and page ``number`` of the list."""
    helping = kind == "language-help"
    url = (urls.language_help if helping else urls.language)(lang, code)
    return {
        "language": ref(cat, code, lang),
        "helping": helping,
        "held_url": urls.language(lang, code),
        "help_url": urls.language_help(lang, code),
        "search_url": f"{urls.page(lang, 'search')}?{'help' if helping else 'language'}={code}",
        "feed_url": urls.language_feed(lang, code),
        **paging.context(cat, (kind, code), index(cat, kind).get(code, []), url, number, lang),
    }
