"""Municipality outlines for maps drawn at build time, with no tiles and no network.

The reference data ships the municipalities' TopoJSON (``data/municipalities.topo.json``,
the 2021 classification at 1:4.5 million). :func:`outlines` decodes its arcs, projects them
with a spherical transverse Mercator centred on 27° E (the meridian of Finland's own
ETRS-TM35FIN grid, so the country has its familiar shape) and returns SVG path data: one
closed path for each municipality and one for the wellbeing services counties' borders.
Coordinates are whole map units, written relative to the point before, which keeps a map of
all 309 municipalities and the counties' borders near 45 kB.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

Point = tuple[float, float]

CENTRAL_MERIDIAN = 27.0  # degrees east
MAP_HEIGHT = 1000  # map units; the width follows from the country's shape
MARGIN = 4


@dataclass(frozen=True)
class Outlines:
    """Everything a map needs: its size and its SVG path data."""

    width: int
    height: int
    municipalities: dict[str, str]  # official code -> closed path data
    counties: str  # the borders of the wellbeing services counties, one path
    #: map units per radian of :func:`project`, and the projected left and top edges:
    #: ``x = (px - left) * scale + MARGIN``, ``y = (top - py) * scale + MARGIN``
    scale: float = 1.0
    left: float = 0.0
    top: float = 0.0


def project(lon: float, lat: float) -> Point:
    """Spherical transverse Mercator (x east, y north), in radians of the sphere."""
    lam = math.radians(lon - CENTRAL_MERIDIAN)
    phi = math.radians(lat)
    b = math.cos(phi) * math.sin(lam)
    x = 0.5 * math.log((1 + b) / (1 - b))
    y = math.atan2(math.tan(phi), math.cos(lam))
    return x, y


def decode_arcs(topology: dict) -> list[list[Point]]:
    """The topology's arcs as absolute longitude/latitude points (quantised arcs are
    delta-encoded: each position is the sum of those before it)."""
    transform = topology.get("transform")
    if transform is None:
        return [[(float(p[0]), float(p[1])) for p in arc] for arc in topology["arcs"]]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: Sequence[Sequence[Point]], indexes: Iterable[int]) -> list[Point]:
    """One ring from arc indexes; a negative index ``~i`` is arc ``i`` reversed. Each arc
    after the first starts where the one before ended, so that point is not repeated."""
    points: list[Point] = []
    for index in indexes:
        arc = list(arcs[index]) if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def polygons(geometry: dict) -> list[list[list[int]]]:
    """A Polygon's or MultiPolygon's rings of arc indexes, as a list of polygons."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["arcs"])
    return []


def path_data(rings: Iterable[Sequence[Point]]) -> str:
    """SVG path data of closed rings: each an absolute move, then relative lines in whole
    units; a point that rounds onto the one before is left out (it would draw nothing)."""
    out: list[str] = []
    for points in rings:
        whole = [(round(x), round(y)) for x, y in points]
        kept = [p for i, p in enumerate(whole) if i == 0 or p != whole[i - 1]]
        if len(kept) > 1 and kept[-1] == kept[0]:
            kept.pop()  # "z" draws the closing line
        if len(kept) < 3:
            continue  # smaller than a map unit: nothing to draw
        deltas = []
        for (x0, y0), (x1, y1) in pairwise(kept):
            deltas += (x1 - x0, y1 - y0)
        out.append(f"M{kept[0][0]} {kept[0][1]}l{_numbers(deltas)}z")
    return "".join(out)


def _numbers(values: Iterable[int]) -> str:
    """Numbers for path data: a space between them, except before a minus sign."""
    text = ""
    for value in values:
        number = str(value)
        text += number if not text or value < 0 else " " + number
    return text


@cache
def topology() -> dict:
    """The municipalities' and counties' TopoJSON, read once per process (do not modify)."""
    raw = resources.files(__package__).joinpath("data/municipalities.topo.json")
    return json.loads(raw.read_text("utf-8"))


def municipality_geometries(topology: dict) -> dict[str, dict]:
    """Each municipality's geometry, by official code."""
    geometries = topology["objects"]["munis"]["geometries"]
    return {str(g["properties"]["id"]): g for g in geometries}


@cache
def outlines() -> Outlines:
    """The municipality map, decoded and projected once per process."""
    topology_ = topology()
    arcs = decode_arcs(topology_)
    projected = [[project(lon, lat) for lon, lat in arc] for arc in arcs]
    xs = [p[0] for arc in projected for p in arc]
    ys = [p[1] for arc in projected for p in arc]
    scale = (MAP_HEIGHT - 2 * MARGIN) / (max(ys) - min(ys))
    left, top = min(xs), max(ys)
    width = math.ceil((max(xs) - left) * scale) + 2 * MARGIN
    placed = [
        [((x - left) * scale + MARGIN, (top - y) * scale + MARGIN) for x, y in arc]
        for arc in projected
    ]
    municipalities = {}
    for code, geometry in municipality_geometries(topology_).items():
        rings = [ring(placed, r) for polygon in polygons(geometry) for r in polygon]
        municipalities[code] = path_data(rings)
    county_rings = [
        ring(placed, r)
        for geometry in topology_["objects"]["hva"]["geometries"]
        for polygon in polygons(geometry)
        for r in polygon
    ]
    return Outlines(
        width, MAP_HEIGHT, municipalities, path_data(county_rings), scale, left, top
    )
