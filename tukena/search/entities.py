"""Names of places, organisations and vocabulary terms, and words for times of day, for
flags (free, online, …) and for today and tomorrow, searchable as their own small index;
and the phrases a query's words are read as (:data:`PHRASES`).

Indexing "Espoo", the organisation's name or "Kielikahvila tai -kerho" in the document of
every activity would repeat those words' postings thousands of times. Instead each name
is indexed once, as an *entity* document of a second lunr index, and the browser expands
a matching entity into the activities whose facet column holds it (``entities.js``). The
entity documents are numbered by kind, in the order of :data:`KINDS`; ``kinds`` in the
index file gives each kind's count, so entity ``i`` of kind ``k`` is row ``i`` of the
facet table (or bit ``i`` of the bit-mask column) the kind names.

An entity document has two fields: ``n``, its names, and ``w``, the words for a weekday,
time of day, flag or today and tomorrow in the other UI languages (:func:`elsewhere`), so
that "maksuton" finds the free listings on the English site and "monday" on the Finnish
one. The browser matches a word of ``w`` whole (or with an ending: "mondays"), not inside
a longer word or one typo away, and by its start only from 5 letters that begin words of
one entity alone ("maksut"): "satu" (a fairy tale) typed on the Finnish site must not
find every Saturday activity.
"""

from __future__ import annotations

import logging
from typing import Any

from tukena import reference
from tukena.schemas.languages import UI_LANGUAGES, endonym, language_name
from tukena.schemas.vocabulary import LABELS, Weekday
from tukena.search import finnishforms, intents, pipeline, synonyms
from tukena.search.documents import Listing
from tukena.search.facets import FLAGS, VOCABULARIES

logger = logging.getLogger(__name__)

#: Entity kinds: the facet table (or weekday bits) each kind's entities are rows of.
KINDS = (
    "municipality", "region", "county", "organisation", "form", "group", "category",
    "language", "help", "days", "times", "flags", "relative",
)  # fmt: skip

#: Words that stand for a flag of :data:`.facets.FLAGS`, by UI language: "free language
#: café" finds the free ones, as the filter would. A flag without words matches no query.
FLAG_WORDS: dict[str, dict[str, str]] = {
    "free": {
        "fi": "maksuton maksuttomat maksutta ilmainen ilmaiset ilmaiseksi",
        "sv": "gratis avgiftsfri kostnadsfri",
        "en": "free",
    },
    "online": {
        "fi": "verkossa etänä verkko",
        "sv": "på nätet distans online",
        "en": "online remote",
    },
    "childcare": {
        "fi": "lastenhoito lastenvahti",
        "sv": "barnpassning barnvakt",
        "en": "childcare babysitting",
    },
    "stepFree": {
        "fi": "esteetön pyörätuoli",
        "sv": "tillgänglig rullstol",
        "en": "stepfree wheelchair",  # PHRASES read "step-free" as "stepfree"
    },
}
#: Words for the weekend, by UI language: Saturday's and Sunday's entities hold them too,
#: in the field matched whole (``w``), as the other languages' words: their start is a
#: word of its own ("week", "viikon"), which is not the weekend (:func:`_day`).
WEEKEND_WORDS = {
    "fi": "viikonloppu viikonloppuna viikonloppuisin",
    "sv": "helg helgen helger",
    "en": "weekend weekends",
}
WEEKEND = (Weekday.SAT, Weekday.SUN)
#: Words for the start-time buckets of the ``times`` column (morning = bit 0), by UI
#: language: "kielikahvila illalla".
TIME_WORDS: tuple[dict[str, str], ...] = (
    {"fi": "aamu aamulla aamuisin aamupäivällä aamupäivisin", "sv": "morgon förmiddag",
     "en": "morning mornings"},
    {"fi": "iltapäivällä iltapäivisin", "sv": "eftermiddag eftermiddagar",
     "en": "afternoon afternoons"},
    {"fi": "illalla iltaisin", "sv": "kväll kvällar kvällstid", "en": "evening evenings"},
)  # fmt: skip


#: Words for today and tomorrow, by UI language: the browser reads them as the sessions of
#: the visitor's today or tomorrow ("kielikahvila tänään"; ``entities.js``).
RELATIVE_DAY_WORDS: tuple[dict[str, str], ...] = (
    {"fi": "tänään", "sv": "idag", "en": "today"},
    {"fi": "huomenna", "sv": "imorgon", "en": "tomorrow"},
)
#: Words for this week (today to Sunday: a Finnish week starts on Monday) and next week
#: (Monday to Sunday), by UI language: one word each, which :data:`PHRASES` read "this
#: week", "tällä viikolla" and "nästa vecka" as. The browser reads them as the days of the
#: visitor's week (``entities.js``), as it reads today and tomorrow.
RELATIVE_WEEK_WORDS: tuple[dict[str, str], ...] = (
    {"fi": "tälläviikolla", "sv": "dennavecka", "en": "thisweek"},
    {"fi": "ensiviikolla", "sv": "nästavecka", "en": "nextweek"},
)

