"""The loader's model cache: a cached activity keeps its expiry problem's line number
without the file being read again."""

from __future__ import annotations

import datetime as dt

from tukena import loader, sample

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
