"""The Python pipelines give exactly the tokens lunr.js + lunr-languages give, word by word."""

from __future__ import annotations

import random
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from tukena import loader, reference
from tukena.schemas.vocabulary import LABELS
from tukena.search import lunr_data, node, pipeline, snowball

ROOT = Path(__file__).resolve().parents[1]
JS = ROOT / "tests" / "js"
needs_node = pytest.mark.skipif(node.missing() is not None, reason=str(node.missing()))

INFLECTED = {
    "fi": [
        "kielikahvila", "kielikahvilaan", "kielikahvilassa", "kielikahvilasta", "kielikahvilat",
        "kielikahviloissa", "kielikahviloihin", "vertaisryhmä", "vertaisryhmässä",
        "vertaisryhmät", "vertaisryhmiin", "vertaisryhmään", "ryhmät", "ryhmä", "ryhmiä",
        "työnhaku", "työnhakuun", "työnhaussa", "työnhakua", "läksyapu", "läksyapua",
        "läksyavussa", "äiti-lapsiryhmä", "äiti-lapsiryhmään", "naisten", "nuorille",
        "maahanmuuttajille", "suomen", "kielen", "kurssille", "kirjastossa", "Espoossa",
        "Helsingissä", "Vantaalla", "Turussa", "Tampereella", "Jyväskylässä", "Oulussa",
        "ulkoilu", "liikuntaa", "ruoanlaittoa", "digitaidot", "digiapua", "ohjausta",
        "neuvontaa", "vapaaehtoiseksi", "perheille", "lapsille", "ikääntyneille",
        "kotoutuminen", "kotoutumista", "keskustelua", "harjoittelemaan", "taloudessa",
        "kaverit", "ystävätoiminta", "ystäväksi", "kerhoon", "kerhossa", "kerholaiset",
        "opiskelijoille", "työpaikka", "työpaikan", "mukaan", "ilmainen", "ilmaiseksi",
        "kahvilassakin", "kahvilassako", "kahvilassahan", "talossani", "talossasi",
        "talossamme", "talostanne", "talonsa", "taloineen", "kysyttävää", "puhumaan",
    ],
    "sv": [
        "språkcafé", "språkcaféet", "språkcaféer", "språkcaféerna", "grupp", "grupper",
        "grupperna", "gruppen", "läxhjälp", "läxhjälpen", "kamratgrupp", "kamratgruppen",
        "kvinnogruppen", "ungdomsgrupperna", "jobbsökning", "jobbsökande", "arbetssökande",
        "familjer", "familjerna", "barnen", "föräldrar", "invandrare", "invandrarna",
        "nyanlända", "träffas", "träffar", "träffarna", "biblioteket", "biblioteken",
        "Helsingfors", "Esbo", "Vanda", "Åbo", "Borgå", "kurser", "kursen", "kurserna",
        "frivilliga", "frivilligverksamheten", "möjligheter", "lösningar", "fullt",
        "löst", "vänlig", "vänligt", "vänlighet", "idrott", "friluftsliv", "matlagning",
    ],
    "en": [
        "language", "languages", "café", "cafés", "group", "groups", "grouping", "peer",
        "homework", "helping", "helped", "jobs", "seeking", "families", "children",
        "mothers", "women's", "young", "practising", "practice", "relaxed", "volunteers",
        "lay", "try", "yelling", "agreed", "hopping", "generalization", "relational",
        "conditional", "digitizer", "sensibility", "electrical", "hopefulness",
        "adjustment", "communication", "revival", "controll", "rolling", "Y", "ye",
        "yyy", "bye", "Finnish", "Swedish", "outdoors", "naïve", "déjà-vu",
    ],
}  # fmt: skip

EDGES = [
    "", "-", "--", "!!", "(ryhmä)", "«ryhmät»", "“vertaisryhmä”", "'s", "ryhmä.", "2026",
    "10-vuotiaille", "1.2.", "klo 17.00–19.00", "ma/ti", "e-mail", "ä", "öö", "åå", "éé",
    "ÄITI", "İstanbul", "ΣΟΦΙΑ", "ὈΔΥΣΣΕΎΣ", "straße", "STRASSE", "ﬁnska", "Ｔｅｓｔ",
    "kahvi😀la", "😀ryhmä😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "a\u0308iti", "ryhm\u00e4\u00a0ryhm\u00e4",
    "ryhmä\u2003ryhmä\u3000ryhmä\u2028ryhmä\ufeffryhmä", "toString", "constructor",
    "__proto__", "hasOwnProperty", "عربية", "Soomaali", "русский", "中文", "فارسی",
]  # fmt: skip


