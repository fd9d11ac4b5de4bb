"""A web app manifest for each UI language (``manifest.webmanifest``, ``sv/…``, ``en/…``).

A phone offers to put the site on its home screen: under the name and with the icon the
manifest gives, opening the home page of the language the reader chose. Every page links
its language's manifest (``base.html``), with the same icon for iOS (``apple-touch-icon``)
and the theme's colour for the browser's bar.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from tukena.schemas.languages import text_direction
from tukena.site import render, urls
from tukena.site.catalogue import Catalogue
from tukena.site.exports.memo import write_file
from tukena.site.i18n import gettext
from tukena.site.links import absolute

logger = logging.getLogger(__name__)

NAME = "manifest.webmanifest"
THEME_COLOUR = render.THEME_COLOUR
ICONS = ((192, "img/icon-192.png"), (512, "img/icon-512.png"))
TAGLINE = "Activities that support integration"
DESCRIPTION = (
    "Low-threshold activities that support integration in Finland: language cafés, peer"
    " groups, homework help and more."
)


def manifest(cat: Catalogue, lang: str, version: str) -> dict:
    """The manifest of ``lang``: its name and description in that language, its home page
    as the start, the site's icons (their addresses carry the theme's version)."""
    config = cat.config
    siteurl = config.siteurl
    home = absolute(siteurl, urls.page(lang))
    icons = [
        {
            "src": render.static_url(siteurl, path, version),
            "sizes": f"{size}x{size}",
            "type": "image/png",
        }
        for size, path in ICONS
    ]
    svg = render.static_url(siteurl, "img/icon.svg", version)
    icons.append({"src": svg, "sizes": "any", "type": "image/svg+xml"})
    return {
        "name": f"{config.sitename} – {gettext(lang, TAGLINE)}",
        "short_name": config.sitename,
        "description": gettext(lang, DESCRIPTION),
        "lang": lang,
        "dir": text_direction(lang),
        "start_url": home,
        "scope": absolute(siteurl, ""),
        "display": "minimal-ui",  # with a back button where the platform gives one
        "background_color": "#ffffff",
        "theme_color": THEME_COLOUR,
        "icons": icons,
    }


def write(cat: Catalogue, output: Path) -> list[Path]:
    """Write the manifest of every UI language."""
    version = render.static_version(cat.config.theme)
    written = []
    for lang in cat.config.languages:
        path = output / (urls.prefix(lang) + NAME)
        data = json.dumps(manifest(cat, lang, version), ensure_ascii=False, indent=1)
        write_file(path, data.encode("utf-8") + b"\n")
        written.append(path)
    logger.debug("web app manifests in %s languages", len(written))
    return written
