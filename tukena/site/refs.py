"""Small shared views: an organisation, a municipality or a news item as a link, a place on
the map, a phone number for people to read. Memoised where the same one recurs on many pages."""

from __future__ import annotations

from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

import phonenumbers

from tukena import images, reference
from tukena.schemas.vocabulary import label
from tukena.site import humanize, urls
from tukena.site.collation import sort_key
from tukena.site.exports import photos
from tukena.site.i18n import format_day, format_time
from tukena.site.texts import Text, localise, localise_place, localise_street

if TYPE_CHECKING:
    from tukena.schemas.contact import Image
    from tukena.schemas.location import Place
    from tukena.schemas.news import NewsItem
    from tukena.site.catalogue import Catalogue


def place_ref(place: Place, lang: str, main: str) -> dict:
    """A place where an activity meets, as its page shows it: its texts in ``lang``, else
    in ``main``, the listing's language, its municipality as a link, a map link and its
    accessibility in words."""
    access = place.accessibility
    return {
        "name": localise_place(place.name, lang, main),
        "street_address": localise_street(place.street_address, lang, main),
        "postal_code": place.postal_code,
        "municipality": municipality_ref(place.municipality, lang),
        "map": osm_link(place),
        "access": humanize.accessibility(access, lang),
        "access_notes": localise(access.notes, lang, main) if access else None,
    }


def image_ref(image: Image, lang: str, main: str, content: Path) -> dict:
    """An image as a page shows it: ``local``, the path the site serves it at (None for one
    at an https address, which is linked instead), ``src``, its text alternative in
    ``lang``, else in ``main``, the listing's language, its ``width`` and ``height`` in
    pixels from its file in the ``content`` folder (None if it states none), so that the
    page keeps its place before it loads, its smaller ``copies`` for small screens
    (:func:`tukena.site.exports.photos.copies`), and whether it can be a link ``preview``'s picture
    (messaging apps show no SVG)."""
    size = images.size(content / image.local) if image.local else None
    width, height = size or (None, None)
    return {
        "local": image.local,
        "copies": photos.copies(image.local, size) if image.local else [],
        "src": image.src,
        "alt": localise(image.alt, lang, main),
        "width": width,
        "height": height,
        "preview": images.kind(image.src) != "SVG",
    }


def image_sizes(content: Path, named: list[Image]) -> str:
    """What a page states of its images' files, their sizes, for the page's fingerprint
    (:mod:`tukena.site.incremental`): the page is rendered again when an image file is
    replaced by one of another size, though its listing is unchanged."""
    return repr([(i.local, images.size(content / i.local)) for i in named if i.local])


@lru_cache(maxsize=65536)
def phone_display(number: str | None) -> str:
    """The number in international format (parsing costs ~40 µs: each number once)."""
    if not number:
        return ""
    parsed = phonenumbers.parse(number, "FI")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def osm_link(place: Place) -> str | None:
    if place.coordinates is None:
        return None
    lat, lon = place.coordinates.lat, place.coordinates.lon
    return (
        f"https://www.openstreetmap.org/?mlat={lat:.5f}&mlon={lon:.5f}#map=17/{lat:.5f}/{lon:.5f}"
    )


def organisation_ref(catalogue: Catalogue, slug: str, lang: str) -> dict:
    org = catalogue.content.organisations[slug]
    return {
        "slug": slug,
        "name": localise(org.name, lang, org.language),
        "url": urls.organisation(lang, slug),
    }


def regions_of(rows: list[dict], lang: str) -> list[dict]:
    """Municipality rows (each with its ``region`` code) grouped by region: the regions in
    code order, each with its code, name and rows sorted by name."""
    data = reference.load()
    rows = sorted(rows, key=lambda r: (r["region"], sort_key(r["name"])))
    return [
        {"code": region, "name": data.regions[region].name(lang), "municipalities": list(group)}
        for region, group in groupby(rows, key=lambda r: r["region"])
    ]


@lru_cache(maxsize=4096)
def municipality_ref(code: str, lang: str) -> dict:
    """A municipality's code, name and page address (memoised: the address folds the name;
    callers copy the dict before they add to it)."""
    m = reference.load().municipalities[code]
    return {"code": code, "name": m.name(lang), "url": urls.municipality(lang, m)}


def news_ref(cat: Catalogue, slug: str, lang: str) -> dict:
    """A news item, event, training or job ad as a listing shows it."""
    item = cat.content.news[slug]
    return {
        "slug": slug,
        "url": urls.news_item(lang, slug),
        "kind": item.kind.value,
        "kind_label": label(item.kind, lang),
        "title": Text(item.title, item.language, item.language != lang),
        "summary": Text(item.summary, item.language, item.language != lang),
        "date": format_day(item.date, lang),
        "iso": item.date.isoformat(),
        "start": f"{humanize.day(item.start.date(), lang)} {format_time(item.start.time(), lang)}"
        if item.start
        else None,
        "start_iso": item.start.isoformat() if item.start else "",
        "deadline": format_day(item.deadline, lang) if item.deadline else None,
        "where": _where(item, lang),
        "free": item.cost.free if item.cost else None,
    }


#: The longest venue name a list of events shows beside its municipality: a row says where
#: at a glance, "Mäntsälän seurakuntatalo, Mäntsälä", and a longer name waits for the page.
SHORT_VENUE = 40


def _where(item: NewsItem, lang: str) -> dict | None:
    """Where an event or training is, as a row of a list says it: its venue when short,
    in the language it is written in, its municipality's name and whether it is online."""
    place = item.place
    if place is None and item.online is None:
        return None
    venue = localise_place(place.name, lang, item.language) if place else None
    return {
        "venue": venue if venue and len(venue.text) <= SHORT_VENUE else None,
        "municipality": municipality_ref(place.municipality, lang)["name"] if place else None,
        "online": item.online is not None,
    }
