"""The site's own indexing gives exactly the postings lunr.py's Builder gives."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from lunr.tokenizer import Tokenizer

from tests.test_search_fixtures import TODAY, content
from tukena import loader, search
from tukena.search import compact, documents, entities, facets, indexer, pipeline

ROOT = Path(__file__).resolve().parents[1]

#: Pieces of random text: words, stop words, separators, characters whose lower case is
#: longer or shorter, marks, digits, punctuation, astral characters.
PIECES = [
    "ryhmä", "ryhmät", "kielikahvila", "Kielikahvilaan", "äiti-lapsiryhmä", "språkcafé",
    "grupperna", "Läxhjälpen", "language", "cafés", "women's", "helping", "ja", "och", "the",
    "ei", "är", "a", " ", "  ", "-", "--", "\t", "\n", "\r", "\x0b", "\x0c", "\xa0", "\u2003",
    "\u3000", "İstanbul", "ẞ", "STRASSE", "ﬁnska", "Ｔｅｓｔ", "ΣΟΦΙΑ", "ὈΔΥΣΣΕΎΣ", "a\u0308",
    "é", "2026", "17.00–19.00", "(", ")", "«", "»", ".", ",", "!", "?", "'", "/", "😀",
    "𝔘𝔫𝔦", "عربية", "русский", "中文", "toString", "__proto__",
]  # fmt: skip


def _random_text(rng: random.Random) -> str:
    pieces = rng.sample(PIECES, rng.randint(1, 10))  # few pieces: words repeat
    return "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))


def _random_documents(seed: int, count: int, width: int) -> list[list[str]]:
    rng = random.Random(seed)
    return [[_random_text(rng) for _ in range(width)] for _ in range(count)]


def _reference(texts: list[list[str]], lang: str, fields: list[str]) -> indexer.Postings:
    builder = pipeline.builder(lang)
    builder.ref("id")
    for name in fields:
        builder.field(name)
    for number, values in enumerate(texts):
        builder.add({"id": str(number), **dict(zip(fields, values, strict=True))})
    return indexer.from_builder(builder)


def test_words_are_the_tokens_of_lunr_tokenizer() -> None:
    texts = [text for doc in _random_documents(1, 400, 1) for text in doc]
    texts += ["", " ", "-", "a-b", "İİ-x", " lead", "trail ", "a\xa0b\u2003c"]
    for text in texts:
        assert indexer.words(text) == [str(t) for t in Tokenizer(text)], repr(text)


@pytest.mark.parametrize("lang", pipeline.LANGUAGES)
def test_analyser_terms_are_the_builder_pipeline_terms(lang: str) -> None:
    analyser = indexer.Analyser(lang)
    reference = pipeline.builder(lang).pipeline
    for (text,) in _random_documents(2, 400, 1):
        want = [str(t) for t in reference.run(Tokenizer(text))]
        assert analyser.terms(text) == want, repr(text)
        assert analyser.counts(text) == Counter(want), repr(text)
    assert analyser.word("ja" if lang == "fi" else "och" if lang == "sv" else "the") == ()
    assert analyser.word("!!") == ()


@pytest.mark.parametrize("lang", pipeline.LANGUAGES)
def test_random_documents_give_the_builder_postings(lang: str) -> None:
    fields = ["t", "k", "s"]
    texts = _random_documents(3, 300, len(fields)) + [["", "", ""], ["-", "ja", "!!"]]
    got = indexer.index(texts, fields, indexer.Analyser(lang))
    want = _reference(texts, lang, fields)
    assert got == want
    assert got.count == len(texts)
    specs = [compact.FieldSpec(name) for name in fields]
    assert compact.encode(got, specs) == compact.encode(want, specs)


@pytest.mark.parametrize("lang", pipeline.LANGUAGES)
def test_repeated_texts_give_the_builder_postings(lang: str) -> None:
    """Texts that many documents share are counted once for all of them (as keywords and
    summaries repeat over listings): the postings must still be the builder's."""
    rng = random.Random(4)
    pool = [[_random_text(rng) for _ in range(12)] for _ in range(3)]  # per field
    texts = [[rng.choice(choices) for choices in pool] for _ in range(400)]
    texts += [texts[0], texts[-1], ["", "", ""]]
    fields = ["t", "k", "s"]
    analyser = indexer.Analyser(lang)
    got = indexer.index(texts, fields, analyser)
    want = _reference(texts, lang, fields)
    assert got == want
    specs = [compact.FieldSpec(name) for name in fields]
    assert compact.encode(got, specs) == compact.encode(want, specs)
    assert indexer.index(texts, fields, analyser) == want  # counts remembered by text


def test_no_documents_give_empty_postings() -> None:
    got = indexer.index([], ["n"], indexer.Analyser("fi"))
    assert got == _reference([], "fi", ["n"])
    assert got.count == 0 and got.terms == {}


def test_term_frequencies_and_fields_are_counted_per_document() -> None:
    got = indexer.index(
        [["ryhmä ryhmät", "kahvila"], ["", "Ryhmä-kahvila ryhmä"]],
        ["t", "k"],
        indexer.Analyser("fi"),
    )
    assert got.terms == {"ryhm": [{0: 2}, {1: 2}], "kahvil": [{}, {0: 1, 1: 1}]}
    assert got.pipeline == ["trimmer-tukena", "stemmer-fi"]
    assert (got.k1, got.b) == (1.2, 0.75)


def _contents() -> list[tuple[str, object]]:
    shipped, _ = loader.check(ROOT)
    return [("shipped", shipped), ("fixtures", content())]


@pytest.mark.parametrize("lang", pipeline.LANGUAGES)
def test_content_gives_the_builder_postings_and_the_same_compact_index(lang: str) -> None:
    for label, content_set in _contents():
        listings = documents.listings(content_set, TODAY)  # type: ignore[arg-type]
        assert listings, label
        facet_data, orgs = facets.build(listings, lang, TODAY)
        docs = entities.names(listings, facet_data, orgs, lang)
        analyser = indexer.Analyser(lang)  # shared, as search.build shares it
        for fields in (["t", "k"], ["s"], ["t", "k", "s", "d"]):
            got = indexer.index(search.activity_texts(listings, lang, fields), fields, analyser)
            want = indexer.from_builder(search.activity_builder(listings, lang, fields))
            assert got == want, (label, fields)
            specs = [search.FIELDS[f] for f in fields]
            assert compact.encode(got, specs) == compact.encode(want, specs)
        got = indexer.index(search.entity_texts(docs), search.ENTITY_FIELDS, analyser)
        assert got == indexer.from_builder(search.entity_builder(docs, lang)), label


def test_encode_refuses_other_fields() -> None:
    postings = indexer.index([["ryhmä"]], ["t"], indexer.Analyser("fi"))
    with pytest.raises(ValueError):
        compact.encode(postings, [compact.FieldSpec("k")])
