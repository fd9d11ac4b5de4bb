"""``municipalities/outlines.json`` in each UI language: where each municipality is, for
the "where I am" buttons of the home page, the municipality index and the search page
(``js/near.js``).

The outlines are the coverage map's (:func:`tukena.reference.shapes.outlines`): SVG path
data in whole map units, about 1.2 km each. The file gives the projection's parameters
too, so that the script puts the reader's position on the same map and finds the
municipality whose outline holds it. The browser fetches the file only when the button is
pressed, and the position never leaves it.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from tukena import reference
from tukena.reference.shapes import CENTRAL_MERIDIAN, MARGIN, outlines
from tukena.site import urls
from tukena.site.catalogue import Catalogue
from tukena.site.exports.memo import Memo, write_file

logger = logging.getLogger(__name__)


def document(lang: str) -> bytes:
    """The file for ``lang``: the projection, and each municipality's code, name, page
    address (from the site's root, as the templates' ``link`` filter takes it) and outline."""
    shapes = outlines()
    places = [
        [code, m.name(lang), urls.municipality(lang, m), shapes.municipalities[code]]
        for code, m in reference.load().municipalities.items()
    ]
    data = {
        "meridian": CENTRAL_MERIDIAN,
        "scale": shapes.scale,
        "left": shapes.left,
        "top": shapes.top,
        "margin": MARGIN,
        "places": places,
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write(cat: Catalogue, output: Path) -> list[Path]:
    """Write the file of every UI language, unless the code and settings are unchanged."""
    memo = Memo.load(cat, "places")
    written = []
    for lang in cat.config.languages:
        url = urls.municipality_outlines(lang)
        if not memo.fresh(output, url, "outlines"):
            write_file(output / url, document(lang))
        written.append(output / url)
    memo.save(output)
    logger.debug("municipality outlines in %s languages", len(written))
    return written
