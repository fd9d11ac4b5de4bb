"""What each page's template gets (:func:`context`); which pages exist is
:mod:`tukena.site.routes`."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from tukena import invites, reference
from tukena.schemas import NewsItem
from tukena.schemas.languages import language_name
from tukena.schemas.vocabulary import ActivityForm, NewsKind, TargetGroup, Weekday, label
from tukena.site import (
    contentpages,
    coverage,
    directory,
    humanize,
    jsonld,
    jsonldnews,
    languages,
    locallists,
    municipality,
    othertexts,
    paging,
    searchfiles,
    submitforms,
    urls,
)
from tukena.site.catalogue import Catalogue
from tukena.site.exports import opencsv
from tukena.site.i18n import format_day, format_time
from tukena.site.markup import to_html
from tukena.site.refs import (
    image_ref,
    municipality_ref,
    news_ref,
    organisation_ref,
    phone_display,
    regions_of,
)
from tukena.site.routes import Job
from tukena.site.texts import Text, localise, localise_place, localise_street
from tukena.site.views import ActivityView
from tukena.status import lapsed, out_of_date

HOME_NEWEST = 8
HOME_NEWS = 4


def _counted(cat: Catalogue, index: dict, values, lang: str, url: Callable) -> list[dict]:
    return [
        {
            "code": v.value,
            "label": label(v, lang),
            "url": url(lang, v),
            "count": len(index.get(v, [])),
        }
        for v in values
    ]


def _municipalities_by_region(cat: Catalogue, lang: str, only_active: bool) -> list[dict]:
    data = reference.load()
    rows = []
    for code, m in data.municipalities.items():
        count = len(cat.by_municipality.get(code, []))
        if count or not only_active:
            rows.append({**municipality_ref(code, lang), "count": count, "region": m.region})
    return regions_of(rows, lang)


def _news_details(cat: Catalogue, item: NewsItem, lang: str) -> dict:
    """What a news item's own page shows besides its texts: end, place, registration, employer."""
    main = item.language
    end = format_time(item.end.time(), lang) if item.end else None
    if item.start and item.end and item.end.date() != item.start.date():
        end = f"{humanize.day(item.end.date(), lang)} {end}"
    place = item.place
    reg = item.registration
    employer = None
    if item.employer in cat.content.organisations:
        employer = organisation_ref(cat, item.employer, lang)
    elif item.employer:
        employer = {"name": Text(item.employer, main, main != lang), "url": None}
    return {
        "end": end,
        "place": {
            "name": localise_place(place.name, lang, main),
            "street_address": localise_street(place.street_address, lang, main),
            "postal_code": place.postal_code,
            "municipality": municipality_ref(place.municipality, lang),
        }
        if place
        else None,
        "fee": localise(item.cost.fee, lang, main) if item.cost else None,
        "online_instructions": localise(item.online.instructions, lang, main)
        if item.online
        else None,
        "registration": {
            "required": reg.required,
            "link": reg.link,
            "email": reg.email,
            "phone": reg.phone,
            "phone_display": phone_display(reg.phone),
            "instructions": localise(reg.instructions, lang, main),
            "deadline": format_day(reg.deadline, lang) if reg.deadline else None,
            "closed": invites.registration_closed(reg, cat.config.today),
        }
        if reg
        else None,
        "employer": employer,
    }


def _organisation(cat: Catalogue, slug: str, lang: str) -> dict:
    org = cat.content.organisations[slug]
    description = localise(org.description, lang, org.language)
    if description:  # Markdown, like an activity's description
        description = Text(
            _html(description.text, description.lang), description.lang, description.fallback
        )
    name = localise(org.name, lang, org.language)
    parts = othertexts.organisation_parts(org)
    return {
        "slug": slug,
        "org": org,
        "name": name,
        "description": description,
        "description_notice": humanize.missing_language(lang, "description")
        if description and description.fallback
        else "",
        "other_texts": othertexts.sections(parts, lang, org.language, cat.config.languages),
        "kind": label(org.kind, lang),
        "level": label(org.level, lang),
        "municipalities": [municipality_ref(c, lang) for c in org.municipalities],
        "regions": [reference.load().regions[r].name(lang) for r in org.regions],
        "languages": [language_name(c, lang) for c in org.languages],
        "activities": cat.by_organisation.get(slug, []),
        "url": urls.organisation(lang, slug),
        "calendar_url": urls.organisation_calendar(lang, slug),
        "phone": phone_display(org.phone),
        "address_municipality": municipality_ref(org.address.municipality, lang)
        if org.address
        else None,
        "logo": image_ref(org.logo, lang, org.language, cat.config.content) if org.logo else None,
        "maintain": submitforms.organisation_links(cat, slug, lang),
        "verified": {"iso": org.verified.isoformat(), "text": format_day(org.verified, lang)}
        if org.verified
        else None,
        "stale": out_of_date(org.verified, cat.config.today, cat.config.stale_after_months),
    }


def _ended(cat: Catalogue, slug: str, lang: str) -> list[dict]:
    """An organisation's ended activities, the most recently confirmed first: their pages
    stay, and an organiser copies last season's listing from its page."""
    ended = cat.newest(slugs=cat.ended_by_organisation.get(slug, []))
    views = [ActivityView(cat, s, lang) for s in ended]
    return [{"url": v.url, "title": v.title, "when": v.schedule_summary} for v in views]


def _html(markdown: str | None, lang: str) -> Markup:
    return Markup(to_html(markdown or "", lang))  # noqa: S704 - sanitised by nh3


