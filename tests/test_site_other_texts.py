"""A listing's texts in languages the UI does not have (Arabic, Somali, Ukrainian...) are on
its page: named in themselves at the top, each leading to a section with its own ``lang``
and ``dir``. Expected values come from the content files."""

from __future__ import annotations

import datetime as dt
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
RTL = {"ar", "ckb", "fa", "fa-AF", "ku", "ps"}
MAIN_PARTS = ("title", "summary", "description")


#: The labels the page gives a listing's further texts, by their part (see ``activity_texts``).
LABELS = {
    "when": "When",
    "where": "Where",
    "access": "Accessibility",
    "online": "Online",
    "cost": "Cost",
    "join": "How to join",
    "referrals": "For professionals",
    "contact": "Contact",
}


def activity_texts(a) -> list[tuple[str, list]]:
    """An activity's localised texts that its page shows, by part, in the page's order: the
    fee only of a paid activity; an activity meeting in two places has two names."""
    places = a.locations
    return [
        ("title", [a.title]),
        ("summary", [a.summary]),
        ("description", [a.description]),
        ("when", [a.schedule.note]),
        ("where", [p.name for p in places]),
        ("access", [p.accessibility.notes for p in places if p.accessibility]),
        ("online", [a.online.instructions if a.online else None]),
        ("cost", [None if a.cost.free else a.cost.fee]),
        ("join", [a.registration.instructions]),
        ("referrals", [a.referrals.instructions]),
        ("contact", [a.contact.name]),
    ]


def organisation_texts(o) -> list[tuple[str, list]]:
    return [("title", [o.name]), ("description", [o.description])]


def expected(parts: list[tuple[str, list]], main: str, lang: str) -> dict[str, dict]:
    """By language, in the order the file first names them, but for the UI languages: the
    texts in it by part, but those the page shows already (each text is shown in the UI
    language, else in the listing's main language, else in its first); languages left
    without a text are left out."""
    order: list[str] = []
    for _, texts in parts:
        for text in texts:
            order += [code for code in text or {} if code not in order]
    out = {}
    for code in order:
        found = {}
        for key, texts in parts:
            values = [t[code] for t in texts if t and code in t and _shown(t, lang, main) != code]
            if values:
                found[key] = values
        if found and code not in LANGUAGES:
            out[code] = found
    return out


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html)).strip()


def _check(doc, top, parts, main_language: str, lang: str, label: str, where: str) -> int:
    """The links at the ``top`` of a page and its sections for a listing's texts (``parts``:
    see :func:`activity_texts`) in other languages; the number of right-to-left ones, or -1
    when it has none."""
    wanted = expected(parts, main_language, lang)
    codes = list(wanted)
    sections = doc.find_all("section", cls="other-text")
    if not codes:
        assert doc.find("p", cls="other-texts") is None and not sections, where
        return -1
    links = top.one("p", cls="other-texts")
    assert links.text.startswith(f"{label}:"), where
    assert links.links() == [f"#text-{code.lower()}" for code in codes], where
    assert [s.get("id") for s in sections] == [f"text-{code.lower()}" for code in codes]
    gettext = translations(lang).gettext
    rtl = 0
    for code, link, section in zip(codes, links.find_all("a"), sections, strict=True):
        direction = "rtl" if code in RTL else "ltr"
        rtl += direction == "rtl"
        name, own = language_name(code, lang), endonym(code)
        for node in (link, section.one("h2")):
            assert node.one("span", lang=code, dir=direction).text == own
            assert node.text == (own if own == name else f"{own} – {name}"), (where, code)
        assert section.get("aria-labelledby") == section.one("h2").get("id")
        texts = wanted[code]
        (heading,), (lead,), (markdown,) = (texts.get(k, [None]) for k in MAIN_PARTS)
        bodies = section.find_all("div", cls="prose")
        if not (heading or lead or markdown):
            assert not bodies, (where, code)
        else:
            (body,) = bodies
            assert (body.get("lang"), body.get("dir")) == (code, direction)
            assert [h.text for h in body.find_all("h3")] == ([heading] if heading else [])
            assert [p.text for p in body.find_all("p", cls="lead")] == ([lead] if lead else [])
            if markdown:
                assert _plain(to_html(markdown, code)) in body.text, (where, code)
            else:
                tags = ["h3"] * bool(heading) + ["p"] * bool(lead)
                assert [e.tag for e in body.elements] == tags
        facts = [(k, v) for k, v in texts.items() if k not in MAIN_PARTS]
        lists = section.find_all("dl", cls="other-text-facts")
        if not facts:
            assert not lists, (where, code)
            continue
        (dl,) = lists
        rows = [(row.one("dt").text, row.find_all("dd")) for row in dl.elements]
        assert [(dt, [dd.text for dd in dds]) for dt, dds in rows] == [
            (gettext(LABELS[key]), values) for key, values in facts
        ], (where, code)
        for _, dds in rows:
            assert {(dd.get("lang"), dd.get("dir")) for dd in dds} == {(code, direction)}
    return rtl


