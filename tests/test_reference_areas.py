"""Point in a municipality, distance to its outline (tukena.reference.areas)."""

from __future__ import annotations

import pytest

from tukena import reference
from tukena.reference import areas

#: a square of 1° with a square hole of 0.2° in its middle (a lake), and an island east of it
SQUARE = ((24.0, 60.0), (25.0, 60.0), (25.0, 61.0), (24.0, 61.0), (24.0, 60.0))
LAKE = ((24.4, 60.4), (24.6, 60.4), (24.6, 60.6), (24.4, 60.6))  # not closed: closed anyway
ISLAND = ((26.0, 60.0), (26.2, 60.0), (26.2, 60.2), (26.0, 60.0))
SHAPE = areas.area("999", [SQUARE, LAKE, ISLAND])


def test_the_box_holds_every_ring() -> None:
    assert (SHAPE.west, SHAPE.south, SHAPE.east, SHAPE.north) == (24.0, 60.0, 26.2, 61.0)


@pytest.mark.parametrize(
    ("lon", "lat", "expected"),
    [
        (24.2, 60.2, True),
        (24.5, 60.5, False),  # in the lake
        (26.15, 60.05, True),  # on the island
        (25.5, 60.5, False),  # in the box, between the square and the island
        (23.9, 60.5, False),
    ],
)
def test_inside_by_the_even_odd_rule(lon: float, lat: float, expected: bool) -> None:
    assert areas.inside(SHAPE, lon, lat) is expected


def test_distance_to_the_nearest_edge_in_kilometres() -> None:
    assert areas.distance_km(SHAPE, 24.2, 60.2) == 0.0
    assert areas.distance_km(SHAPE, 24.5, 61.1) == pytest.approx(0.1 * 110.95)
    # from the lake's middle to its shore: 0.1° of longitude at 60.5° N
    assert areas.distance_km(SHAPE, 24.5, 60.5) == pytest.approx(5.48, abs=0.01)


def test_nearest_within_a_distance() -> None:
    shapes = {"999": SHAPE}
    assert areas.nearest(25.1, 60.5, 10.0, shapes) == ("999", pytest.approx(5.48, abs=0.01))
    assert areas.nearest(25.1, 60.5, 5.0, shapes) is None


def test_every_municipality_a_place_may_name_has_an_outline() -> None:
    """The names and the outlines are of one classification: every code has its outline
    (a place's check would pass over one that had not)."""
    assert set(areas.areas()) == set(reference.load().municipalities)


@pytest.mark.parametrize(
    ("lon", "lat", "name"),
    [
        (24.9530, 60.1675, "Helsinki"),  # Kauppatori
        (23.7610, 61.4978, "Tampere"),
        (25.4651, 65.0121, "Oulu"),
        (21.9094, 60.1933, "Parainen"),  # Nauvo, in the archipelago
        (24.7536, 59.4370, None),  # Tallinn
    ],
)
def test_the_municipality_a_point_is_in(lon: float, lat: float, name: str | None) -> None:
    code = areas.containing(lon, lat)
    assert (reference.load().municipalities[code].name_fi if code else None) == name


def test_interior_is_inside_every_municipality() -> None:
    shapes = areas.areas()
    assert [c for c, s in shapes.items() if not areas.inside(s, *areas.interior(s))] == []
