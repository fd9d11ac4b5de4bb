"""The UI catalogs: every message in the code and templates is in the catalogs, translated
into fi, sv and en with the same placeholders, nothing fuzzy, and the catalogs compile.

Extraction runs in-process with Babel against babel.cfg, as ``make translations-extract``
does, so a message added to a template or to Python code without a translation fails here.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from functools import cache

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from tests.site_helpers import REPO, main, page
from tests.site_helpers import sample_site as _sample_site
from tukena.schemas.location import Accessibility
from tukena.schemas.schedule import Schedule, Session, WeeklySlot
from tukena.schemas.vocabulary import ActivityForm, OrganisationKind, label
from tukena.site import humanize, i18n
from tukena.site.humanize import slot
from tukena.site.i18n import DOMAIN

LANGUAGES = ("fi", "sv", "en")
LOCALE = REPO / "tukena" / "site" / "locale"
# %(name)s placeholders, {name} placeholders and any other % (Jinja's newstyle gettext
# %-formats every translation, so a stray % would break rendering).
PLACEHOLDER = re.compile(r"%\([A-Za-z_]\w*\)[a-z]|%%|%|\{[A-Za-z_]\w*\}")


@cache
def extracted() -> dict[str | tuple[str, ...], str]:
    """Message id → first place it occurs, from the sources babel.cfg names."""
    with (REPO / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found: dict[str | tuple[str, ...], str] = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(REPO), method_map, options_map
    ):
        found.setdefault(message, f"{filename}:{lineno}")
    return found


@cache
def catalog(lang: str | None) -> Catalog:
    """The catalog of a language, or the template (messages.pot) for ``None``."""
    path = LOCALE / f"{DOMAIN}.pot" if lang is None else catalog_file(lang)
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def catalog_file(lang: str):
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def entries(cat: Catalog):
    return [m for m in cat if m.id]


def forms(value) -> tuple[str, ...]:
    return tuple(value) if isinstance(value, (list, tuple)) else (value,)


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


def test_sources_have_messages():
    found = extracted()
    # One of each call style: a template literal, newstyle arguments, ngettext in a
    # template, and humanize's _(lang, message) and N_ markers in Python.
    assert "Skip to main content" in found
    assert "Apply by %(date)s" in found
    assert ("%(num)d current activity", "%(num)d current activities") in found
    assert "every other {weekday}" in found
    assert "Tuesdays" in found and "Tuesday" in found


@pytest.mark.parametrize("lang", [None, *LANGUAGES], ids=["pot", *LANGUAGES])
def test_catalog_has_exactly_the_extracted_messages(lang):
    found = extracted()
    ids = {m.id if isinstance(m.id, str) else tuple(m.id) for m in entries(catalog(lang))}
    missing = sorted(f"{found[m]}: {m!r}" for m in found.keys() - ids)
    unused = sorted(repr(m) for m in ids - found.keys())
    assert not missing, "not in the catalog (make translations-update):\n" + "\n".join(missing)
    assert not unused, "in the catalog but no longer in the sources:\n" + "\n".join(unused)
    assert not catalog(lang).obsolete, "obsolete entries left in the catalog"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_with_the_same_placeholders(lang):
    cat = catalog(lang)
    assert cat.num_plurals == 2
    problems = []
    for message in entries(cat):
        sources = forms(message.id)
        strings = forms(message.string)
        if message.pluralizable and len(strings) != cat.num_plurals:
            problems.append(f"{message.id!r}: {len(strings)} plural forms")
        for index, text in enumerate(strings):
            if not text.strip():
                problems.append(f"{message.id!r}: empty translation")
                continue
            source = sources[min(index, len(sources) - 1)]
            if placeholders(text) != placeholders(source):
                problems.append(f"{message.id!r}: placeholders differ in {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_fuzzy_entries(lang):
    cat = catalog(lang)
    assert not cat.fuzzy, "the header is marked fuzzy"
    fuzzy = [repr(m.id) for m in entries(cat) if m.fuzzy]
    assert not fuzzy, "fuzzy entries are not compiled:\n" + "\n".join(fuzzy)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_compiles(lang):
    cat = catalog(lang)
    errors = [f"{m.id!r}: {e}" for m, errs in cat.check() for e in errs]
    assert not errors, "\n".join(errors)
    buffer = io.BytesIO()
    write_mo(buffer, cat, use_fuzzy=False)
    buffer.seek(0)
    compiled = Translations(buffer, domain=DOMAIN)
    for message in entries(cat):
        if isinstance(message.id, str):
            assert compiled.gettext(message.id) == message.string
        else:
            singular, plural = message.id
            assert compiled.ngettext(singular, plural, 1) == message.string[0]
            assert compiled.ngettext(singular, plural, 5) == message.string[1]


def test_translations_are_in_their_language():
    fi, sv, en = (dict((m.id, m.string) for m in entries(catalog(lang))) for lang in LANGUAGES)
    assert fi["Skip to main content"] == "Siirry pääsisältöön"
    assert sv["Skip to main content"] == "Hoppa till huvudinnehållet"
    assert en["Skip to main content"] == "Skip to main content"
    # Words that stay the same in two languages are fine; most of the UI is not one of them.
    same = [k for k in fi if isinstance(k, str) and fi[k] == sv[k]]
    assert len(same) < len(fi) // 10, same


def test_schedule_in_plain_swedish_and_finnish():
    weekly = WeeklySlot.model_validate({"weekday": "tue", "start": "17:00", "end": "19:00"})
    assert slot(weekly, "sv") == "Tisdagar 17.00–19.00"
    assert slot(weekly, "fi") == "Tiistaisin 17.00–19.00"
    assert slot(weekly, "en") == "Tuesdays 17:00–19:00"  # English: a colon
    fortnightly = weekly.model_copy(update={"every": 2})
    assert slot(fortnightly, "sv") == "Varannan tisdag 17.00–19.00"
    assert slot(fortnightly, "fi") == "Joka toinen tiistai 17.00–19.00"


#: The weekdays from Monday, as each language writes them in running text.
WEEKDAY_NAMES = {
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split(),
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
}


def test_a_day_people_act_on_names_its_weekday():
    assert humanize.day(dt.date(2026, 12, 10), "fi") == "torstai 10.12.2026"
    assert humanize.day(dt.date(2026, 12, 10), "sv") == "torsdag 10.12.2026"
    assert humanize.day(dt.date(2026, 12, 10), "en") == "Thursday 10 Dec 2026"
    monday = dt.date(2027, 2, 22)
    for offset in range(7):
        when = monday + dt.timedelta(days=offset)
        for lang in LANGUAGES:
            name, _, rest = humanize.day(when, lang).partition(" ")
            assert name == WEEKDAY_NAMES[lang][offset], (when, lang)
            assert rest == i18n.format_day(when, lang)
    session = Session.model_validate({"date": "2027-01-01", "start": "9:00", "end": "10:30"})
    assert humanize.session(session, "fi") == "perjantai 1.1.2027 9.00–10.30"
    assert humanize.session(session, "en") == "Friday 1 Jan 2027 9:00–10:30"


def test_memoised_schedule_texts_follow_an_edited_catalog(monkeypatch):
    weekly = WeeklySlot.model_validate({"weekday": "tue", "start": "17:00", "end": "19:00"})
    schedule = Schedule.model_validate(
        {
            "weekly": [weekly.model_dump()],
            "season": {"start": "2026-09-01", "end": "2026-12-10"},
            "exceptions": ["2026-10-14"],
        }
    )
    assert slot(weekly, "sv") == "Tisdagar 17.00–19.00"
    assert humanize.exceptions(schedule, "sv") == "inte 14.10.2026"

    class Shouting(Translations):
        def gettext(self, message):
            return message.upper().replace("{DATES}", "{dates}")

    monkeypatch.setattr(i18n, "translations", cache(lambda lang: Shouting()))
    i18n.forget()  # what a rebuild does first (``make serve`` after a catalog was edited)
    try:
        assert slot(weekly, "sv") == "TUESDAYS 17.00–19.00"
        assert humanize.exceptions(schedule, "sv") == "NOT ON 14.10.2026"
    finally:
        monkeypatch.undo()
        i18n.forget()
    assert slot(weekly, "sv") == "Tisdagar 17.00–19.00"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


def test_built_pages_show_the_ui_language(site):
    sv = page(site, "sv/")
    assert sv.one("a", cls="skip-link").text == "Hoppa till huvudinnehållet"
    assert "Sök" in [b.text for b in main(sv).find_all("button")]
    fi = page(site, "")
    assert fi.one("a", cls="skip-link").text == "Siirry pääsisältöön"
    en = page(site, "en/")
    assert en.one("a", cls="skip-link").text == "Skip to main content"
    card = main(sv).find("article", cls="card")
    assert card is not None
    assert [dt.text for dt in card.find_all("dt")][:2] == ["När", "Var"]


def test_labels_of_equal_values_in_two_vocabularies_stay_apart():
    assert ActivityForm.OTHER == OrganisationKind.OTHER  # both are the string "other"
    assert label(ActivityForm.OTHER, "en") == "Other activity"
    assert label(OrganisationKind.OTHER, "en") == "Other"
    assert label(ActivityForm.OTHER, "en") == "Other activity"  # memoised, still its own


def test_accessibility_and_missing_language_in_words():
    access = Accessibility(step_free=True, accessible_toilet=False, induction_loop=True)
    assert humanize.accessibility(access, "sv") == ["hinderfritt tillträde", "hörslinga"]
    assert humanize.accessibility(Accessibility(), "fi") == []
    assert humanize.accessibility(None, "fi") == []
    assert humanize.missing_language("fi") == "Tätä toimintaa ei ole kuvattu suomeksi."
    assert humanize.missing_language("sv") == "Den här aktiviteten är inte beskriven på svenska."
    assert humanize.missing_language("xx") == "This listing is not available in English."
