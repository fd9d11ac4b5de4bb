"""Map points far from their place's municipality, as warnings of ``tukena validate``.

A place (an activity's ``locations``, a news item's ``place``) names its municipality and
may give a map point. Nothing else ties the two together, so a typo in a coordinate, or a
point copied from a listing in another town, puts the place's OpenStreetMap link and its
"near me" distance somewhere else, and the model cannot tell: any point in Finland's box
is valid. (Latitude and longitude swapped fall outside that box, so validation already
fails and says so: :mod:`tukena.errors`.)

The warning names the file, the line of the ``coordinates`` and the field, says how far
outside the municipality's outline the point lies, and where it is instead: in another
municipality (by its Finnish name), near one (at sea or on an island the outlines leave
out), or outside Finland. The outlines (:mod:`tukena.reference.areas`) are those of the
reference data, of the same 2021 classification, and so with the same codes, as the
municipalities a place may name (a test keeps them alike); a code without an outline, were
the names updated before the outlines, is passed over rather than warned of.

:data:`TOLERANCE_KM` is 5 km. The outlines are drawn at 1:4.5 million, where a border or a
coastline may be a few kilometres off and small islands are left out, so a right point may
lie outside its municipality's outline; how far, measured: the shipped content's 101 map
points at most 0.2 km (on Mustasaari's coast); Suomenlinna 0.25 km outside Helsinki's,
Suvisaaristo 1.9 km outside Espoo's. A wrong point is mostly further: the middle of a
municipality (:func:`~tukena.reference.areas.interior`) lies a median 13 km outside a
neighbour's outline (over the 1,610 pairs of neighbours; 7 % within 5 km). The few right
points further out, such as Utö, 11 km off Parainen's outline, are warned of: a warning
fails nothing.

Fast at any size: a point is first tested against its own municipality's outline alone,
after its bounding box (the usual case: about 3 µs); only a point outside it is measured
and looked for among the others. The site's build does not run this.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from tukena import documents
from tukena.exceptions import Problem
from tukena.loader import ContentSet
from tukena.reference import load
from tukena.reference.areas import Area, areas, containing, distance_km, inside, nearest
from tukena.schemas.location import Coordinates, Place

logger = logging.getLogger(__name__)

#: how far outside its municipality's outline a map point may lie without a warning
TOLERANCE_KM = 5.0


def _name(code: str) -> str:
    return load().municipalities[code].name_fi


@dataclass(frozen=True)
class Stray:
    """A map point outside its municipality: how far outside its outline (km), and where it
    is instead: ``in`` another municipality, at sea or on a small island ``near`` one (by
    code, ``other``), or ``abroad`` (outside Finland, or at sea). The validator and the
    forms (:mod:`tukena.forms.mapwarnings`) say it in their own words."""

    km: float
    where: Literal["in", "near", "abroad"]
    other: str | None = None


def strayed(code: str, lon: float, lat: float, shapes: dict[str, Area]) -> Stray | None:
    """How the point does not fit the municipality ``code``, or None when it does (or when
    the municipality has no outline)."""
    own = shapes.get(code)
    if own is None or inside(own, lon, lat):
        return None
    km = distance_km(own, lon, lat)
    if km <= TOLERANCE_KM:
        return None
    other = containing(lon, lat, shapes)
    if other is not None:
        return Stray(km, "in", other)
    near = nearest(lon, lat, TOLERANCE_KM, shapes)
    if near is not None:
        return Stray(km, "near", near[0])
    return Stray(km, "abroad")


def stray(code: str, lon: float, lat: float, shapes: dict[str, Area]) -> str | None:
    """Why the point does not fit the municipality ``code`` (:func:`strayed`), in the
    validator's words, or None when it does."""
    found = strayed(code, lon, lat, shapes)
    if found is None:
        return None
    by = f"{found.km:.0f} km outside {_name(code)}: check the coordinates (or the municipality)"
    if found.where == "in":
        return f"the map point is in {_name(found.other or '')}, {by}"
    if found.where == "near":
        return f"the map point is at sea or on a small island near {_name(found.other or '')}, {by}"
    return f"the map point is outside Finland (abroad or at sea), {by}"


Located = tuple[str, tuple, str, Place]  # file, line key, field, place


def _places(content: ContentSet) -> Iterator[Located]:
    """Every place with the file, line key and field of its map point."""
    for slug, activity in content.activities.items():
        rel = content.paths[("activities", slug)]
        for i, place in enumerate(activity.locations):
            yield rel, ("locations", i, "coordinates"), f"locations[{i}].coordinates", place
    for slug, news in content.news.items():
        if news.place is not None:
            rel = content.paths[("news", slug)]
            yield rel, ("place", "coordinates"), "place.coordinates", news.place


def problems(content: ContentSet) -> list[Problem]:
    """A warning at each map point more than :data:`TOLERANCE_KM` outside its place's
    municipality."""
    shapes = areas()
    found: dict[str, list[tuple[tuple, str, str]]] = {}
    for rel, key, field, place in _places(content):
        point: Coordinates | None = place.coordinates
        message = point and stray(place.municipality, point.lon, point.lat, shapes)
        if message:
            found.setdefault(rel, []).append((key, field, message))
    logger.debug("%s file(s) with a map point outside its municipality", len(found))
    warnings = []
    for rel, strays in found.items():
        lines = documents.key_lines(content.root / rel)
        for key, field, message in strays:
            warnings.append(Problem(rel, lines.get(key, 1), field, message, warning=True))
    return warnings
