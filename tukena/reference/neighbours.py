"""Which municipalities are next to which: where to point people when the activity they
look for does not meet in their own municipality.

Two municipalities are neighbours when their outlines share a border, an arc of the
TopoJSON that both use. At the outlines' scale (1:4.5 million) an island municipality
(Hailuoto, Kustavi, Parainen, the Åland archipelago) shares none; its neighbours are then
the :data:`NEAREST` municipalities whose outlines' centres are closest to its own.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
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
def neighbours() -> dict[str, tuple[str, ...]]:
    """Each municipality's neighbours by official code, in code order."""
    data = topology()
    geometries = municipality_geometries(data)
    arcs_of = {code: set(_arc_indexes(g["arcs"])) for code, g in geometries.items()}
    found = bordering(arcs_of)
    if any(not codes for codes in found.values()):
        points = decode_arcs(data)
        centres = {}
        for code, arcs in arcs_of.items():
            mine = [p for arc in arcs for p in points[arc]]
            centres[code] = (
                sum(p[0] for p in mine) / len(mine),
                sum(p[1] for p in mine) / len(mine),
            )
        for code, codes in found.items():
            if not codes:
                codes.update(nearest(code, centres, NEAREST))
    return {code: tuple(sorted(codes)) for code, codes in found.items()}
