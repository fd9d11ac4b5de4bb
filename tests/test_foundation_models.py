"""Unit tests of the Organisation, NewsItem and Page models, localised text and language codes.

The messages are what organisers see, so they are asserted word for word.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from tests.model_helpers import only, problems
from tukena.schemas import NewsItem, Organisation
from tukena.schemas.languages import LanguageCode
from tukena.schemas.page import Page

Y_TUNNUS_OK = "9900001-8"  # in the unissued 99xxxxx range; 7·9+9·9+2·1 = 146 ≡ 3 (mod 11)


# --- Organisation -------------------------------------------------------------------------
ORG: dict[str, Any] = {"name": "Testiyhdistys ry", "kind": "association", "level": "national"}


def org(**fields: Any) -> dict[str, Any]:
    return {**ORG, **fields}


def test_organisation_minimal_defaults() -> None:
    o = Organisation.model_validate(ORG)
    assert (o.language, o.name, o.municipalities, o.business_id) == (
        "fi",
        {"fi": ORG["name"]},
        [],
        None,
    )


@pytest.mark.parametrize("written", ["9900001-8", "99000018", " 9900001-8 "])
def test_business_id_is_normalised(written: str) -> None:
    assert Organisation.model_validate(org(business_id=written)).business_id == Y_TUNNUS_OK


@pytest.mark.parametrize("written", ["9900001-7", "990001-8", "9900001", "abcdefg-1"])
def test_business_id_check_digit(written: str) -> None:
    assert only(Organisation, org(business_id=written)) == (
        f'business_id: "{written}" is not a valid business ID (Y-tunnus): '
        "check the digits and the check digit"
    )


@pytest.mark.parametrize("written", ["123.456", "123456", "1.234", "9.123.456"])
def test_association_register_number_accepted(written: str) -> None:
    model = Organisation.model_validate(org(association_register_number=written))
    assert model.association_register_number == written


@pytest.mark.parametrize("written", ["12.34", "123-456", "ry 123.456", "1234.56"])
def test_association_register_number_rejected(written: str) -> None:
    assert only(Organisation, org(association_register_number=written)) == (
        f'association_register_number: "{written}" is not an association register number '
        "such as 123.456"
    )


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("040 123 4567", "+358401234567"),
        ("+358 40 123 4567", "+358401234567"),
        ("09 310 1234", "+35893101234"),
        ("+46 8 123 456 78", "+46812345678"),
    ],
)
def test_phone_is_stored_as_e164(written: str, stored: str) -> None:
    assert Organisation.model_validate(org(phone=written)).phone == stored


@pytest.mark.parametrize("written", ["12", "040", "puhelin"])
def test_phone_rejected(written: str) -> None:
    assert only(Organisation, org(phone=written)) == f'phone: not a valid phone number: "{written}"'


@pytest.mark.parametrize("written", ["info@yhdistys.example", "a.b+c@x-y.example.fi"])
def test_email_accepted(written: str) -> None:
    assert Organisation.model_validate(org(email=f" {written} ")).email == written


@pytest.mark.parametrize(
    "written", ["a@b", "a..b@c.example", ".a@c.example", "a b@c.example", "@c.example"]
)
def test_email_rejected(written: str) -> None:
    assert (
        only(Organisation, org(email=written)) == f'email: not a valid e-mail address: "{written}"'
    )


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("091", "091"),
        ("91", "091"),
        (91, "091"),
        ("Helsinki", "091"),
        ("HELSINKI", "091"),
        ("helsingfors", "091"),
        ("Mäntsälä", "505"),
        ("MÄNTSÄLÄ", "505"),
        ("mantsala", "505"),
        ("Karkkila", "224"),
        ("Högfors", "224"),
        ("esbo", "049"),
        ("Vanda", "092"),
    ],
)
def test_municipality_by_code_or_name_becomes_the_code(written: Any, code: str) -> None:
    model = Organisation.model_validate(org(level="local", municipalities=[written]))
    assert model.municipalities == [code]


def test_unknown_municipality_suggests_the_closest() -> None:
    assert only(Organisation, org(level="local", municipalities=["Helsinkki"])) == (
        'municipalities[0]: unknown municipality "Helsinkki" (did you mean "Helsinki"?)'
    )
    assert only(Organisation, org(level="local", municipalities=["Atlantis"])) == (
        'municipalities[0]: unknown municipality "Atlantis"'
    )


@pytest.mark.parametrize("written", [True, ["091"], 1.5])
def test_municipality_of_the_wrong_type(written: Any) -> None:
    assert only(Organisation, org(level="local", municipalities=[written])) == (
        "municipalities[0]: municipality must be a code or a name"
    )


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("01", "01"),
        (1, "01"),
        ("Uusimaa", "01"),
        ("nyland", "01"),
        ("LAPPI", "19"),
        ("Lapland", "19"),
    ],
)
def test_region_by_code_or_name(written: Any, code: str) -> None:
    assert Organisation.model_validate(org(level="regional", regions=[written])).regions == [code]


def test_unknown_region() -> None:
    assert only(Organisation, org(level="regional", regions=["Atlantis"])) == (
        'regions[0]: unknown region "Atlantis"'
    )


def test_area_by_level() -> None:
    assert only(Organisation, org(level="local")) == (
        "municipalities: a local organisation needs its municipalities"
    )
    assert only(Organisation, org(level="regional")) == (
        "a regional organisation needs its regions or municipalities"
    )
    assert problems(Organisation, org(level="regional", municipalities=["Espoo"])) == []
    assert problems(Organisation, org(level="national")) == []


def test_organisation_kind_and_unknown_fields() -> None:
    assert only(Organisation, org(kind="club")) == (
        'kind: "club" is not one of: association, municipality, wellbeing-services-county, '
        "parish, educational-institution, foundation, company or other"
    )
    assert only(Organisation, org(webiste="https://x.example/")) == (
        'webiste: unknown field (did you mean "website"?)'
    )
    assert only(Organisation, org(website="ftp://x.example/")) == (
        'website: must be an http(s) address, got "ftp://x.example/"'
    )


def test_a_web_address_holds_only_what_a_url_may() -> None:
    """Quotes, angle brackets and the like are percent-encoded, as a browser sends them; the
    rest of the address (non-ASCII letters, an existing escape, its query) is kept."""
    website = 'https://kärkölä.example/tapahtuma?"q"=<a>&b={1}|2^`x`\\%20'
    assert Organisation.model_validate(org(website=website)).website == (
        "https://kärkölä.example/tapahtuma?%22q%22=%3Ca%3E&b=%7B1%7D%7C2%5E%60x%60%5C%20"
    )


# --- localised text and languages ---------------------------------------------------------
def test_plain_text_is_in_the_main_language() -> None:
    assert Organisation.model_validate(ORG).name == {"fi": "Testiyhdistys ry"}
    swedish = Organisation.model_validate(org(language="sv"), context={"language": "sv"})
    assert swedish.name == {"sv": "Testiyhdistys ry"}


def test_localised_text_needs_a_language_and_no_empty_texts() -> None:
    assert only(Organisation, org(name={})) == "name: needs a text in at least one language"
    assert only(Organisation, org(name={"fi": "Nimi", "sv": ""})) == "name: the sv text is empty"
    assert only(Organisation, org(name={"xx": "Nimi"})) == (
        'name.xx: unknown language code "xx": use an ISO 639-1 code such as fi, sv, en, ar, so'
    )
    assert Organisation.model_validate(org(name={"AR": "جمعية"})).name == {"ar": "جمعية"}


def test_line_ends_in_texts_become_newlines() -> None:
    """A web form sends CRLF; a file read back has LF: the model keeps LF (and drops NUL)."""
    o = Organisation.model_validate(
        org(description="rivi\r\nrivi\rrivi\x85rivi", networks=["a\r\nb\x00"])
    )
    assert (o.description, o.networks) == ({"fi": "rivi\nrivi\nrivi\nrivi"}, ["a\nb"])
    item = NewsItem.model_validate(news(summary="yksi\r\nkaksi", body="\r\n\r\nteksti\r\n"))
    assert (item.summary, item.body) == ("yksi\nkaksi", "teksti")


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("fi", "fi"),
        ("FI", "fi"),
        (" sv ", "sv"),
        ("so", "so"),
        ("fa-AF", "fa-AF"),
        ("fa-af", "fa-AF"),
        ("FA-af", "fa-AF"),
        ("en-GB", "en-GB"),
    ],
)
def test_language_code_normalised(written: str, code: str) -> None:
    assert TypeAdapter(LanguageCode).validate_python(written) == code


@pytest.mark.parametrize("written", ["xx", "fin", "finnish", "fa-XX", ""])
def test_language_code_must_be_iso_639_1(written: str) -> None:
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(LanguageCode).validate_python(written)
    assert caught.value.errors()[0]["msg"] == (
        f'unknown language code "{written}": use an ISO 639-1 code such as fi, sv, en, ar, so'
    )


def test_language_code_must_be_text() -> None:
    with pytest.raises(ValidationError) as caught:
        TypeAdapter(LanguageCode).validate_python(12)
    assert caught.value.errors()[0]["msg"] == "language must be a code such as fi, sv or en"


# --- NewsItem -----------------------------------------------------------------------------
NEWS: dict[str, Any] = {
    "kind": "news",
    "title": "Otsikko",
    "date": "2026-11-01",
    "summary": "Tiivistelmä.",
}
PLACE = {"municipality": "Helsinki"}


def news(**fields: Any) -> dict[str, Any]:
    return {**NEWS, **fields}


def test_plain_news() -> None:
    item = NewsItem.model_validate(news(link="https://x.example/"))
    assert (item.kind, item.language, item.date) == ("news", "fi", dt.date(2026, 11, 1))
    assert only(NewsItem, news(start="2026-12-03 17:00", audience=["staff"])) == (
        "start, audience: only events and trainings have these"
    )
    assert only(NewsItem, news(employer="testi")) == "employer and deadline belong to job ads only"
    assert only(NewsItem, news(title={"fi": "Otsikko"})) == (
        "title: must be text, not a list or a mapping"
    )
    assert only(NewsItem, news(title="O")) == "title: must be at least 2 characters long"


def test_an_empty_body_is_no_body() -> None:
    assert NewsItem.model_validate(news(body="")).body is None
    assert NewsItem.model_validate(news(body=" \n ")).body is None


@pytest.mark.parametrize("kind", ["event", "training"])
def test_events_and_trainings(kind: str) -> None:
    article = "an" if kind == "event" else "a"
    assert only(NewsItem, news(kind=kind)) == f"start: {article} {kind} needs a start"
    assert only(NewsItem, news(kind=kind, start="2026-12-03 17:00")) == (
        f"{article} {kind} needs a place or online participation"
    )
    assert (
        only(
            NewsItem, news(kind=kind, start="2026-12-03 17:00", end="2026-12-03 16:00", place=PLACE)
        )
        == f"the {kind} ends (2026-12-03 16:00) before it starts (2026-12-03 17:00)"
    )
    item = NewsItem.model_validate(
        news(
            kind=kind,
            start="2026-12-03 17:00",
            end="2026-12-03 19:30",
            online={"link": "https://meet.example/x"},
            audience=["staff", "volunteers"],
            registration={"required": True, "email": "tapahtumat@testi.example"},
        )
    )
    assert (item.start, item.end) == (
        dt.datetime(2026, 12, 3, 17),
        dt.datetime(2026, 12, 3, 19, 30),
    )
    assert only(
        NewsItem, news(kind=kind, start="2026-12-03 17:00", place=PLACE, audience=["bosses"])
    ) == ('audience[0]: "bosses" is not one of: staff, volunteers, organisations or everyone')


def test_job_needs_employer_and_deadline() -> None:
    assert problems(NewsItem, news(kind="job")) == [
        "employer: a job ad needs an employer",
        "deadline: a job ad needs a deadline",
    ]
    assert only(NewsItem, news(kind="job", employer="testiyhdistys")) == (
        "deadline: a job ad needs a deadline"
    )
    job = NewsItem.model_validate(
        news(kind="job", employer="Testiyhdistys ry", deadline="2026-12-01")
    )
    assert (job.employer, job.deadline) == ("Testiyhdistys ry", dt.date(2026, 12, 1))
    assert only(
        NewsItem, news(kind="job", employer="Testi", deadline="2026-12-01", place=PLACE)
    ) == ("place: only events and trainings have these")


# --- Page ---------------------------------------------------------------------------------
def test_page() -> None:
    page = Page.model_validate({"title": " Tietoa ", "summary": "Mikä tukena on.", "menu": 2})
    assert (page.title, page.menu, page.body) == ("Tietoa", 2, None)
    assert only(Page, {"title": "Tietoa", "menu": 10}) == "menu: must be less than or equal to 9"
    assert only(Page, {"title": "Tietoa", "menu": 0}) == "menu: must be greater than or equal to 1"
    assert only(Page, {"title": "T"}) == "title: must be at least 2 characters long"
    assert only(Page, {"title": "Tietoa", "lang": "fi"}) == "lang: unknown field"
    assert only(Page, {}) == "title: required field is missing"
