"""A table of bad content files: each gives exactly one problem, named by file, line and field.

The messages are the contract with organisers and reviewers (CI shows them as annotations on
the offending line), so they are asserted word for word.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import BaseModel, Field

from tukena import errors, loader
from tukena.schemas.location import Coordinates, Place

TODAY = dt.date(2026, 11, 22)

ORG = """name: Testiyhdistys ry
kind: association
level: local
municipalities: [Espoo]
"""
A = """---
title: Kielikahvila
summary: Juttelua suomeksi.
organisation: testiyhdistys
forms: [language-cafe]
category: support
target_groups: [everyone]
languages: [fi]
locations:
  - municipality: Espoo
schedule:
  season: {start: 2026-09-01, end: 2027-05-31}
  weekly:
    - {weekday: tue, start: "17:00", end: "19:00"}
cost: {free: true}
registration: {required: false}
referrals: {accepted: true}
contact: {email: info@testi.example}
verified: 2026-09-01
---
Tervetuloa!
"""


def act(old, new, count=1):
    assert old in A, old
    return A.replace(old, new, count)


NEWS = """---
kind: event
title: Koulutusilta
date: 2026-11-01
summary: Ilta ohjaajille.
start: 2026-12-03 17:00
place: {municipality: Helsinki}
---
Tervetuloa.
"""


CASES = [
    (
        "anchor",
        "activities/a.md",
        act("title: Kielikahvila", "title: &t Kielikahvila"),
        "content/activities/a.md:2: anchors (&t) are not allowed",
    ),
    (
        "alias",
        "activities/a.md",
        act("summary: Juttelua suomeksi.", "summary: *t"),
        "content/activities/a.md:3: anchors and aliases (*name) are not allowed",
    ),
    (
        "custom tag",
        "activities/a.md",
        act("title: Kielikahvila", "title: !!python/object:os.system x"),
        "content/activities/a.md:2: YAML tags (tag:yaml.org,2002:python/object:os.system) are not allowed",
    ),
    (
        "duplicate key",
        "activities/a.md",
        act("category: support", "category: support\ncategory: participation"),
        "content/activities/a.md:7: duplicate key 'category'",
    ),
    (
        "deep nesting",
        "activities/a.md",
        act("title: Kielikahvila", "title: " + "[" * 200 + "]" * 200),
        "content/activities/a.md:2: nested deeper than 20 levels",
    ),
    (
        "not utf-8",
        "activities/a.md",
        act("Tervetuloa!", "Tervetuloa! caf\xe9").encode("latin-1"),
        "content/activities/a.md:21: file is not UTF-8 text: save it as UTF-8",
    ),
    (
        "too large",
        "activities/a.md",
        A + "x" * 300_000,
        "content/activities/a.md: file is 293 KB; the limit is 256 KB (move long texts to a web page and link to it)",
    ),
    (
        "no front matter",
        "activities/a.md",
        "title: Kielikahvila\n",
        "content/activities/a.md:1: a Markdown file must start with a '---' line and front matter",
    ),
    (
        "unclosed front matter",
        "activities/a.md",
        A.replace("---\nTervetuloa!", "Tervetuloa!"),
        "content/activities/a.md:21: the front matter has no closing '---' line",
    ),
    (
        "invalid yaml",
        "activities/a.md",
        act("forms: [language-cafe]", "forms: [language-cafe"),
        "content/activities/a.md:5: invalid YAML: did not find expected ',' or ']': a list in"
        " [ ] that is not closed, or an item with a comma or a colon in it; end the list with ],"
        " or put the item in quotes",
    ),
    (
        "colon in a text",
        "activities/a.md",
        act("title: Kielikahvila", "title: Kielikahvila: kaikki tervetulleita"),
        "content/activities/a.md:2: invalid YAML: mapping values are not allowed in this"
        " context: a colon and a space inside a text, or a line indented too far; put the text"
        ' in quotes ("..."), or line it up with the others',
    ),
    (
        "quote not closed",
        "activities/a.md",
        act("summary: Juttelua suomeksi.", "summary: 'Juttelua suomeksi."),
        "content/activities/a.md:3: invalid YAML: found unexpected end of stream: a text whose"
        " quote is not closed; end it with the same quote",
    ),
    (
        "tab indenting a nested line",
        "activities/a.md",
        act("title: Kielikahvila", "title:\n\tfi: Kielikahvila"),
        "content/activities/a.md:3: invalid YAML: a tab indents this line (column 1): YAML"
        " indents with spaces only; replace the tab with spaces",
    ),
    (
        "unknown key with suggestion",
        "activities/a.md",
        act("category: support", "category: support\ncatgory: support"),
        'content/activities/a.md:7: catgory: unknown field (did you mean "category"?)',
    ),
    (
        "unknown key",
        "activities/a.md",
        act("category: support", "category: support\ncolour: red"),
        "content/activities/a.md:7: colour: unknown field",
    ),
    (
        "missing required",
        "activities/a.md",
        act("verified: 2026-09-01\n", ""),
        "content/activities/a.md:1: verified: required field is missing",
    ),
    (
        "wrong type list",
        "activities/a.md",
        act("forms: [language-cafe]", "forms: language-cafe"),
        "content/activities/a.md:5: forms: must be a list (lines starting with '- ')",
    ),
    (
        "wrong type bool",
        "activities/a.md",
        act("cost: {free: true}", "cost: {free: maybe}"),
        'content/activities/a.md:15: cost.free: must be true or false, got "maybe"',
    ),
    (
        "bad enum",
        "activities/a.md",
        act("category: support", "category: help"),
        'content/activities/a.md:6: category: "help" is not one of: support, participation or recruitment',
    ),
    (
        "bad time",
        "activities/a.md",
        act('start: "17:00"', 'start: "25:00"'),
        "content/activities/a.md:14: schedule.weekly[0].start: 25:00 is not a time of day: hours go"
        " from 00 to 23",
    ),
    (
        "slot ends before start",
        "activities/a.md",
        act('end: "19:00"', 'end: "16:00"'),
        "content/activities/a.md:14: schedule.weekly[0]: ends (16:00) before it starts (17:00)",
    ),
    (
        "season ends before start",
        "activities/a.md",
        act("end: 2027-05-31", "end: 2026-08-01"),
        "content/activities/a.md:12: schedule.season: the season ends (2026-08-01) before it starts (2026-09-01)",
    ),
    (
        "exception range reversed",
        "activities/a.md",
        act(
            '    - {weekday: tue, start: "17:00", end: "19:00"}',
            '    - {weekday: tue, start: "17:00", end: "19:00"}\n  exceptions:\n    - {start: 2026-12-31, end: 2026-12-20}',
        ),
        "content/activities/a.md:16: schedule.exceptions[0]: the break ends (2026-12-20) before it starts (2026-12-31)",
    ),
    (
        "bad date",
        "activities/a.md",
        act("verified: 2026-09-01", "verified: 2026-13-01"),
        "content/activities/a.md:19: verified: 2026-13-01 is not a date: months go from 01 to 12",
    ),
    (
        "bad date format",
        "activities/a.md",
        act("verified: 2026-09-01", "verified: 1.9.2026"),
        'content/activities/a.md:19: verified: must be a date YYYY-MM-DD, got "1.9.2026"',
    ),
    (
        "age range reversed",
        "activities/a.md",
        act("languages: [fi]", "languages: [fi]\nage: {min: 18, max: 12}"),
        "content/activities/a.md:9: age: max age (12) is below min age (18)",
    ),
    (
        "one-off event",
        "activities/a.md",
        act(
            '  season: {start: 2026-09-01, end: 2027-05-31}\n  weekly:\n    - {weekday: tue, start: "17:00", end: "19:00"}',
            '  sessions:\n    - {date: 2026-12-01, start: "17:00", end: "19:00"}',
        ),
        "content/activities/a.md:11: schedule: a single one-off event is not an activity: give weekly slots in a season or at least two sessions (publish a one-off event as a news item of kind event)",
    ),
    (
        "unknown organisation",
        "activities/a.md",
        act("organisation: testiyhdistys", "organisation: testiyhdistyz"),
        'content/activities/a.md:4: organisation: unknown organisation "testiyhdistyz" (did you mean "testiyhdistys"?)',
    ),
    (
        "image not there",
        "activities/a.md",
        act(
            "languages: [fi]",
            "languages: [fi]\nimages:\n  - src: cafe.jpg\n    alt: {fi: Kahvila}",
        ),
        "content/activities/a.md:10: images[0].src: no such file content/images/cafe.jpg",
    ),
    (
        "unknown municipality",
        "activities/a.md",
        act("  - municipality: Espoo", "  - municipality: Espo"),
        'content/activities/a.md:10: locations[0].municipality: unknown municipality "Espo" (did you mean "Espoo"?)',
    ),
    (
        "valid_until past, schedule continues",
        "activities/a.md",
        act("verified: 2026-09-01", "verified: 2026-09-01\nvalid_until: 2026-10-31"),
        "content/activities/a.md:20: valid_until: 2026-10-31 is in the past but the schedule continues (next session 2026-11-24): confirm the listing and move valid_until, or end the schedule",
    ),
    (
        "paid without fee",
        "activities/a.md",
        act("cost: {free: true}", "cost: {free: false}"),
        "content/activities/a.md:15: cost: a paid activity needs a fee text",
    ),
    (
        "registration without a way",
        "activities/a.md",
        act("registration: {required: false}", "registration: {required: true}"),
        "content/activities/a.md:16: registration: registration is required: say how (link, email, phone or instructions)",
    ),
    (
        "bad language code",
        "activities/a.md",
        act("languages: [fi]", "languages: [finnish]"),
        'content/activities/a.md:8: languages[0]: unknown language code "finnish": use an ISO 639-1 code such as fi, sv, en, ar, so',
    ),
    (
        "bad email",
        "activities/a.md",
        act("info@testi.example", "info(at)testi.example"),
        'content/activities/a.md:18: contact.email: not a valid e-mail address: "info(at)testi.example"',
    ),
    (
        "javascript url",
        "activities/a.md",
        act("contact: {email: info@testi.example}", 'contact: {link: "javascript:alert(1)"}'),
        'content/activities/a.md:18: contact.link: must be an http(s) address, got "javascript:alert(1)"',
    ),
    (
        "bad postal code",
        "activities/a.md",
        act("  - municipality: Espoo", '  - municipality: Espoo\n    postal_code: "2100"'),
        'content/activities/a.md:11: locations[0].postal_code: postal code must be five digits, got "2100"',
    ),
    (
        "latitude and longitude swapped",
        "activities/a.md",
        act(
            "  - municipality: Espoo",
            "  - municipality: Espoo\n    coordinates:\n      lat: 24.8053\n      lon: 60.1756",
        ),
        "content/activities/a.md:11: locations[0].coordinates: latitude and longitude look"
        " swapped: write lat: 60.1756, lon: 24.8053",
    ),
    (
        "latitude out of range, not swapped",
        "activities/a.md",
        act(
            "  - municipality: Espoo",
            "  - municipality: Espoo\n    coordinates: {lat: 24.8, lon: 24.8}",
        ),
        "content/activities/a.md:11: locations[0].coordinates.lat: must be greater than or equal to 59",
    ),
    (
        "image path traversal",
        "activities/a.md",
        act(
            "languages: [fi]",
            "languages: [fi]\nimages:\n  - {src: ../../etc/passwd.png, alt: Kuva}",
        ),
        "content/activities/a.md:10: images[0].src: an image path must stay inside content/images/",
    ),
    (
        "body and main description",
        "activities/a.md",
        act(
            "summary: Juttelua suomeksi.",
            "summary: Juttelua suomeksi.\ndescription: {fi: Toinen kuvaus}",
        ),
        "content/activities/a.md:4: description: the fi text is the Markdown body: remove it from the front matter",
    ),
    (
        "break outside the season",
        "activities/a.md",
        act(
            '    - {weekday: tue, start: "17:00", end: "19:00"}\n',
            '    - {weekday: tue, start: "17:00", end: "19:00"}\n'
            "  exceptions:\n    - {start: 2028-12-21, end: 2029-01-06}\n",
        ),
        "content/activities/a.md:11: schedule: the break 2028-12-21 – 2029-01-06 is outside the season (2026-09-01 – 2027-05-31) and its sessions: check its year, or remove it",
    ),
    (
        "registration deadline after the last meeting",
        "activities/a.md",
        act(
            "registration: {required: false}",
            "registration: {required: false, deadline: 2027-06-01}",
        ),
        "content/activities/a.md:1: the registration deadline (2027-06-01) is after the last meeting (2027-05-31)",
    ),
    (
        "verified after tomorrow",
        "activities/a.md",
        act("verified: 2026-09-01", "verified: 2026-11-24"),
        "content/activities/a.md:19: verified: 2026-11-24 is in the future: give the day the details were checked",
    ),
    (
        "organisation verified in the future",
        "organisations/testiyhdistys.yaml",
        ORG + "verified: 2027-11-01\n",
        "content/organisations/testiyhdistys.yaml:5: verified: 2027-11-01 is in the future: give the day the details were checked",
    ),
    (
        "bad business id",
        "organisations/testiyhdistys.yaml",
        ORG + "business_id: 9912345-1\n",
        'content/organisations/testiyhdistys.yaml:5: business_id: "9912345-1" is not a valid business ID (Y-tunnus): check the digits and the check digit',
    ),
    (
        "logo not there",
        "organisations/testiyhdistys.yaml",
        ORG + "logo:\n  alt: {fi: Yhdistyksen logo}\n  src: images/logo.svg\n",
        "content/organisations/testiyhdistys.yaml:7: logo.src: no such file content/images/logo.svg",
    ),
    (
        "bad register number",
        "organisations/testiyhdistys.yaml",
        ORG + "association_register_number: 12-34\n",
        'content/organisations/testiyhdistys.yaml:5: association_register_number: "12-34" is not an association register number such as 123.456',
    ),
    (
        "local organisation without municipalities",
        "organisations/testiyhdistys.yaml",
        ORG.replace("municipalities: [Espoo]\n", ""),
        "content/organisations/testiyhdistys.yaml:1: municipalities: a local organisation needs its municipalities",
    ),
    (
        "bad phone",
        "organisations/testiyhdistys.yaml",
        ORG + "phone: 123\n",
        'content/organisations/testiyhdistys.yaml:5: phone: not a valid phone number: "123"',
    ),
    (
        "event without start",
        "news/n.md",
        NEWS.replace("start: 2026-12-03 17:00\n", ""),
        "content/news/n.md:1: start: an event needs a start",
    ),
    (
        "job without deadline",
        "news/n.md",
        NEWS.replace("kind: event", "kind: job").replace(
            "start: 2026-12-03 17:00\nplace: {municipality: Helsinki}\n",
            "employer: Testiyhdistys\n",
        ),
        "content/news/n.md:1: deadline: a job ad needs a deadline",
    ),
    (
        "event fields on news",
        "news/n.md",
        NEWS.replace("kind: event", "kind: news"),
        "content/news/n.md:1: start, place: only events and trainings have these",
    ),
    (
        "bad datetime",
        "news/n.md",
        NEWS.replace("start: 2026-12-03 17:00", "start: tomorrow"),
        'content/news/n.md:6: start: must be a date and time YYYY-MM-DD HH:MM, got "tomorrow"',
    ),
    (
        "impossible day in a datetime",
        "news/n.md",
        NEWS.replace("start: 2026-12-03 17:00", "start: 2026-02-30 17:00"),
        "content/news/n.md:6: start: 2026-02-30 is not a date: February 2026 has 28 days",
    ),
    (
        "impossible hour in a datetime",
        "news/n.md",
        NEWS.replace("start: 2026-12-03 17:00", "start: 2026-12-03 25:00"),
        "content/news/n.md:6: start: 25:00 is not a time of day: hours go from 00 to 23",
    ),
    (
        "latitude and longitude swapped in a news item's place",
        "news/n.md",
        NEWS.replace(
            "place: {municipality: Helsinki}",
            "place: {municipality: Helsinki, coordinates: {lat: 24.9384, lon: 60.1699}}",
        ),
        "content/news/n.md:7: place.coordinates: latitude and longitude look swapped:"
        " write lat: 60.1699, lon: 24.9384",
    ),
]


def _repo(tmp_path: Path, rel: str, data: str | bytes) -> Path:
    for folder in ("activities", "organisations", "news"):
        (tmp_path / "content" / folder).mkdir(parents=True)
    if not rel.startswith("organisations/"):
        (tmp_path / "content" / "organisations" / "testiyhdistys.yaml").write_text(ORG, "utf-8")
    path = tmp_path / "content" / rel
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return tmp_path


def test_there_are_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30
    assert len({name for name, *_ in CASES}) == len(CASES)


def test_the_valid_files_are_valid(tmp_path: Path) -> None:
    root = _repo(tmp_path, "activities/a.md", A)
    (root / "content" / "news" / "n.md").write_text(NEWS, "utf-8")
    content, problems = loader.check(root, today=TODAY)
    assert problems == []
    assert content.summary() == "1 organisations, 1 activities, 1 news items"


@pytest.mark.parametrize(
    ("rel", "data", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_file_gives_exactly_its_message(tmp_path: Path, rel: str, data, message: str) -> None:
    _, problems = loader.check(_repo(tmp_path, rel, data), today=TODAY)
    assert [str(p) for p in problems] == [message]


def test_every_problem_of_every_file_in_one_run(tmp_path: Path) -> None:
    root = _repo(tmp_path, "activities/a.md", act('start: "17:00"', 'start: "25:00"'))
    (root / "content" / "activities" / "b.md").write_text(
        act("category: support", "category: help"), "utf-8"
    )
    (root / "content" / "news" / "n.md").write_text(
        NEWS.replace("start: 2026-12-03 17:00\n", ""), "utf-8"
    )
    _, problems = loader.check(root, today=TODAY)
    assert [p.path for p in problems] == [
        "content/activities/a.md",
        "content/activities/b.md",
        "content/news/n.md",
    ]


def test_yaml_1_1_words_stay_text(tmp_path: Path) -> None:
    data = act("title: Kielikahvila", "title: no").replace(
        "summary: Juttelua suomeksi.", "summary: 1.10"
    )
    content, problems = loader.check(_repo(tmp_path, "activities/a.md", data), today=TODAY)
    assert problems == []
    assert content.activities["a"].title == {"fi": "no"}
    assert content.activities["a"].summary == {"fi": "1.10"}


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    root = _repo(tmp_path, "activities/a.md", b"\xef\xbb\xbf" + A.encode())
    content, problems = loader.check(root, today=TODAY)
    assert problems == []
    assert "a" in content.activities


@pytest.mark.parametrize(
    "name", ["Äänekoski", "Kielikahvila Oma", "kielikahvila_oma", "kahvila--espoo", "-kahvila"]
)
def test_a_file_name_must_be_a_slug(tmp_path: Path, name: str) -> None:
    """A listing's file name is its address: lower-case a–z, digits and single hyphens."""
    root = _repo(tmp_path, f"activities/{name}.md", A)
    content, problems = loader.check(root, today=TODAY)
    assert [str(p) for p in problems] == [
        f'content/activities/{name}.md: "{name}" cannot be an address: name the file with'
        " lower-case letters a–z, digits and hyphens only (e.g. kielikahvila-espoo)"
    ]
    assert content.activities == {}


