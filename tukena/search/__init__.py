"""Search data of the site: per UI language a lunr index, facet data and result data.

The site generator calls :func:`build` once per UI language and writes the files it
returns under the output folder::

    for lang in ("fi", "sv", "en"):
        for path, data in search.build(content, lang, today, url_for).items():
            (output / path).write_bytes(data)

``search/<lang>/index.json``
    two lunr indexes in compact form (:mod:`tukena.search.compact`): the activities'
    titles (boosted) and keywords, and the *entities*, the names of municipalities,
    regions, counties, organisations, activity forms, target groups, categories,
    languages and weekdays, with the words for weekdays, times, flags and today and
    tomorrow of the other UI languages (:mod:`tukena.search.entities`); ``phrases``, the
    words a query's words are read as (``entities.PHRASES``), and ``intents``, the phrases
    asking for a language course or café (:mod:`.intents`); ``languageWords``, the words for
    language a query reads as part of a language's name beside them (:mod:`.languagewords`);
    ``variants``, a word's terms in its British and American spelling (:mod:`.intents`)
    and in the other UI languages (``synonyms.SAME``: "sauna", "bastu");
``search/<lang>/more.json``
    a third index, of the summaries, for the page to fetch once the first results
    show: the budget before the first result has no room for it;
``search/<lang>/facets.json``
    per activity the codes to filter by, and the tables they index (:mod:`.facets`);
``search/<lang>/results/<n>.json``
    what a result card shows, 32 activities a file (:mod:`tukena.search.results`).

``theme/static/js/search/engine.js`` loads them with lunr.js and lunr-languages.
Tokens are made by the Python ports of the lunr.js pipelines (:mod:`.pipeline`), and
:mod:`.indexer` counts them into the postings lunr.py's ``Builder`` would hold.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lunr.builder import Builder

from tukena.loader import ContentSet
from tukena.search import (
    cards,
    compact,
    documents,
    entities,
    facets,
    indexer,
    intents,
    languagewords,
    pipeline,
    results,
    synonyms,
)
from tukena.search import texts as search_texts
from tukena.search.compact import FieldSpec
from tukena.status import Status

logger = logging.getLogger(__name__)

LANGUAGES = pipeline.LANGUAGES
FORMAT = 1

#: Activity fields: title, its other languages' titles, keywords, summary, and optionally
#: the description's start. The other titles find a listing by the name on its poster
#: ("kielikahvila") whatever the reader's language.
FIELDS = {
    "t": FieldSpec("t", 10),
    "o": FieldSpec("o", 3),
    "k": FieldSpec("k", 5),
    "s": FieldSpec("s", 1),
    "d": FieldSpec("d", 1),
}
#: Fields of index.json, fetched before the first result.
CORE_FIELDS = ("t", "o", "k")
#: Fields of more.json, fetched after it. The description is not indexed by default:
#: it is several times longer than the summary, which is meant as the searchable abstract.
MORE_FIELDS = ("s",)
#: How many words of the description field "d" indexes when it is chosen.
DESCRIPTION_WORDS = 40


def _field_text(item: documents.Listing, field: str, lang: str) -> str:
    if field == "t":
        return item.text("title", lang)[0]
    if field == "o":
        return search_texts.other_titles(item.activity.title, lang, item.activity.language)
    if field == "s":
        return item.text("summary", lang)[0]
    if field == "k":
        return " ".join(item.activity.keywords)
    if field == "d":
        text = item.text("description", lang)[0] if item.activity.description else ""
        return " ".join(text.split()[:DESCRIPTION_WORDS])
    raise ValueError(f"unknown field {field}")


def activity_texts(
    listings: list[documents.Listing], lang: str, fields: Sequence[str]
) -> list[list[str]]:
    """Per listing, the normalised text of each field, as the index sees them (the plain
    definition; :func:`build` takes the same texts from the cards, :mod:`.texts`)."""
    return [[pipeline.normalise(_field_text(item, f, lang)) for f in fields] for item in listings]


#: Entity fields: names, and words in the other UI languages, matched only whole
#: (:mod:`.entities`).
ENTITY_FIELDS = ("n", "w")


def entity_texts(docs: list[entities.Entity]) -> list[list[str]]:
    """Per entity, the normalised texts of its fields :data:`ENTITY_FIELDS`."""
    return [[pipeline.normalise(text), pipeline.normalise(whole)] for _, text, whole in docs]


def _reference_builder(
    texts: list[list[str]], lang: str, fields: Sequence[tuple[str, float]]
) -> Builder:
    builder = pipeline.builder(lang)
    builder.ref("id")
    for name, boost in fields:
        builder.field(name, boost=boost)
    for number, values in enumerate(texts):
        doc = {"id": str(number)}
        doc.update({name: value for (name, _), value in zip(fields, values, strict=True)})
        builder.add(doc)
    return builder


def activity_builder(
    listings: list[documents.Listing], lang: str, fields: Sequence[str]
) -> Builder:
    """A lunr.py builder with the activities added, documents numbered as ``listings``: the
    reference that :func:`build`'s own indexing (:mod:`.indexer`) equals, for tests."""
    specs = [(name, FIELDS[name].boost) for name in fields]
    return _reference_builder(activity_texts(listings, lang, fields), lang, specs)


