"""``tukena validate`` warns of a map point far from its place's municipality
(tukena.placechecks), and not of one a little over a border of the coarse outlines."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.validate_helpers import LISTING, REPO, line_of, make_repo, validate, write
from tukena import loader, placechecks
from tukena.reference import areas

POINT = "coordinates: {lat: 60.1756, lon: 24.8053}"
CHECK = "check the coordinates (or the municipality) (warning)"
NEWS = (REPO / "content" / "news" / "mother-language-day-espoo.md").read_text("utf-8")
NEWS_POINT = "coordinates: {lat: 60.2184, lon: 24.8106}"


def in_helsinki(lat: float, lon: float) -> str:
    """The shipped listing, its place moved to Helsinki with the map point given."""
    assert LISTING.count(POINT) == 1 and LISTING.count("municipality: Espoo") == 1
    text = LISTING.replace("municipality: Espoo", "municipality: Helsinki")
    return text.replace(POINT, f"coordinates: {{lat: {lat}, lon: {lon}}}")


def warned(repo: Path, capsys) -> list[str]:
    code, out = validate(repo, capsys)
    assert code == 0
    return out


def test_a_point_in_its_municipality_gives_no_warning(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    write(repo, "content/activities/a.md", in_helsinki(60.1675, 24.9530))  # Kauppatori
    assert warned(repo, capsys) == ["31 organisations, 1 activities, 0 news items: OK"]


def test_a_point_in_another_town_names_it(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    text = write(repo, "content/activities/a.md", in_helsinki(61.4978, 23.7610))  # Tampere
    line = line_of(text, "coordinates:")
    assert warned(repo, capsys) == [
        f"content/activities/a.md:{line}: locations[0].coordinates: the map point is in"
        f" Tampere, 149 km outside Helsinki: {CHECK}",
        "31 organisations, 1 activities, 0 news items: OK, 1 warning(s)",
    ]
    code, out = validate(repo, capsys, "--format", "github")
    assert code == 0
    assert out[0] == (
        f"::warning file=content/activities/a.md,line={line},title=locations[0].coordinates::"
        "the map point is in Tampere, 149 km outside Helsinki: check the coordinates (or the"
        " municipality)"
    )


@pytest.mark.parametrize(
    ("lat", "lon", "km"),
    [(59.4370, 24.7536, 78), (61.5, 20.0, 291)],  # Tallinn; the Bothnian Sea
    ids=["abroad", "at sea"],
)
def test_a_point_outside_finland_says_so(
    tmp_path: Path, capsys, lat: float, lon: float, km: int
) -> None:
    repo = make_repo(tmp_path)
    write(repo, "content/activities/a.md", in_helsinki(lat, lon))
    assert warned(repo, capsys)[0].endswith(
        f": the map point is outside Finland (abroad or at sea), {km} km outside Helsinki: {CHECK}"
    )


def test_a_point_at_sea_off_another_town_names_it(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    write(repo, "content/activities/a.md", in_helsinki(60.2, 25.6))  # off Porvoo's coast
    assert warned(repo, capsys)[0].endswith(
        f": the map point is at sea or on a small island near Porvoo, 21 km outside Helsinki: {CHECK}"
    )


def test_a_point_a_little_over_the_border_is_not_reported(tmp_path: Path, capsys) -> None:
    """In Vantaa, 4.5 km outside Helsinki's coarse outline: within the tolerance; 5.4 km is
    not."""
    within, beyond = (24.9, 60.31), (24.85, 60.31)
    assert areas.containing(*within) == areas.containing(*beyond) == "092"  # Vantaa
    repo = make_repo(tmp_path)
    write(repo, "content/activities/a.md", in_helsinki(within[1], within[0]))
    assert warned(repo, capsys) == ["31 organisations, 1 activities, 0 news items: OK"]
    write(repo, "content/activities/a.md", in_helsinki(beyond[1], beyond[0]))
    assert warned(repo, capsys)[0].endswith(
        f": the map point is in Vantaa, 5 km outside Helsinki: {CHECK}"
    )


def test_the_line_and_field_of_a_second_place_and_of_a_news_items(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    second = (
        "  - municipality: Helsinki\n    name: Toinen paikka\n    coordinates:\n"
        "      lat: 61.4978\n      lon: 23.7610\n"
    )
    listing = write(
        repo, "content/activities/a.md", LISTING.replace("schedule:\n", second + "schedule:\n")
    )
    news = write(
        repo,
        "content/news/n.md",
        NEWS.replace(NEWS_POINT, "coordinates: {lat: 65.0121, lon: 25.4651}"),  # Oulu
    )
    out = warned(repo, capsys)
    assert [row.split(": the map point")[0] for row in out[:-1]] == [
        f"content/activities/a.md:{listing.split(chr(10)).index('    coordinates:') + 1}:"
        " locations[1].coordinates",
        f"content/news/n.md:{line_of(news, 'coordinates:')}: place.coordinates",
    ]
    assert "is in Oulu, 518 km outside Espoo" in out[1]


def test_latitude_and_longitude_swapped_is_an_error_that_says_so(tmp_path: Path, capsys) -> None:
    """No point in Finland has a latitude that could be its longitude: the model rejects a
    swap, so it is an error, not a warning, and the message says what to write."""
    repo = make_repo(tmp_path)
    text = write(repo, "content/activities/a.md", in_helsinki(24.9530, 60.1675))
    code, out = validate(repo, capsys)
    assert (code, out) == (
        1,
        [
            f"content/activities/a.md:{line_of(text, 'coordinates:')}: locations[0].coordinates:"
            " latitude and longitude look swapped: write lat: 60.1675, lon: 24.953"
        ],
    )


def test_the_shipped_content_gives_no_such_warning() -> None:
    content, problems = loader.check(REPO, today=dt.date(2026, 11, 22))
    assert problems == []
    points = [p for a in content.activities.values() for p in a.locations if p.coordinates] + [
        n.place for n in content.news.values() if n.place and n.place.coordinates
    ]
    assert len(points) > 100
    assert placechecks.problems(content) == []


def test_a_municipality_without_an_outline_is_passed_over() -> None:
    shapes = dict(areas.areas())
    assert placechecks.stray("091", 23.7610, 61.4978, shapes)  # in Tampere
    del shapes["091"]
    assert placechecks.stray("091", 23.7610, 61.4978, shapes) is None
