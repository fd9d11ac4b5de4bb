"""Activities by language: a page for each language that current activities are held in or
offer help in (Finnish excepted), named in the UI language and in itself with
``lang`` and ``dir``; an index of them and the home page's chips. Expected values come from
the content files."""

from __future__ import annotations

import re

import pytest

from tests.site_helpers import (
    DAY,
    LANGUAGES,
    PREFIX,
    REPO,
    cards,
    edited,
    main,
    page,
    sample_content,
)
from tests.site_helpers import sample_site as _sample_site
from tukena.schemas.languages import language_name
from tukena.site.i18n import translations
from tukena.site.languages import endonym
from tukena.status import Status

CONTENT, STATUS = sample_content()
LISTED = {slug: a for slug, a in CONTENT.activities.items() if STATUS[slug] is not Status.ENDED}
#: written right to left (the issue names Arabic, Dari, Persian and Kurdish, as Sorani (ckb)
#: and as the plain ku of older listings; Pashto too)
RTL = {"ar", "ckb", "fa", "fa-AF", "ku", "ps"}


def held(code: str) -> set[str]:
    return {s for s, a in LISTED.items() if code in a.languages}


def helped(code: str) -> set[str]:
    return {s for s, a in LISTED.items() if code in a.support_languages} - held(code)


EXPECTED = {
    code for a in LISTED.values() for code in (*a.languages, *a.support_languages) if code != "fi"
}


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return _sample_site(tmp_path_factory).check().output


def test_names_of_languages_in_themselves():
    assert endonym("ar") == "العربية"
    assert endonym("fa-AF") == "دری"  # Dari, not "Persian (Afghanistan)"
    assert endonym("so") == "Soomaali"
    assert endonym("uk") == "українська"
    assert endonym("qq") == "qq"  # none known: the code


def test_a_right_to_left_languages_name_is_written_right_to_left():
    """The name a page shows with ``dir="rtl"`` is in a right-to-left script (Kurdish's
    too: Sorani's Arabic script, not the Latin of Kurmanji that Babel gives "ku")."""
    import unicodedata

    from tukena.schemas.languages import RTL_LANGUAGES, text_direction

    for code in sorted(RTL_LANGUAGES):
        name = endonym(code)
        strong = [
            unicodedata.bidirectional(c)
            for c in name
            if unicodedata.bidirectional(c) in ("L", "R", "AL")
        ]
        assert text_direction(code) == "rtl" and strong and strong[0] in ("R", "AL"), (code, name)


