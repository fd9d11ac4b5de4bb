"""The organisation directory: every organisation by initial letter, and what its filters
need (where each one works, its kind, its working languages, whether it takes referrals).

Without JavaScript the directory is an alphabetical list with a letter index, in pages
of :attr:`~tukena.site.config.SiteConfig.directory_page_size` when it is long
(:mod:`tukena.site.directorypages`). With it, ``js/directory.js`` narrows the whole
directory, not just the page shown, by the filters: it fetches every organisation's row
(:func:`searchable`, written by :mod:`tukena.site.exports.directorydata`) once a choice is made,
so the pages themselves carry no filter data. It keeps the choices in the address so a
professional can share the selection, and says how many organisations match. The choices
offered are the ones that match at least one organisation, each with its number.

An organisation works in a municipality when the municipality is in its own area (the
municipalities it names, else those of the regions it names:
:meth:`~tukena.schemas.organisation.Organisation.area`) or it runs (or partners in) a
current activity there: exactly the municipality page's "Organisations in this
municipality" (:func:`tukena.site.municipality.organisations_in`). Each row carries these
municipalities' codes, and the script matches a chosen municipality against them alone, so
the filter, its counts and the municipality pages cannot disagree.
"""

from __future__ import annotations

from collections import Counter

from tukena import reference
from tukena.schemas.languages import language_name
from tukena.schemas.vocabulary import label
from tukena.site import directorypages, urls
from tukena.site import municipality as municipality_page
from tukena.site.catalogue import Catalogue
from tukena.site.collation import initial, sort_key
from tukena.site.i18n import translations
from tukena.site.refs import municipality_ref, regions_of
from tukena.site.texts import localise


def works_in(cat: Catalogue) -> dict[str, set[str]]:
    """By organisation: the municipalities where it works, as the municipality pages list
    it (:func:`tukena.site.municipality.organisations_in`)."""
    found: dict[str, set[str]] = {slug: set() for slug in cat.content.organisations}
    for code, orgs in municipality_page.organisations_in(cat).items():
        for slug in orgs:
            found[slug].add(code)
    return found


def _row(cat: Catalogue, slug: str, places: set[str], lang: str) -> dict:
    org = cat.content.organisations[slug]
    current = cat.by_organisation.get(slug, [])
    name = localise(org.name, lang, org.language)
    data = reference.load()
    kind_label = label(org.kind, lang)
    place_names = sorted(
        (data.municipalities[c].name(lang) for c in org.municipalities), key=sort_key
    )
    count = translations(lang).ngettext(
        "%(num)d current activity", "%(num)d current activities", len(current)
    ) % {"num": len(current)}
    return {
        "slug": slug,
        "name": name,
        # what the name filter looks in: the name in every language it is written in
        "names": " ".join(dict.fromkeys(org.name.values())),
        "kind": org.kind.value,
        "kind_label": kind_label,
        "places": sorted(places),
        "place_names": place_names,
        # what the row says under the name: the page's and the filtered list's alike
        "meta": " · ".join([kind_label, *([", ".join(place_names)] if place_names else []), count]),
        "languages": list(dict.fromkeys(org.languages)),
        "referrals": any(cat.takes_referrals(s) for s in current),  # not paused
        "count": len(current),
        "url": urls.organisation(lang, slug),
    }


def rows(cat: Catalogue, lang: str) -> list[dict]:
    """Every organisation's row, by name (made once per language and process: each page
    of the directory and its data file read them)."""
    found = cat.memo.get(("directory", lang))
    if found is None:
        places = works_in(cat)
        found = cat.memo["directory", lang] = sorted(
            (_row(cat, slug, places[slug], lang) for slug in cat.content.organisations),
            key=lambda row: (sort_key(row["name"].text), row["slug"]),
        )
    return found


def searchable(cat: Catalogue, lang: str) -> dict:
    """What ``js/directory.js`` filters: each organisation's row with the name as the page
    shows it (with its language when it is another), its address from the site's root,
    the line under its name and what the filters match."""
    out = []
    for row in rows(cat, lang):
        name = row["name"]
        item = {
            "name": name.text,
            "url": row["url"],
            "letter": initial(name.text),
            "meta": row["meta"],
            "names": row["names"],
            "kind": row["kind"],
            "places": row["places"],
            "languages": row["languages"],
        }
        if name.lang != lang:
            item["lang"], item["dir"] = name.lang, name.dir
        if row["referrals"]:
            item["referrals"] = True
        out.append(item)
    return {"organisations": out}


def context(cat: Catalogue, lang: str, number: int = 1) -> dict:
    """A directory page's context: its organisations under their letters, the letter
    index of the whole directory (each letter with the page where it begins), the pages
    and the filters' choices with their counts."""
    everyone = rows(cat, lang)
    names = [row["name"].text for row in everyone]
    initials = [initial(name) for name in names]
    size = cat.config.directory_page_size
    pages = directorypages.split(names, size)
    index = directorypages.letters(names, size)
    ids = {entry.letter: entry.id for entry in index}
    shown = pages[number - 1]
    groups: dict[str, list[dict]] = {}
    for row, letter in zip(
        everyone[shown.start : shown.stop], initials[shown.start : shown.stop], strict=True
    ):
        groups.setdefault(letter, []).append(row)
    return {
        "groups": [
            {"letter": letter, "id": ids[letter], "organisations": listed}
            for letter, listed in groups.items()
        ],
        "letters": [
            {
                "letter": entry.letter,
                "id": entry.id,
                "url": "" if entry.page == number else directorypages.address(lang, entry.page),
            }
            for entry in index
        ],
        "total": len(everyone),
        "pagination": _pagination(pages, number, lang) if len(pages) > 1 else None,
        "directory_data": urls.directory_data(lang),
        **_choices(cat, lang),
    }


def _pagination(pages: list[directorypages.Page], number: int, lang: str) -> dict:
    """What the pages' navigation shows (as ``partials/pagination.html`` and
    ``partials/pagination_steps.html`` read it)."""
    links = [
        {"number": p.number, "url": directorypages.address(lang, p.number), "label": p.label}
        for p in pages
    ]
    shown = pages[number - 1]
    return {
        "of": "organisations",
        "by_place": False,
        "number": number,
        "pages": links,
        "first": shown.start + 1,
        "last": shown.stop,
        "total": pages[-1].stop,
        "previous": links[number - 2]["url"] if number > 1 else None,
        "next": links[number]["url"] if number < len(pages) else None,
    }


def _choices(cat: Catalogue, lang: str) -> dict:
    """The filters' choices, each with the number of organisations it matches."""
    data = reference.load()
    rows_ = rows(cat, lang)
    kinds = Counter(row["kind"] for row in rows_)
    languages = Counter(code for row in rows_ for code in row["languages"])
    here = Counter(code for row in rows_ for code in row["places"])
    kind_labels = {row["kind"]: row["kind_label"] for row in rows_}
    return {
        "kinds": sorted(
            ({"code": k, "label": kind_labels[k], "count": n} for k, n in kinds.items()),
            key=lambda option: sort_key(option["label"]),
        ),
        "languages": sorted(
            (
                {"code": c, "label": language_name(c, lang), "count": n}
                for c, n in languages.items()
            ),
            key=lambda option: sort_key(option["label"]),
        ),
        "places": regions_of(
            [
                {**municipality_ref(code, lang), "count": n, "region": m.region}
                for code, n in here.items()
                for m in (data.municipalities[code],)
            ],
            lang,
        ),
        "referrals": sum(1 for row in rows_ if row["referrals"]),
    }
