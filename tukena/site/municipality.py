"""What a municipality's page shows: its current activities by form, the upcoming events and
trainings held there, the organisations that work there, the neighbouring municipalities
with their counts, the activities anyone can join online, and the forms not on offer there,
each with the nearest municipality where it is.

A person in a small municipality often finds nothing of the kind they look for at home:
the page leads on to the neighbours (:func:`tukena.reference.neighbours.neighbours`), to
online activities and to the nearest language café or job club, rather than ending at
"0 current activities". :func:`inputs` fingerprints what the page shows besides its own
activities, for incremental builds; :func:`depends_on` names the activities behind all of
it, for the sitemap's dates.
"""

from __future__ import annotations

from tukena import reference
from tukena.reference.neighbours import nearest_of, neighbours
from tukena.schemas.vocabulary import ActivityForm, NewsKind, label
from tukena.site import coverage, locallists, upcoming, urls
from tukena.site.catalogue import Catalogue
from tukena.site.collation import sort_key
from tukena.site.i18n import gettext
from tukena.site.refs import municipality_ref, news_ref, organisation_ref

#: upcoming events and trainings a municipality's page lists; the rest are in their listings
EVENTS_SHOWN = 5


def by_form(cat: Catalogue, code: str, lang: str) -> list[dict]:
    """The municipality's current activities grouped by form (forms without activities
    left out): the first :attr:`~tukena.site.config.SiteConfig.group_size` of each, and
    the address of the list of them all where they are more (:mod:`.locallists`)."""
    lists = locallists.index(cat)
    out = []
    for form, listed in locallists.grouped(cat, code).items():
        list_key = locallists.key(code, form)
        more = list_key in lists
        out.append(
            {
                "code": form.value,
                "label": label(form, lang),
                "count": len(listed),
                "activities": listed[: cat.config.group_size] if more else listed,
                "more_url": locallists.url(lang, list_key) if more else None,
            }
        )
    return out


def events(cat: Catalogue, code: str) -> list[str]:
    """Upcoming events and trainings held in the municipality, soonest first (all
    municipalities' found in one pass, once a build)."""
    index = cat.memo.get("events by municipality")
    if index is None:
        items = cat.content.news
        upcoming = [s for kind in (NewsKind.EVENT, NewsKind.TRAINING) for s in cat.news[kind]]
        index = cat.memo["events by municipality"] = {}
        for slug in sorted(upcoming, key=lambda s: (items[s].start, s)):
            place = items[slug].place
            if place is not None:
                index.setdefault(place.municipality, []).append(slug)
    return index.get(code, [])


def online(cat: Catalogue) -> list[str]:
    """Current activities that people can join online, wherever they live (every
    municipality's page counts them)."""
    found = cat.memo.get("online")
    if found is None:
        found = [slug for slug in cat.listed if cat.activities[slug].online is not None]
        cat.memo["online"] = found
    return found


def organisations_in(cat: Catalogue) -> dict[str, dict[str, int]]:
    """By municipality: the organisations that work there, each with its number of current
    activities there (as organiser or partner). An organisation whose own area includes the
    municipality (:meth:`~tukena.schemas.organisation.Organisation.area`: the municipalities
    it names, else those of its regions) is there even without a current activity (0). The
    one answer to "which organisations work here": the organisation directory's filter and
    counts are made from it too (:mod:`tukena.site.directory`)."""
    found = cat.memo.get("organisations by municipality")
    if found is None:
        found = {}
        for slug, org in cat.content.organisations.items():
            for code in sorted(org.area()):
                found.setdefault(code, {}).setdefault(slug, 0)
        for code, slugs in cat.by_municipality.items():
            here = found.setdefault(code, {})
            for activity in (cat.activities[s] for s in slugs):
                for slug in dict.fromkeys((activity.organisation, *activity.partners)):
                    here[slug] = here.get(slug, 0) + 1
        cat.memo["organisations by municipality"] = found
    return found


def organisations(cat: Catalogue, code: str, lang: str) -> list[dict]:
    """The organisations that work in the municipality, by name, with their counts."""
    rows = [
        {**organisation_ref(cat, slug, lang), "count": count}
        for slug, count in organisations_in(cat).get(code, {}).items()
    ]
    return sorted(rows, key=lambda row: (sort_key(row["name"].text), row["slug"]))


