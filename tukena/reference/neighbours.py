"""Which municipalities are next to which, and which are nearest: where to point people
when the activity they look for does not meet in their own municipality.

Two municipalities are neighbours when their outlines share a border, an arc of the
TopoJSON that both use. At the outlines' scale (1:4.5 million) an island municipality
(Hailuoto, Kustavi, Parainen, the Åland archipelago) shares none; its neighbours are then
the :data:`NEAREST` municipalities whose outlines' centres are closest to its own.
:func:`nearest_of` finds the nearest municipality among some (those where a language café
meets, say) by the same centres.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Collection, Iterator
from functools import cache

from tukena.reference.shapes import decode_arcs, municipality_geometries, topology

NEAREST = 3


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


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (longitude, latitude) points, in kilometres."""
    (lon1, lat1), (lon2, lat2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def nearest(code: str, centres: dict[str, tuple[float, float]], count: int) -> list[str]:
    """The ``count`` other municipalities whose centres are closest to ``code``'s."""
    others = sorted((distance_km(centres[code], c), other) for other, c in centres.items())
    return [other for _, other in others if other != code][:count]


@cache
def _arcs_of() -> dict[str, set[int]]:
    geometries = municipality_geometries(topology())
    return {code: set(_arc_indexes(g["arcs"])) for code, g in geometries.items()}


@cache
def centres() -> dict[str, tuple[float, float]]:
    """Each municipality's centre (longitude, latitude): the mean of its outline's points."""
    points = decode_arcs(topology())
    out = {}
    for code, arcs in _arcs_of().items():
        mine = [p for arc in arcs for p in points[arc]]
        out[code] = (sum(p[0] for p in mine) / len(mine), sum(p[1] for p in mine) / len(mine))
    return out


@cache
def neighbours() -> dict[str, tuple[str, ...]]:
    """Each municipality's neighbours by official code, in code order."""
    found = bordering(_arcs_of())
    for code, codes in found.items():
        if not codes:
            codes.update(nearest(code, centres(), NEAREST))
    return {code: tuple(sorted(codes)) for code, codes in found.items()}


@cache
def by_distance() -> dict[str, tuple[str, ...]]:
    """Each municipality's others, the nearest first (by their centres; ties by code).

    Ordered by the haversine term of :func:`distance_km`, which grows with the distance:
    the same order, at a third of the cost for the 95,000 pairs."""
    found = centres()
    points = [(code, math.radians(lon), math.radians(lat)) for code, (lon, lat) in found.items()]
    cosines = {code: math.cos(lat) for code, _, lat in points}
    out = {}
    for code, lon1, lat1 in points:
        cos1 = cosines[code]
        term = [
            (
                math.sin((lat2 - lat1) / 2) ** 2
                + cos1 * cosines[other] * math.sin((lon2 - lon1) / 2) ** 2,
                other,
            )
            for other, lon2, lat2 in points
            if other != code
        ]
        out[code] = tuple(other for _, other in sorted(term))
    return out


def nearest_of(code: str, candidates: Collection[str]) -> str | None:
    """The municipality among ``candidates`` (not ``code`` itself) nearest to ``code``."""
    return next((other for other in by_distance()[code] if other in candidates), None)
