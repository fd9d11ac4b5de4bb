"""The open data JSON is written with pydantic's serialiser for each model and put together
as text; dumping every item into Python objects and encoding the whole with json.dumps, as
the files were first written, gives the same text for any valid content. The CSV's cells
are made with few calls; made one by one, as they were first, they are the same. So are
the sitemap's quoted addresses, the site's address quoted once."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import types
from typing import Any
from xml.sax.saxutils import quoteattr

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from tests.content_strategies import TRICKY, activities, organisations
from tests.site_helpers import DAY, REPO, sample_content
from tukena import invites, reference
from tukena.schemas import Activity, Organisation
from tukena.schemas.common import clock
from tukena.schemas.languages import pick
from tukena.site import catalogue, urls
from tukena.site.config import SiteConfig
from tukena.site.exports import opencsv, opendata, sitemap
from tukena.status import Status

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
values = st.sampled_from(TRICKY) | st.text() | st.none() | st.lists(st.sampled_from(TRICKY))


def _plain(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _validated(model: type, data: dict[str, Any]) -> Any:
    return model.model_validate(data, context={"language": data.get("language", "fi")})


@SETTINGS
@given(activities(), organisations(), st.dictionaries(st.sampled_from(TRICKY), values))
def test_items_and_documents_equal_the_dumped_dicts(activity, organisation, extra):
    items, texts = [], []
    for model in (_validated(Activity, activity), _validated(Organisation, organisation)):
        derived = {"slug": "x", "url": "/activities/x.html", **extra}
        whole = {**derived, **model.model_dump(mode="json")}
        assert opendata.item_json(derived, model) == _plain(whole).encode()
        items.append(whole)
        texts.append(opendata.item_json(derived, model))
    envelope = {"licence": "CC BY 4.0", "count": 0, "items": []}
    plain = _plain({**envelope, "count": len(items), "items": items}) + "\n"
    assert opendata.document(envelope, texts) == plain.encode()
    assert opendata.document(envelope, []) == (_plain(envelope) + "\n").encode()


def test_a_derived_field_named_like_a_model_field_is_merged_as_a_dict():
    content, _ = sample_content()
    model = next(iter(content.activities.values()))
    derived = {"slug": "x", "language": "sv", "url": "u"}
    merged = {**derived, **model.model_dump(mode="json")}
    assert opendata.item_json(derived, model) == _plain(merged).encode()


@SETTINGS
@given(
    st.dictionaries(
        st.text(),
        values | st.integers() | st.dictionaries(st.text(), st.text()) | st.lists(st.none()),
        max_size=5,
    )
)
def test_derived_fields_of_any_kind_equal_the_dumped_dict(derived):
    assert opendata.item_json(derived, _NoFields()) == _plain(derived).encode()


class _NoFields(BaseModel):
    """A model that adds nothing: the derived part alone."""


def test_files_of_the_sample_equal_the_dumped_dicts():
    content, _ = sample_content()
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    cat = catalogue.build(content, config)
    slugs = sorted(cat.activities)
    items = [opendata.activity_item(cat, slug) for slug in slugs]
    plain = opendata._json(opendata._envelope(cat, "activity", items))
    assert opendata.activities_json(cat, slugs) == plain.encode()
    slugs = sorted(cat.content.organisations)
    items = [opendata.organisation_item(cat, slug) for slug in slugs]
    plain = opendata._json(opendata._envelope(cat, "organisation", items))
    assert opendata.organisations_json(cat, slugs) == plain.encode()


# --- the CSV, one cell at a time -------------------------------------------------------------


def _joined(values: Any) -> str:
    return ";".join(str(v) for v in values)


def _text(value: str | None) -> str:
    """Each part between ``;`` (a cell where a spreadsheet splits on it) made inert."""
    parts = (value or "").split(";")
    starts = ("=", "+", "-", "@", "\t", "\r")
    return ";".join(
        "'" + part if part.startswith(starts) and not _plain_number(part) else part
        for part in parts
    )


def _plain_number(text: str) -> bool:
    """Digits, spaces, +, -, and parentheses, with a digit: a phone number, never a formula."""
    return any(c.isascii() and c.isdigit() for c in text) and all(
        c in "0123456789+-() " for c in text
    )


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return _text(value) if isinstance(value, str) else value


def _localised(texts: dict[str, str] | None, main: str, languages: tuple[str, ...]) -> list[str]:
    texts = texts or {}
    return [_text(pick(texts, main)[0])] + [_text(texts.get(lang)) for lang in languages]


def _places(a: Activity) -> str:
    municipalities = reference.load().municipalities
    lines = []
    for p in a.locations:
        town = municipalities[p.municipality].name_fi
        parts = (p.street_address, f"{p.postal_code} {town}" if p.postal_code else town)
        lines.append(", ".join(x for x in parts if x).replace(";", ","))
    return _text(_joined(lines))


def _break(gap: Any, language: str) -> str:
    """An ISO date or interval, then the reason in the listing's language after a space."""
    days = gap.start.isoformat()
    if gap.end is not None and gap.end != gap.start:
        days += "/" + gap.end.isoformat()
    reason = pick(gap.reason, language)[0].replace(";", ",").strip() if gap.reason else ""
    return f"{days} {reason}" if reason else days


