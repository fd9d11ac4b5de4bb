"""The open data page documents what a consumer needs, in fi, sv and en: every column of
activities.csv (from the CSV module's own column list, so the two cannot drift), what each
status means by the site's rules, a paused activity, the formula guard, local times, the
addresses of the other languages' pages and the municipality codes."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.site_helpers import LANGUAGES, PREFIX, main, page
from tests.site_helpers import sample_site as _sample_site
from tukena.site import urls
from tukena.site.exports import opencsv
from tukena.site.i18n import translations
from tukena.status import STALE_AFTER_MONTHS


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


def _header(site: Path) -> list[str]:
    text = (site / "data" / "activities.csv").read_bytes().decode("utf-8-sig")
    return next(csv.reader(io.StringIO(text, newline="")))


def _column_rows(site: Path, lang: str) -> dict[str, str]:
    doc = main(page(site, PREFIX[lang] + "open-data/"))
    caption = doc.one("caption", id="csv-columns-caption")
    table = caption.parent
    assert table is not None
    rows = {}
    for row in table.one("tbody").find_all("tr"):
        name, description = row.find_all("td")
        rows[name.one("code").text] = description.text
    return rows


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_csv_column_is_documented_on_the_page(site, lang):
    rows = _column_rows(site, lang)
    documented = [name for names in rows for name in names.split(", ")]
    assert documented == _header(site), "every header, in the file's order"
    _ = translations(lang).gettext
    for names, description in opencsv.column_docs(("fi", "sv", "en")):
        assert rows[names] == _(description), (lang, names)
        assert lang == "en" or rows[names] != description, "translated"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_explains_each_status_and_a_paused_activity(site, lang):
    t = translations(lang)
    doc = main(page(site, PREFIX[lang] + "open-data/"))
    terms = {dt.text: dt for dt in doc.find_all("dt")}
    assert {"active", "stale", "ended"} <= set(terms)
    explained = {dd.text for dd in doc.find_all("dd")}
    months = STALE_AFTER_MONTHS  # the sample site's setting
    stale = t.ngettext(
        "It has meetings ahead, but its organiser has not confirmed the listing for more than"
        " %(num)d month (the field verified): its details may be out of date.",
        "It has meetings ahead, but its organiser has not confirmed the listing for more than"
        " %(num)d months (the field verified): its details may be out of date.",
        months,
    ) % {"num": months}
    assert stale in explained
    assert str(months) in stale
    ended = t.gettext(
        "It has no meetings left: its season or its last dated session is over, or its breaks"
        " leave no meeting ahead. A listing is also ended once the date in its field"
        " valid_until has passed."
    )
    assert ended in explained
    paused = t.gettext(
        "The capacity paused means that the activity is not meeting for now. It does not"
        " change its status, but it has no next session (next_session is empty) and its"
        " calendar file has no sessions until it continues."
    )
    assert paused in doc.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_gives_time_zone_addresses_codes_and_the_formula_guard(site, lang):
    text = main(page(site, PREFIX[lang] + "open-data/")).text
    assert "Europe/Helsinki" in text
    for other in LANGUAGES:  # the addresses as the site makes them
        assert f"/{urls.activity(other, '<slug>')}" in text, other
    assert "049" in text
    guard = translations(lang).gettext(
        "So that a spreadsheet never runs a text as a formula, a text that starts with =, +, -,"
        " @, a tab or a carriage return gets an apostrophe (') in front of it, and so does each"
        " item of a list. Numbers such as phone numbers (digits, spaces, +, -, and parentheses"
        " only) are left as they are: they cannot run as formulas, but a spreadsheet may read"
        " them as numbers and drop the + sign, so import the column contact_phone as text."
        " Remove the apostrophe when you read the file as data."
    )
    assert guard in text
