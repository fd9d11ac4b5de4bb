"""Content files as files: names that are addresses, links, and what content/images/
publishes as it is (tukena.contentfiles)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from tests.site_helpers import pelican, sample_site
from tukena import contentfiles, loader
from tukena.bot import content as bot_content

TODAY = dt.date(2026, 11, 22)
REPO = Path(__file__).resolve().parent.parent


def _repo(tmp_path: Path) -> Path:
    """The shipped content, copied: every file of it is valid."""
    import shutil

    shutil.copytree(REPO / "content", tmp_path / "content")
    return tmp_path


def _problems(root: Path) -> dict[str, str]:
    return {p.path: p.message for p in loader.check(root, today=TODAY)[1]}


def test_the_shipped_content_has_no_problem_of_its_own(tmp_path: Path) -> None:
    assert _problems(_repo(tmp_path)) == {}


def test_a_link_is_refused_wherever_it_is(tmp_path: Path) -> None:
    """A link would publish whatever the building machine holds where it points."""
    root = _repo(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("TOKEN=abc123\n", "utf-8")
    content = root / "content"
    (content / "images" / "config.svg").symlink_to(secret)
    (content / "images" / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    listing = next((content / "activities").glob("*.md"))
    (content / "activities" / "linked.md").symlink_to(listing)
    found = _problems(root)
    said = "a symbolic link: put the file itself here"
    for rel in ("images/config.svg", "images/elsewhere", "activities/linked.md"):
        assert found.pop(f"content/{rel}").startswith(said), rel
    assert found == {}
    content_set, _ = loader.check(root, today=TODAY)
    assert "linked" not in content_set.activities


def test_only_images_the_site_can_show_are_published(tmp_path: Path) -> None:
    """Every file of content/images/ is copied into the site, named by a listing or not."""
    root = _repo(tmp_path)
    images = root / "content" / "images"
    (images / "promo.html").write_text('<script src="helper.js"></script>', "utf-8")
    (images / "helper.js").write_text("alert(document.domain)", "utf-8")
    (images / "old").mkdir()
    (images / "old" / "notes.txt").write_text("x", "utf-8")
    (images / "old" / "evil.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "utf-8"
    )
    (images / ".DS_Store").write_bytes(b"\0\0")  # hidden: the build leaves it out
    found = _problems(root)
    for rel in ("promo.html", "helper.js", "old/notes.txt"):
        assert found.pop(f"content/images/{rel}").startswith(
            "only images are published from content/images/ (avif, jpeg, jpg, png, svg, webp)"
        )
    assert "event handler" in found.pop("content/images/old/evil.svg")
    assert found == {}


def test_nothing_is_published_when_content_images_holds_a_link(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("TOKEN=abc123\n", "utf-8")
    (root / "content" / "images" / "config.svg").symlink_to(secret)
    build = pelican(root, tmp_path / "out")
    assert build.returncode != 0
    assert "content/images/config.svg: a symbolic link" in build.log
    published = [p for p in (tmp_path / "out").rglob("*") if p.is_file()]
    assert published == []
    assert not any("abc123" in p.read_text("utf-8", "replace") for p in published)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("search.fi.md", '"search" is the name of a page the site makes itself'),
        ("sv.fi.md", '"sv" is the name of a page the site makes itself'),
        ("...sv.md", '".." cannot be an address'),
        ("Tietoa meista.fi.md", '"Tietoa meista" cannot be an address'),
    ],
)
def test_a_page_may_not_overwrite_one_of_the_sites(tmp_path: Path, name: str, said: str) -> None:
    root = _repo(tmp_path)
    (root / "content" / "pages" / name).write_text("---\ntitle: Spoofed\n---\nText\n", "utf-8")
    build = pelican(root, tmp_path / "out")
    assert build.returncode != 0
    assert f"content/pages/{name}: {said}" in build.log
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    assert not (tmp_path / "index.html").exists()  # "..": one folder up from the output


def test_the_bot_never_names_a_file_as_the_sites_own_page() -> None:
    assert bot_content.free_slug("index", lambda slug: False) == "index-2"
    assert bot_content.free_slug("kielikahvila", lambda slug: False) == "kielikahvila"


def test_the_site_names_are_those_a_built_site_has(tmp_path_factory) -> None:
    """A page of content/pages/ may not take the name of a folder the site makes."""
    output = sample_site(tmp_path_factory).check().output
    pages = {name.split(".")[0] for name in os.listdir(REPO / "content" / "pages")}
    folders = {p.name for p in output.iterdir() if p.is_dir()} - pages
    assert folders | {"fi"} == contentfiles.SITE_NAMES
