"""schema.org descriptions (JSON-LD) of activity and organisation pages (news items:
:mod:`tukena.site.jsonldnews`).

Each function returns a plain dict; templates render it with ``|tojson``, which escapes
``<``, ``>``, ``&`` and ``'``, so no text can close the ``<script type="application/ld+json">``
element it sits in. Texts are in the page's UI language, else in the item's main language.

An activity is an ``EventSeries``: weekly slots as ``eventSchedule`` (``Schedule`` with
``byDay``, times, season, ``repeatFrequency`` and the cancelled days as ``exceptDate``), the
dated sessions of a series as ``subEvent``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from markupsafe import Markup

from tukena import invites, reference
from tukena.occurrences import TIMEZONE, last_day
from tukena.schemas import Activity
from tukena.schemas.languages import pick
from tukena.schemas.location import Online, Place, place_name_in
from tukena.schemas.organisation import Organisation
from tukena.schemas.participation import AgeRange
from tukena.schemas.vocabulary import OrganisationKind, label
from tukena.site import urls
from tukena.site.catalogue import Catalogue
from tukena.site.links import absolute, image_address
from tukena.site.recurrence import SCHEMA_DAYS, ZONE, Rule, rules

CONTEXT = "https://schema.org"
#: the status of a paused activity's series: its meetings are put off, not called off
POSTPONED = "https://schema.org/EventPostponed"
SCHEMA = "https://schema.org/"
ORGANISATION_TYPES = {
    OrganisationKind.MUNICIPALITY: "GovernmentOrganization",
    OrganisationKind.WELLBEING_COUNTY: "GovernmentOrganization",
    OrganisationKind.EDUCATIONAL: "EducationalOrganization",
    OrganisationKind.ASSOCIATION: "NGO",
}


_EMPTY = (str, list, dict, Markup)  # the types whose empty values are left out


def compact(data: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty values (None, "", [], {}), keeping ``False`` and ``0``: one truth test
    for most values rather than four comparisons (an activity page makes several)."""
    return {k: v for k, v in data.items() if v or (v is not None and type(v) not in _EMPTY)}


def postal_address(
    street: str | None, postal_code: str | None, municipality: str, lang: str
) -> dict:
    town = reference.load().municipalities[municipality].name(lang)
    return compact(
        {
            "@type": "PostalAddress",
            "streetAddress": street,
            "postalCode": postal_code,
            "addressLocality": town,
            "addressCountry": "FI",
        }
    )


def place(p: Place, lang: str, main: str) -> dict:
    geo = p.coordinates
    return compact(
        {
            "@type": "Place",
            "name": place_name_in(p.name, lang, main)[0] if p.name else None,
            "address": postal_address(p.street_address, p.postal_code, p.municipality, lang),
            "geo": {"@type": "GeoCoordinates", "latitude": geo.lat, "longitude": geo.lon}
            if geo
            else None,
        }
    )


def where(places: list[Place], online: Online | None, lang: str, main: str) -> dict:
    """``location`` and ``eventAttendanceMode`` of an activity or event."""
    found = [place(p, lang, main) for p in places]
    if online is not None:
        found.append(compact({"@type": "VirtualLocation", "url": online.link}))
    mode = "Mixed" if places and online else "Online" if online else "Offline"
    return {
        "location": found[0] if len(found) == 1 else found,
        "eventAttendanceMode": f"{SCHEMA}{mode}EventAttendanceMode",
    }


def _time(value: dt.time) -> str:
    return value.strftime("%H:%M:%S")


def _local(day: dt.date, time: dt.time) -> str:
    return dt.datetime.combine(day, time, tzinfo=ZONE).isoformat()


def organisation_ref(cat: Catalogue, slug: str, lang: str) -> dict:
    org = cat.content.organisations[slug]
    return {
        "@type": ORGANISATION_TYPES.get(org.kind, "Organization"),
        "name": pick(org.name, lang, org.language)[0],
        "url": absolute(cat.config.siteurl, urls.organisation(lang, slug)),
    }


def schedules(activity: Activity, found: list[Rule] | None = None) -> list[dict]:
    """A ``Schedule`` for every weekly slot (``found``: the schedule's rules, when made)."""
    out = []
    for rule in rules(activity.schedule) if found is None else found:
        slot = rule.slot
        out.append(
            compact(
                {
                    "@type": "Schedule",
                    "byDay": SCHEMA + SCHEMA_DAYS[rule.weekday],
                    "startTime": _time(slot.start),
                    "endTime": _time(slot.end),
                    "startDate": rule.first.isoformat(),
                    "endDate": rule.until.isoformat() if rule.until else None,
                    "repeatFrequency": f"P{slot.every}W",
                    "exceptDate": [day.isoformat() for day in rule.skipped],
                    "scheduleTimezone": TIMEZONE,
                }
            )
        )
    return out