def nearby(cat: Catalogue, code: str, lang: str) -> list[dict]:
    """The municipality's neighbours, by name, each with its number of current activities."""
    rows = [
        {**municipality_ref(other, lang), "count": len(cat.by_municipality.get(other, []))}
        for other in neighbours()[code]
    ]
    return sorted(rows, key=lambda row: sort_key(row["name"]))


def missing(cat: Catalogue, code: str) -> list[tuple[ActivityForm, str | None]]:
    """The forms with no current activity in the municipality, each with the nearest
    municipality where one meets (None: nowhere). The same in every language: made once
    per municipality."""
    key = ("missing", code)
    found = cat.memo.get(key)
    if found is None:
        offered = {f for s in cat.by_municipality.get(code, []) for f in cat.activities[s].forms}
        tally = coverage.tally(cat).municipality
        found = cat.memo[key] = [
            (form, nearest_of(code, tally[form.value].keys()))
            for form in ActivityForm
            if form not in offered
        ]
    return found


def _missing(cat: Catalogue, code: str, lang: str) -> list[dict]:
    rows = []
    for form, other in missing(cat, code):
        ref = municipality_ref(other, lang) if other else None
        rows.append(
            {
                "label": label(form, lang),
                "url": urls.coverage(lang, form.value),
                "nearest": {"name": ref["name"], "url": f"{ref['url']}#form-{form.value}"}
                if ref
                else None,
            }
        )
    return rows


def context(cat: Catalogue, code: str, lang: str) -> dict:
    """The template context of the municipality's page."""
    data = reference.load()
    county = data.county_of(code)
    slugs = cat.by_municipality.get(code, [])
    groups = by_form(cat, code, lang)
    return {
        "municipality": municipality_ref(code, lang),
        "feed_url": urls.municipality_feed(lang, data.municipalities[code]),
        "feed_title": gettext(lang, "New and updated activities in {place}").format(
            place=data.municipalities[code].name(lang)
        ),
        "region": data.regions[data.municipalities[code].region].name(lang),
        "county": county.name(lang) if county else None,
        "count": len(slugs),
        "groups": groups,
        "week": upcoming.days(cat, code, lang),
        "events": [news_ref(cat, s, lang) for s in events(cat, code)[:EVENTS_SHOWN]],
        "more_events": max(0, len(events(cat, code)) - EVENTS_SHOWN),
        "missing": _missing(cat, code, lang),
        "organisations": organisations(cat, code, lang),
        "nearby": nearby(cat, code, lang),
        "online": {"count": len(online(cat)), "url": f"{urls.page(lang, 'search')}?mode=online"},
    }


def depends_on(cat: Catalogue, code: str) -> list[str]:
    """Every activity whose change can change the page, besides the online ones (counted
    on every municipality's page): its own, its neighbours' and, for each form it lacks,
    the nearest municipality's activities of that form. The same in every language: made
    once per municipality."""
    key = ("depends on", code)
    if key in cat.memo:
        return cat.memo[key]
    slugs = [s for c in (code, *neighbours()[code]) for s in cat.by_municipality.get(c, [])]
    for form, other in missing(cat, code):
        there = cat.by_municipality.get(other, []) if other else []
        slugs += [s for s in there if form in cat.activities[s].forms]
    cat.memo[key] = slugs
    return slugs


def inputs(cat: Catalogue, code: str) -> str:
    """What the page shows besides its own activities, for the incremental build's
    fingerprint: its organisations (their files: a name may change), its upcoming events
    and trainings, the neighbours' counts, the nearest municipality offering each form it
    lacks, and the number of online activities."""
    signatures = cat.content.signatures
    news = [f"{s}:{signatures.get(('news', s))}" for s in events(cat, code)]
    orgs = [
        f"{o}:{signatures.get(('organisations', o))}" for o in organisations_in(cat).get(code, {})
    ]
    counts = [f"{o}:{len(cat.by_municipality.get(o, []))}" for o in neighbours()[code]]
    nearest = [f"{form.value}:{other}" for form, other in missing(cat, code)]
    return (
        f"{'|'.join(orgs)} {'|'.join(news)} {'|'.join(counts)} {'|'.join(nearest)} "
        f"online:{len(online(cat))}"
    )
