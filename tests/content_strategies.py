"""Hypothesis strategies for valid content: raw mappings that validate into the models.

Values are drawn from the controlled vocabularies and the reference data; texts mix ordinary
words in several scripts with strings YAML likes to misread (``no``, ``on``, ``1.10``, ``#``,
``: ``, quotes, leading spaces, empty strings where a field allows them).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from tukena import reference
from tukena.schemas.vocabulary import (
    ActivityForm,
    Audience,
    Capacity,
    Category,
    LanguageLevel,
    Level,
    NewsKind,
    OrganisationKind,
    Phase,
    TargetGroup,
    Weekday,
)

TRICKY = [
    "no", "on", "off", "yes", "y", "n", "true", "False", "null", "~", "1.10", "0x1F", "1e3",
    ".inf", "012", "17:00", "1:10:00", "2026-09-01", "#", "# not a comment", "a # b", "a: b",
    "key: value: more", "- item", "[x]", "{x}", "*alias", "&anchor", "!tag", "%directive",
    "@at", "`tick`", "|", ">", "---", "...", '"quoted"', "'single'", "it's", ' "both\' ',
    "  leading spaces", "trailing  ", "two\nlines", "para\n\npara", "tab\there",
    "مقهى اللغة للجميع", "Kafeega luqadda", "Языковое кафе", "Мовне кафе", "کافه زبان",
    "Äänekoski – Åland", "emoji 🙂", "€2 / kerta", "\\backslash", "50%", "x\n---\ny",
    "x\n...\ny", "form\r\nline", "old mac\rline", "nel\x85line", "nul\x00", "\u2028", "\ufeffbom",
]  # fmt: skip
LANGUAGES = ["fi", "sv", "en", "ar", "so", "ru", "uk", "fa-AF", "ku", "et", "zh", "ti"]
_CHARS = st.characters(blacklist_categories=("Cs",))  # control characters included
_REF = reference.load()
MUNICIPALITIES = sorted(_REF.municipalities.values(), key=lambda m: m.code)
REGIONS = sorted(_REF.regions.values(), key=lambda r: r.code)


def _values(enum: type) -> st.SearchStrategy[str]:
    return st.sampled_from([e.value for e in enum])


def _some(enum: type, min_size: int = 0) -> st.SearchStrategy[list[str]]:
    return st.lists(_values(enum), min_size=min_size, max_size=3, unique=True)


words = st.one_of(
    st.sampled_from(TRICKY),
    st.text(_CHARS, min_size=1, max_size=30),
    st.lists(st.sampled_from(TRICKY), min_size=2, max_size=4).map(" ".join),
)


def _kept(text: str) -> str:
    """What the models keep of a text, or less: NUL is dropped, whitespace stripped."""
    return text.replace("\x00", "").strip()


#: a text that stays non-empty once stripped, as every localised text must
texts = words.filter(lambda s: _kept(s) != "")
#: at least two characters, as names, titles and addresses must be
long_texts = texts.filter(lambda s: len(_kept(s)) >= 2)
markdown = st.lists(texts, min_size=1, max_size=4).map("\n\n".join)


def localised(value: st.SearchStrategy[str] = texts) -> st.SearchStrategy[dict[str, str]]:
    return st.dictionaries(st.sampled_from(LANGUAGES), value, min_size=1, max_size=3)


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def some(data: dict[str, Any]) -> dict[str, Any]:
    """The fields with a value: drawn ``None`` means the field is left out."""
    return {k: v for k, v in data.items() if v is not None}


slugs = st.from_regex(r"[a-zäö0-9](?:[a-z0-9-]{0,20}[a-z0-9])?", fullmatch=True)
domains = st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?", fullmatch=True)
municipality_refs = st.sampled_from(MUNICIPALITIES).flatmap(
    lambda m: st.sampled_from([m.code, m.name_fi, m.name_sv, m.name_fi.upper(), int(m.code)])
)
region_refs = st.sampled_from(REGIONS).flatmap(
    lambda r: st.sampled_from([r.code, r.name_fi, r.name_sv.lower()])
)
emails = st.builds(
    "{}@{}.example".format,
    st.from_regex(r"[a-z0-9](?:[a-z0-9.+_-]{0,10}[a-z0-9])?", fullmatch=True).filter(
        lambda s: ".." not in s
    ),
    domains,
)
phones = st.sampled_from(["040 123 4567", "+358 50 765 4321", "09 310 1234", "029 123 4567"])
urls = st.builds("https://{}.example/{}".format, domains, st.sampled_from(["", "a?b=1#c", "x/y"]))
dates = st.dates(dt.date(2024, 1, 1), dt.date(2028, 12, 31))
postal_codes = st.from_regex(r"\d{5}", fullmatch=True)


@st.composite
def times(draw: st.DrawFn) -> tuple[str, str]:
    """A start and a later end, ``HH:MM`` (or ``H.MM`` as people write it)."""
    start = draw(st.integers(6 * 60, 21 * 60))
    end = start + draw(st.integers(15, 150))
    sep = draw(st.sampled_from([":", "."]))
    return f"{start // 60:02d}{sep}{start % 60:02d}", f"{end // 60:02d}:{end % 60:02d}"


def _business_id(digits: int) -> str | None:
    text = f"99{digits:05d}"
    rest = sum(w * int(d) for w, d in zip((7, 9, 10, 5, 8, 4, 2), text, strict=True)) % 11
    return None if rest == 1 else f"{text}-{(11 - rest) % 11}"


business_ids = st.integers(0, 99999).map(_business_id).filter(bool)
places = st.builds(
    lambda *v: some(dict(zip(("name", "municipality", "street_address", "postal_code",
                              "coordinates", "accessibility"), v, strict=True))),
    optional(localised() | texts),  # a plain name: a proper name in no language claimed
    municipality_refs,
    optional(long_texts),
    optional(postal_codes),
    optional(st.fixed_dictionaries({"lat": st.floats(59.5, 70), "lon": st.floats(19.5, 31.5)})),
    optional(st.fixed_dictionaries({}, optional={
        "step_free": st.booleans(), "accessible_toilet": st.booleans(),
        "induction_loop": st.booleans(), "notes": localised(),
    })),
)  # fmt: skip
online = st.fixed_dictionaries({"link": urls}, optional={"instructions": localised()}) | (
    st.fixed_dictionaries({"instructions": localised()})
)
registrations = st.just({"required": False}) | st.fixed_dictionaries(
    {"required": st.just(True), "email": emails},
    optional={"link": urls, "phone": phones, "instructions": localised(), "deadline": dates},
)


@st.composite
def schedules(draw: st.DrawFn) -> dict[str, Any]:
    """Weekly slots in a season with holidays, or two or more dated sessions."""
    if draw(st.booleans()):
        start, end = draw(times())
        sessions = [
            some({"date": day, "start": start, "end": end, "note": draw(optional(localised()))})
            for day in draw(st.lists(dates, min_size=2, max_size=5, unique=True))
        ]
        return some({"sessions": sessions, "note": draw(optional(localised()))})
    first = draw(dates)
    last = draw(optional(st.dates(first, first + dt.timedelta(days=400))))
    slots = []
    for day in draw(st.lists(_values(Weekday), min_size=1, max_size=3, unique=True)):
        start, end = draw(times())
        every = draw(st.sampled_from([None, None, 2, 4]))
        slots.append(some({"weekday": day, "start": start, "end": end, "every": every}))
    exceptions = []  # in the season: a break outside it is refused
    for day in draw(st.lists(st.dates(first, last or first + dt.timedelta(days=400)), max_size=3)):
        if draw(st.booleans()):
            exceptions.append(day.isoformat() if draw(st.booleans()) else day)
        else:
            until = day + dt.timedelta(days=draw(st.integers(0, 20)))
            exceptions.append(
                some({"start": day, "end": until, "reason": draw(optional(localised()))})
            )
    return some({
        "season": some({"start": first, "end": last}), "weekly": slots,
        "exceptions": exceptions or None, "note": draw(optional(localised())),
    })  # fmt: skip


@st.composite
def organisations(draw: st.DrawFn) -> dict[str, Any]:
    level = draw(_values(Level))
    municipalities = draw(st.lists(municipality_refs, min_size=level == "local", max_size=3))
    return some({
        "language": draw(optional(st.sampled_from(LANGUAGES))),
        "name": draw(localised()),
        "description": draw(optional(localised(markdown))),
        "kind": draw(_values(OrganisationKind)),
        "business_id": draw(optional(business_ids)),
        "association_register_number": draw(optional(st.from_regex(r"\d{1,3}(\.\d{3})?", fullmatch=True))),
        "level": level,
        "municipalities": municipalities or None,
        "regions": draw(st.lists(region_refs, min_size=level == "regional" and not municipalities, max_size=2)) or None,
        "languages": draw(st.lists(st.sampled_from(LANGUAGES), max_size=3, unique=True)) or None,
        "networks": draw(st.lists(words, max_size=3)) or None,
        "website": draw(optional(urls)), "email": draw(optional(emails)),
        "phone": draw(optional(phones)),
        "address": draw(optional(st.fixed_dictionaries({
            "street": long_texts,
            "postal_code": postal_codes, "municipality": municipality_refs}))),
        "logo": draw(optional(st.fixed_dictionaries({
            "src": st.sampled_from(["images/logo.png", "logo.svg", "https://x.example/a.webp"]),
            "alt": localised()}))),
    })  # fmt: skip


def _by_last_meeting(registration: dict[str, Any], schedule: dict[str, Any]) -> dict[str, Any]:
    """A registration whose deadline is no later than the last meeting (a later one is
    refused)."""
    sessions, season = schedule.get("sessions"), schedule.get("season", {})
    last = max(s["date"] for s in sessions) if sessions else season.get("end")
    if "deadline" in registration and last is not None:
        registration = {**registration, "deadline": min(registration["deadline"], last)}
    return registration


@st.composite
def activities(draw: st.DrawFn) -> dict[str, Any]:
    organisation = draw(slugs)
    in_person = draw(st.lists(places, max_size=2))
    verified = draw(dates)
    age_min = draw(optional(st.integers(0, 100)))
    age_max = draw(optional(st.integers(age_min or 0, 120)))
    schedule = draw(schedules())
    return some({
        "language": draw(optional(st.sampled_from(LANGUAGES))),
        "title": draw(localised()), "summary": draw(localised()),
        "description": draw(optional(localised(markdown))),
        "organisation": organisation,
        "partners": draw(st.lists(slugs.filter(lambda s: s != organisation), max_size=2, unique=True)) or None,
        "forms": draw(_some(ActivityForm, 1)), "category": draw(_values(Category)),
        "phases": draw(_some(Phase)) or None, "level": draw(optional(_values(Level))),
        "target_groups": draw(_some(TargetGroup, 1)),
        "age": some({"min": age_min, "max": age_max}) or None,
        "languages": draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=3, unique=True)),
        "language_level": draw(optional(_values(LanguageLevel))),
        "support_languages": draw(st.lists(st.sampled_from(LANGUAGES), max_size=2, unique=True)) or None,
        "locations": in_person or None,
        "online": draw(online if not in_person else optional(online)),
        "schedule": schedule,
        "cost": draw(st.just({"free": True}) | st.fixed_dictionaries({"free": st.just(False), "fee": localised()})),
        "registration": _by_last_meeting(draw(registrations), schedule),
        "capacity": draw(optional(_values(Capacity))),
        "referrals": draw(st.fixed_dictionaries({"accepted": st.booleans()}, optional={"instructions": localised()})),
        "childcare": draw(optional(st.booleans())),
        "contact": draw(st.fixed_dictionaries({"email": emails}, optional={"name": localised(), "phone": phones, "link": urls})),
        "images": draw(st.lists(st.fixed_dictionaries({"src": st.just("images/a.jpg"), "alt": localised()}), max_size=1)) or None,
        "keywords": draw(st.lists(words | st.just(""), max_size=3)) or None,
        "verified": verified,
        "valid_until": draw(optional(st.dates(verified, verified + dt.timedelta(days=700)))),
    })  # fmt: skip


@st.composite
def news_items(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(_values(NewsKind))
    item = {
        "kind": kind,
        "title": draw(long_texts),
        "date": draw(dates),
        "summary": draw(long_texts),
        "body": draw(optional(markdown)),
        "language": draw(optional(st.sampled_from(LANGUAGES))),
        "link": draw(optional(urls)),
    }
    if kind in ("event", "training"):
        start = dt.datetime.combine(draw(dates), dt.time(draw(st.integers(6, 20)), 30))
        length = draw(optional(st.integers(30, 600)))
        item |= {
            "start": start,
            "end": start + dt.timedelta(minutes=length) if length else None,
            "place": draw(places),
            "online": draw(optional(online)),
            "audience": draw(_some(Audience)) or None,
            "registration": draw(optional(registrations)),
        }
    if kind == "job":
        item |= {
            "employer": draw(slugs.filter(lambda s: len(s) >= 2) | long_texts),
            "deadline": draw(dates),
        }
    return some(item)
