"""A listing's texts in languages the UI does not have (Arabic, Somali, Ukrainian...) are on
its page: named in themselves at the top, each leading to a section with its own ``lang``
and ``dir``. Expected values come from the content files."""

from __future__ import annotations

import re

import pytest

from tests.site_helpers import (
    DAY,
    LANGUAGES,
    PREFIX,
    REPO,
    edited,
    main,
    page,
    sample_content,
    slugs,
)
from tests.site_helpers import sample_site as _sample_site
from tukena.schemas.languages import language_name
from tukena.site import catalogue
from tukena.site.config import SiteConfig
from tukena.site.i18n import translations
from tukena.site.languages import endonym
from tukena.site.markup import to_html
from tukena.site.views import ActivityView

CONTENT, _ = sample_content()
RTL = {"ar", "fa", "fa-AF", "ku", "ps"}


def expected(
    texts: tuple[dict[str, str] | None, ...], main: str, lang: str, where: str
) -> list[str]:
    """The languages of a listing's texts (an activity's title, summary and description, an
    organisation's name and description), in the order the file first names them, but for
    the UI languages and those the page shows: each text's in the UI language, else in the
    listing's main language (some sample listings are written in Dari, Somali... first)."""
    order: list[str] = []
    shown = set()
    for text in texts:
        order += [code for code in text or {} if code not in order]
        if text:
            shown.add(lang if lang in text else main if main in text else "?")
    assert "?" not in shown, where  # the sample has each text in the main language
    return [code for code in order if code not in {*LANGUAGES, *shown}]


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()


def _check(doc, top, texts, main_language: str, lang: str, label: str, where: str) -> int:
    """The links at the ``top`` of a page and its sections for a listing's ``texts`` (title,
    summary, description) in other languages; the number of right-to-left ones, or -1 when
    it has none."""
    codes = expected(texts, main_language, lang, where)
    sections = doc.find_all("section", cls="other-text")
    if not codes:
        assert doc.find("p", cls="other-texts") is None and not sections, where
        return -1
    links = top.one("p", cls="other-texts")
    assert links.text.startswith(f"{label}:"), where
    assert links.links() == [f"#text-{code.lower()}" for code in codes], where
    assert [s.get("id") for s in sections] == [f"text-{code.lower()}" for code in codes]
    title, summary, description = texts
    rtl = 0
    for code, link, section in zip(codes, links.find_all("a"), sections, strict=True):
        direction = "rtl" if code in RTL else "ltr"
        rtl += direction == "rtl"
        name, own = language_name(code, lang), endonym(code)
        for node in (link, section.one("h2")):
            assert node.one("span", lang=code, dir=direction).text == own
            assert node.text == (own if own == name else f"{own} – {name}"), (where, code)
        assert section.get("aria-labelledby") == section.one("h2").get("id")
        body = section.one("div", cls="prose")
        assert (body.get("lang"), body.get("dir")) == (code, direction)
        heading = title.get(code)
        assert [h.text for h in body.find_all("h3")][:1] == ([heading] if heading else [])
        lead = (summary or {}).get(code)
        assert [p.text for p in body.find_all("p", cls="lead")] == ([lead] if lead else [])
        markdown = (description or {}).get(code)
        if markdown:
            assert _plain(to_html(markdown)) in body.text, (where, code)
        else:
            tags = ["h3"] * bool(heading) + ["p"] * bool(lead)
            assert [e.tag for e in body.elements] == tags
    return rtl


def _each_page(site, lang: str, folder: str, items: dict, top: dict, texts, label: str) -> list:
    """:func:`_check` on the page of each of ``items`` (``texts(item)``: its title, summary
    and description), the links sought in its element ``top``; the results."""
    found = []
    for slug, item in items.items():
        doc = main(page(site, f"{PREFIX[lang]}{folder}/{slug}.html"))
        where = doc.one(**top)
        found.append(_check(doc, where, texts(item), item.language, lang, label, slug))
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_activity_page_has_the_listing_in_its_other_languages(site, lang):
    label = translations(lang).gettext("This listing in other languages")
    top = {"tag": "header", "cls": "activity-header"}
    found = _each_page(
        site, lang, "activities", CONTENT.activities, top,
        lambda a: (a.title, a.summary, a.description), label,
    )  # fmt: skip
    assert sum(n >= 0 for n in found) >= 20 and sum(n for n in found if n > 0) >= 10


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_organisation_page_has_its_details_in_its_other_languages(site, lang):
    label = translations(lang).gettext("These details in other languages")
    top = {"tag": "div", "cls": "organisation"}
    found = _each_page(
        site, lang, "organisations", CONTENT.organisations, top,
        lambda o: (o.name, None, o.description), label,
    )  # fmt: skip
    assert sum(n >= 0 for n in found) >= 4 and sum(n for n in found if n > 0) >= 2
    for slug, n in zip(CONTENT.organisations, found, strict=True):
        if n >= 0:  # the links come right after the name
            box = main(page(site, f"{PREFIX[lang]}organisations/{slug}.html")).one(**top)
            assert box.elements[0].tag == "h1" and "other-texts" in box.elements[1].classes()


