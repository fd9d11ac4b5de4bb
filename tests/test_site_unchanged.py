"""A build whose inputs are all as the last complete build read them does nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from tukena.site import build, incremental, unchanged
from tukena.site.config import SiteConfig

REPO = Path(__file__).resolve().parent.parent


def _config(root: Path) -> SiteConfig:
    """A one-process build of ``root``'s content with a cache folder, as ``make html``."""
    return SiteConfig(
        root=root,
        output=root / "output",
        theme=REPO / "theme",
        today=dt.date(2026, 11, 22),
        cache_dir=root / "cache",
        workers=1,
    )


def _unchanged(config: SiteConfig) -> bool:
    return unchanged.unchanged(config, unchanged.inputs(config))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> SiteConfig:
    root = tmp_path_factory.mktemp("site")
    shutil.copytree(REPO / "content", root / "content")
    config = _config(root)
    assert not _unchanged(config)  # no build yet
    build.write(build.prepare(config), config.output)
    return config


def test_nothing_changed_after_a_complete_build(built: SiteConfig) -> None:
    assert _unchanged(built)


def test_outputs_lists_every_file_the_build_left(built: SiteConfig) -> None:
    listed = unchanged.outputs(built.output)
    on_disk = sorted(
        p.relative_to(built.output).as_posix() for p in built.output.rglob("*") if p.is_file()
    )
    assert list(listed) == on_disk
    assert "index.html" in listed and "sv/index.html" in listed


def test_another_day_or_setting_is_a_change(built: SiteConfig) -> None:
    assert not _unchanged(dataclasses.replace(built, today=dt.date(2026, 11, 23)))
    assert not _unchanged(dataclasses.replace(built, siteurl="https://tukena.example"))


def test_the_number_of_processes_is_not_a_change(built: SiteConfig) -> None:
    """A build on two cores after one on one renders nothing again."""
    other = dataclasses.replace(built, workers=2)
    assert _unchanged(other)
    counts = build.write(build.prepare(other), other.output)
    assert counts["pages"] == 0 and counts["exports"] > 0
    assert _unchanged(built)