#: Words of a query read as other words before its terms are made, by UI language: the
#: Swedish "i morgon" (as style guides write it) is "imorgon", not the stop word "i" and
#: "morgon", morning; "i kväll" is this evening, today's evening. Each word of a
#: replacement is a word of an entity above. index.json hands them to engine.js
#: (``phrases``), which reads them on the query's words as its tokenizer cuts them.
PHRASES: dict[str, tuple[tuple[str, str], ...]] = {
    "fi": (
        ("tänä aamuna", "tänään aamulla"),
        ("tänä iltapäivänä", "tänään iltapäivällä"),
        ("tänä iltana", "tänään illalla"),
        ("huomisaamuna", "huomenna aamulla"),
        ("huomisiltana", "huomenna illalla"),
        ("tällä viikolla", "tälläviikolla"),
        ("tämän viikon", "tälläviikolla"),
        ("tämä viikko", "tälläviikolla"),
        ("ensi viikolla", "ensiviikolla"),
        ("ensi viikon", "ensiviikolla"),
        ("ensi viikko", "ensiviikolla"),
    ),
    "sv": (
        ("i dag", "idag"),
        ("i morgon bitti", "imorgon morgon"),
        ("i morgon", "imorgon"),
        ("i förmiddag", "idag förmiddag"),
        ("i eftermiddag", "idag eftermiddag"),
        ("i kväll", "idag kväll"),
        ("ikväll", "idag kväll"),
        ("denna vecka", "dennavecka"),
        ("denna veckan", "dennavecka"),
        ("den här veckan", "dennavecka"),
        ("i veckan", "dennavecka"),
        ("nästa vecka", "nästavecka"),
        ("nästa veckan", "nästavecka"),
    ),
    "en": (
        ("step free", "stepfree"),  # "step-free": the tokenizer cuts at the hyphen
        ("this morning", "today morning"),
        ("this afternoon", "today afternoon"),
        ("this evening", "today evening"),
        ("tonight", "today evening"),
        ("this week", "thisweek"),
        ("next week", "nextweek"),
    ),
}


#: Words of another UI language left out of a language's ``w`` field, by the language
#: whose index leaves them out: words of its own in another sense become their terms, as
#: its stemmer cuts them and "mondays" finds "monday" (``engine.js``). The Swedish
#: "distans" (remote) is what the English stemmer leaves of "distance" ("within walking
#: distance") and begins the Finnish "distanssi"; the English stemmer's "grati" of "gratis"
#: begins "gratitude" and "gratify". (Checked against word lists of the three languages:
#: no other word of the others is a word of one in another sense.)
NOT_ELSEWHERE: dict[str, frozenset[str]] = {
    "fi": frozenset({"distans"}),
    "en": frozenset({"distans", "gratis"}),
}


def phrases(lang: str) -> list[list[list[str]]]:
    """``[[words, replacement words], …]`` of :data:`PHRASES` of every UI language, ``lang``'s
    first, normalised and lower-cased as the tokenizer gives a query's words; the longer
    phrases first, so that "i morgon bitti" is read before "i morgon". Every language's
    phrases: "i morgon" typed on the English site is tomorrow there too, as its replacement
    "imorgon" is a word of every language's entities (:func:`elsewhere`). The phrases
    asking for a language course or café go to index.json as :func:`.intents.compact`."""
    order = [lang, *(other for other in UI_LANGUAGES if other != lang)]
    found = [
        [pipeline.normalise(said).lower().split(), pipeline.normalise(meant).lower().split()]
        for code in order
        for said, meant in PHRASES.get(code, ())
    ]
    return sorted(found, key=lambda pair: -len(pair[0]))


def elsewhere(words: dict[str, str], lang: str) -> str:
    """The words of ``words`` (by UI language) of the UI languages other than ``lang``: an
    entity's ``w`` field. Left out: a stop word of its own language (Swedish "på"), a word
    ``lang`` has itself ("online"), and :data:`NOT_ELSEWHERE`."""
    own = set(words.get(lang, "").split())
    skip = NOT_ELSEWHERE.get(lang, frozenset())
    found = [
        word
        for other in UI_LANGUAGES
        if other != lang
        for word in words.get(other, "").split()
        if word not in own and word not in skip and _searched(word, other)
    ]
    return " ".join(dict.fromkeys(found))


def _vocabulary(kind: str, code: str, name: str) -> str:
    """A label's entity text: its name in the UI language, then in the others and its
    everyday words (:mod:`.synonyms`), so that "kielikahvila" finds the language cafés
    on the English site too and a client's results do not change with the site's
    language. An activity type's code in one word ("languagecourse") last: a word of its
    entity alone, which the phrases of :mod:`.intents` are read as, so that "learn
    finnish" finds the courses, not a text that names a course."""
    value = VOCABULARIES[kind](code)
    texts = [name]
    for lang, label in LABELS[type(value)][code].items():
        texts += [word for word in label.split() if _searched(word, lang)]
    texts += [word for word, lang in synonyms.words(value) if _searched(word, lang)]
    if kind == "form" and code in intents.FORMS:
        texts.append(intents.FORMS[code])
    return " ".join(dict.fromkeys(texts))