def context(cat: Catalogue, job: Job) -> dict:
    """The template context of one page."""
    lang, key = job.lang, job.key
    if job.kind == "activity":
        a = cat.activities[key]
        # shown as ended, yet its sessions may go on: the page says until when it was shown
        goes_on = lapsed(a, cat.config.today, upcoming=cat.next_session[key]) is not None
        return {
            "activity": ActivityView(cat, key, lang).page(),
            "jsonld": jsonld.activity(cat, key, lang),
            "maintain": submitforms.listing_links(cat, key, lang),
            "lapsed": format_day(a.valid_until, lang) if goes_on and a.valid_until else None,
        }
    if job.kind == "organisation":
        current = cat.by_organisation.get(key, [])
        return {
            **_organisation(cat, key, lang),
            "referred": sum(1 for s in current if cat.takes_referrals(s)),
            "ended": _ended(cat, key, lang),
            "jsonld": jsonld.organisation(cat, key, lang),
        }
    if job.kind == "organisations":
        return directory.context(cat, lang, job.page)
    if job.kind == "municipality":
        return municipality.context(cat, key, lang)
    if job.kind == "coverage":
        return coverage.context(cat, key, lang)
    if job.kind == "municipalities":
        return {"regions": _municipalities_by_region(cat, lang, only_active=False)}
    if job.kind in ("form", "target-group"):
        enum = ActivityForm if job.kind == "form" else TargetGroup
        value = enum(key)
        index = cat.by_form if job.kind == "form" else cat.by_group
        url = (urls.form if job.kind == "form" else urls.target_group)(lang, value)
        return {
            "heading": label(value, lang),
            "listing_kind": job.kind,
            **paging.context(cat, (job.kind, key), index.get(value, []), url, job.page, lang),
        }
    if job.kind in ("language", "language-help"):
        return languages.context(cat, job.kind, key, lang, job.page)
    if job.kind == locallists.KIND:
        return locallists.context(cat, key, job.page, lang)
    if job.kind == "languages":
        return {"languages": languages.refs(cat, lang)}
    if job.kind == "submit-form":
        return submitforms.context(cat, key, lang)
    if job.kind == "forms":
        return {"items": _counted(cat, cat.by_form, ActivityForm, lang, urls.form)}
    if job.kind == "target-groups":
        return {"items": _counted(cat, cat.by_group, TargetGroup, lang, urls.target_group)}
    if job.kind == "news":
        item = cat.content.news[key]
        body_html = _html(item.body, item.language)
        return {
            "item": item,
            "ref": news_ref(cat, key, lang),
            "open": cat.job_open(item),
            "body_html": body_html,
            "calendar_url": urls.news_calendar(key, item.language, cat.config.languages)
            if item.start
            else None,
            "missing_language": None
            if item.language == lang
            else humanize.missing_language(lang, "item"),
            **_news_details(cat, item, lang),
            "jsonld": jsonldnews.news(cat, key, lang, body_html),
        }
    if job.kind == "news-listing":
        kind = NewsKind(key)
        return {
            "kind": kind.value,
            "heading": label(kind, lang),
            "items": [news_ref(cat, s, lang) for s in cat.news.get(kind, [])],
            "archive": [news_ref(cat, s, lang) for s in cat.archived_events.get(kind, [])],
        }
    if job.kind == "page":
        return contentpages.context(cat, key, lang)
    if job.kind == "search":
        return {
            "regions": _municipalities_by_region(cat, lang, only_active=True),
            "forms": _counted(cat, cat.by_form, ActivityForm, lang, urls.form),
            "target_groups": _counted(cat, cat.by_group, TargetGroup, lang, urls.target_group),
            "languages": languages.refs(cat, lang),
            # the search files (tukena.site.searchfiles) and what the page's script needs
            "search_data": searchfiles.folder(lang),
            "search_version": searchfiles.version(cat),
            "search_scripts": searchfiles.vendor_scripts(lang),
            "weekdays": [{"code": d.value, "label": label(d, lang)} for d in Weekday],
            "months": searchfiles.months(),
        }
    if job.kind == "open-data":  # each column of activities.csv, documented from its code
        example = {code: "/" + urls.activity(code, "<slug>") for code in ("fi", "sv", "en")}
        return {"csv_columns": opencsv.column_docs(cat.config.languages), "example": example}
    if job.kind == "offline":
        from tukena.site.exports import serviceworker  # which reaches this module

        return {"offline_data": serviceworker.page_data(cat.config, lang)}
    if job.kind == "activities":  # /activities/: the ways into the list of activities
        return _browse(cat, lang)
    if job.kind == "home":
        upcoming = cat.news[NewsKind.EVENT][:HOME_NEWS] + cat.news[NewsKind.TRAINING][:HOME_NEWS]
        return {
            **_browse(cat, lang),
            "regions": _municipalities_by_region(cat, lang, only_active=True),
            "newest": cat.newest(HOME_NEWEST),
            "news": [news_ref(cat, s, lang) for s in cat.news[NewsKind.NEWS][:HOME_NEWS]],
            "events": sorted(
                (news_ref(cat, s, lang) for s in upcoming), key=lambda r: r["start_iso"]
            )[:HOME_NEWS],
        }
    return {}


def _browse(cat: Catalogue, lang: str) -> dict:
    """The counts the home page and ``/activities/`` browse by."""
    return {
        "forms": _counted(cat, cat.by_form, ActivityForm, lang, urls.form),
        "target_groups": _counted(cat, cat.by_group, TargetGroup, lang, urls.target_group),
        "languages": languages.refs(cat, lang),
        "total": len(cat.listed),
        "referred": sum(1 for s in cat.listed if cat.takes_referrals(s)),
    }
