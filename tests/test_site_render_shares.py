"""How pages are split into shares for the workers (:func:`tukena.site.render.shares`)."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from tukena.site import render
from tukena.site.routes import Job

LANGUAGES = ("fi", "sv", "en")


def _jobs(items: int, kinds: tuple[str, ...] = ("activity",)) -> list[Job]:
    return [
        Job(kinds[i % len(kinds)], f"item-{i}", lang, f"{lang}/item-{i}.html", "t.html")
        for i in range(items)
        for lang in LANGUAGES
    ]


def _check_whole(jobs: list[Job], out: list[list[Job]]) -> None:
    """Every job in exactly one share, and an item's languages in the same one."""
    assert Counter(job for share in out for job in share) == Counter(jobs)
    home = {}
    for index, share in enumerate(out):
        for job in share:
            assert home.setdefault(job.group, index) == index


def test_equal_shares_without_small_ones():
    jobs = _jobs(100)
    out = render.shares(jobs, 4)
    _check_whole(jobs, out)
    assert [len(share) for share in out] == [75, 75, 75, 75]


def test_the_last_shares_are_cut_smaller():
    jobs = _jobs(10_000)
    out = render.shares(jobs, 32, 4)
    _check_whole(jobs, out)
    sizes = [len(share) for share in out]
    assert len(sizes) == 28 + 4 * 4
    whole, small = sizes[:28], sizes[28:]
    assert min(whole) >= 3 * max(small) and max(small) > 0
    assert max(whole) - min(whole) <= 3 and max(small) - min(small) <= 3  # one item each
    assert max(small) <= (len(jobs) / 32) / 4 + 3  # a quarter of an equal share


def test_every_share_gets_the_same_mix_of_kinds():
    jobs = _jobs(6_000, kinds=("activity", "activity", "news"))
    for share in render.shares(jobs, 8, 2):
        kinds = Counter(job.kind for job in share)
        assert abs(kinds["activity"] / len(share) - 2 / 3) < 0.01


@given(
    items=st.integers(0, 300),
    count=st.integers(1, 40),
    small=st.integers(0, 50),
    pieces=st.integers(1, 6),
)
def test_nothing_lost_or_split_whatever_the_numbers(items, count, small, pieces):
    jobs = _jobs(items)
    out = render.shares(jobs, count, small, pieces)
    _check_whole(jobs, out)
    small_shares = min(small, count) * pieces
    assert len(out) == count - min(small, count) + small_shares