def test_the_language_the_page_shows_is_not_repeated():
    """A listing written in Arabic and Somali only: its Arabic text is what every UI
    language shows (its main language), so only Somali gets a section; a text in Somali
    alone would be what the page shows, and Somali would get none."""
    slug = next(
        s
        for s, a in CONTENT.activities.items()
        if not expected((a.title, a.summary, a.description), a.language, "fi", s)
    )
    original = CONTENT.activities[slug]
    texts = {"ar": "نادي", "so": "Naadi"}
    changed = original.model_copy(
        update={
            "language": "ar",
            "title": texts,
            "summary": {"so": "Kulan", "ar": "لقاء"},
            "description": {"ar": "تعال", "so": "Kaalay **maanta**."},
        }
    )
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    cat = catalogue.build(edited(CONTENT, "activities", slug, changed), config)
    for lang in LANGUAGES:
        view = ActivityView(cat, slug, lang)
        assert (view.title.lang, view.summary.lang) == ("ar", "ar")
        (somali,) = view.other_texts
        assert (somali["code"], somali["id"], somali["dir"]) == ("so", "text-so", "ltr")
        assert (somali["title"], somali["summary"]) == ("Naadi", "Kulan")
        assert somali["description"] == "<p>Kaalay <strong>maanta</strong>.</p>\n"
        assert somali["endonym"] == "Soomaali"
        assert somali["name"] == language_name("so", lang)
    alone = changed.model_copy(update={"description": {"so": "Kaalay."}, "summary": texts})
    cat = catalogue.build(edited(CONTENT, "activities", slug, alone), config)
    assert ActivityView(cat, slug, "en").description.lang == "so"
    assert ActivityView(cat, slug, "en").other_texts == []
    titled = original.model_copy(update={"title": {"fi": "Kerho", "en": "Club", "uk": "Клуб"}})
    cat = catalogue.build(edited(CONTENT, "activities", slug, titled), config)
    for lang in LANGUAGES:  # English is a UI language, which the switcher leads to
        (ukrainian,) = ActivityView(cat, slug, lang).other_texts
        assert (ukrainian["code"], ukrainian["title"]) == ("uk", "Клуб")
        assert ukrainian["summary"] is None and ukrainian["description"] is None


def _shown(texts: dict[str, str], lang: str, main: str) -> str:
    return lang if lang in texts else main if main in texts else next(iter(texts))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_cards_show_the_title_in_further_languages(site, lang):
    """Under the title it links, a card shows the listing's title in the languages that are
    neither UI languages nor the one it links, each with its lang and dir: on a language's
    page, a reader of that language recognises the listings written in it."""
    folder = site / PREFIX[lang] / "languages"
    seen = rtl = 0
    for path in sorted(folder.glob("*.html")):
        doc = main(page(site, f"{PREFIX[lang]}languages/{path.name}"))
        for card in doc.find_all("article", cls="card"):
            (slug,) = slugs(card)
            a = CONTENT.activities[slug]
            shown = _shown(a.title, lang, a.language)
            expected = [(c, t) for c, t in a.title.items() if c not in LANGUAGES and c != shown]
            line = card.find("p", cls="card-other-titles")
            if not expected:
                assert line is None, slug
                continue
            seen += 1
            spans = line.find_all("span")
            assert [(s.get("lang"), s.text) for s in spans] == expected, slug
            for s in spans:
                assert s.get("dir") == ("rtl" if s.get("lang") in RTL else "ltr")
                rtl += s.get("dir") == "rtl"
            assert line.text == " · ".join(t for _, t in expected)
    assert seen > 20 and rtl > 10


def test_an_organisation_in_another_main_language_does_not_repeat_it():
    from tukena.site.pages import _organisation

    slug = next(iter(CONTENT.organisations))
    org = CONTENT.organisations[slug].model_copy(
        update={
            "language": "so",
            "name": {"so": "Ururka", "ar": "الجمعية"},
            "description": {"so": "Waxaan caawinaa."},
        }
    )
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    cat = catalogue.build(edited(CONTENT, "organisations", slug, org), config)
    for lang in LANGUAGES:
        context = _organisation(cat, slug, lang)
        assert context["name"].lang == "so" and context["description"].lang == "so"
        (arabic,) = context["other_texts"]
        assert (arabic["code"], arabic["title"], arabic["description"]) == ("ar", "الجمعية", None)


def test_the_shown_language_is_the_one_the_page_picks():
    """``othertexts.shown`` names the language :func:`~tukena.site.texts.localise` picks,
    without making the text: for every text of every sample listing, in every UI language,
    and for texts with neither the UI nor the main language."""
    from tukena.site.othertexts import shown
    from tukena.site.texts import localise

    cases = [
        (texts, a.language)
        for a in CONTENT.activities.values()
        for texts in (a.title, a.summary, a.description)
    ]
    cases += [({"so": "a", "ar": "b"}, "fi"), ({"uk": "c"}, "uk"), (None, "fi"), ({}, "fi")]
    for texts, main_language in cases:
        for lang in LANGUAGES:
            picked = localise(texts, lang, main_language)
            assert shown(texts, lang, main_language) == (picked.lang if picked else None)
