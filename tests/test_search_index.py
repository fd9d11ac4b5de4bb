"""The compact index: lossless encoding, and lunr.js rebuilds exactly lunr.py's index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_search_fixtures import TODAY, content, url_for
from tukena import search
from tukena.search import compact, documents, entities, facets, node

ROOT = Path(__file__).resolve().parents[1]
JS = ROOT / "tests" / "js"
needs_node = pytest.mark.skipif(node.missing() is not None, reason=str(node.missing()))


def test_numbers_round_trip() -> None:
    values = [0, 1, 31, 32, 33, 1023, 1024, 32767, 32768, 10**6, 2**31 - 1]
    assert compact.decode(compact.numbers(values)) == values
    assert compact.number(31) == "f" and compact.number(32) == "hA"
    with pytest.raises(ValueError):
        compact.number(-1)


def _terms(text: str) -> list[str]:
    out: list[str] = []
    previous = ""
    for word in text.split(" ") if text else []:
        i = 0
        while word[i] not in compact.LAST:
            i += 1
        shared = compact.decode(word[: i + 1])[0]
        units = compact.to_units(previous)[:shared]
        previous = compact.from_units(units) + word[i + 1 :]
        out.append(previous)
    return out


def test_front_coding_round_trips_and_keeps_javascript_order() -> None:
    terms = ["a", "ab", "abc", "b", "kahvi😀la", "kahvi😁", "kahviz", "kahvi\uffe0"]
    terms.sort(key=compact.js_order)
    # JavaScript sorts by UTF-16 code units: U+FFE0 comes after the surrogate pairs.
    assert terms[-3:] == ["kahvi😀la", "kahvi😁", "kahvi\uffe0"]
    assert sorted(terms) != terms
    assert _terms(compact.front_code(terms)) == terms


def _files(tmp_path: Path, lang: str) -> Path:
    for name, data in search.build(content(), lang, TODAY, url_for(lang)).items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return tmp_path / "search" / lang


def _python_indexes(lang: str) -> dict[str, dict]:
    """lunr.py's own serialisation of the same three indexes."""
    listings = documents.listings(content(), TODAY)
    facet_data, orgs = facets.build(listings, lang, TODAY)
    docs = entities.names(listings, facet_data, orgs, lang)
    return {
        "activities": search.activity_builder(listings, lang, search.CORE_FIELDS).build(),
        "more": search.activity_builder(listings, lang, search.MORE_FIELDS).build(),
        "entities": search.entity_builder(docs, lang).build(),
    }


def _by_term(serialised: dict) -> tuple[dict, dict]:
    """Postings by term, and vectors by field ref as {term: score}, free of term numbering."""
    inverted = {term: posting for term, posting in serialised["invertedIndex"]}
    names = {posting["_index"]: term for term, posting in inverted.items()}
    postings = {
        term: {f: sorted(docs) for f, docs in posting.items() if f != "_index"}
        for term, posting in inverted.items()
    }
    vectors = {}
    for ref, elements in serialised["fieldVectors"]:
        if elements:
            vectors[ref] = {names[elements[i]]: elements[i + 1] for i in range(0, len(elements), 2)}
    return postings, vectors


@needs_node
@pytest.mark.parametrize("lang", search.LANGUAGES)
def test_lunr_js_rebuilds_the_index_lunr_py_built(tmp_path: Path, lang: str) -> None:
    folder = _files(tmp_path, lang)
    dump = node.run(JS / "search.js", {"dir": str(folder), "dump": True, "more": True})["dump"]
    python = _python_indexes(lang)
    for name in ("activities", "more", "entities"):
        expected = python[name].serialize()
        got = dump[name]
        assert got["fields"] == expected["fields"]
        assert (
            got["pipeline"]
            == expected["pipeline"]
            == [
                "trimmer-tukena",
                f"stemmer{'-' + lang if lang != 'en' else ''}",
            ]
        )
        want_postings, want_vectors = _by_term(expected)
        got_postings, got_vectors = _by_term(got)
        assert got_postings == want_postings, name
        assert got_vectors.keys() == want_vectors.keys(), name
        for ref, scores in want_vectors.items():
            assert got_vectors[ref].keys() == scores.keys()
            for term, score in scores.items():
                # Python's round() and JavaScript's Math.round() may part at a half.
                assert got_vectors[ref][term] == pytest.approx(score, abs=0.0011), (ref, term)


def test_the_index_file_holds_titles_and_keywords_and_more_holds_summaries(tmp_path: Path) -> None:
    folder = _files(tmp_path, "fi")
    index = json.loads((folder / "index.json").read_text())
    more = json.loads((folder / "more.json").read_text())
    assert [f for f, _ in index["activities"]["fields"]] == ["t", "o", "k"]
    assert [f for f, _ in more["activities"]["fields"]] == ["s"]
    assert index["activities"]["pipeline"] == ["trimmer-tukena", "stemmer-fi"]
    terms = _terms(index["activities"]["terms"])
    assert "kielikahvil" in terms and "tapiol" in terms and "kahv" in terms
    assert "rento" not in terms  # a summary word
    assert "rento" in _terms(more["activities"]["terms"])
    # Places, organisations and labels are entities, indexed once each.
    entity_terms = _terms(index["entities"]["terms"])
    assert {"espo", "esbo", "olohuon", "kielikahvil", "vertaisryhm"} <= set(entity_terms)
    assert "espo" not in terms
    kinds = dict(index["kinds"])
    assert list(kinds) == list(entities.KINDS)
    assert index["activities"]["n"] == 11  # the ended listing is left out
