"""The other names of the places the search page's "Find a municipality" narrows by.

Finnish and Swedish names are both official: a Swedish speaker looks for "Esbo" on the
Finnish site, a Finn for "Helsinki" on the Swedish one, and a guidance professional
types "Keski-Suomi" on the English site, where the region is "Central Finland". The
lists show one name each (the page's language); these are the others, so that the field
(theme/static/js/search/finder.js) finds a place by any of them.

Written into ``facets.json`` as ``tables.otherNames``: for each of the tables
``municipality``, ``region`` and ``county``, a list parallel to its rows, each a list of
the names that differ from the shown one (case and marks aside: "Satakunta" is not
repeated). On the English site the Finnish and Swedish names are both "other" where the
English one differs ("Central Finland"); the English names are not official, so the
Finnish and Swedish sites do not offer them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from tukena.reference import ReferenceData, fold

logger = logging.getLogger(__name__)


def _others(shown: str, names: Iterable[str]) -> list[str]:
    """``names`` without ``shown`` and without repeats, case and marks aside."""
    seen = {fold(shown)}
    out = []
    for name in names:
        key = fold(name)
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def other_names(
    data: ReferenceData,
    lang: str,
    municipalities: Iterable[str],
    regions: Iterable[str],
    counties: Iterable[str],
) -> dict[str, list[list[str]]]:
    """The other names of the rows (codes, in table order) of the three place tables.

    A municipality has its Finnish and Swedish names and the official one some listings
    use ("Pedersören kunta"); a county is shown by its short name ("Pirkanmaa"), so its
    other names are the short ones too.
    """
    out: dict[str, list[list[str]]] = {"municipality": [], "region": [], "county": []}
    for code in municipalities:
        m = data.municipalities[code]
        out["municipality"].append(_others(m.name(lang), (m.name_fi, m.name_sv, *m.aliases)))
    for code in regions:
        r = data.regions[code]
        out["region"].append(_others(r.name(lang), (r.name_fi, r.name_sv)))
    for code in counties:
        c = data.counties[code]
        out["county"].append(_others(c.short_name(lang), (c.short_name_fi, c.short_name_sv)))
    logger.debug("other place names in %s: %s", lang, sum(map(len, out["municipality"])))
    return out
