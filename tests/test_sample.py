"""The synthetic content generator behind ``tukena sample``: valid, deterministic, varied."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tukena import cli, loader, placechecks, sample, yamlsafe
from tukena.reference import fold
from tukena.schemas.vocabulary import (
    ActivityForm,
    Capacity,
    Category,
    NewsKind,
    OrganisationKind,
    TargetGroup,
)
from tukena.status import Status, status

TODAY = dt.date(2026, 11, 22)
N = 300
FOLDERS = ("organisations", "activities", "news")


def files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted((root / "content").rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> tuple[Path, int]:
    root = tmp_path_factory.mktemp("sample")
    return root, sample.generate(root, activities=N, seed=7, today=TODAY)


@pytest.fixture(scope="module")
def content(generated) -> loader.ContentSet:
    found, problems = loader.check(generated[0], today=TODAY)
    assert problems == []
    return found


def test_loads_without_problems(content):
    assert (len(content.organisations), len(content.activities), len(content.news)) == (15, N, 6)


def test_map_points_lie_in_their_municipalities(content):
    """Near enough for ``tukena validate`` not to warn: a set of 10,000 listings is
    validated without thousands of warnings."""
    places = [p for a in content.activities.values() for p in a.locations]
    assert sum(p.coordinates is not None for p in places) > 100
    assert placechecks.problems(content) == []


def test_returns_the_number_of_files_written(generated):
    root, written = generated
    counts = {f: len(list((root / "content" / f).iterdir())) for f in FOLDERS}
    assert written == sum(counts.values()) == 15 + N + 6
    assert counts == {"organisations": 15, "activities": N, "news": 6}


def test_minimum_counts(tmp_path):
    assert sample.generate(tmp_path, activities=3, seed=1, today=TODAY) == 5 + 3 + 4
    found, problems = loader.check(tmp_path, today=TODAY)
    assert problems == []
    assert {n.kind for n in found.news.values()} == set(NewsKind)


def test_same_arguments_give_identical_files(tmp_path, generated):
    again = tmp_path / "again"
    sample.generate(again, activities=N, seed=7, today=TODAY)
    assert files(again) == files(generated[0])


def test_identical_across_processes(tmp_path):
    """No set or hash ordering leaks into the files."""
    for hashseed in ("1", "2"):
        code = "import sys, datetime as d, pathlib as p; from tukena import sample; "
        code += "sample.generate(p.Path(sys.argv[1]), 60, 2, d.date(2026, 11, 22))"
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        subprocess.run([sys.executable, "-c", code, str(tmp_path / hashseed)], env=env, check=True)
    assert files(tmp_path / "1") == files(tmp_path / "2")


def test_another_seed_or_day_gives_other_files(tmp_path, generated):
    sample.generate(tmp_path / "seed", activities=N, seed=8, today=TODAY)
    sample.generate(tmp_path / "day", activities=N, seed=7, today=TODAY + dt.timedelta(days=1))
    reference = files(generated[0])
    assert files(tmp_path / "seed") != reference
    assert files(tmp_path / "day") != reference


def test_slugs_differ_ignoring_case_and_accents(generated):
    for folder in FOLDERS:
        stems = [p.stem for p in (generated[0] / "content" / folder).iterdir()]
        assert len({fold(s) for s in stems}) == len(stems)


def test_every_vocabulary_value_appears(content):
    activities = list(content.activities.values())
    assert {f for a in activities for f in a.forms} == set(ActivityForm)
    assert {g for a in activities for g in a.target_groups} == set(TargetGroup)
    assert {a.category for a in activities} == set(Category)
    assert {a.capacity for a in activities} == set(Capacity)
    assert {n.kind for n in content.news.values()} == set(NewsKind)
    assert {o.kind for o in content.organisations.values()} == set(OrganisationKind)


def test_variety(content):
    activities = list(content.activities.values())
    share = lambda test: sum(map(test, activities)) / len(activities)  # noqa: E731
    assert 0.25 < share(lambda a: {"fi", "sv", "en"} <= set(a.title)) < 0.45
    assert 0.04 < share(lambda a: bool({"ar", "so", "ru", "uk", "fa-AF"} & set(a.title))) < 0.2
    assert 0.05 < share(lambda a: not a.cost.free) < 0.3
    assert 0 < share(lambda a: bool(a.schedule.sessions)) < 0.25
    assert share(lambda a: bool(a.schedule.exceptions)) > 0.3
    assert 0.5 < share(lambda a: a.referrals.accepted) < 0.95
    modes = Counter((bool(a.locations), a.online is not None) for a in activities)
    assert set(modes) == {(True, False), (False, True), (True, True)}
    assert {a.language for a in activities} == {"fi", "sv", "en"}
    lengths = sorted(len(a.description[a.language]) for a in activities)
    assert lengths[0] >= 250 and lengths[-1] > 1800
    bodies = "\n".join(a.description["fi"] for a in activities if "fi" in a.description)
    for markdown in ("**", "\n- ", "](https://", "\n\n"):
        assert markdown in bodies
    places = Counter(p.municipality for a in activities for p in a.locations)
    assert places.most_common(1)[0][0] == "091"  # Helsinki, the most populous
    assert len(places) > 60


def test_some_listings_are_stale_and_some_ended(content):
    counts = Counter(status(a, TODAY) for a in content.activities.values())
    assert counts[Status.STALE] == counts[Status.ENDED] == N // 20
    assert counts[Status.ACTIVE] == N - 2 * (N // 20)


@pytest.mark.parametrize("day", ["2027-01-02", "2027-06-20", "2028-02-29"])
def test_valid_on_any_day(tmp_path, day):
    today = dt.date.fromisoformat(day)
    sample.generate(tmp_path, activities=120, seed=3, today=today)
    found, problems = loader.check(tmp_path, today=today)
    assert problems == []
    assert Counter(status(a, today) for a in found.activities.values())[Status.ENDED] >= 6


def test_default_today(tmp_path):
    sample.generate(tmp_path, activities=40)
    assert loader.check(tmp_path, today=dt.date.today())[1] == []


def unshared(value: Any) -> Any:
    """A copy without shared objects: yamlsafe.dump would write anchors for them."""
    if isinstance(value, dict):
        return {k: unshared(v) for k, v in value.items()}
    if isinstance(value, list):
        return [unshared(v) for v in value]
    return dt.date.fromordinal(value.toordinal()) if isinstance(value, dt.date) else value


def test_front_matter_reads_as_yamlsafe_dump_would():
    for path, front, _ in sample.documents(N, seed=5, today=TODAY):
        ours, _ = yamlsafe.load(sample.to_yaml(front))
        theirs, _ = yamlsafe.load(yamlsafe.dump(unshared(front)))
        assert ours == theirs, path


@pytest.mark.parametrize(
    "text",
    ["yes", "No", "null", "17:00", "091", "2026-11-22", "a: b", "x #y", "- x", "'q'", "&a", "*b",
     "!tag", "[1]", "{a}", "a, b", "https://x.example/", "Äiti-lapsi-ryhmä, Turku", "€5 / kerta",
     "two\nlines\n", "two\nlines", "trailing\n\n", " lead", "مرحباً بالجميع.", "tab\there"],
)  # fmt: skip
def test_scalars_round_trip(text):
    data = {"plain": text, "flow": [text], "mapping": {"key": text}}
    assert yamlsafe.load(sample.to_yaml(data))[0] == data


def test_cli(tmp_path, capsys):
    out = tmp_path / "cli"
    assert (
        cli.main(["sample", "--activities", "25", "--out", str(out), "--today", "2026-11-22"]) == 0
    )
    assert "wrote 34 files" in capsys.readouterr().out
    assert loader.check(out, today=TODAY)[1] == []