def _age_range(age: AgeRange | None) -> str | None:
    """schema.org's ``typicalAgeRange``: ``7-16``, ``0-6`` (up to 6), ``60-`` (60 and
    over); None for any age."""
    if age is None or not age.limited:
        return None
    return f"{age.min or 0}-{'' if age.oldest is None else age.oldest}"


def _activity_facts(a: Activity) -> dict[str, Any]:
    """The parts of an activity's ``EventSeries`` that no UI language changes."""
    schedule = a.schedule
    found = rules(schedule)
    starts = [r.first for r in found] + [s.date for s in schedule.sessions]
    end = last_day(schedule)
    return {
        "inLanguage": list(a.languages),
        "startDate": min(starts).isoformat() if starts else None,
        "endDate": end.isoformat() if end else None,
        "eventSchedule": schedules(a, found),
        "isAccessibleForFree": a.cost.free,
        "typicalAgeRange": _age_range(a.age),
        "session_times": [
            (_local(s.date, s.start), _local(s.date, s.end)) for s in schedule.sessions
        ],
    }


def _facts(cat: Catalogue, slug: str) -> dict[str, Any]:
    """:func:`_activity_facts`, made once per build for all the activity's languages."""
    key = ("jsonld", slug)
    facts = cat.memo.get(key)
    if facts is None:
        facts = cat.memo[key] = _activity_facts(cat.activities[slug])
    return facts


def activity(cat: Catalogue, slug: str, lang: str) -> dict:
    """An activity as an ``EventSeries``."""
    a = cat.activities[slug]
    main = a.language
    facts = _facts(cat, slug)
    title = pick(a.title, lang, main)[0]
    sessions = [
        {
            "@type": "Event",
            "name": pick(s.note, lang, main)[0] if s.note else title,
            "startDate": start,
            "endDate": end,
        }
        for s, (start, end) in zip(a.schedule.sessions, facts["session_times"], strict=True)
    ]
    return compact(
        {
            "@context": CONTEXT,
            "@type": "EventSeries",
            "name": title,
            "description": pick(a.summary, lang, main)[0],
            "url": absolute(cat.config.siteurl, urls.activity(lang, slug)),
            "inLanguage": facts["inLanguage"],
            "startDate": facts["startDate"],
            "endDate": facts["endDate"],
            "eventSchedule": facts["eventSchedule"],
            # paused: its schedule says when it meets once it goes on (tukena.invites)
            "eventStatus": None if invites.meets(a) else POSTPONED,
            "subEvent": sessions,
            **where(a.locations, a.online, lang, main),
            "organizer": organisation_ref(cat, a.organisation, lang),
            "contributor": [organisation_ref(cat, p, lang) for p in a.partners],
            "isAccessibleForFree": facts["isAccessibleForFree"],
            "audience": {
                "@type": "Audience",
                "audienceType": ", ".join(label(g, lang) for g in a.target_groups),
            },
            "typicalAgeRange": facts["typicalAgeRange"],
            "keywords": ", ".join(label(f, lang) for f in a.forms),
            "image": [image_address(cat.config.siteurl, i) for i in a.images],
        }
    )


def organisation(cat: Catalogue, slug: str, lang: str) -> dict:
    """An organisation as an ``Organization`` (or its government, education or NGO kind)."""
    org: Organisation = cat.content.organisations[slug]
    name_lang = pick(org.name, lang, org.language)[1]
    data = reference.load()
    address = org.address
    return compact(
        {
            "@context": CONTEXT,
            **organisation_ref(cat, slug, lang),
            "alternateName": [n for code, n in org.name.items() if code != name_lang],
            "sameAs": org.website,
            "email": org.email,
            "telephone": org.phone,
            "address": postal_address(
                address.street, address.postal_code, address.municipality, lang
            )
            if address
            else None,
            # its municipalities; with none named, its regions (Organisation.area)
            "areaServed": [
                {"@type": "City", "name": data.municipalities[code].name(lang)}
                for code in org.municipalities
            ]
            or [
                {"@type": "AdministrativeArea", "name": data.regions[code].name(lang)}
                for code in org.regions
            ],
            "knowsLanguage": list(org.languages),
            "logo": image_address(cat.config.siteurl, org.logo) if org.logo else None,
        }
    )