def _content_texts() -> list[str]:
    content, _ = loader.check(ROOT)
    texts: list[str] = []
    for activity in content.activities.values():
        for field in (activity.title, activity.summary, activity.description or {}):
            texts.extend(field.values())
        texts.extend(activity.keywords)
        for place in activity.locations:
            texts.extend((place.name or {}).values())
    for organisation in content.organisations.values():
        texts.extend(organisation.name.values())
        texts.extend((organisation.description or {}).values())
    return texts


def _reference_texts() -> list[str]:
    data = reference.load()
    texts = [m.name_fi for m in data.municipalities.values()]
    texts += [m.name_sv for m in data.municipalities.values()]
    texts += [r.name(lang) for r in data.regions.values() for lang in pipeline.LANGUAGES]
    texts += [c.name(lang) for c in data.counties.values() for lang in pipeline.LANGUAGES]
    for labels in LABELS.values():
        texts += [text for by_lang in labels.values() for text in by_lang.values()]
    return texts


def _synthetic_words(count: int = 6000) -> list[str]:
    """Finnish-like and random words that reach most branches of the stemmers."""
    rng = random.Random(20261122)
    stems = ["talo", "ryhmä", "kahvila", "kerho", "äiti", "työ", "perhe", "nainen", "kieli",
             "apu", "maa", "puu", "suo", "tie", "vesi", "käsi", "lapsi", "uusi", "kurssi"]  # fmt: skip
    endings = ["", "n", "a", "ä", "ta", "tä", "na", "nä", "ssa", "ssä", "sta", "stä", "an",
               "en", "in", "on", "un", "yn", "än", "ön", "hin", "seen", "siin", "lla", "llä",
               "lta", "ltä", "lle", "ksi", "tta", "ttä", "ine", "ineen", "t", "ja", "jä", "ni",
               "si", "mme", "nne", "nsa", "nsä", "kin", "kaan", "kään", "ko", "kö", "pa", "pä",
               "han", "hän", "sti", "impi", "mpi", "immat", "mmat", "eja", "den", "tten", "ien",
               "ittain", "ista", "isiin", "ihin", "ille", "ilta", "issa"]  # fmt: skip
    words = [s + e for s in stems for e in endings]
    alphabet = "aeiouyäöåébcdfghjklmnprstvz-'.!2"
    for _ in range(count - len(words)):
        words.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14))))
    return words


@cache
def _corpus() -> tuple[str, ...]:
    texts = _content_texts() + _reference_texts()
    words = {w for text in texts for w in text.split()}
    words.update(w for ws in INFLECTED.values() for w in ws)
    words.update(lunr_data.STOP_WORDS_FI + lunr_data.STOP_WORDS_SV + lunr_data.STOP_WORDS_EN)
    words.update(EDGES)
    words.update(_synthetic_words())
    return tuple(sorted(words)) + tuple(texts)


def _python(texts: tuple[str, ...], lang: str) -> list[list[list[str]]]:
    return [
        [
            pipeline.tokens(t, lang, normalised=False),
            pipeline.query_terms(t, lang, normalised=False),
            pipeline.tokens(t, lang),
        ]
        for t in texts
    ]


@needs_node
@pytest.mark.parametrize("lang", pipeline.LANGUAGES)
def test_every_word_gives_the_same_tokens_as_lunr_js(lang: str) -> None:
    corpus = _corpus()
    assert len(corpus) > 5000
    expected = node.run(JS / "pipeline.js", {lang: list(corpus)})[lang]
    got = _python(corpus, lang)
    differing = [
        (text, js, py) for text, js, py in zip(corpus, expected, got, strict=True) if js != py
    ]
    assert differing == [], f"{len(differing)} of {len(corpus)} differ, e.g. {differing[:10]}"


@needs_node
def test_the_inflected_forms_differ_from_lunr_py_stock_trimmer() -> None:
    """The trap this package avoids: lunr.py's own Finnish trimmer drops a leading r."""
    tokens = node.run(JS / "pipeline.js", {"fi": ["ryhmät vertaisryhmät ryhmä"]})["fi"][0][2]
    assert tokens == ["ryhm", "vertaisryhm", "ryhm"]
    assert pipeline.tokens("ryhmät vertaisryhmät ryhmä", "fi") == tokens


def test_inflected_forms_meet_their_base_form() -> None:
    fi = pipeline.query_terms
    assert fi("kielikahvilaan", "fi") == fi("kielikahvila", "fi") == fi("kielikahvilassa", "fi")
    assert fi("vertaisryhmässä", "fi") == fi("vertaisryhmät", "fi") == fi("vertaisryhmä", "fi")
    assert fi("ryhmät", "fi") == ["ryhm"]
    assert fi("läksyapua", "fi") == fi("läksyapu", "fi")
    assert fi("äiti-lapsiryhmään", "fi") == ["äiti", "lapsiryhm"]
    assert fi("grupperna", "sv") == fi("grupper", "sv") == fi("grupp", "sv")
    assert fi("läxhjälpen", "sv") == fi("läxhjälp", "sv")
    assert fi("groups", "en") == fi("group", "en")