def _each_page(site, lang: str, folder: str, items: dict, top: dict, texts, label: str) -> list:
    """:func:`_check` on the page of each of ``items`` (``texts(item)``: its localised texts
    by part), the links sought in its element ``top``; the results."""
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
        activity_texts, label,
    )  # fmt: skip
    assert sum(n >= 0 for n in found) >= 20 and sum(n for n in found if n > 0) >= 10
    # the fee, how to register... are in some of the sections checked
    facts = [
        key
        for a in CONTENT.activities.values()
        for texts in expected(activity_texts(a), a.language, lang).values()
        for key in texts
        if key not in MAIN_PARTS
    ]
    assert {"cost", "join"} <= set(facts) and len(facts) >= 4


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_organisation_page_has_its_details_in_its_other_languages(site, lang):
    label = translations(lang).gettext("These details in other languages")
    top = {"tag": "div", "cls": "organisation"}
    found = _each_page(
        site, lang, "organisations", CONTENT.organisations, top,
        organisation_texts, label,
    )  # fmt: skip
    assert sum(n >= 0 for n in found) >= 4 and sum(n for n in found if n > 0) >= 2
    for slug, n in zip(CONTENT.organisations, found, strict=True):
        if n >= 0:  # the links come right after the name
            box = main(page(site, f"{PREFIX[lang]}organisations/{slug}.html")).one(**top)
            assert box.elements[0].tag == "h1" and "other-texts" in box.elements[1].classes()


def _plain_listing() -> str:
    """A sample activity without texts in any language but the UI's."""
    return next(
        s
        for s, a in CONTENT.activities.items()
        if not expected(activity_texts(a), a.language, "fi")
    )


def test_the_language_the_page_shows_is_not_repeated():
    """A listing written in Arabic and Somali only: its Arabic text is what every UI
    language shows (its main language), so only Somali gets a section; a text in Somali
    alone is what the page shows, and is not repeated in Somali's section."""
    slug = _plain_listing()
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
    (somali,) = ActivityView(cat, slug, "en").other_texts
    assert (somali["title"], somali["summary"], somali["description"]) == ("Naadi",) * 2 + (None,)
    only = alone.model_copy(update={"title": {"ar": "نادي"}, "summary": {"ar": "لقاء"}})
    cat = catalogue.build(edited(CONTENT, "activities", slug, only), config)
    assert ActivityView(cat, slug, "en").other_texts == []
    titled = original.model_copy(update={"title": {"fi": "Kerho", "en": "Club", "uk": "Клуб"}})
    cat = catalogue.build(edited(CONTENT, "activities", slug, titled), config)
    for lang in LANGUAGES:  # English is a UI language, which the switcher leads to
        (ukrainian,) = ActivityView(cat, slug, lang).other_texts
        assert (ukrainian["code"], ukrainian["title"]) == ("uk", "Клуб")
        assert ukrainian["summary"] is None and ukrainian["description"] is None


