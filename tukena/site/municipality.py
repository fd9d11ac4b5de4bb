"""What a municipality's page shows: its current activities by form, the forms not on offer
there, the neighbouring municipalities with their counts, and the activities anyone can
join online.

A person in a small municipality often finds nothing of the kind they look for at home:
the page leads on to the neighbours (:func:`tukena.reference.neighbours.neighbours`) and to
online activities, rather than ending at "0 current activities".
"""

from __future__ import annotations

from tukena import reference
from tukena.reference.neighbours import neighbours
from tukena.schemas.vocabulary import ActivityForm, label
from tukena.site import urls
from tukena.site.catalogue import Catalogue
from tukena.site.refs import municipality_ref


def by_form(cat: Catalogue, slugs: list[str], lang: str) -> list[dict]:
    """The cards of ``slugs`` grouped by activity form, in one pass over the activities
    (not one per form); forms without activities are left out."""
    grouped: dict[ActivityForm, list[str]] = {f: [] for f in ActivityForm}
    for slug in slugs:
        for form in dict.fromkeys(cat.activities[slug].forms):
            grouped[form].append(slug)
    return [
        {"code": f.value, "label": label(f, lang), "activities": listed}
        for f, listed in grouped.items()
        if listed
    ]


def online_count(cat: Catalogue) -> int:
    """Current activities that people can join online, wherever they live."""
    found = cat.memo.get("online count")
    if found is None:
        found = cat.memo["online count"] = sum(
            1 for slug in cat.listed if cat.activities[slug].online is not None
        )
    return found


def nearby(cat: Catalogue, code: str, lang: str) -> list[dict]:
    """The municipality's neighbours, by name, each with its number of current activities."""
    rows = [
        {**municipality_ref(other, lang), "count": len(cat.by_municipality.get(other, []))}
        for other in neighbours()[code]
    ]
    return sorted(rows, key=lambda row: row["name"].casefold())


def context(cat: Catalogue, code: str, lang: str) -> dict:
    """The template context of the municipality's page."""
    data = reference.load()
    county = data.county_of(code)
    slugs = cat.by_municipality.get(code, [])
    groups = by_form(cat, slugs, lang)
    offered = {g["code"] for g in groups}
    return {
        "municipality": municipality_ref(code, lang),
        "region": data.regions[data.municipalities[code].region].name(lang),
        "county": county.name(lang) if county else None,
        "count": len(slugs),
        "groups": groups,
        "missing": [
            {"label": label(f, lang), "url": urls.coverage(lang, f.value)}
            for f in ActivityForm
            if f.value not in offered
        ],
        "nearby": nearby(cat, code, lang),
        "online": {"count": online_count(cat), "url": f"{urls.page(lang, 'search')}?mode=online"},
    }


def inputs(cat: Catalogue, code: str) -> str:
    """What the page shows besides its own activities, for the incremental build's
    fingerprint: the neighbours' counts and the number of online activities."""
    counts = [f"{o}:{len(cat.by_municipality.get(o, []))}" for o in neighbours()[code]]
    return f"{'|'.join(counts)} online:{online_count(cat)}"
