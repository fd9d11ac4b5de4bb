"""Which pages the site has: a :class:`Job` names each page cheaply (kind, key, language,
URL, template); :func:`tukena.site.pages.context` builds its template context only when the
page is rendered, in whichever worker renders it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tukena import reference
from tukena.schemas.vocabulary import ActivityForm, NewsKind, TargetGroup
from tukena.site import directorypages, languages, locallists, paging, submitforms, urls
from tukena.site.catalogue import Catalogue


@dataclass(frozen=True)
class Job:
    """One page to render."""

    kind: str
    key: str
    lang: str
    url: str
    template: str
    page: int = 1  # of a list split into pages (tukena.site.paging)

    @property
    def group(self) -> str:
        """Pages of one item in every language go to the same worker (shared caches); so do
        all coverage pages, which share the counts and the map's outlines."""
        if self.kind == "coverage":
            return self.kind
        return (
            f"{self.kind}:{self.key}" if self.page == 1 else f"{self.kind}:{self.key}:{self.page}"
        )


def jobs(cat: Catalogue) -> Iterator[Job]:
    """Every page of the site, in every UI language."""
    data = reference.load()
    for lang in cat.config.languages:
        yield Job("home", "", lang, urls.page(lang), "index.html")
        yield Job("not-found", "", lang, urls.prefix(lang) + urls.NOT_FOUND, "404.html")
        yield Job("offline", "", lang, urls.prefix(lang) + urls.OFFLINE, "offline.html")
        organisations = len(cat.content.organisations)
        for number in range(
            1, directorypages.count(organisations, cat.config.directory_page_size) + 1
        ):
            url = directorypages.address(lang, number)
            yield Job("organisations", "", lang, url, "organisations.html", number)
        yield Job(
            "municipalities", "", lang, urls.page(lang, "municipalities"), "municipalities.html"
        )
        yield Job("activities", "", lang, urls.page(lang, "activities"), "activities.html")
        yield Job("forms", "", lang, urls.page(lang, "forms"), "forms.html")
        yield Job("target-groups", "", lang, urls.page(lang, "target-groups"), "target_groups.html")
        yield Job("languages", "", lang, urls.page(lang, "languages"), "languages.html")
        yield Job("open-data", "", lang, urls.page(lang, "open-data"), "open_data.html")
        yield Job("coverage", "", lang, urls.coverage(lang), "coverage.html")
        for form in ActivityForm:
            yield Job("coverage", form.value, lang, urls.coverage(lang, form), "coverage.html")
        yield Job("search", "", lang, urls.page(lang, "search"), "search.html")
        yield Job("list", "", lang, urls.page(lang, "list"), "list.html")
        for form in submitforms.FORMS:
            yield Job("submit-form", form, lang, submitforms.url(lang, form), "submit.html")
        for kind in NewsKind:
            yield Job(
                "news-listing", kind.value, lang, urls.news_listing(lang, kind), "news_list.html"
            )
        for form in ActivityForm:
            yield from _paged(cat, "form", form, cat.by_form, urls.form(lang, form), lang)
        for group in TargetGroup:
            url = urls.target_group(lang, group)
            yield from _paged(cat, "target-group", group, cat.by_group, url, lang)
        for code in languages.offered(cat):
            for kind, url in (
                ("language", urls.language(lang, code)),
                ("language-help", urls.language_help(lang, code)),
            ):
                index = languages.index(cat, kind)
                if kind == "language" or index.get(code):  # a help list only when it has some
                    yield from _paged(cat, kind, code, index, url, lang, "language.html")
        for code, m in data.municipalities.items():
            yield Job("municipality", code, lang, urls.municipality(lang, m), "municipality.html")
        lists = locallists.index(cat)
        for key in lists:
            url = locallists.url(lang, key)
            yield from _paged(cat, locallists.KIND, key, lists, url, lang)
        for (slug, page_lang), _page in cat.pages.items():
            if page_lang == lang:
                yield Job("page", slug, lang, urls.page(lang, slug), "page.html")
    for slug in cat.content.organisations:
        for lang in cat.config.languages:
            yield Job(
                "organisation", slug, lang, urls.organisation(lang, slug), "organisation.html"
            )
    for slug in cat.content.news:
        for lang in cat.config.languages:
            yield Job("news", slug, lang, urls.news_item(lang, slug), "news_item.html")
    for slug in cat.activities:
        for lang in cat.config.languages:
            yield Job("activity", slug, lang, urls.activity(lang, slug), "activity.html")


def _paged(
    cat: Catalogue,
    kind: str,
    value: str,
    index: dict,
    url: str,
    lang: str,
    template: str = "listing.html",
) -> Iterator[Job]:
    """The pages of a list of activities: as many as its members need."""
    members = len(index.get(value, []))
    for number in range(1, paging.count(members, cat.config.page_size) + 1):
        yield Job(kind, str(value), lang, paging.address(url, number), template, number)


def pages(cat: Catalogue) -> tuple[Job, ...]:
    """:func:`jobs` of the catalogue, made once a build: the build lists them before its
    workers start, and the worker that writes the sitemap reads the same list."""
    found = cat.memo.get("pages")
    if found is None:
        found = cat.memo["pages"] = tuple(jobs(cat))
    return found
