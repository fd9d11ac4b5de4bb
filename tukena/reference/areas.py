"""Which municipality a map point lies in, and how far a point is from a municipality.

A listing's place names its municipality and may give a map point; nothing else ties the
two together, so a point with a typo, or copied from a listing in another town, puts the
place's OpenStreetMap link and its "near me" distance somewhere else.
:mod:`tukena.placechecks` uses these helpers to warn of it.

The outlines are the reference data's TopoJSON (:mod:`tukena.reference.shapes`: the 2021
classification at 1:4.5 million), decoded once per process into rings of longitude/latitude
points with each municipality's bounding box. A point is inside a municipality when a ray
from it crosses the municipality's rings an odd number of times (the even-odd rule, which
also handles islands and lakes cut out of an outline). Distances are in kilometres on a
plane tangent at the point (an equirectangular projection: within 0.5 % of the great-circle
distance from a point in Oulu to Espoo's outline, 518 km, and closer at shorter ones).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from tukena.reference.shapes import decode_arcs, municipality_geometries, polygons, ring, topology

Point = tuple[float, float]  # longitude, latitude

#: kilometres per degree of latitude, and of longitude at the equator (WGS 84, mean)
KM_PER_DEGREE_LAT = 110.95
KM_PER_DEGREE_LON = 111.32


@dataclass(frozen=True)
class Area:
    """One municipality's outline: its rings, and the box around them."""

    code: str
    rings: tuple[tuple[Point, ...], ...]
    west: float
    south: float
    east: float
    north: float

    def in_box(self, lon: float, lat: float, margin: float = 0.0) -> bool:
        """Whether the point is in the bounding box, widened by ``margin`` degrees."""
        return (
            self.west - margin <= lon <= self.east + margin
            and self.south - margin <= lat <= self.north + margin
        )


def area(code: str, rings: Sequence[Sequence[Point]]) -> Area:
    """An :class:`Area` of closed rings (a ring's last point may repeat its first)."""
    kept = tuple(tuple(r) for r in rings if len(r) > 2)
    lons = [p[0] for r in kept for p in r]
    lats = [p[1] for r in kept for p in r]
    return Area(code, kept, min(lons), min(lats), max(lons), max(lats))


@cache
def areas() -> dict[str, Area]:
    """Every municipality's :class:`Area` by official code, decoded once per process."""
    arcs = decode_arcs(topology())
    return {
        code: area(code, [ring(arcs, r) for polygon in polygons(g) for r in polygon])
        for code, g in municipality_geometries(topology()).items()
    }


def _edges(points: Sequence[Point]) -> Iterator[tuple[Point, Point]]:
    """A ring's edges, closing it when its last point is not its first."""
    yield from pairwise(points)
    if points[-1] != points[0]:
        yield points[-1], points[0]


def inside(shape: Area, lon: float, lat: float) -> bool:
    """Whether the point lies inside the outline (the even-odd rule over all its rings)."""
    if not shape.in_box(lon, lat):
        return False
    crossings = False
    for points in shape.rings:
        for (x1, y1), (x2, y2) in _edges(points):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                crossings = not crossings
    return crossings


def distance_km(shape: Area, lon: float, lat: float) -> float:
    """How far the point is from the outline's nearest edge, in kilometres (0 inside)."""
    if inside(shape, lon, lat):
        return 0.0
    kx = KM_PER_DEGREE_LON * math.cos(math.radians(lat))
    ky = KM_PER_DEGREE_LAT
    nearest = math.inf
    for points in shape.rings:
        for (x1, y1), (x2, y2) in _edges(points):
            ax, ay = (x1 - lon) * kx, (y1 - lat) * ky  # the point is at (0, 0)
            dx, dy = (x2 - x1) * kx, (y2 - y1) * ky
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else min(1.0, max(0.0, -(ax * dx + ay * dy) / length))
            nearest = min(nearest, math.hypot(ax + t * dx, ay + t * dy))
    return nearest


def containing(lon: float, lat: float, shapes: dict[str, Area] | None = None) -> str | None:
    """The code of the municipality the point lies in, or None: outside every outline
    (abroad, at sea, or on an island too small for the outlines' scale). Only the
    outlines whose boxes hold the point are tested."""
    for code, shape in (shapes if shapes is not None else areas()).items():
        if inside(shape, lon, lat):
            return code
    return None


def interior(shape: Area) -> Point:
    """A point inside the outline: the middle of its widest stretch along the latitude
    halfway between its box's edges, else along the middle latitude of one of its rings
    (an archipelago may have only sea halfway up). For points drawn in a municipality."""
    middles = [(shape.south + shape.north) / 2]
    middles += [(min(p[1] for p in r) + max(p[1] for p in r)) / 2 for r in shape.rings]
    for lat in middles:
        lons = sorted(
            x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
            for points in shape.rings
            for (x1, y1), (x2, y2) in _edges(points)
            if (y1 > lat) != (y2 > lat)
        )
        stretches = list(zip(lons[::2], lons[1::2], strict=True))  # closed rings: in, out, ...
        if stretches:
            west, east = max(stretches, key=lambda s: s[1] - s[0])
            return (west + east) / 2, lat
    return shape.rings[0][0]


def nearest(
    lon: float, lat: float, within_km: float, shapes: dict[str, Area] | None = None
) -> tuple[str, float] | None:
    """The municipality whose outline is nearest the point, and how far it is, among
    those within ``within_km`` kilometres; None when there are none."""
    margin = within_km / (KM_PER_DEGREE_LON * math.cos(math.radians(lat)))  # the wider one
    found = None
    for code, shape in (shapes if shapes is not None else areas()).items():
        if shape.in_box(lon, lat, margin):
            km = distance_km(shape, lon, lat)
            if km <= within_km and (found is None or km < found[1]):
                found = (code, km)
    return found