def test_the_sample_has_languages_held_and_only_helped_in():
    assert len(EXPECTED) >= 5
    assert any(held(c) and helped(c) for c in EXPECTED)
    assert any(helped(c) and not held(c) for c in EXPECTED)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_page_for_each_language_with_its_activities(site, lang):
    folder = site / PREFIX[lang] / "languages"
    assert {p.stem for p in folder.glob("*.html") if p.stem != "index"} == {
        c.lower() for c in EXPECTED
    } | {f"{c.lower()}-help" for c in EXPECTED if helped(c)}
    for code in EXPECTED:
        url = f"{PREFIX[lang]}languages/{code.lower()}.html"
        doc = main(page(site, url))
        assert language_name(code, lang) in doc.one("h1").text
        names = [p for p in doc.find_all("p") if "endonym" in p.classes()]
        if endonym(code) != language_name(code, lang):
            (name,) = names
            assert name.text == endonym(code) and name.get("lang") == code
            assert name.get("dir") == ("rtl" if code in RTL else "ltr")
        assert set(cards(doc)) == held(code), code
        empty = [p.text for p in doc.find_all("p") if "empty" in p.classes()]
        none_held = translations(lang).gettext(
            "No activities are held in %(language)s at the moment."
        ) % {"language": language_name(code, lang)}
        assert empty == ([] if held(code) else [none_held]), code  # not a bare "none"
        links = doc.links()
        search = [link for link in links if "search/" in link]
        assert search == ([f"/{PREFIX[lang]}search/?language={code}"] if held(code) else [])
        other = f"/{PREFIX[lang]}languages/{code.lower()}-help.html"
        assert (other in links) == bool(helped(code)), code
        if helped(code):
            help_page = main(page(site, other.lstrip("/")))
            assert set(cards(help_page)) == helped(code), code
            assert (f"/{url}" in help_page.links()) == bool(held(code))
            to_search = [link for link in help_page.links() if "search/" in link]
            assert to_search == [f"/{PREFIX[lang]}search/?help={code}"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_index_home_and_search_pages_lead_to_every_language(site, lang):
    where = {
        f"{PREFIX[lang]}languages/": ("ul", {"cls": "languages-list"}),
        PREFIX[lang]: ("section", {"aria-labelledby": "browse-languages"}),
        f"{PREFIX[lang]}search/": ("section", {"id": "search-browse"}),
    }
    for url, (tag, attrs) in where.items():
        section = main(page(site, url)).one(tag, **attrs)
        cls = "list" if tag == "ul" else "chips"
        rows = {}
        for item in section.find_all("li"):
            (link,) = item.links()
            if "/languages/" not in link:
                continue  # the search page's other chips
            code = link.rsplit("/", 1)[1].removesuffix(".html")
            rows[code] = item
            name = item.one("span", lang=next(c for c in EXPECTED if c.lower() == code))
            assert name.text == endonym(name.get("lang"))
            assert name.get("dir") == ("rtl" if name.get("lang") in RTL else "ltr")
            numbers = [int(n) for n in re.findall(r"\d+", item.text.replace(name.text, ""))]
            code_ = name.get("lang")
            if cls == "chips":
                assert numbers == [len(held(code_)) + len(helped(code_))]
            else:
                assert numbers == [n for n in (len(held(code_)), len(helped(code_))) if n]
        assert set(rows) == {c.lower() for c in EXPECTED}, url
        assert "fi" not in rows and "sv" in rows


def test_a_language_page_is_rendered_again_when_its_activities_change():
    from tukena.site.catalogue import build
    from tukena.site.config import SiteConfig
    from tukena.site.fingerprints import fingerprints
    from tukena.site.routes import pages

    config = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY)
    before = build(CONTENT, config)
    jobs = [j for j in pages(before) if j.kind in ("language", "language-help") and j.lang == "en"]
    slug = next(s for s in sorted(LISTED) if helped("ar") & {s})
    activity = CONTENT.activities[slug]
    changed = activity.model_copy(update={"summary": {"fi": "Uusi kuvaus"}})
    after = build(edited(CONTENT, "activities", slug, changed), config)
    old, new = fingerprints(before, jobs, "code"), fingerprints(after, jobs, "code")
    changed = {(job.kind, job.key) for job in jobs if old[job.url] != new[job.url]}
    held_in = {("language", c) for c in activity.languages}
    help_in = {("language-help", c) for c in activity.support_languages if helped(c) & {slug}}
    assert changed == {(kind, c) for kind, c in held_in | help_in if c in EXPECTED}
    assert ("language-help", "ar") in changed


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_activity_page_links_its_languages_pages(site, lang):
    spoken = translations(lang).gettext("Languages spoken")
    helping = translations(lang).gettext("Help available in")
    assert any(set(a.support_languages) & set(a.languages) for a in CONTENT.activities.values())
    linked = 0
    for slug, activity in CONTENT.activities.items():
        doc = main(page(site, f"{PREFIX[lang]}activities/{slug}.html"))
        rows = [row for row in doc.one("dl", cls="facts").elements if row.tag == "div"]
        facts = {row.one("dt").text: row.one("dd") for row in rows}
        # help in the languages it is not held in, as its card says (those it is, above)
        for term, codes in ((spoken, activity.languages), (helping, activity.help_languages)):
            if not codes:
                assert term not in facts
                continue
            cell = facts[term]
            assert cell.text == ", ".join(language_name(c, lang) for c in codes)
            expected = [
                f"/{PREFIX[lang]}languages/{c.lower()}.html"
                for c in codes
                if c != "fi" and slug in LISTED
            ]
            assert cell.links() == expected, slug
            linked += len(expected)
    assert linked > 20


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_has_a_feed_of_its_newest_activities(site, lang):
    from tests.test_site_exports_feeds import XML_LANG, A, read_feed, text
    from tukena.site.exports.localfeeds import LOCAL_FEED_SIZE

    for code in EXPECTED:
        path = f"{PREFIX[lang]}feeds/languages/{code.lower()}.atom.xml"
        root = read_feed(site, path)
        assert root.get(XML_LANG) == lang and language_name(code, lang) in text(root, "title")
        links = {link.get("rel"): link.get("href") for link in root.findall(f"{A}link")}
        url = f"/{PREFIX[lang]}languages/{code.lower()}.html"
        assert links == {"self": f"/{path}", "alternate": url}
        members = sorted(
            held(code) | helped(code), key=lambda s: (LISTED[s].verified, s), reverse=True
        )
        slugs = [
            e.find(f"{A}link").get("href").removesuffix(".html").rpartition("/")[2]
            for e in root.findall(f"{A}entry")
        ]
        assert slugs == members[:LOCAL_FEED_SIZE], code
        doc = page(site, url.lstrip("/"))
        feeds = doc.one("head").find_all("link", type="application/atom+xml")
        assert f"/{path}" in [n.get("href") for n in feeds]
        assert f"/{path}" in main(doc).links()
