"""The fast front-matter reader gives exactly what the general reader gives, or declines.

A grammar draws YAML texts that mix what the fast reader reads (block mappings and sequences,
one-line flow collections, plain, quoted and literal scalars) with what it must leave alone
(comments, tabs, anchors, folded scalars, escapes, continuation rows, odd indentation, tricky
scalars). Wherever the fast reader answers, the answer must equal the general reader's, and
wherever the general reader raises, the fast one must have declined. Shipped and generated
content must take the fast path, so that these tests fail if it silently stops working.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tukena import documents, sample, yamlfast, yamlsafe
from tukena.exceptions import FrontMatterError

CONTENT = Path(__file__).resolve().parent.parent / "content"
TODAY = dt.date(2026, 11, 22)

COMMON = [
    "x", "Hello world", "10:00", "2026-09-03", "60.1924", "-5", "-x", "yes", "no", "on", "~",
    "null", "Null", "NULL", "nULL", "0x1F", "1e3", ".inf", "Äänekoski – Åland", "🙂", "a  b",
    "x@y.example", "€2 per session, coffee included", "https://x.example/a?b=c", "it's",
]  # fmt: skip
TRICKY = [
    "a: b", "a:", "a:b", "a :b", "# c", "a #b", "a#b", 'say "hi"', "a, b", "[x]", "{x}", "x]",
    "-", "- x", "--", "---", "...", "@x", "`x`", "%x", "50%", "&a", "a&b", "*a", "a*b", "!t",
    "a!b", "|", "|-", "|+", ">", "?x", "? x", ":x", "مرحباً بالجميع", "a\tb", "\xa0x\xa0",
    "a\u2028b", "a\x85b", "\ufeffx", "a\\b", "\\", " x", "''", '""', "'", '"', "x'", 'x"',
    "",
]  # fmt: skip
KEYS = ["a", "b", "c", "d", "name", "fa-AF", "x_y", "k.k", "1", "2026", "yes", "on", "key"]
ODD_KEYS = ["null", "~", "a b", "a:b", '"q"', "'q'", "-k", "é", "?k", "<<", "", "a" * 130]
#: scalar, flow, empty, block scalar, then compact mapping or nested block: how often each
KINDS = [0, 1, 3, 3, 4, 5, 5, 6, 7, 8, 9]
SEQUENCE_KINDS = [0, 1, 3, 3, 6, 6, 7]  # what the fast reader takes in a sequence
ALPHABET = list("ab -:#,'\"[]{}&*!|>?%@`\\~.\t\xa0é\u2028\r")


def _quoted(text: str, style: int) -> str:
    if style == 0:
        return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML double-quoted one
    if style == 1:
        return "'" + text.replace("'", "''") + "'"
    if style == 2:
        return '"' + text + '"'  # unescaped: may hold a quote or an escape
    return "'" + text + "'"


def _pick(draw: st.DrawFn, clean: bool, usual: Any, unusual: Any) -> Any:
    """Mostly what content usually holds; in a noisy text, now and then something unusual."""
    if not clean and draw(st.integers(0, 3)) == 3:
        return draw(unusual)
    return draw(usual)


@st.composite
def scalars(draw: st.DrawFn, clean: bool) -> str:
    odd_text = st.sampled_from(TRICKY) | st.text(st.sampled_from(ALPHABET), max_size=6)
    if draw(st.booleans()):
        return _pick(draw, clean, st.sampled_from(COMMON), odd_text)
    text = _pick(draw, clean, st.sampled_from(COMMON + TRICKY), odd_text)
    return _quoted(text, _pick(draw, clean, st.integers(0, 1), st.integers(2, 3)))


@st.composite
def keys(draw: st.DrawFn, clean: bool) -> str:
    odd = st.sampled_from(ODD_KEYS) | st.sampled_from(KEYS).map(lambda k: k + ":")
    return _pick(draw, clean, st.sampled_from(KEYS), odd)


@st.composite
def flows(draw: st.DrawFn, clean: bool) -> str:
    separator = _pick(draw, clean, st.sampled_from([", ", ", ", ","]), st.just(" , "))
    mapping = draw(st.booleans())
    if mapping:
        names = draw(st.lists(keys(clean), max_size=4, unique=clean))
        items = [f"{name}: {draw(scalars(clean))}" for name in names]
    else:
        items = draw(st.lists(scalars(clean), max_size=4))
    odd = st.sampled_from(["[x]", "{a: b}", "", "[]", "a:b", "a :b"])
    items += [_pick(draw, clean, st.nothing(), odd) for _ in range(draw(st.integers(0, 1)))]
    inner = separator.join(items) + _pick(draw, clean, st.just(""), st.sampled_from([",", " "]))
    left, right = ("{", "}") if mapping else ("[", "]")
    return left + _pick(draw, clean, st.just(""), st.just(" ")) + inner + right


@st.composite
def literal(draw: st.DrawFn, clean: bool, column: int) -> list[str]:
    """A block scalar: its header, then its rows, for a key at ``column``."""
    header = _pick(draw, clean, st.sampled_from(["|", "|-"]), st.sampled_from(["|+", ">", "|2"]))
    width = column + _pick(draw, clean, st.integers(1, 3), st.integers(0, 1))
    texts = st.sampled_from(["Text: here", "  more", "- x", "'q' \"q\" [a, b] {c: d}", "", ""])
    odd = st.sampled_from(["# head", "a\tb", " " * width, "x "])
    rows = [header]
    for _ in range(draw(st.integers(1, 4))):
        text = _pick(draw, clean, texts, odd)
        rows.append(" " * width + text if text.strip() else text)
    return rows


@st.composite
def block(draw: st.DrawFn, clean: bool, column: int, depth: int, mapping: bool = False) -> list:
    """The rows of a block mapping or sequence whose entries start at ``column``."""
    rows: list[str] = []
    sequence = not mapping and draw(st.booleans())
    kinds = SEQUENCE_KINDS if sequence and clean else KINDS
    if depth >= 3:
        kinds = [kind for kind in kinds if kind <= 5]
    for name in draw(st.lists(keys(clean), min_size=1, max_size=5, unique=clean)):
        pad = " " * max(0, column + _pick(draw, clean, st.just(0), st.sampled_from([1, -1])))
        if sequence:
            head = pad + "-" + " " * _pick(draw, clean, st.sampled_from([1, 1, 2]), st.just(0))
        else:
            head = f"{pad}{name}:"
        space = "" if sequence else " "
        kind = draw(st.sampled_from(kinds))
        if kind <= 2:
            rows.append(f"{head}{space}{draw(scalars(clean))}")
        elif kind == 3:
            rows.append(f"{head}{space}{draw(flows(clean))}")
        elif kind == 4:
            rows.append(head.rstrip(" "))  # an empty value
        elif kind == 5:
            header, *text = draw(literal(clean, column))
            rows += [f"{head}{space}{header}", *text]
        elif sequence and kind <= 7:  # a compact mapping, its keys lined up after the dash
            first, *others = draw(block(clean, len(head), depth + 1, clean))
            rows += [head + first.lstrip(" "), *others]
        else:
            step = _pick(draw, clean, st.sampled_from([2, 2, 1, 4]), st.just(0))
            rows.append(head.rstrip(" "))
            rows.extend(draw(block(clean, column + step, depth + 1)))
    return rows


@st.composite
def yaml_texts(draw: st.DrawFn) -> str:
    clean = draw(st.integers(0, 2)) > 0
    rows = draw(block(clean, 0, 0))
    odd = ["", "# note", "---", "...", "  x", "\ty: 1", "z: 1 # c", "&a b: 1", "*a", "z: 1 "]
    for _ in range(0 if clean else draw(st.integers(0, 2))):
        rows.insert(draw(st.integers(0, len(rows))), draw(st.sampled_from(odd)))
    return "\n".join(rows) + draw(st.sampled_from(["", "\n", "\n\n"]))


def general(text: str, offset: int = 0, max_depth: int = yamlsafe.MAX_DEPTH) -> Any:
    """What the general reader gives, or the error it raises."""
    try:
        return yamlsafe.load_general(text, line_offset=offset, max_depth=max_depth)
    except FrontMatterError as exc:
        return exc


def assert_same(found: tuple[Any, dict], expected: Any) -> None:
    assert not isinstance(expected, Exception), f"the general reader raises {expected}"
    assert repr(found[0]) == repr(expected[0])  # values, their types and the key order
    assert found[1] == expected[1]


@settings(max_examples=800, deadline=None, suppress_health_check=list(HealthCheck))
@given(yaml_texts(), st.integers(0, 3), st.sampled_from([0, 1, 2, 3, 20]))
@example("a: [x, 'y', \"z\"]\nb:\n  - c: {d: ~}\n    e: |\n      t\n\n      u\n\n", 1, 20)
@example("a:\n  b:\n    c: 1", 0, 2)  # too deep
@example("a: 1\na: 2", 0, 20)  # a duplicate key
def test_fast_reader_agrees_with_the_general_one(text: str, offset: int, max_depth: int) -> None:
    found = yamlfast.load(text, offset, max_depth)
    if found is not None:
        assert_same(found, general(text, offset, max_depth))


def _front_matter(path: Path) -> tuple[str, int]:
    text = documents.decode(path.read_bytes())
    if path.suffix != ".md":
        return text, 0
    rows = text.split("\n")
    end = next(i for i, row in enumerate(rows[1:], 1) if row.rstrip() == documents.FENCE)
    return "\n".join(rows[1:end]), 1


def _share_read_fast(root: Path) -> float:
    """Check every content file below ``root``; return the share the fast reader took."""
    paths = sorted(p for p in root.rglob("*") if p.suffix in (".md", ".yaml"))
    assert paths
    taken = 0
    for path in paths:
        text, offset = _front_matter(path)
        found = yamlfast.load(text, offset)
        if found is not None:
            assert_same(found, general(text, offset))
            taken += 1
    return taken / len(paths)


def test_shipped_content_reads_the_same():
    assert _share_read_fast(CONTENT) >= 0.9  # a few files nest flow mappings


def test_generated_content_reads_the_same_and_fast(tmp_path):
    sample.generate(tmp_path, activities=300, seed=11, today=TODAY)
    assert _share_read_fast(tmp_path / "content") >= 0.95


@pytest.mark.parametrize(
    "text",
    [
        "a: b\nc:\n  - d\n  - {e: f, g: '10:00'}\nh: [i, \"j, k\"]\n",
        "title:\n  fi: Kahvila\nsummary: Tervetuloa!\nverified: 2026-02-09",
        "- name: x\n  lon: -25.3\n- [a, b]\n",
        "a: |\n  one\n\n    two\nb: |-\n  three\n\n",
        "a: |\n  text, last and without a line break",
        "- a: 1\n  b:\n    - c\n-  d: |-\n     x\n      y\n-   e: [f]",
        "x: ~\ny: ''\nz: null\nw:\nv: \"\"\nu: [~, NULL, '~']\nt: {a: Null, b: \"null\"}",
        "a: [ ]\nb: {}\nc: [x , y]\nd: {e:  f,g: h}",
        "",
    ],
)
def test_common_front_matter_is_read_fast(text):
    found = yamlfast.load(text, 3)
    assert found is not None
    assert_same(found, general(text, 3))


@pytest.mark.parametrize(
    "text",
    [
        "a: b # note",
        "a:\tb",
        "a: &x b",
        "a: !t b",
        "a: >\n  folded",
        "a: b\n  continued",
        "a: b\n  c: d",
        "- a\n  - b",
        "a: |\nb: 1",
        "x:\n  a: |\n  b: 1",
        "a: 'it''s'",
        'a: "tab\\t"',
        '"a": b',
        "a: [x, [y]]",
        "a: {b: {c: d}}",
        "a: b:",
        "a:\n- b",
        "? a\n: b",
        "---\na: b",
        "a: b ",
        "a: 1\na: 2",
        "a: {b: 1, b: 2}",
        "a: \ufeffb",
    ],
)
def test_unusual_yaml_is_left_to_the_general_reader(text):
    assert yamlfast.load(text) is None


@pytest.mark.parametrize("text", ["- a: 1", "a: [b]", "a: {b: c}", "a:\n  b: c", "a:\n  - b"])
def test_nesting_at_the_limit_is_left_to_the_general_reader(text):
    assert yamlfast.load(text, 0, 2) is not None  # read (and a flow kept) first
    assert yamlfast.load(text, 0, 1) is None
    with pytest.raises(FrontMatterError, match="nested deeper than 1 levels"):
        yamlsafe.load(text, max_depth=1)


def test_every_result_is_a_new_object():
    first, _ = yamlsafe.load("a: [b]\nc: {d: e}")
    first["a"].append("x")
    first["c"]["d"] = "x"
    assert yamlsafe.load("a: [b]\nc: {d: e}")[0] == {"a": ["b"], "c": {"d": "e"}}


def test_a_duplicate_key_is_still_an_error_at_its_line():
    with pytest.raises(FrontMatterError, match="duplicate key 'c'") as caught:
        yamlsafe.load("a: 1\nb:\n  c: 2\n  c: 3\n", line_offset=1)
    assert caught.value.line == 5


def test_invalid_yaml_is_still_an_error_at_its_line():
    with pytest.raises(FrontMatterError, match="invalid YAML") as caught:
        yamlsafe.load("a: 1\nb: c: d\n", line_offset=2)
    assert caught.value.line == 4


def test_lines_count_from_the_offset():
    data, lines = yamlsafe.load("a:\n  - b: 1\n    c: [d]\n", line_offset=1)
    assert data == {"a": [{"b": "1", "c": ["d"]}]}
    assert lines == {
        ("a",): 2, ("a", 0): 3, ("a", 0, "b"): 3, ("a", 0, "c"): 4, ("a", 0, "c", 0): 4
    }  # fmt: skip


def test_typed_mode_takes_the_general_reader():
    assert yamlsafe.load("a: 1\nb: [true, ~]", typed=True)[0] == {"a": 1, "b": [True, None]}
