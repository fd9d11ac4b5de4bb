"""Where every page lives: Finnish at the root, Swedish under /sv/, English under /en/.

Every route is the same in each language, so the language switcher only swaps the prefix.
Sections and content pages are folders (``sv/municipalities/``, ``about/``); the pages of
single items are files in their section (``sv/activities/<slug>.html``), with their
calendar beside them (``sv/activities/<slug>.ics``). One file, not a folder and a file, for
each of tens of thousands of items: creating folders is most of the cost of writing a large
site on many file systems, and any static host serves the files as they are.
A long list's later pages are in a folder named after it (``forms/language-cafe/2.html``,
:mod:`tukena.site.paging`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from tukena.reference import Municipality, fold

PREFIXES = {"fi": "", "sv": "sv/", "en": "en/"}
PAGE = ".html"
CALENDAR = ".ics"  # an item's calendar: its page's address with this suffix
NOT_FOUND = "404.html"  # in each language's folder
OFFLINE = "offline.html"  # in each language's folder: what the service worker shows offline
WORKER = "sw.js"  # the service worker, at the site's root


def prefix(lang: str) -> str:
    return PREFIXES.get(lang, f"{lang}/")


def page(lang: str, *parts: str) -> str:
    """Site-relative directory URL of a page: ``page("sv", "activities", "x") == "sv/activities/x/"``."""
    inner = "/".join(p.strip("/") for p in parts if p)
    return prefix(lang) + (inner + "/" if inner else "")


def item(lang: str, section: str, slug: str) -> str:
    """Site-relative URL of one item's page: ``item("sv", "activities", "x") == "sv/activities/x.html"``."""
    return f"{prefix(lang)}{section}/{slug}{PAGE}"


def calendar(page_url: str) -> str:
    """The calendar beside an item's page: ``activities/x.html`` → ``activities/x.ics``."""
    return page_url.removesuffix(PAGE) + CALENDAR


def output_path(url: str) -> str:
    """File to write for a site-relative URL: directories get ``index.html``."""
    return url + "index.html" if url == "" or url.endswith("/") else url


def swap_language(url: str, lang: str) -> str:
    """The same page in another language."""
    for pre in PREFIXES.values():
        if pre and url.startswith(pre):
            return prefix(lang) + url[len(pre) :]
    return prefix(lang) + url


def municipality_slug(municipality: Municipality) -> str:
    """``Mäntsälä`` → ``mantsala``: the Finnish name, folded, for the page address."""
    return fold(municipality.name_fi).replace(" ", "-")


def activity(lang: str, slug: str) -> str:
    return item(lang, "activities", slug)


def calendar_language(
    listing: Collection[str], main: str, ui: str, languages: Sequence[str]
) -> str:
    """The language of the calendar that an activity's page in ``ui`` links to.

    Calendars hold the listing's own texts, so there is one in each UI language the listing
    is written in (``listing``: the languages of its title); a page in any other UI language
    links to the one in the listing's main language, or in the first UI language when the
    main language is not one of them. Most listings are in Finnish only: one calendar each,
    not three.
    """
    if ui in listing:
        return ui
    return main if main in languages else languages[0]


def activity_calendar(lang: str, slug: str) -> str:
    return calendar(activity(lang, slug))


def organisation(lang: str, slug: str) -> str:
    return item(lang, "organisations", slug)


def organisation_calendar(lang: str, slug: str) -> str:
    return calendar(organisation(lang, slug))


def municipality(lang: str, m: Municipality) -> str:
    return item(lang, "municipalities", municipality_slug(m))


def directory_data(lang: str) -> str:
    """What the organisation directory's filters search: ``organisations/directory.json``."""
    return f"{prefix(lang)}organisations/directory.json"


def municipality_outlines(lang: str) -> str:
    """Where each municipality is, for the "near me" button: ``municipalities/outlines.json``."""
    return f"{prefix(lang)}municipalities/outlines.json"


def municipality_feed(lang: str, m: Municipality) -> str:
    """The Atom feed of a municipality's new and updated activities:
    ``feeds/municipalities/vantaa.atom.xml``, ``sv/feeds/municipalities/vanda.atom.xml``."""
    return f"{prefix(lang)}feeds/municipalities/{municipality_slug(m)}.atom.xml"


def form(lang: str, value: str) -> str:
    return item(lang, "forms", value)


def language(lang: str, code: str) -> str:
    """The page of the activities in a language: ``language("sv", "fa-AF") == "sv/languages/fa-af.html"``."""
    return item(lang, "languages", code.lower())


def language_feed(lang: str, code: str) -> str:
    """The Atom feed of the new and updated activities held in a language or with help in
    it: ``language_feed("sv", "fa-AF") == "sv/feeds/languages/fa-af.atom.xml"``."""
    return f"{prefix(lang)}feeds/languages/{code.lower()}.atom.xml"


def language_help(lang: str, code: str) -> str:
    """The page of the activities held in other languages with help in this one."""
    return item(lang, "languages", f"{code.lower()}-help")


def coverage(lang: str, form: str = "") -> str:
    """The coverage map of one activity form, or of every form with ``""``."""
    return item(lang, "coverage", form) if form else page(lang, "coverage")


def target_group(lang: str, value: str) -> str:
    return item(lang, "target-groups", value)


def news_item(lang: str, slug: str) -> str:
    return item(lang, "news", slug)


def news_calendar_language(language: str, languages: Sequence[str]) -> str:
    """The UI language whose folder holds the calendar of a news item in ``language``: as
    for an activity written in that language only (:func:`calendar_language`)."""
    return calendar_language((language,), language, languages[0], languages)


def news_calendar(slug: str, language: str, languages: Sequence[str]) -> str:
    """An event's or training's calendar: beside its page in its own language (``language``),
    or in the first UI language when that is not one of them. Its pages in every UI
    language link to this one file."""
    return calendar(news_item(news_calendar_language(language, languages), slug))


NEWS_LISTINGS = {"news": "news", "event": "events", "training": "trainings", "job": "jobs"}


def news_listing(lang: str, kind: str) -> str:
    """Listing of one kind of news item; items live at /news/<slug>.html whatever the kind."""
    return page(lang, NEWS_LISTINGS[kind] if kind != "news" else "news")
