"""The facet data, the result data and the build API (no node needed)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.test_search_fixtures import TODAY, activity, content, url_for
from tukena import reference, search
from tukena.search import documents, facets, lunr_data, node, results

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def fi() -> dict[str, bytes]:
    return search.build(content(), "fi", TODAY, url_for("fi"))


def _json(files: dict[str, bytes], name: str, lang: str = "fi") -> object:
    return json.loads(files[f"search/{lang}/{name}"])


def test_build_returns_the_files_of_one_language(fi: dict[str, bytes]) -> None:
    assert set(fi) == {
        "search/fi/index.json", "search/fi/facets.json", "search/fi/more.json",
        "search/fi/results/0.json",
    }  # fmt: skip
    assert all(isinstance(data, bytes) for data in fi.values())
    assert search.build(content(), "fi", TODAY, url_for("fi")) == fi  # deterministic
    with pytest.raises(ValueError, match="de"):
        search.build(content(), "de", TODAY, url_for("fi"))


def test_ended_listings_are_left_out_and_places_keep_together() -> None:
    slugs = [item.slug for item in documents.listings(content(), TODAY)]
    assert "paattynyt" not in slugs and len(slugs) == 11
    assert slugs[-1] == "tyonhakuklubi"  # online only: last
    data = reference.load()
    places = [
        (data.municipalities[c].region, c)
        for item in documents.listings(content(), TODAY)
        for c in item.municipalities[:1]
    ]
    assert places == sorted(places)


def test_facet_columns(fi: dict[str, bytes]) -> None:
    data = _json(fi, "facets.json")
    assert isinstance(data, dict)
    listings = documents.listings(content(), TODAY)
    slugs = [item.slug for item in listings]
    column = {name: facets.decode(data, name) for name in data["columns"]}
    assert all(len(values) == len(slugs) for values in column.values())
    at = slugs.index
    tables = data["tables"]
    # time of day: morning < 12:00 ≤ afternoon < 17:00 ≤ evening
    assert column["times"][at("vertaisryhma-naisille")] == 1  # 11:59
    assert column["times"][at("sprakcafe-borga")] == 2  # 12:00
    assert column["times"][at("sateenkaariryhma")] == 2  # 16:59
    assert column["times"][at("laksykerho")] == 4  # 17:00
    assert column["times"][at("futsal-tampere")] == 4  # the 08:00 session is past
    assert column["days"][at("kielikahvila-tapiola")] == 2  # Tuesday
    assert column["days"][at("futsal-tampere")] == 32  # Saturdays
    assert column["next"][at("kielikahvila-tapiola")] == 2  # Tue 24 Nov
    assert column["next"][at("futsal-tampere")] == 6
    assert column["verified"][at("kielikahvila-tapiola")] == 82  # days
    # its sessions in the 28 days from the build's Sunday: Tuesdays 24 Nov to 15 Dec
    assert data["window"] == 28
    assert column["sessions"][at("kielikahvila-tapiola")] == sum(1 << d for d in (2, 9, 16, 23))
    flags = data["flags"]
    job = column["flags"][at("tyonhakuklubi")]
    assert job & flags["online"] and not job & flags["free"] and not job & flags["inPerson"]
    assert column["flags"][at("vanha-tieto")] & flags["stale"]
    assert column["flags"][at("aiti-lapsi")] & flags["registration"]
    assert column["flags"][at("kielikahvila-tapiola")] & flags["stepFree"]
    assert not column["flags"][at("kielikahvila-kallio")] & flags["stepFree"]
    assert column["municipality"][at("tyonhakuklubi")] == []
    futsal = [tables["municipality"][m][0] for m in column["municipality"][at("futsal-tampere")]]
    assert futsal == ["837", "536"]
    forms = [row[0] for row in tables["form"]]
    mask = column["form"][at("vertaisryhma-naisille")]
    assert {forms[i] for i in range(len(forms)) if mask >> i & 1} == {"peer-group", "womens-group"}
    languages = [row[0] for row in tables["language"]]
    assert languages[0] == "fi"  # the most common first
    assert {languages[i] for i in column["language"][at("laksykerho")]} == {"so", "fi"}
    assert [row[1] for row in tables["language"]][languages.index("so")] == "somali"
    # help in a language: someone there helps in it, or it is held in it (Finnish too);
    # the most common first
    helps = [row[0] for row in tables["help"]]
    counted = Counter(helps[i] for values in column["help"] for i in values)
    assert counted == {"fi": 10, "ar": 3, "en": 2, "so": 2, "uk": 1, "sv": 1}
    assert [counted[code] for code in helps] == sorted(counted.values(), reverse=True)
    assert tables["help"][helps.index("uk")][1] == "ukraina"
    assert {helps[i] for i in column["help"][at("kielikahvila-tapiola")]} == {"ar", "en", "fi"}
    assert {helps[i] for i in column["help"][at("laksykerho")]} == {"ar", "uk", "so", "fi"}
    assert tables["capacity"][column["capacity"][at("tyonhakuklubi")]][0] == "waiting-list"
    # ages: 0 for no lower limit, the file's ageLimit for no upper one
    assert data["ageLimit"] == 120
    ages = {s: (column["youngest"][at(s)], column["oldest"][at(s)]) for s in ("laksykerho",
            "aiti-lapsi", "futsal-tampere", "kielikahvila-tapiola")}  # fmt: skip
    assert ages == {
        "laksykerho": (7, 16),
        "aiti-lapsi": (0, 3),
        "futsal-tampere": (13, 120),
        "kielikahvila-tapiola": (0, 120),
    }


def test_municipality_table_links_regions_and_counties(fi: dict[str, bytes]) -> None:
    tables = _json(fi, "facets.json")["tables"]  # type: ignore[index]
    data = reference.load()
    for code, name, region, county in tables["municipality"]:
        m = data.municipalities[code]
        assert name == m.name_fi
        assert tables["region"][region][0] == m.region
        assert county == -1 or tables["county"][county][0] == m.county
    sv = _json(search.build(content(), "sv", TODAY, url_for("sv")), "facets.json", "sv")
    assert ["049", "Esbo"] == sv["tables"]["municipality"][0][:2]  # type: ignore[index]


def test_result_records_fall_back_to_the_main_language(fi: dict[str, bytes]) -> None:
    records = _json(fi, "results/0.json")
    slugs = [item.slug for item in documents.listings(content(), TODAY)]
    assert isinstance(records, list) and len(records) == len(slugs)
    by_slug = dict(zip(slugs, records, strict=True))
    english = by_slug["english-only"]
    assert english["tl"] == english["sl"] == "en"
    assert english["u"] == "english-only.html"
    assert _json(fi, "facets.json")["results"] == {"chunk": results.CHUNK, "prefix": "/activities/"}  # type: ignore[index]
    futsal = by_slug["futsal-tampere"]
    # the sessions still ahead, counted as the site's cards count them (the next, 28.11., is
    # the first: its date is the facet file's, which the card adds)
    assert futsal["h"] == "2 kertaa 5.12.2026 asti"
    assert "p" not in futsal
    assert by_slug["kielikahvila-tapiola"]["v"] == "2026-09-01"


def test_results_are_chunked_by_document_number() -> None:
    many = content()
    for i in range(70):
        many.activities[f"extra-{i:02}"] = activity(title={"fi": f"Lisä {i}"})
    files = search.build(many, "fi", TODAY, url_for("fi"))
    chunks = sorted(k for k in files if "/results/" in k)
    assert chunks == [f"search/fi/results/{i}.json" for i in range(3)]
    sizes = [
        len(json.loads(files[k])) for k in sorted(chunks, key=lambda k: int(k.split("/")[-1][:-5]))
    ]
    assert sizes == [32, 32, 81 - 64]


def test_no_description_is_indexed_by_default(fi: dict[str, bytes]) -> None:
    assert "description" not in search.CORE_FIELDS + search.MORE_FIELDS
    assert b"Volunteers help you" not in b"".join(fi.values())


def test_copied_javascript_data_matches_node_modules() -> None:
    if node.missing() == "node is not installed" or not (node.NODE_MODULES / "lunr").is_dir():
        pytest.skip("node_modules is missing: run npm ci")
    pinned = json.loads((ROOT / "package.json").read_text())["dependencies"]
    assert {name: pinned.get(name) for name in ("lunr", "lunr-languages")} == {
        "lunr": lunr_data.LUNR_VERSION,
        "lunr-languages": lunr_data.LUNR_LANGUAGES_VERSION,
    }
    for lang, words in (("fi", lunr_data.STOP_WORDS_FI), ("sv", lunr_data.STOP_WORDS_SV)):
        source = (node.NODE_MODULES / "lunr-languages" / f"lunr.{lang}.js").read_text()
        listed = re.search(r"generateStopWordFilter\('([^']*)'", source)
        assert listed and tuple(listed[1].split(" ")) == words
    source = (node.NODE_MODULES / "lunr" / "lunr.js").read_text()
    body = re.search(
        r"lunr\.stopWordFilter = lunr\.generateStopWordFilter\(\[(.*?)\]\)", source, re.S
    )
    assert body and tuple(re.findall(r"'([^']*)'", body[1])) == lunr_data.STOP_WORDS_EN


def test_result_records_carry_the_title_in_further_languages() -> None:
    """``x``: the title in the languages that are neither UI languages nor the one the
    record shows, in the listing's order."""
    many = content()
    many.activities["kerho"] = activity(
        title={"fi": "Kerho", "ar": "نادي", "en": "Club", "so": "Naadi"}
    )
    many.activities["naadi"] = activity(language="so", title={"so": "Naadi", "uk": "Клуб"})
    slugs = [item.slug for item in documents.listings(many, TODAY)]
    for lang in ("fi", "sv", "en"):
        files = search.build(many, lang, TODAY, url_for(lang))
        records = [r for k in sorted(files) if "/results/" in k for r in json.loads(files[k])]
        by_slug = dict(zip(slugs, records, strict=True))
        assert by_slug["kerho"]["x"] == [["ar", "نادي"], ["so", "Naadi"]]
        assert by_slug["naadi"]["t"] == "Naadi" and by_slug["naadi"]["x"] == [["uk", "Клуб"]]
        assert "x" not in by_slug["kielikahvila-tapiola"]
