"""Long lists of activities (an activity form's, a target group's) split into pages, in the
order of a phone book: online activities first, then by municipality.

At 10,000 activities the page of everyone's activities held 2,000 cards, 2.8 MB to load
on a phone. A page now holds :attr:`~tukena.site.config.SiteConfig.page_size` cards, and
each page of a list names the places it covers ("Espoo – Helsinki"), so a person finds
the page of their own municipality among the list's pages without scrolling through the
rest. Page 1 keeps the list's address (``forms/language-cafe.html``); page 2 is
``forms/language-cafe/2.html``. The order and so each page's cards differ a little
between UI languages, where municipalities have other names (Espoo, Esbo). A list of one
place (:mod:`tukena.site.locallists`) keeps the order it is given, and its pages have
numbers only.
"""

from __future__ import annotations

from math import ceil

from tukena import reference
from tukena.site import urls
from tukena.site.catalogue import Catalogue
from tukena.site.collation import sort_key
from tukena.site.i18n import gettext

ONLINE = ""  # the place of an activity with no address: before every municipality


def count(members: int, size: int) -> int:
    """How many pages a list of ``members`` takes (at least one, for an empty list)."""
    return max(1, ceil(members / size)) if size > 0 else 1


def address(url: str, number: int) -> str:
    """The address of page ``number`` of the list at ``url``."""
    return url if number == 1 else f"{url.removesuffix(urls.PAGE)}/{number}{urls.PAGE}"


def place(cat: Catalogue, slug: str, lang: str) -> str:
    """Where an activity goes in the order: the first, by name, of its municipalities
    (made once per activity and language: an activity is in several lists)."""
    known = cat.memo.setdefault(("places", lang), {})
    found = known.get(slug)
    if found is None:
        data = reference.load()
        names = [
            data.municipalities[p.municipality].name(lang) for p in cat.activities[slug].locations
        ]
        found = known[slug] = min(names, key=sort_key) if names else ONLINE
    return found


def ordered(cat: Catalogue, key: tuple, slugs: list[str], lang: str) -> list[tuple[str, str]]:
    """``slugs`` (in catalogue order) with their places, online first, then by place; made
    once per list and language."""
    memo = ("by place", *key, lang)
    found = cat.memo.get(memo)
    if found is None:
        rows = [(slug, place(cat, slug, lang)) for slug in slugs]
        found = cat.memo[memo] = sorted(rows, key=lambda row: sort_key(row[1]))
    return found


def _label(first: str, last: str, lang: str) -> str:
    online = gettext(lang, "Online")
    first, last = first or online, last or online
    return first if first == last else f"{first} – {last}"


def _pages(
    cat: Catalogue, key: tuple, rows: list[tuple[str, str]], url: str, lang: str, by_place: bool
) -> list:
    """Every page of a list with its address and the places it covers (made once per list
    and language: each of its pages shows them all)."""
    memo = ("pages", *key, lang)
    found = cat.memo.get(memo)
    if found is None:
        size = cat.config.page_size
        found = cat.memo[memo] = [
            {
                "number": start // size + 1,
                "url": address(url, start // size + 1),
                "label": _label(rows[start][1], rows[min(start + size, len(rows)) - 1][1], lang)
                if by_place
                else "",
            }
            for start in range(0, len(rows), size)
        ]
    return found


def context(
    cat: Catalogue,
    key: tuple,
    slugs: list[str],
    url: str,
    number: int,
    lang: str,
    by_place: bool = True,
) -> dict:
    """The cards of page ``number`` of a list, and what its page navigation shows: every
    page with the places it covers (``by_place``; else the list keeps its order and its
    pages have no labels) and its address, and the previous and next pages."""
    rows = ordered(cat, key, slugs, lang) if by_place else [(slug, "") for slug in slugs]
    size = cat.config.page_size
    if count(len(rows), size) == 1:
        return {"activities": [slug for slug, _ in rows], "pagination": None}
    pages = _pages(cat, key, rows, url, lang, by_place)
    start = (number - 1) * size
    shown = rows[start : start + size]
    return {
        "activities": [slug for slug, _ in shown],
        "pagination": {
            "of": "activities",  # partials/pagination.html: what the pages are of
            "number": number,
            "pages": pages,
            "first": start + 1,
            "last": start + len(shown),
            "total": len(rows),
            "by_place": by_place,
            "previous": pages[number - 2]["url"] if number > 1 else None,
            "next": pages[number]["url"] if number < len(pages) else None,
        },
    }