def test_how_to_join_the_fee_and_the_places_are_in_the_section_too():
    """Beside its name, introduction and description, a section holds the listing's other
    texts in its language, each under the label the page gives it, in the page's order: a
    place's name (one per place), its accessibility notes, the schedule's note, how to join
    online, the fee, how to register, how professionals refer, the contact's name. The fee
    of a free activity is not on the page, so not there either; a language with nothing
    but such texts gets a section of them alone."""
    slug = _plain_listing()
    a = CONTENT.activities[slug]
    so = {"fi": "Suomeksi", "so": "Af-Soomaali"}
    place = {"name": {"fi": "Kirjasto", "so": "Maktabadda"}, "municipality": "091"}
    access = {"step_free": True, "notes": {"fi": "Hissi", "so": "Wiish"}}
    changed = type(a).model_validate(
        {
            **a.model_dump(mode="json", exclude_none=True),
            "language": "fi",
            "locations": [place, {**place, "name": {"so": "Xarunta"}, "accessibility": access}],
            "online": {"link": "https://example.org/j", "instructions": {**so, "so": "Ku biir"}},
            "cost": {"free": False, "fee": {**so, "so": "5 euro"}},
            "registration": {"required": False, "instructions": {**so, "so": "Soo wac"}},
            "referrals": {"accepted": True, "instructions": {**so, "so": "Qor"}},
            "contact": {"name": {**so, "so": "Isuduwaha"}, "email": "a@example.org"},
        },
        context={"language": "fi"},
    )
    changed = changed.model_copy(
        update={"schedule": changed.schedule.model_copy(update={"note": {**so, "so": "Fiid"}})}
    )
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    cat = catalogue.build(edited(CONTENT, "activities", slug, changed), config)
    for lang in LANGUAGES:
        (somali,) = ActivityView(cat, slug, lang).other_texts
        assert (somali["title"], somali["summary"], somali["description"]) == (None,) * 3
        assert somali["facts"] == [
            ("when", ["Fiid"]),
            ("where", ["Maktabadda"]),  # the second place has only Somali: the page shows it
            ("access", ["Wiish"]),
            ("online", ["Ku biir"]),
            ("cost", ["5 euro"]),
            ("join", ["Soo wac"]),
            ("referrals", ["Qor"]),
            ("contact", ["Isuduwaha"]),
        ]
    free = changed.model_copy(update={"cost": changed.cost.model_copy(update={"free": True})})
    cat = catalogue.build(edited(CONTENT, "activities", slug, free), config)
    (somali,) = ActivityView(cat, slug, "sv").other_texts
    assert "cost" not in dict(somali["facts"])
    two = changed.model_copy(update={"locations": [changed.locations[0]] * 2})
    cat = catalogue.build(edited(CONTENT, "activities", slug, two), config)
    (somali,) = ActivityView(cat, slug, "fi").other_texts
    assert dict(somali["facts"])["where"] == ["Maktabadda", "Maktabadda"]


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


def test_an_ended_activitys_section_says_no_more_how_to_register_or_refer_than_its_page():
    """The page of an ended activity leaves out the organiser's words on how to register
    and how professionals refer: its section in another language leaves them out too."""
    slug = _plain_listing()
    a = CONTENT.activities[slug]
    so = {"fi": "Suomeksi", "so": "Af-Soomaali"}
    changed = type(a).model_validate(
        {
            **a.model_dump(mode="json", exclude_none=True),
            "language": "fi",
            "registration": {"required": False, "instructions": {**so, "so": "Soo wac"}},
            "referrals": {"accepted": True, "instructions": {**so, "so": "Qor"}},
            "contact": {"name": {**so, "so": "Isuduwaha"}, "email": "a@example.org"},
        },
        context={"language": "fi"},
    )
    ended = changed.model_copy(update={"valid_until": DAY - dt.timedelta(days=1)})
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    for listing, facts in (
        (changed, [("join", ["Soo wac"]), ("referrals", ["Qor"]), ("contact", ["Isuduwaha"])]),
        (ended, [("contact", ["Isuduwaha"])]),
    ):
        cat = catalogue.build(edited(CONTENT, "activities", slug, listing), config)
        for lang in LANGUAGES:
            (somali,) = ActivityView(cat, slug, lang).other_texts
            assert somali["facts"] == facts
