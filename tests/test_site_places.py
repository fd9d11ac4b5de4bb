"""``municipalities/outlines.json`` of the built sample site, in each UI language: every
municipality's code, name, page (which exists) and outline (the coverage map's), and the
projection that places a position on that map."""

from __future__ import annotations

import json

import pytest

from tests.site_helpers import LANGUAGES, sample_site
from tukena import reference
from tukena.reference import shapes
from tukena.site import urls


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    return sample_site(tmp_path_factory).check().output


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_municipality_with_its_page_and_outline(site, lang):
    data = json.loads((site / urls.municipality_outlines(lang)).read_text("utf-8"))
    outlines = shapes.outlines()
    municipalities = reference.load().municipalities
    assert [(code, name, url) for code, name, url, _ in data["places"]] == [
        (code, m.name(lang), urls.municipality(lang, m)) for code, m in municipalities.items()
    ]
    for _, _, url, _ in data["places"]:
        assert (site / url).is_file(), url
    assert [path for *_, path in data["places"]] == [
        outlines.municipalities[c] for c in municipalities
    ]
    assert (data["meridian"], data["margin"]) == (shapes.CENTRAL_MERIDIAN, shapes.MARGIN)
    # the projection puts a landmark inside its municipality's outline, and in no other
    helsinki = next(c for c, m in municipalities.items() if m.name_fi == "Helsinki")
    x, y = shapes.project(24.9522, 60.1705)  # Helsinki Cathedral
    point = (
        (x - data["left"]) * data["scale"] + data["margin"],
        (data["top"] - y) * data["scale"] + data["margin"],
    )
    holding = [c for c, path in outlines.municipalities.items() if _inside(path, point)]
    assert holding == [helsinki]


def _rings(path: str) -> list[list[tuple[int, int]]]:
    """The absolute points of each ring of SVG path data of M, l and z commands."""
    rings = []
    for part in path.split("M")[1:]:
        start, _, steps = part.rstrip("z").partition("l")
        x, y = (int(n) for n in start.split())
        ring = [(x, y)]
        numbers = [int(n) for n in steps.replace("-", " -").split()]
        for dx, dy in zip(numbers[::2], numbers[1::2], strict=True):
            x, y = x + dx, y + dy
            ring.append((x, y))
        rings.append(ring)
    return rings


def _inside(path: str, point: tuple[float, float]) -> bool:
    """Even-odd rule over every ring of the outline."""
    px, py = point
    crossings = 0
    for ring in _rings(path):
        for (ax, ay), (bx, by) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (ay > py) != (by > py) and px < (bx - ax) * (py - ay) / (by - ay) + ax:
                crossings += 1
    return crossings % 2 == 1
