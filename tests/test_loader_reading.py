"""Reading on several cores: whichever process reads a batch, the content and the problems
are those of reading every file here, and a helper's batches come with their pickles."""

from __future__ import annotations

import datetime as dt
import os
import pickle
import re

import pytest

from tukena import loader, reading, sample

DAY = dt.date(2026, 11, 22)
LATER = DAY + dt.timedelta(days=3 * 365)  # every valid_until has passed: lines matter


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    """A content repository with broken files spread over the batches."""
    root = tmp_path_factory.mktemp("content")
    sample.generate(root, activities=500, seed=7, today=DAY)
    files = sorted((root / "content" / "activities").glob("*.md"))
    for path in files[3::97]:
        text = path.read_text("utf-8")
        path.write_text(re.sub(r"^organisation: .*$", "organisation: nobody", text, flags=re.M))
    files[150].write_text("---\ntitle: [unclosed\n---\n", "utf-8")
    files[420].write_text("---\ncategory: no-such-category\n---\nBody\n", "utf-8")
    return root


def _read(root, workers):
    content, problems = loader.check(root, today=LATER, workers=workers)
    return content, [str(p) for p in problems]


def _claims_only_in(monkeypatch, here: bool):
    """Let only this process, or only the helper, claim batches: the other finds none."""
    claim, parent = reading._claim, os.getpid()

    def claims(job):
        return claim(job) if (os.getpid() == parent) == here else None

    monkeypatch.setattr(reading, "_claim", claims)


@pytest.mark.parametrize("reader", ["both", "this process", "the helper"])
def test_the_same_whoever_reads_what(root, monkeypatch, reader):
    alone, expected = _read(root, workers=1)
    assert any("nobody" in p for p in expected) and len(expected) > 6
    if reader == "this process":
        _claims_only_in(monkeypatch, here=True)
    elif reader == "the helper":
        _claims_only_in(monkeypatch, here=False)
    content, problems = _read(root, workers=2)
    assert problems == expected
    for kind in loader.KINDS:
        assert content.items(kind) == alone.items(kind)
        assert list(content.items(kind)) == list(alone.items(kind))
    assert content.paths == alone.paths
    assert content.signatures == alone.signatures


def test_a_helpers_batches_come_with_the_pickle_of_their_items(root, monkeypatch):
    _claims_only_in(monkeypatch, here=False)
    todo = [
        (path, reading.Read(f"content/activities/{path.name}", path.stem, (0, 0)))
        for path in sorted((root / "content" / "activities").glob("*.md"))
    ]
    kept: reading.Pickled = []
    reads = reading.read_all(todo, _read_one, workers=2, pickled=kept)
    assert [read.rel for read in reads] == [read.rel for _, read in todo]
    assert sum(len(batch) for batch, _ in kept) == len(todo)
    for batch, data in kept:
        assert pickle.loads(data) == [read.item for read in batch]
    assert all(read.item == read.slug.upper() for read in reads)


def _read_one(path, read):
    read.item = read.slug.upper()
    return read
