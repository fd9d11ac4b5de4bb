"""Wording that reads right in each language: the partners after the organiser, a
language's counts naming the language, an activity's stage of integration and what it
offers, and Swedish calling a listed activity "aktivitet" everywhere (the UI, the content
pages and the forms), not "verksamhet" in some places. Literal texts are expected, so a
translation that slips back shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from tests.site_helpers import LANGUAGES, PREFIX, REPO, main, page, sample_content
from tests.site_helpers import sample_site as _sample_site
from tukena.schemas.languages import language_name
from tukena.site.i18n import translations
from tukena.status import Status

CONTENT, STATUS = sample_content()
LISTED = {slug: a for slug, a in CONTENT.activities.items() if STATUS[slug] is not Status.ENDED}

#: "verksamhet" where it means an organisation's operations or names a kind of activity
#: (vänverksamhet is a compound and does not match); a listed activity is "aktivitet"
SWEDISH_ALLOWED = ("Verksamhetsnivå", "Med i verksamheten")
VERKSAMHET = re.compile(r"\b[Vv]erksamhet\w*")


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


def swedish_texts(value: object, seen: set[int]) -> list[str]:
    """The Swedish texts of the fi/sv/en dicts in a module's globals, however nested."""
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, dict):
        if {"fi", "sv", "en"} <= set(value) and isinstance(value["sv"], str):
            return [value["sv"]]
        return [t for v in value.values() for t in swedish_texts(v, seen)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in swedish_texts(v, seen)]
    return []


def stray_verksamhet(text: str) -> list[str]:
    text = text.replace("organisationens egen verksamhet", "")
    for allowed in SWEDISH_ALLOWED:
        text = text.replace(allowed, "")
    return VERKSAMHET.findall(text)


def test_swedish_calls_a_listed_activity_aktivitet():
    import tukena.bot.mailtexts
    import tukena.forms.catalogue
    import tukena.forms.checktexts
    import tukena.forms.helptexts
    import tukena.forms.labels
    import tukena.forms.report
    import tukena.forms.ui
    import tukena.schemas.vocabulary

    path = REPO / "tukena/site/locale/sv/LC_MESSAGES/messages.po"
    with path.open("rb") as f:
        ui = [m.string for m in read_po(f) if m.id]
    texts = [s for t in ui for s in ([t] if isinstance(t, str) else t)]
    assert any("aktivitet" in t for t in texts)
    seen: set[int] = set()
    for module in (
        tukena.bot.mailtexts,
        tukena.forms.catalogue,
        tukena.forms.checktexts,
        tukena.forms.helptexts,
        tukena.forms.labels,
        tukena.forms.report,
        tukena.forms.ui,
        tukena.schemas.vocabulary,
    ):
        found = swedish_texts(vars(module), seen)
        assert found, module.__name__
        texts += found
    texts += [p.read_text("utf-8") for p in sorted(Path(REPO / "content/pages").glob("*.sv.md"))]
    assert [w for t in texts for w in stray_verksamhet(t)] == []


PARTNER_WORDS = {"fi": "yhteistyökumppani:", "sv": "i samarbete med", "en": "in cooperation with"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_partners_follow_the_organiser_in_words_each_language_can_say(site, lang):
    slug = next(s for s, a in sorted(LISTED.items()) if len(a.partners) == 1)
    (line,) = main(page(site, f"{PREFIX[lang]}activities/{slug}.html")).find_all("p", "organiser")
    organiser, partner = (a.text for a in line.find_all("a"))
    label = translations(lang).gettext("Organiser")
    assert line.text == f"{label}: {organiser}; {PARTNER_WORDS[lang]} {partner}"
    # more than one: Finnish names them in the plural, the others as they are
    several = translations(lang).ngettext(
        "in cooperation with %(partners)s", "in cooperation with %(partners)s", 2
    )
    assert (
        several
        == {
            "fi": "yhteistyökumppanit: %(partners)s",
            "sv": "i samarbete med %(partners)s",
            "en": "in cooperation with %(partners)s",
        }[lang]
    )


COUNTS = {
    "fi": "{held} toimintaa, joiden kieli on {name} · {help} muuta toimintaa, joissa apua kielellä {name}",
    "sv": "{held} aktiviteter på {name} · {help} andra aktiviteter med hjälp på {name}",
    "en": "{held} activities held in {name} · {help} other activities with help in {name}",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_languages_counts_name_the_language(site, lang):
    def held(code: str) -> int:
        return sum(code in a.languages for a in LISTED.values())

    def helped(code: str) -> int:
        return sum(code in a.support_languages and code not in a.languages for a in LISTED.values())

    codes = [c for c in ("ar", "fa-AF", "so", "uk") if held(c) > 1 and helped(c) > 1]
    assert codes
    index = main(page(site, f"{PREFIX[lang]}languages/"))
    lines = [n.text for n in index.find_all("span", "meta")]
    for code in codes:
        name = language_name(code, lang)
        want = COUNTS[lang].format(held=held(code), help=helped(code), name=name)
        assert want in lines, (code, lines)
        own = main(page(site, f"{PREFIX[lang]}languages/{code.lower()}.html"))
        assert want in [p.text for p in own.find_all("p")]


STAGE = {
    "fi": ("Kotoutumisen vaihe: asettumassa, pidempään asunut", "Mitä se tarjoaa"),
    "sv": ("Skede i integrationen: håller på att etablera sig, etablerad", "Vad den erbjuder"),
    "en": ("Stage of integration: settling in, settled here for longer", "What it offers"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_activity_says_its_stage_of_integration_and_what_it_offers(site, lang):
    slug = next(
        s
        for s, a in sorted(LISTED.items())
        if [str(p) for p in a.phases] == ["settling-in", "established"] and a.category
    )
    doc = main(page(site, f"{PREFIX[lang]}activities/{slug}.html"))
    stage, offers = STAGE[lang]
    assert stage in doc.text
    (category,) = doc.find_all("div", "fact-category")
    assert category.one("dt").text == offers
    assert "Kotoutumistarjotin" not in category.text


def test_swedish_forms_use_one_word_for_a_web_form():
    """The web forms are "formulär", as the site's menu and content pages say, never
    "blankett" in some messages; an organiser's own registration form may be one."""
    import tukena.forms.catalogue
    import tukena.forms.helptexts
    import tukena.forms.ui

    seen: set[int] = set()
    texts = [
        t
        for module in (tukena.forms.catalogue, tukena.forms.helptexts, tukena.forms.ui)
        for t in swedish_texts(vars(module), seen)
    ]
    assert any("formulär" in t for t in texts)
    assert [t for t in texts if re.search(r"\b[Bb]lankett", t)] == []
