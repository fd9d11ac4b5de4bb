"""Clock times as each language writes them, on every page of the sample site: English
"17:30–19:00", Finnish and Swedish "17.30–19.00" (their standard). An English screen-reader
voice reads "17.30" as a decimal ("seventeen point three zero"), and readers of English
expect the colon. What is for machines stays as it is: a ``<time datetime>`` carries an ISO
value whatever its text says."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from tests.site_helpers import Node, html_files, page, url_of
from tests.site_helpers import sample_site as _sample_site

#: A clock time written with a period: not part of a longer number ("1.4.10", "30.10.2026").
PERIOD = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d]|\.\d)")
#: The same, but not one followed by a period: a Finnish day without its year ("8.12.").
PERIOD_STRICT = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.])")
COLON = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d]|:\d)")
#: What a reader does not see as text, or reads in its own language.
HIDDEN = {"script", "style", "template", "head"}
SEPARATOR = {"fi": ".", "sv": ".", "en": ":"}
ISO = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)?)?")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


def visible(node: Node, lang: str, days: bool = True) -> str:
    """The text of ``node`` a reader of ``lang`` sees: not scripts, nor what is marked as
    another language (an organiser's Finnish note on an English page); without ``days``,
    not the days ``<time>`` wraps either (Swedish writes 8 Dec as "8.12", like a time), nor
    the organiser's schedule notes, which each language's text words as its writer did."""
    parts: list[str] = []
    stack: list[Node | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        if item.tag in HIDDEN or item.get("lang", lang) != lang:
            continue
        if not days and "schedule-note" in item.classes():
            continue  # the organiser's own words in each language ("klo 14–16")
        if "data-formats" in item.classes():
            continue  # the open data's formats, the same in every language ("15:00-18:00")
        if not days and item.tag == "time" and "T" not in (item.get("datetime") or "T"):
            continue
        stack.extend(reversed(item.children))
    return " ".join(parts)


def pages(site: Path, lang: str) -> dict[str, Node]:
    """Each page of ``lang`` by its path under the language's root (fi at /)."""
    root = site if lang == "fi" else site / lang
    out = {}
    for path in html_files(root):
        rel = url_of(root, path)
        if lang == "fi" and rel.split("/")[0] in ("sv", "en"):
            continue
        doc = page(site, url_of(site, path))
        assert doc.one("html").get("lang") == lang, rel
        out[rel] = doc
    return out


def test_english_pages_write_clock_times_with_a_colon(site):
    shown = Counter()
    for rel, doc in pages(site, "en").items():
        text = visible(doc, "en")
        assert not PERIOD.findall(text), (
            rel,
            [text[m.start() - 30 : m.end()] for m in PERIOD.finditer(text)],
        )
        shown.update(COLON.findall(text))
    assert shown["17:00"] > 50 and shown["9:30"] > 10, shown  # schedules, weeks, events


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_finnish_and_swedish_pages_write_each_time_the_english_page_shows_with_a_period(site, lang):
    """Page by page: the same times, in the same number, written 17.30 where English has
    17:30; none with a colon."""
    english = pages(site, "en")
    compared = 0
    for rel, doc in pages(site, lang).items():
        text = visible(doc, lang, days=False)
        assert not COLON.findall(text), (rel, COLON.findall(text))
        ours = sorted(t.replace(".", ":") for t in PERIOD_STRICT.findall(text))
        theirs = sorted(COLON.findall(visible(english[rel], "en", days=False)))
        assert ours == theirs, rel
        compared += bool(ours)
    assert compared > 150, compared


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_time_element_carries_a_machine_value_whatever_its_text_says(site, lang):
    """``<time datetime>`` holds ISO 8601 (``2026-12-12T14:00:00``), the same moment as the
    text (``Saturday 12 Dec 2026 14:00``, ``lauantai 12.12.2026 14.00``)."""
    clock = COLON if lang == "en" else PERIOD_STRICT
    timed = 0
    for rel, doc in pages(site, lang).items():
        for element in doc.find_all("time"):
            value = element.get("datetime") or ""
            assert ISO.fullmatch(value), (rel, value)
            if "T" not in value:  # a day (Swedish writes 8 Dec as "8.12", like a time)
                assert lang != "en" or not COLON.findall(element.text), (rel, element.text)
                continue
            hour, minute = value[11:13], value[14:16]
            assert clock.findall(element.text) == [f"{int(hour)}{SEPARATOR[lang]}{minute}"], rel
            timed += 1
    assert timed >= 5, timed
