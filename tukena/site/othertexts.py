"""A listing's texts in languages the site's UI does not have, shown on its page.

Organisers often write an activity's texts in the languages its participants read as well
(Arabic, Ukrainian, Somali...): its name, introduction and description, and also how to
register, what it costs, where it meets; an organisation its name and description in its
working languages. The page shows each text in the UI language (else the listing's main
one); the others are listed at the top of the page by their names in themselves
(العربية), each leading to its own section further down, so a reader who reads none of the
UI languages finds the listing in theirs. A text the page shows already is not repeated,
nor are texts in the UI languages: the language switcher leads to them. Cards show the
title in those languages.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from markupsafe import Markup

from tukena.schemas.languages import language_name, pick, text_direction
from tukena.schemas.location import claimed
from tukena.site.languages import endonym
from tukena.site.markup import to_html

if TYPE_CHECKING:
    from tukena.schemas import Activity, Organisation

Texts = Mapping[str, str] | None
#: A listing's texts, by what they are: ``title``, ``summary`` and ``description`` (one
#: each), then the facts the template labels (``when``, ``where``... : see
#: :func:`activity_parts`), each with the texts behind it (an activity's places, several).
Parts = Sequence[tuple[str, Sequence[Texts]]]
#: the parts a section shows as its heading, its lead and its body
MAIN = ("title", "summary", "description")


#: The parts an ended activity's page leaves out: how to register and how professionals
#: refer, which it takes no more (theme/templates/activity.html)
ENDED_LEFT_OUT = frozenset({"join", "referrals"})


def activity_parts(a: Activity) -> Parts:
    """An activity's texts in the order its page shows them: those the page shows only
    when they apply (the fee of a paid activity) only then."""
    places = a.locations
    return (
        ("title", (a.title,)),
        ("summary", (a.summary,)),
        ("description", (a.description,)),
        ("when", (a.schedule.note,)),
        ("where", tuple(claimed(p.name) for p in places)),  # a proper name: in none
        ("access", tuple(p.accessibility.notes for p in places if p.accessibility)),
        ("online", (a.online.instructions if a.online else None,)),
        ("cost", (None if a.cost.free else a.cost.fee,)),
        ("join", (a.registration.instructions,)),
        ("referrals", (a.referrals.instructions,)),
        ("contact", (a.contact.name,)),
    )


def organisation_parts(org: Organisation) -> Parts:
    """An organisation's name (its page's heading) and description."""
    return (("title", (org.name,)), ("description", (org.description,)))


def languages(parts: Parts, skip: Collection[str]) -> list[str]:
    """The languages of the texts of ``parts``, in the order the listing first names them,
    but for those in ``skip``."""
    found = dict.fromkeys(code for _, texts in parts for text in texts if text for code in text)
    return [code for code in found if code not in skip]


def shown(texts: Texts, lang: str, main: str) -> str | None:
    """The language a page in ``lang`` shows of ``texts``: the one
    :func:`tukena.site.texts.localise` picks, without making a :class:`Text` of it."""
    return pick(texts, lang, main)[1] if texts else None


def sections(
    parts: Parts, lang: str, main: str, ui: Collection[str], ended: bool = False
) -> list[dict]:
    """For each language of :func:`languages` but the UI languages, the texts in it that a
    page in ``lang`` does not show already, if any: its code, the section's ``id``, the
    language's names (in ``lang`` and in itself), its direction, the ``title``, ``summary``
    and ``description`` (Markdown, as sanitised HTML), and ``facts``: ``(key, texts)`` of
    the other parts in it, in the order of ``parts``; of an ``ended`` listing, none of
    :data:`ENDED_LEFT_OUT`, which its page leaves out too."""
    out = []
    for code in languages(parts, ui):
        found = {}
        for key, texts in parts:
            if ended and key in ENDED_LEFT_OUT:
                continue
            values = [t[code] for t in texts if t and code in t and shown(t, lang, main) != code]
            if values:
                found[key] = values
        if not found:
            continue
        description = found.get("description")
        written = " ".join(value for values in found.values() for value in values)
        out.append(
            {
                "code": code,
                "id": f"text-{code.lower()}",
                "name": language_name(code, lang),
                "endonym": endonym(code, written),
                "dir": text_direction(code, written),
                "title": found.get("title", [None])[0],
                "summary": found.get("summary", [None])[0],
                "description": _html(description[0], code) if description else None,
                "facts": [(key, values) for key, values in found.items() if key not in MAIN],
            }
        )
    return out


#: The parts that say something about the activity, not name it: a place's or a contact
#: person's name in Finnish alone is no missing translation.
DESCRIBING = frozenset({"summary", "description", "when", "access", "online", "cost", "join",
                        "referrals"})  # fmt: skip


def partly_missing(parts: Parts, lang: str) -> bool:
    """Whether a text of ``parts`` that describes the activity has no version in ``lang``
    (its page shows it in another language)."""
    return any(t and lang not in t for key, texts in parts if key in DESCRIBING for t in texts)


class Found(NamedTuple):
    """What an activity's pages need of its texts' languages, the same in every UI
    language: its parts when one is in a language beyond the UI's (else none: most
    listings have none, and their pages need not look again), and the UI languages that
    some text describing it lacks."""

    parts: Parts
    lacking: frozenset[str]


def found(a: Activity, ui: Collection[str]) -> Found:
    parts = activity_parts(a)
    lacking = frozenset(lang for lang in ui if partly_missing(parts, lang))
    return Found(parts if languages(parts, ui) else (), lacking)


def _html(markdown: str, lang: str) -> Markup:
    return Markup(to_html(markdown, lang))  # noqa: S704 - sanitised by nh3


def titles(activity: Activity, skip: Collection[str]) -> list[dict]:
    """The listing's title in each language but those in ``skip``, as listings' cards show
    it under the title they link (``code``, ``dir``, ``text``), in the listing's order."""
    return [
        {"code": code, "dir": text_direction(code, text), "text": text}
        for code, text in activity.title.items()
        if code not in skip
    ]