def entity_builder(docs: list[entities.Entity], lang: str) -> Builder:
    """A lunr.py builder with the entity names added (the reference, as above)."""
    return _reference_builder(entity_texts(docs), lang, [(f, 1) for f in ENTITY_FIELDS])


@dataclass(frozen=True)
class Shared:
    """What the files of every UI language are made of alike."""

    listings: list[documents.Listing]
    columns: facets.Columns
    cards: list[cards.Card]
    #: Normalised texts by text, filled by every language (:func:`.texts.columns`).
    normalised: dict[str, str] = field(default_factory=dict, compare=False, repr=False)


def prepare(
    content: ContentSet,
    today: dt.date,
    statuses: Mapping[str, Status] | None = None,
    next_sessions: Mapping[str, dt.date | None] | None = None,
) -> Shared:
    """The listings and facet columns for :func:`build`, to make once for all languages.

    ``statuses`` and ``next_sessions`` are as :func:`.documents.listings` takes them.
    """
    listings = documents.listings(content, today, statuses, next_sessions)
    made = [cards.card(item, today) for item in listings]
    return Shared(listings, facets.columns(listings, today), made)


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def build(
    content: ContentSet,
    lang: str,
    today: dt.date,
    url_for: Callable[[str], str],
    core: Sequence[str] = CORE_FIELDS,
    more: Sequence[str] = MORE_FIELDS,
    shared: Shared | None = None,
) -> dict[str, bytes]:
    """The search files of one UI language, by path under the output folder.

    ``url_for(slug)`` gives the address of an activity's page in ``lang``; ``today`` is
    the build day: ended activities are left out and days are counted from it.
    ``core`` and ``more`` choose the activity fields of index.json and more.json.
    ``shared`` is :func:`prepare`'s result for ``content`` and ``today``, when the caller
    builds several languages.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"no search pipeline for {lang!r}: use one of {', '.join(LANGUAGES)}")
    if shared is None:
        shared = prepare(content, today)
    listings = shared.listings
    facet_data, organisations = facets.build(listings, lang, today, shared.columns)
    entity_docs = entities.names(listings, facet_data, organisations, lang)
    slugs = [item.slug for item in listings]
    prefix, chunks = cards.chunks(shared.cards, slugs, lang, url_for)
    analyser = indexer.Analyser(lang)  # words repeat over documents, fields and indexes

    def activities(fields: Sequence[str]) -> dict[str, Any]:
        texts = search_texts.columns(
            listings, shared.cards, lang, fields, shared.normalised, _field_text
        )
        postings = indexer.index(texts, fields, analyser)
        return compact.encode(postings, [FIELDS[f] for f in fields])

    entity_postings = indexer.index(entity_texts(entity_docs), ENTITY_FIELDS, analyser)
    index = {
        "format": FORMAT,
        "lang": lang,
        "activities": activities(core),
        "entities": compact.encode(entity_postings, [FieldSpec(f) for f in ENTITY_FIELDS]),
        "kinds": entities.kinds(entity_docs),
        "phrases": entities.phrases(lang),
        "intents": intents.compact(),
        "languageWords": languagewords.compact(),
        "variants": intents.variants(lang) + synonyms.same(lang),
    }
    facet_data.update(
        {"format": FORMAT, "lang": lang, "results": {"chunk": results.CHUNK, "prefix": prefix}}
    )
    base = f"search/{lang}/"
    files = {base + "index.json": _json(index), base + "facets.json": _json(facet_data)}
    if more:
        extra = activities(more)
        files[base + "more.json"] = _json({"format": FORMAT, "lang": lang, "activities": extra})
    files.update({base + name: data for name, data in chunks.items()})
    logger.info(
        "search %s: %s activities, %s entities, %s files",
        lang,
        len(listings),
        len(entity_docs),
        len(files),
    )
    return files
