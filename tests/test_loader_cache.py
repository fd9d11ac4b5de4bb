"""The loader's model cache: a cached activity keeps its expiry problem's line number
without the file being read again."""

from __future__ import annotations

import datetime as dt
import pickle
import re

from tukena import loader, reading, sample

DAY = dt.date(2026, 11, 22)


def test_cached_expiry_keeps_line_numbers_without_reading_again(tmp_path, monkeypatch):
    sample.generate(tmp_path, activities=40, seed=3, today=DAY)
    later = DAY + dt.timedelta(days=3 * 365)  # every valid_until has passed
    fresh, expected = loader.check(tmp_path, today=later)
    expiring = [p for p in expected if "valid_until" in str(p)]
    assert expiring, "the sample should have listings with an expiry date"

    cache: loader.ModelCache = {}
    loader.check(tmp_path, today=later, cache=cache)
    reads = []
    original = loader._read_file
    monkeypatch.setattr(
        loader, "_read_file", lambda *args: reads.append(args[0]) or original(*args)
    )
    cached, problems = loader.check(tmp_path, today=later, cache=cache)
    assert reads == []
    assert [str(p) for p in problems] == [str(p) for p in expected]
    assert set(cached.activities) == set(fresh.activities)


def test_files_read_in_helper_processes_are_checked_like_the_others(tmp_path):
    sample.generate(tmp_path, activities=600, seed=5, today=DAY)
    files = sorted((tmp_path / "content" / "activities").glob("*.md"))
    for path in (files[1], files[-3]):  # one in this process's share, one in a helper's
        text = path.read_text("utf-8")
        path.write_text(
            re.sub(r"^organisation: .*$", "organisation: no-such-org", text, count=1, flags=re.M),
            "utf-8",
        )
    later = DAY + dt.timedelta(days=3 * 365)  # expiry problems point at their line
    _, alone = loader.check(tmp_path, today=later, workers=1)
    _, parallel = loader.check(tmp_path, today=later, workers=2)
    assert len(files) >= reading.PARALLEL_FROM
    assert [str(p) for p in parallel] == [str(p) for p in alone]
    unknown = [p for p in parallel if "no-such-org" in str(p)]
    assert {p.path for p in unknown} == {f"content/activities/{files[i].name}" for i in (1, -3)}


def test_a_kind_is_the_same_object_after_pickling():
    for kind in loader.KINDS:
        assert pickle.loads(pickle.dumps(kind)) is kind


def test_a_cached_activity_is_checked_again_when_its_image_goes(tmp_path):
    sample.generate(tmp_path, activities=5, seed=3, today=DAY)
    path = sorted((tmp_path / "content" / "activities").glob("*.md"))[0]
    text = path.read_text("utf-8")
    path.write_text(
        text.replace(
            "\nlanguages:", "\nimages:\n  - src: cafe.svg\n    alt: {fi: Kahvila}\nlanguages:", 1
        ),
        "utf-8",
    )
    image = tmp_path / "content" / "images" / "cafe.svg"
    image.parent.mkdir()
    image.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', "utf-8")
    cache: loader.ModelCache = {}
    _, problems = loader.check(tmp_path, today=DAY, cache=cache)
    assert problems == []
    image.unlink()  # the listing's file is unchanged, so its model is in the cache
    _, problems = loader.check(tmp_path, today=DAY, cache=cache)
    rel = f"content/activities/{path.name}"
    assert [(p.path, p.field, p.message) for p in problems] == [
        (rel, "images[0].src", "no such file content/images/cafe.svg")
    ]
    assert problems[0].line == text[: text.index("\nlanguages:")].count("\n") + 3