def test_an_edited_added_or_removed_content_file_is_a_change(built: SiteConfig) -> None:
    activity = sorted((built.root / "content" / "activities").iterdir())[0]
    stat = activity.stat()
    os.utime(activity, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert not _unchanged(built)
    os.utime(activity, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert _unchanged(built)
    extra = built.root / "content" / "pages" / "new.fi.md"
    extra.write_text("---\ntitle: Uusi\n---\nTeksti\n", "utf-8")
    assert not _unchanged(built)
    extra.unlink()
    assert _unchanged(built)


def test_a_missing_output_file_is_a_change(built: SiteConfig) -> None:
    calendar = next((built.output / "sv" / "organisations").glob("*.ics"))
    data = calendar.read_bytes()
    calendar.unlink()
    assert not _unchanged(built)
    calendar.write_bytes(data)
    assert _unchanged(built)


def test_a_build_that_did_not_finish_is_not_trusted(built: SiteConfig, tmp_path: Path) -> None:
    config = dataclasses.replace(built, cache_dir=tmp_path / "cache")
    build.prepare(config)  # read, but nothing written and no state saved
    assert not _unchanged(config)


def test_a_second_build_in_the_same_process_shows_the_edit_everywhere(tmp_path: Path) -> None:
    """``make serve`` rebuilds in one process: no card, template or text from the first
    build may outlive it."""
    root = tmp_path / "site"
    shutil.copytree(REPO / "content", root / "content")
    config = _config(root)
    old, new = "Mother and child club at Entresse", "Zyxwvu club"

    def showing(title: str) -> set[Path]:
        pages = config.output.glob("en/**/*.html")
        return {p for p in pages if title in p.read_text("utf-8")}

    build.write(build.prepare(config), config.output)
    before = showing(old)
    assert len(before) > 1  # its page and the listings with its card
    path = root / "content" / "activities" / "aiti-lapsi-kerho-entresse.md"
    path.write_text(path.read_text("utf-8").replace(old, new, 1), "utf-8")
    build.write(build.prepare(config), config.output)
    assert showing(old) == set()
    assert showing(new) == before


def test_an_edited_ended_activity_is_renamed_on_its_organisations_pages(tmp_path: Path) -> None:
    """Organisation pages keep their ended activities: a rebuild that skips unchanged pages
    still renders them again when one of those changes."""
    root = tmp_path / "site"
    shutil.copytree(REPO / "content", root / "content")
    config = _config(root)
    cat = build.prepare(config)
    slug = next(s for s in sorted(cat.activities) if not cat.is_listed(s))
    build.write(cat, config.output)
    old = cat.activities[slug].title["fi"]
    owners = {cat.activities[slug].organisation, *cat.activities[slug].partners}
    pages = [config.output / "organisations" / f"{o}.html" for o in owners]
    assert owners and all(old in p.read_text("utf-8") for p in pages)
    path = root / "content" / "activities" / f"{slug}.md"
    path.write_text(path.read_text("utf-8").replace(old, "Zyxwvu", 1), "utf-8")
    build.write(build.prepare(config), config.output)
    assert all("Zyxwvu" in p.read_text("utf-8") for p in pages)


def test_without_a_cache_folder_every_build_is_made(built: SiteConfig) -> None:
    config = dataclasses.replace(built, cache_dir=None)
    assert unchanged.inputs(config) == ""
    assert not _unchanged(config)


@pytest.mark.parametrize("new_code", [False, True], ids=["same code", "new code"])
def test_a_rebuild_removes_the_files_of_what_left_the_site(tmp_path: Path, new_code) -> None:
    """A deleted activity's pages and calendars, and a list's page that is no longer
    needed, go from the output folder too: ``make serve`` shows the site as it is now. So
    they do after the code changed, when every page is rendered again."""
    root = tmp_path / "site"
    shutil.copytree(REPO / "content", root / "content")
    config = dataclasses.replace(_config(root), page_size=5)
    cat = build.prepare(config)
    build.write(cat, config.output)
    slug = next(s for s in sorted(cat.listed) if len(cat.activities[s].title) == 3)
    files = [
        config.output / path
        for path in (f"activities/{slug}.html", f"sv/activities/{slug}.html")
        + (f"activities/{slug}.ics", f"sv/activities/{slug}.ics", f"en/activities/{slug}.ics")
    ]
    assert all(path.is_file() for path in files)
    lists = sorted(config.output.glob("target-groups/everyone/*.html"))
    assert len(lists) > 1  # pages 2 … n of a list
    event = next(s for s, n in cat.content.news.items() if n.start is not None)
    calendar = next(config.output.glob(f"**/{event}.ics"))
    other = config.output / "own-file.txt"  # a file the build did not make stays
    other.write_text("mine", "utf-8")
    (root / "content" / "activities" / f"{slug}.md").unlink()
    (root / "content" / "news" / f"{event}.md").unlink()
    if new_code:
        state = incremental.read_state(incremental.state_path(config))
        incremental.save_state(config, dataclasses.replace(state, code="older code"))
    build.write(build.prepare(dataclasses.replace(config, page_size=1000)), config.output)
    assert [path for path in files if path.exists()] == []
    assert not calendar.exists()
    assert not config.output.joinpath("target-groups", "everyone").exists()  # emptied: gone
    assert other.read_text("utf-8") == "mine"
    kept = next(s for s in cat.listed if s != slug)
    assert config.output.joinpath("activities", f"{kept}.html").is_file()


def test_removing_stays_inside_the_output_folder(tmp_path: Path) -> None:
    from tukena.site.exports.memo import remove_files

    out = tmp_path / "output"
    (out / "a" / "b").mkdir(parents=True)
    (out / "a" / "b" / "page.html").write_text("x", "utf-8")
    (out / "a" / "keep.html").write_text("x", "utf-8")
    (tmp_path / "outside.txt").write_text("x", "utf-8")
    names = ["../outside.txt", "a/b/page.html", "missing.html", "a", "/etc/hostname"]
    assert remove_files(out, names) == 1
    assert (tmp_path / "outside.txt").exists() and (out / "a" / "keep.html").exists()
    assert not (out / "a" / "b").exists()  # left empty: removed; "a" is not empty
    assert out.is_dir()
