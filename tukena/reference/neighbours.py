"""Which municipalities are next to which, and which are nearest: where to point people
when the activity they look for does not meet in their own municipality.

Two municipalities are neighbours when their outlines share a border, an arc of the
TopoJSON that both use, or when they are among the few pairs whose border the outlines'
scale loses (:data:`MISSING_BORDERS`). At the outlines' scale (1:4.5 million) an island municipality
(Hailuoto, Kustavi, Parainen, the Åland archipelago) shares none; its neighbours are then
the :data:`NEAREST` municipalities whose centres are closest to its own, and each of those
has the island as a neighbour in turn (Oulu lists Hailuoto). :func:`nearest_of` finds the
nearest municipality among some (those where a language café meets, say) by the same
centres.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Iterator
from functools import cache

from tukena.reference.shapes import decode_arcs, municipality_geometries, topology

NEAREST = 3
#: borders the coarse outlines lose: pairs of municipalities (by code) that border each
#: other but whose outlines at 1:4.5 million share no arc. Kerava (245) and Järvenpää
#: (186) meet along a few kilometres between Tuusula and Sipoo.
MISSING_BORDERS = (("186", "245"),)


def _arc_indexes(nested: list | int) -> Iterator[int]:
    """Every arc a geometry uses, as a non-negative index (``~i`` is arc ``i`` reversed)."""
    if isinstance(nested, int):
        yield nested if nested >= 0 else ~nested
        return
    for item in nested:
        yield from _arc_indexes(item)


def bordering(arcs_of: dict[str, set[int]]) -> dict[str, set[str]]:
    """Municipalities that share at least one arc, from each one's set of arcs."""
    users: dict[int, set[str]] = defaultdict(set)
    for code, arcs in arcs_of.items():
        for arc in arcs:
            users[arc].add(code)
    out: dict[str, set[str]] = {code: set() for code in arcs_of}
    for codes in users.values():
        for code in codes:
            out[code] |= codes - {code}
    return out


Radians = dict[str, tuple[float, float, float]]  # code -> (longitude, latitude, cos latitude)


def _radians(centres: dict[str, tuple[float, float]]) -> Radians:
    out = {}
    for code, (lon, lat) in centres.items():
        phi = math.radians(lat)
        out[code] = (math.radians(lon), phi, math.cos(phi))
    return out


def _order(code: str, points: Radians) -> list[str]:
    """The others, the nearest first: sorted by the haversine term, which grows with the
    great-circle distance (the distance itself, an arcsine later, orders them the same);
    ties by code."""
    lon1, lat1, cos1 = points[code]
    terms = [
        (math.sin((lat2 - lat1) / 2) ** 2 + cos1 * cos2 * math.sin((lon2 - lon1) / 2) ** 2, other)
        for other, (lon2, lat2, cos2) in points.items()
        if other != code
    ]
    return [other for _, other in sorted(terms)]


def nearest(code: str, centres: dict[str, tuple[float, float]], count: int) -> list[str]:
    """The ``count`` other municipalities whose centres (longitude, latitude) are closest
    to ``code``'s."""
    return _order(code, _radians(centres))[:count]


@cache
def _arcs_of() -> dict[str, set[int]]:
    geometries = municipality_geometries(topology())
    return {code: set(_arc_indexes(g["arcs"])) for code, g in geometries.items()}


@cache
def centres() -> dict[str, tuple[float, float]]:
    """Each municipality's centre (longitude, latitude): the mean of its outline's points.

    Not the centroid of its area: that lies inland of a coastal town such as Oulu, whose
    detailed coastline, where its people live, weighs more in this mean; by the centroids
    Hailuoto's nearest would be Lumijoki, Kempele and Siikajoki rather than Oulu, where its
    ferry goes."""
    points = decode_arcs(topology())
    out = {}
    for code, arcs in _arcs_of().items():
        mine = [p for arc in arcs for p in points[arc]]
        out[code] = (sum(p[0] for p in mine) / len(mine), sum(p[1] for p in mine) / len(mine))
    return out


@cache
def neighbours() -> dict[str, tuple[str, ...]]:
    """Each municipality's neighbours by official code, in code order; always both ways."""
    found = bordering(_arcs_of())
    for one, other in MISSING_BORDERS:
        found[one].add(other)
        found[other].add(one)
    islands = [code for code, codes in found.items() if not codes]
    for code in islands:
        for other in by_distance()[code][:NEAREST]:
            found[code].add(other)
            found[other].add(code)
    return {code: tuple(sorted(codes)) for code, codes in found.items()}


@cache
def by_distance() -> dict[str, tuple[str, ...]]:
    """Each municipality's others, the nearest first (by their centres; ties by code)."""
    points = _radians(centres())
    return {code: tuple(_order(code, points)) for code in points}


def nearest_of(code: str, candidates: Collection[str]) -> str | None:
    """The municipality among ``candidates`` (not ``code`` itself) nearest to ``code``."""
    return next((other for other in by_distance()[code] if other in candidates), None)
