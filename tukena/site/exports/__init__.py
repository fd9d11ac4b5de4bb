"""Files besides the HTML pages: JSON Schema copies, open data, calendars, feeds, sitemap."""

from __future__ import annotations

import logging
from pathlib import Path

from tukena import jsonschema
from tukena.site.catalogue import Catalogue

logger = logging.getLogger(__name__)


def write_all(cat: Catalogue, output: Path) -> int:
    """Write every export; return the number of files."""
    # Imported here: the writers reach tukena.site.pages, and the pages (through the search
    # files) use tukena.site.exports.memo, which imports this package first.
    from tukena.site.exports import ical

    count = write_small(cat, output) + ical.write(cat, output)
    logger.info("%s export files", count)
    return count


def write_small(cat: Catalogue, output: Path) -> int:
    """Every export but the activities' and organisations' calendars (JSON Schema, the
    events' calendars, open data, sitemap, municipality outlines, the organisation
    directory's data, smaller copies of photos, web app manifests, the service worker,
    feeds; and removes the content's image files the content no longer has); the number of
    files. Those calendars are many: :mod:`tukena.site.exports.ical`
    splits them up."""
    from tukena.site.exports import (
        directorydata,
        eventcal,
        feeds,
        opendata,
        originals,
        photos,
        places,
        serviceworker,
        sitemap,
        webmanifest,
    )

    written = jsonschema.write(output / "schemas")
    written += eventcal.write(cat, output)
    written += opendata.write(cat, output)
    written += sitemap.write(cat, output)
    written += places.write(cat, output)
    written += directorydata.write(cat, output)
    written += photos.write(cat, output)
    originals.write(cat, output)  # removes the image files gone from the content
    written += webmanifest.write(cat, output)
    written += serviceworker.write(cat, output)
    return len(written) + feeds.write(cat, output)
