"""Output files are written only when their bytes change, with their folders made on demand."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tukena.site.exports.memo import OutputFiles, write_file


def test_new_file_and_its_missing_folders_are_made(tmp_path: Path) -> None:
    target = tmp_path / "sv" / "activities" / "a.html"
    assert write_file(target, b"<p>hej</p>") is True
    assert target.read_bytes() == b"<p>hej</p>"


def test_same_bytes_leave_the_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "a.ics"
    target.write_bytes(b"BEGIN:VCALENDAR")
    os.utime(target, ns=(1_000_000_000, 1_000_000_000))
    assert write_file(target, b"BEGIN:VCALENDAR") is False
    assert target.stat().st_mtime_ns == 1_000_000_000


def test_changed_bytes_replace_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "a.html"
    target.write_bytes(b"a longer old text")
    assert write_file(target, b"short") is True
    assert target.read_bytes() == b"short"
    assert write_file(target, b"shorz") is True  # same length, other bytes
    assert target.read_bytes() == b"shorz"
    assert write_file(target, b"") is True
    assert target.read_bytes() == b""


def test_a_new_file_is_opened_once_and_exclusively(tmp_path: Path, monkeypatch) -> None:
    calls: list[int] = []
    real_open = os.open

    def recording_open(name, flags, *args, **kwargs):
        calls.append(flags)
        return real_open(name, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", recording_open)
    assert write_file(tmp_path / "a.ics", b"BEGIN:VCALENDAR") is True
    assert len(calls) == 1 and calls[0] & os.O_EXCL
    calls.clear()
    assert write_file(tmp_path / "a.ics", b"BEGIN:VCALENDAR") is False  # then compared
    assert (tmp_path / "a.ics").read_bytes() == b"BEGIN:VCALENDAR"


def test_a_link_to_nothing_is_written_through(tmp_path: Path) -> None:
    (tmp_path / "a.html").symlink_to(tmp_path / "target.html")
    assert write_file(tmp_path / "a.html", b"x") is True
    assert (tmp_path / "target.html").read_bytes() == b"x"
    assert write_file(tmp_path / "a.html", b"x") is False


def test_large_file_is_written_whole(tmp_path: Path) -> None:
    data = bytes(range(256)) * 40_000  # 10 MB
    target = tmp_path / "activities.json"
    assert write_file(target, data) is True
    assert target.read_bytes() == data


def test_permissions_follow_the_umask_like_any_written_file(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        write_file(tmp_path / "a.html", b"x")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "a.html").stat().st_mode) == 0o640


def test_output_files_answers_as_a_stat_would(tmp_path: Path) -> None:
    (tmp_path / "sv" / "activities").mkdir(parents=True)
    (tmp_path / "sv" / "activities" / "a.html").write_bytes(b"x")
    (tmp_path / "sv" / "activities" / "folder.html").mkdir()  # not a file
    (tmp_path / "index.html").write_bytes(b"x")
    present = OutputFiles(tmp_path)
    assert present.exists("sv/activities/a.html")
    assert present.exists("index.html")
    assert not present.exists("sv/activities/b.html")
    assert not present.exists("sv/activities/folder.html")
    assert not present.exists("en/activities/a.html")  # no such folder
    assert not present.exists("index.html/a.html")  # a file where a folder would be
