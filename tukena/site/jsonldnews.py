"""schema.org descriptions (JSON-LD) of news item pages: an event or training as an
``Event`` or ``EducationEvent``, a job ad as a ``JobPosting``, other news as a
``NewsArticle``.

A job ad is read by job search engines, which want the whole ad as HTML in
``description`` and where the work is in ``jobLocation``: the description is the summary
followed by the ad's body as the page shows it (converted and sanitised once, for the page),
and the location is the employer's address, else its municipalities or regions, else Finland,
when the employer is an organisation of the site. An employer given only by name has no known
place, so the ad then has none.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from tukena import reference
from tukena.schemas import NewsItem
from tukena.schemas.vocabulary import NewsKind, label
from tukena.site import urls
from tukena.site.catalogue import Catalogue
from tukena.site.jsonld import CONTEXT, compact, organisation_ref, postal_address, where
from tukena.site.links import absolute
from tukena.site.recurrence import ZONE

NEWS_TYPES = {NewsKind.EVENT: "Event", NewsKind.TRAINING: "EducationEvent"}


def job_locations(cat: Catalogue, employer: str, lang: str) -> list[dict]:
    """Where the employer works: its address, else each of its municipalities, else each of
    its regions, else Finland (a national organisation without an address)."""
    org = cat.content.organisations.get(employer)
    if org is None:
        return []
    if org.address is not None:
        a = org.address
        return [
            {
                "@type": "Place",
                "address": postal_address(a.street, a.postal_code, a.municipality, lang),
            }
        ]
    data = reference.load()
    found = [{"addressLocality": data.municipalities[c].name(lang)} for c in org.municipalities]
    found = found or [{"addressRegion": data.regions[c].name(lang)} for c in org.regions]
    return [
        {"@type": "Place", "address": {"@type": "PostalAddress", **part, "addressCountry": "FI"}}
        for part in found or [{}]
    ]


def job_description(item: NewsItem, body_html: Markup | None) -> str:
    """The summary and the ad's body, as HTML; the summary alone without a body."""
    if not body_html:
        return item.summary
    return f"<p>{escape(item.summary)}</p>\n{body_html}"


def news(cat: Catalogue, slug: str, lang: str, body_html: Markup | None = None) -> dict:
    """A news item's description; ``body_html`` is its body as its page shows it."""
    item: NewsItem = cat.content.news[slug]
    url = absolute(cat.config.siteurl, urls.news_item(lang, slug))
    common = {"@context": CONTEXT, "url": url, "inLanguage": item.language}
    if item.kind in NEWS_TYPES and item.start is not None:
        places = [item.place] if item.place else []
        return compact(
            {
                **common,
                "@type": NEWS_TYPES[item.kind],
                "name": item.title,
                "description": item.summary,
                "startDate": item.start.replace(tzinfo=ZONE).isoformat(),
                "endDate": item.end.replace(tzinfo=ZONE).isoformat() if item.end else None,
                **where(places, item.online, lang, item.language),
                "audience": {
                    "@type": "Audience",
                    "audienceType": ", ".join(label(x, lang) for x in item.audience),
                }
                if item.audience
                else None,
            }
        )
    if item.kind is NewsKind.JOB:
        employer = item.employer or ""
        if employer in cat.content.organisations:
            hiring = organisation_ref(cat, employer, lang)
        else:
            hiring = {"@type": "Organization", "name": employer}
        locations = job_locations(cat, employer, lang)
        return compact(
            {
                **common,
                "@type": "JobPosting",
                "title": item.title,
                "description": job_description(item, body_html),
                "datePosted": item.date.isoformat(),
                "validThrough": item.deadline.isoformat() if item.deadline else None,
                "hiringOrganization": hiring,
                "jobLocation": locations[0] if len(locations) == 1 else locations,
            }
        )
    return compact(
        {
            **common,
            "@type": "NewsArticle",
            "headline": item.title,
            "description": item.summary,
            "datePublished": item.date.isoformat(),
        }
    )