def _searched(word: str, lang: str) -> bool:
    """Whether ``word`` of ``lang`` is a search term there: a stop word ("other", "or",
    "tai") is none, and would find the label on the other sites when they search for
    the words it is next to, or one letter away ("mother")."""
    return any(pipeline.tokens(word, lang))


def _language(code: str, name: str, held: bool, lang: str) -> str:
    """A language's entity text: its name in the UI language, in itself and in the other
    UI languages ("arabia" finds Arabic on the English site too) and its Finnish genitive
    and translative ("ruotsin", "englanniksi": :mod:`.finnishforms`); when it stands for
    the activities ``held`` in it, the word "learn swedish" is read as
    (:func:`.intents.held`), which no other entity has."""
    names = (language_name(code, ui) for ui in UI_LANGUAGES)
    intent = intents.held(code) if held else None
    text = " ".join(dict.fromkeys((name, endonym(code), *names, *([intent] if intent else []))))
    return " ".join((text, *finnishforms.added(language_name(code, "fi"), text, lang)))


#: An entity document: its kind, its names (field ``n``) and its words in the other UI
#: languages (field ``w``, :func:`elsewhere`; empty for most kinds).
Entity = tuple[str, str, str]


def _day_words(day: Weekday) -> dict[str, str]:
    """A weekday's name by UI language, with the words for the weekend on Saturday and
    Sunday."""
    names = LABELS[Weekday][day.value]
    weekend = WEEKEND_WORDS if day in WEEKEND else {}
    return {lang: f"{names[lang]} {weekend.get(lang, '')}".strip() for lang in UI_LANGUAGES}


def _day(day: Weekday, lang: str) -> Entity:
    """A weekday's entity: its name, and in the field matched whole (``w``) the weekend
    words of ``lang`` and the other UI languages' words. "week" and "viikolla" would begin
    "weekend" and "viikonloppu" in the names field: "language café this week" found the
    cafés meeting at weekends."""
    words = _day_words(day)
    own = WEEKEND_WORDS.get(lang, "") if day in WEEKEND else ""
    return ("days", LABELS[Weekday][day.value][lang], f"{own} {elsewhere(words, lang)}".strip())


def names(
    listings: list[Listing], facets: dict[str, Any], organisations: list[str], lang: str
) -> list[Entity]:
    """``(kind, text, words elsewhere)`` of every entity document, in entity-number order.

    ``organisations`` are the slugs in organisation-number order (:func:`.facets.build`).
    """
    data = reference.load()
    tables = facets["tables"]
    orgs = {i.activity.organisation: i.organisation for i in listings if i.organisation}
    docs: list[tuple[str, str]] = []
    for code, *_ in tables["municipality"]:
        m = data.municipalities[code]
        docs.append(("municipality", f"{m.name_fi} {m.name_sv}"))
    for code, _ in tables["region"]:
        r = data.regions[code]
        docs.append(("region", " ".join(dict.fromkeys((r.name_fi, r.name_sv, r.name_en)))))
    for code, *_ in tables["county"]:
        c = data.counties[code]
        docs.append(("county", " ".join(dict.fromkeys((c.name(lang), c.short_name(lang))))))
    for slug in organisations:
        org = orgs.get(slug)
        texts = [*sorted(org.name.values(), key=len)] if org else [slug]
        docs.append(("organisation", " ".join(dict.fromkeys(texts))))
    for kind in ("form", "group", "category"):
        docs += [(kind, _vocabulary(kind, code, text)) for code, text in tables[kind]]
    for kind in ("language", "help"):  # held in it; someone helps in it (or it is held in it)
        docs += [
            (kind, _language(code, name, kind == "language", lang)) for code, name in tables[kind]
        ]
    out: list[Entity] = [(kind, text, "") for kind, text in docs]
    out += [_day(day, lang) for day in Weekday]
    worded = [
        *(("times", words) for words in TIME_WORDS),
        *(("flags", FLAG_WORDS.get(flag, {})) for flag in FLAGS),
        *(("relative", words) for words in (*RELATIVE_DAY_WORDS, *RELATIVE_WEEK_WORDS)),
    ]
    out += [(kind, words.get(lang, ""), elsewhere(words, lang)) for kind, words in worded]
    return out


def kinds(docs: list[Entity]) -> list[list[Any]]:
    """``[[kind, count], …]`` in :data:`KINDS` order."""
    counts = {kind: 0 for kind in KINDS}
    for kind, *_ in docs:
        counts[kind] += 1
    return [[kind, counts[kind]] for kind in KINDS]
