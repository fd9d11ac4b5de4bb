"""Addresses in exported files: absolute when the site's address (SITEURL) is known."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

from tukena import reference
from tukena.schemas.contact import Image
from tukena.schemas.location import Place, place_name_in
from tukena.site.config import path_of
from tukena.site.i18n import gettext


def absolute(siteurl: str, url: str) -> str:
    """``siteurl`` + ``/`` + a site-relative URL; root-relative when there is no SITEURL."""
    return f"{siteurl.rstrip('/')}/{url}"


def image_address(siteurl: str, image: Image) -> str:
    """An image's address: where the site serves it (:func:`absolute`), else its own https
    address."""
    return absolute(siteurl, image.local) if image.local else image.src


def host(siteurl: str) -> str:
    """The site's host name, for identifiers; ``tukena`` when there is no SITEURL."""
    return urlsplit(siteurl).hostname or "tukena"


def site_id(siteurl: str) -> str:
    """The site in the identifiers of its calendars' events (their UIDs, after the ``@``):
    its host name (:func:`host`) at its host's root, as ever; under a path, the host and
    the path (``owner.github.io/turku``). Two sites on one host (two GitHub Pages project
    sites of one owner) would otherwise give a listing of the same slug the same UIDs, and
    a calendar subscribed to both would keep one site's events in place of the other's."""
    return host(siteurl) + path_of(siteurl)


def location_text(places: Iterable[Place], online: bool, lang: str, main: str) -> str:
    """A calendar's LOCATION: each place (:func:`place_text`), then "Online" when one can
    take part online."""
    found = [place_text(p, lang, main) for p in places]
    if online:
        found.append(gettext(lang, "Online"))
    return "; ".join(found)


def place_text(place: Place, lang: str, main: str) -> str:
    """``Name, Street 1, 00100 Helsinki``: one line for a calendar's LOCATION."""
    municipality = reference.load().municipalities[place.municipality].name(lang)
    name = place_name_in(place.name, lang, main)[0] if place.name else ""
    town = f"{place.postal_code} {municipality}" if place.postal_code else municipality
    return ", ".join(part for part in (name, place.street_address, town) if part)
