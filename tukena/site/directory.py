"""The organisation directory: every organisation by initial letter, and what its filters
need (where each one works, its kind, its working languages, whether it takes referrals).

Without JavaScript the page is an alphabetical list with a letter index. With it,
``js/directory.js`` narrows the list by the filters, keeps the choices in the address so a
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
from tukena.site import municipality as municipality_page
from tukena.site import urls
from tukena.site.catalogue import Catalogue
from tukena.site.collation import initial, sort_key
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
    return {
        "slug": slug,
        "name": name,
        # what the name filter looks in: the name in every language it is written in
        "names": " ".join(dict.fromkeys(org.name.values())),
        "kind": org.kind.value,
        "kind_label": label(org.kind, lang),
        "places": sorted(places),
        "place_names": sorted(
            (data.municipalities[c].name(lang) for c in org.municipalities), key=sort_key
        ),
        "languages": list(dict.fromkeys(org.languages)),
        "referrals": any(cat.takes_referrals(s) for s in current),  # not paused
        "count": len(current),
        "url": urls.organisation(lang, slug),
    }


def context(cat: Catalogue, lang: str) -> dict:
    """The directory page's context: the letters, each with its organisations by name, and
    the filters' choices with their counts."""
    data = reference.load()
    places = works_in(cat)
    rows = sorted(
        (_row(cat, slug, places[slug], lang) for slug in cat.content.organisations),
        key=lambda row: (sort_key(row["name"].text), row["slug"]),
    )
    letters: dict[str, list[dict]] = {}
    for row in rows:
        letters.setdefault(initial(row["name"].text), []).append(row)
    kinds = Counter(row["kind"] for row in rows)
    languages = Counter(code for row in rows for code in row["languages"])
    here = Counter(code for row in rows for code in row["places"])
    kind_labels = {row["kind"]: row["kind_label"] for row in rows}
    return {
        "organisations": rows,
        "letters": [
            {"letter": letter, "id": f"letter-{index}", "organisations": listed}
            for index, (letter, listed) in enumerate(letters.items())
        ],
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
        "referrals": sum(1 for row in rows if row["referrals"]),
    }