def plain_row(cat: Any, slug: str) -> list[Any]:
    a = cat.activities[slug]
    languages = cat.config.languages
    codes = list(dict.fromkeys(p.municipality for p in a.locations))
    municipalities = reference.load().municipalities
    organisation = cat.content.organisations[a.organisation]
    season = a.schedule.season
    weekly = _joined(
        f"{s.weekday.value} {s.start:%H:%M}-{s.end:%H:%M}"
        + (f" every {s.every} weeks" if s.every > 1 else "")
        for s in a.schedule.weekly
    )
    row = [
        slug, f"{cat.config.siteurl}/{urls.activity(cat.config.default_language, slug)}",
        cat.status[slug].value, invites.next_meeting(a, cat.next_session.get(slug)) or "",
        a.verified,
        a.valid_until or "", a.language,
        *_localised(a.title, a.language, languages),
        *_localised(a.summary, a.language, languages),
        a.organisation,
        _text(pick(organisation.name, cat.config.default_language, organisation.language)[0]),
        _joined(a.partners), _joined(f.value for f in a.forms), a.category.value,
        _joined(p.value for p in a.phases), a.level.value,
        _joined(g.value for g in a.target_groups),
        a.age.min if a.age and a.age.min is not None else "",
        a.age.max if a.age and a.age.max is not None else "",
        _joined(a.languages), a.language_level.value, _joined(a.support_languages),
        _joined(municipalities[c].name_fi for c in codes), _joined(codes), _places(a),
        a.online is not None, season.start if season else "",
        (season.end or "") if season else "", weekly,
        _joined(s.date for s in a.schedule.sessions), a.cost.free, a.registration.required,
        a.capacity.value, a.referrals.accepted, a.childcare, a.contact.email or "",
        a.contact.phone or "", a.contact.link or "", _text(_joined(k.replace(";", ",") for k in a.keywords)),
        _joined(f"{s.date} {s.start:%H:%M}-{s.end:%H:%M}" for s in a.schedule.sessions),
        _joined(_break(e, a.language) for e in a.schedule.exceptions),
    ]  # fmt: skip
    return [_cell(v) for v in row]


@SETTINGS
@given(
    activities(),
    organisations(),
    st.sampled_from(list(Status)),
    st.none() | st.dates(dt.date(2024, 1, 1), dt.date(2030, 1, 1)),
    st.sampled_from(["", "https://tukena.example", "=cmd", "\rx", "@x"]),
)
def test_csv_rows_equal_the_cells_made_one_by_one(activity, organisation, status, day, siteurl):
    a = _validated(Activity, activity)
    organisations = {a.organisation: _validated(Organisation, organisation)}
    cat: Any = types.SimpleNamespace(
        activities={"x": a},
        content=types.SimpleNamespace(organisations=organisations),
        status={"x": status},
        next_session={"x": day} if day else {},
        config=types.SimpleNamespace(
            languages=("fi", "sv", "en"), default_language="fi", siteurl=siteurl
        ),
    )
    assert opencsv.csv_row(cat, "x") == plain_row(cat, "x")


def test_a_keyword_that_starts_a_formula_is_inert_in_the_joined_cell():
    content, _ = sample_content()
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    cat = catalogue.build(content, config)
    slug = sorted(cat.activities)[0]
    evil = '=HYPERLINK("http://evil.example")'
    cat.activities[slug] = cat.activities[slug].model_copy(update={"keywords": ["kw1", evil]})
    keywords = opencsv.csv_row(cat, slug)[opencsv.csv_header(config.languages).index("keywords")]
    assert keywords == f"kw1;'{evil}"


def test_csv_of_the_sample_equals_the_cells_made_one_by_one():
    content, _ = sample_content()
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    cat = catalogue.build(content, config)
    slugs = sorted(cat.activities)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(opencsv.csv_header(cat.config.languages))
    writer.writerows(plain_row(cat, slug) for slug in slugs)
    assert opencsv.activities_csv(cat, slugs) == "\ufeff" + out.getvalue()


def test_times_of_day_are_written_as_strftime_writes_them():
    for minute in range(24 * 60):
        time = dt.time(*divmod(minute, 60), second=minute % 60)
        assert clock(time) == time.strftime("%H:%M")


# --- the sitemap's addresses -----------------------------------------------------------------


SITE_ADDRESSES = [
    "",
    "https://tukena.example",
    "https://x.example/a&b",
    "https://x/'",
    'https://x/"',
    "x'\"<>",
]
PATH_CHARACTERS = st.sampled_from("aZ09/-._~ %&ä'\"<>?#\n")


@given(
    st.sampled_from(SITE_ADDRESSES),
    st.lists(
        st.text(PATH_CHARACTERS, min_size=1) | st.from_regex(r"[a-z0-9/-]+\.html", fullmatch=True)
    ),
)
def test_sitemap_attributes_equal_each_address_quoted(siteurl, pages):
    cat: Any = types.SimpleNamespace(config=types.SimpleNamespace(siteurl=siteurl))
    wanted = {url: quoteattr(sitemap.address(cat, url)) for url in pages}
    assert sitemap._attributes(cat, pages) == wanted