def test_a_file_may_not_take_the_name_of_a_folders_own_page(tmp_path: Path) -> None:
    root = _repo(tmp_path, "activities/a.md", A)
    (root / "content" / "organisations" / "index.yaml").write_text(ORG, "utf-8")
    _, problems = loader.check(root, today=TODAY)
    assert 'content/organisations/index.yaml: "index" is the name of a page the site makes' in {
        str(p).split(" itself")[0] for p in problems
    }


def test_verified_tomorrow_is_today_somewhere(tmp_path: Path) -> None:
    """A maintainer in Finland just after midnight writes a date that is tomorrow in UTC."""
    root = _repo(tmp_path, "activities/a.md", act("verified: 2026-09-01", "verified: 2026-11-23"))
    assert loader.check(root, today=TODAY)[1] == []


def test_colliding_file_names(tmp_path: Path) -> None:
    root = _repo(tmp_path, "activities/a.md", A)
    folder = root / "content" / "organisations"
    (folder / "testiyhdistys.yml").write_text(ORG, "utf-8")
    _, problems = loader.check(root, today=TODAY)
    assert [str(p) for p in problems] == [
        "content/organisations/testiyhdistys.yml:1: the same name as"
        " content/organisations/testiyhdistys.yaml: each file needs a name of its own"
    ]


def test_deep_nesting_never_recurses(tmp_path: Path) -> None:
    nested = "[" * 100_000 + "]" * 100_000
    _, problems = loader.check(
        _repo(tmp_path, "activities/a.md", act("title: Kielikahvila", "title: " + nested)),
        today=TODAY,
    )
    assert [str(p) for p in problems] == ["content/activities/a.md:2: nested deeper than 20 levels"]


def test_only_a_point_invalid_as_written_is_swapped() -> None:
    """The forms ask :func:`tukena.errors.swapped` of a point with no error list: a point
    valid as written is never swapped, were the ranges to overlap (a model of the world's
    points); the validator's model has them apart."""

    class World(BaseModel):
        lat: float = Field(ge=-90, le=90)
        lon: float = Field(ge=-180, le=180)

    assert not errors.swapped(World, 60.17, 24.8) and not errors.swapped(World, 24.8, 60.17)
    assert errors.swapped(World, 120, 60) and not errors.swapped(World, 120, 120)
    assert errors.swapped(Coordinates, "24.8", "60.17") and not errors.swapped(Place, 24.8, 60.17)
    assert not errors.swapped(Coordinates, 60.17, 24.8)
