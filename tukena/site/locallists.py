"""A municipality's activities of one form, when there are more than its page shows.

At 10,000 activities Helsinki's page held 1,179 cards (930 kB of HTML): a person on a
phone scrolled past dozens of language cafés to reach the peer groups. A municipality's
page now shows the first :attr:`~tukena.site.config.SiteConfig.group_size` activities of
each form and links the rest: a list of its own
(``municipalities/helsinki/language-cafe.html``), split into pages like every long list
(:mod:`tukena.site.paging`), in the order the municipality's page shows them: the page
shows the start of the list. Only the forms that need one get a list.
"""

from __future__ import annotations

from tukena import reference
from tukena.schemas.vocabulary import ActivityForm, label
from tukena.site import paging, urls
from tukena.site.catalogue import Catalogue
from tukena.site.refs import municipality_ref

KIND = "municipality-form"


def key(code: str, form: ActivityForm) -> str:
    """A list's key: ``"091/language-cafe"``."""
    return f"{code}/{form.value}"


def parts(list_key: str) -> tuple[str, ActivityForm]:
    """The municipality code and the form of a list's key."""
    code, form = list_key.split("/", 1)
    return code, ActivityForm(form)


def grouped(cat: Catalogue, code: str) -> dict[ActivityForm, list[str]]:
    """A municipality's current activities by form (forms in vocabulary order, activities
    in catalogue order; an activity of several forms in each), made once a build: its page
    shows them in every language and its lists read them."""
    memo = ("by form", code)
    found = cat.memo.get(memo)
    if found is None:
        by: dict[ActivityForm, list[str]] = {f: [] for f in ActivityForm}
        for slug in cat.by_municipality.get(code, []):
            for form in dict.fromkeys(cat.activities[slug].forms):
                by[form].append(slug)
        found = cat.memo[memo] = {f: listed for f, listed in by.items() if listed}
    return found


def index(cat: Catalogue) -> dict[str, list[str]]:
    """Every list the site has (:func:`key` → its activities): a municipality's
    activities of a form when they are more than its page shows."""
    found = cat.memo.get(KIND)
    if found is None:
        size = cat.config.group_size
        found = cat.memo[KIND] = {
            key(code, form): listed
            for code, slugs in cat.by_municipality.items()
            if 0 < size < len(slugs)
            for form, listed in grouped(cat, code).items()
            if len(listed) > size
        }
    return found


def url(lang: str, list_key: str) -> str:
    """Page 1 of a list: ``sv/municipalities/helsingfors/language-cafe.html``."""
    code, form = parts(list_key)
    page = urls.municipality(lang, reference.load().municipalities[code])
    return f"{page.removesuffix(urls.PAGE)}/{form.value}{urls.PAGE}"


def context(cat: Catalogue, list_key: str, number: int, lang: str) -> dict:
    """Page ``number`` of a list: its heading, the way back to the municipality and to
    the form's list of the whole country, and its cards."""
    code, form = parts(list_key)
    place = municipality_ref(code, lang)
    name = label(form, lang)
    slugs = index(cat).get(list_key, [])
    return {
        "heading": f"{place['name']}: {name}",
        "listing_kind": KIND,
        "up": [
            {"url": place["url"], "label": place["name"], "all": False},
            {"url": urls.form(lang, form), "label": name, "all": True},
        ],
        **paging.context(cat, (KIND, list_key), slugs, url(lang, list_key), number, lang, False),
    }
