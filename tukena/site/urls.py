"""Where every page lives: Finnish at the root, Swedish under /sv/, English under /en/.

Every route is the same in each language, so the language switcher only swaps the prefix.
"""

from __future__ import annotations

from tukena.reference import Municipality, fold

PREFIXES = {"fi": "", "sv": "sv/", "en": "en/"}


def prefix(lang: str) -> str:
    return PREFIXES.get(lang, f"{lang}/")


def page(lang: str, *parts: str) -> str:
    """Site-relative directory URL of a page: ``page("sv", "activities", "x") == "sv/activities/x/"``."""
    inner = "/".join(p.strip("/") for p in parts if p)
    return prefix(lang) + (inner + "/" if inner else "")


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
    return page(lang, "activities", slug)


def organisation(lang: str, slug: str) -> str:
    return page(lang, "organisations", slug)


def municipality(lang: str, m: Municipality) -> str:
    return page(lang, "municipalities", municipality_slug(m))


def form(lang: str, value: str) -> str:
    return page(lang, "forms", value)


def target_group(lang: str, value: str) -> str:
    return page(lang, "target-groups", value)


def news_item(lang: str, slug: str) -> str:
    return page(lang, "news", slug)


NEWS_LISTINGS = {"news": "news", "event": "events", "training": "trainings", "job": "jobs"}


def news_listing(lang: str, kind: str) -> str:
    """Listing of one kind of news item; items live under /news/<slug>/ whatever the kind."""
    return page(lang, NEWS_LISTINGS[kind] if kind != "news" else "news")