def test_accents_fold_except_on_a_ring_and_umlauts() -> None:
    assert pipeline.normalise("Café naïve São Åbo Mäntsälä Ylöjärvi") == (
        "Cafe naive Sao Åbo Mäntsälä Ylöjärvi"
    )
    assert pipeline.normalise("a\u0308iti\u2003x") == "äiti x"  # NFC first
    assert pipeline.query_terms("cafe", "en") == pipeline.query_terms("café", "en")
    assert pipeline.query_terms("sää", "fi") != pipeline.query_terms("saa", "fi")


def test_normalise_gives_the_plain_definition_for_every_character() -> None:
    """normalise() scans for what may change and folds each character once: it must give
    normalise_plain()'s text for every code point, alone and within text."""
    every = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for char in every:
        assert pipeline.normalise(char) == pipeline.normalise_plain(char), hex(ord(char))
    for start in range(0, len(every), 256):
        text = "".join(every[start : start + 256])
        assert pipeline.normalise(text) == pipeline.normalise_plain(text), start
    rng = random.Random(5)
    pool = [*every[:0x3000], *"äöåÄÖÅ\u0301\u0308\u030a\u2013 eaoAEO\t\n"]
    for _ in range(5000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        assert pipeline.normalise(text) == pipeline.normalise_plain(text), repr(text)
    for text in [*EDGES, *_content_texts()]:
        assert pipeline.normalise(text) == pipeline.normalise_plain(text), repr(text)


def test_stop_words_are_dropped_when_indexing_but_not_when_searching() -> None:
    assert pipeline.tokens("ja tai kanssa", "fi") == []
    assert pipeline.tokens("och att", "sv") == []
    assert pipeline.tokens("the and", "en") == []
    assert pipeline.query_terms("ja", "fi") == ["ja"]


def test_the_stemmers_are_registered_under_the_lunr_js_names() -> None:
    from lunr.pipeline import Pipeline

    for lang, functions in pipeline.FUNCTIONS.items():
        for label, fn in functions.items():
            assert Pipeline.registered_functions[label] is fn, (lang, label)
    index = pipeline.builder("fi").build()
    assert index.pipeline.serialize() == ["trimmer-tukena", "stemmer-fi"]


def test_nothing_is_downloaded_or_needs_nltk() -> None:
    source = "\n".join(p.read_text() for p in (ROOT / "tukena" / "search").glob("*.py"))
    assert "nltk" not in source.replace("an nltk stop-word list", "")
    assert not re.search(r"\b(urllib|httpx|requests)\b", source)


@needs_node
def test_whitespace_and_lower_case_agree_with_javascript() -> None:
    """Every character JavaScript splits on is a space after normalise(); lower case agrees
    for every character Python's Unicode database assigns (newer ones may differ)."""
    result = node.run(JS / "chars.js")
    spaces = {chr(c) for c in result["space"]} - {"-"}
    assert spaces == set(pipeline.JS_WHITESPACE)
    lower = {int(c): s for c, s in result["lower"].items()}
    wrong = []
    for c in range(0x30000):
        if 0xD800 <= c < 0xE000 or unicodedata.category(chr(c)) == "Cn":
            continue
        if chr(c).lower() != lower.get(c, chr(c)):
            wrong.append(hex(c))
    assert wrong == []


def _to_units_plain(text: str) -> str:
    raw = text.encode("utf-16-le", "surrogatepass")
    return "".join(chr(int.from_bytes(raw[i : i + 2], "little")) for i in range(0, len(raw), 2))


def _from_units_plain(units: str) -> str:
    raw = b"".join(ord(c).to_bytes(2, "little") for c in units)
    return raw.decode("utf-16-le", "surrogatepass")


def test_utf16_units_are_those_of_the_plain_conversion() -> None:
    """to_units and from_units return most words as they are after one scan: they must give
    the conversion's units for every mix of ASCII, BMP, astral and surrogate characters."""
    rng = random.Random(7)
    pool = ["a", "ä", "\uffff", "\U00010000", "\U0010ffff", "😀", "\ud7ff", "\ue000"]
    units = ["a", "ä", "\uffff", "\ud800", "\udbff", "\udc00", "\udfff", "\ud7ff", "\ue000"]
    for _ in range(20000):
        text = "".join(rng.choices(pool, k=rng.randint(0, 8)))
        assert snowball.to_units(text) == _to_units_plain(text), repr(text)
        assert snowball.from_units(snowball.to_units(text)) == text, repr(text)
        coded = "".join(rng.choices(units, k=rng.randint(0, 8)))
        assert snowball.from_units(coded) == _from_units_plain(coded), repr(coded)
