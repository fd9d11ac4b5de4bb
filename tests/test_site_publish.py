"""Never a partial site: content errors stop the build with the validator's messages before
anything is written, and ``make publish`` swaps a complete new site in, or nothing.

``make publish`` is run with ``-o install -o translations-compile`` so that it skips the
installation steps, with CONTENT and OUTPUT pointing into a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from pathlib import Path

import pytest
import rcssmin

from tests import xss_corpus
from tests.site_helpers import LANGUAGES, PREFIX, REPO, TODAY, page, pelican
from tests.site_helpers import sample_site as _sample_site
from tests.test_site_reading_order import read_first
from tukena import loader
from tukena.exceptions import ContentError
from tukena.site.catalogue import load_pages
from tukena.site.i18n import format_day, translations

SITEURL = "https://tukena.example"
BAD_ACTIVITY = """---
title: Rikki
summary: Puuttuu paljon
organisation: xss-org
---
"""
BAD_SCHEDULE = """---
title: Aika väärin
summary: Kello 25
organisation: no-such-org
forms: [language-cafe]
category: support
target_groups: [everyone]
languages: [fi]
schedule:
  season: {start: 2026-09-01}
  weekly:
    - {weekday: tue, start: "25:00", end: "19:00"}
cost: {free: true}
registration: {required: false}
referrals: {accepted: true}
contact: {email: x@xss.example}
verified: 2026-09-01
---
"""


LAPSED = """---
title: Kielikahvila jatkuu
summary: Voimassa marraskuun loppuun, mutta kokoontuu yhä
organisation: xss-org
forms: [language-cafe]
category: support
target_groups: [everyone]
languages: [fi]
online: {link: "https://meet.xss.example/kahvila"}
schedule:
  season: {start: 2026-09-01}
  weekly:
    - {weekday: tue, start: "17:00", end: "19:00"}
cost: {free: true}
registration: {required: false}
referrals: {accepted: true}
contact: {email: x@xss.example}
verified: 2026-09-01
valid_until: 2026-11-20
---
"""


def _valid_site(tmp_path: Path) -> Path:
    return xss_corpus.write(tmp_path / "repo")  # a small valid repository


def _broken_site(tmp_path: Path) -> Path:
    root = _valid_site(tmp_path)
    (root / "content" / "activities" / "bad-one.md").write_text(BAD_ACTIVITY, "utf-8")
    (root / "content" / "activities" / "bad-two.md").write_text(BAD_SCHEDULE, "utf-8")
    return root


def _old_site(output: Path) -> dict[str, bytes]:
    output.mkdir(parents=True)
    (output / "index.html").write_text("<!doctype html><title>old</title>", "utf-8")
    (output / "old.txt").write_text("from the previous build", "utf-8")
    return _files(output)


def _files(output: Path) -> dict[str, bytes]:
    return {
        p.relative_to(output).as_posix(): p.read_bytes() for p in output.rglob("*") if p.is_file()
    }


def _make_publish(
    root: Path, output: Path, siteurl: str, columns: str | None = "200"
) -> subprocess.CompletedProcess:
    env = {**os.environ, "TUKENA_TODAY": TODAY, "SITEURL": siteurl, "COLUMNS": columns or ""}
    if columns is None:  # as in a CI log or a cron job's mail
        env.pop("COLUMNS")
    return subprocess.run(
        [
            "make",
            "-s",
            "-o",
            "install",
            "-o",
            "translations-compile",
            "publish",
            f"CONTENT={root / 'content'}",
            f"OUTPUT={output}",
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.parametrize("fatal", [True, False])
def test_content_errors_stop_the_build_before_anything_is_written(tmp_path, fatal):
    root = _broken_site(tmp_path)
    _, problems = loader.check(root, today=dt.date.fromisoformat(TODAY))
    assert len(problems) > 5
    output = tmp_path / "output"
    build = pelican(root, output, fatal="warnings" if fatal else None)
    assert build.returncode != 0
    for problem in problems:
        assert str(problem) in build.log
    assert build.log.count("ERROR") >= len(problems)
    assert f"{len(problems)} content problem(s) above; nothing was written" in build.log
    assert not output.exists()


def test_a_log_not_in_a_terminal_has_each_problem_on_a_line_and_no_traceback(tmp_path):
    """A CI log or a cron job's mail: the problems are what to read, each whole on its line
    (an 80-column table cut the file's name in two), and no Python traceback after them."""
    root = _broken_site(tmp_path)
    _, problems = loader.check(root, today=dt.date.fromisoformat(TODAY))
    done = _make_publish(root, tmp_path / "output", "https://tukena.example", columns=None)
    assert done.returncode != 0
    lines = (done.stdout + done.stderr).splitlines()
    for problem in problems:
        assert any(str(problem) in line for line in lines), problem
    assert "Traceback" not in done.stderr + done.stdout
    assert any("content problem(s) above; nothing was written" in line for line in lines)
    assert not (tmp_path / "output").exists()


def test_a_listing_past_its_valid_until_is_built_as_ended(tmp_path):
    """The days, not an edit, put it past its valid_until: the validator reports it, but
    the site is built (warnings fatal, as ``make publish`` builds), showing it as ended."""
    root = _valid_site(tmp_path)
    (root / "content" / "activities" / "lapsed.md").write_text(LAPSED, "utf-8")
    _, problems = loader.check(root, today=dt.date.fromisoformat(TODAY))
    assert [(p.path, p.field, p.lapsed) for p in problems] == [
        ("content/activities/lapsed.md", "valid_until", True)
    ]
    build = pelican(root, tmp_path / "output")
    assert build.returncode == 0, build.log
    assert f"shown as ended: {problems[0].path}:{problems[0].line}: valid_until" in build.log
    for lang in LANGUAGES:
        activity = page(build.output, f"{PREFIX[lang]}activities/lapsed.html")
        assert activity.one("article").get("data-status") == "ended"
        # not "has ended": its sessions may go on, and whom to ask is linked
        said = translations(lang).gettext("This listing was shown until %(date)s.")
        notice = read_first(activity)  # plain content, read first
        assert said % {"date": format_day(dt.date(2026, 11, 20), lang)} in notice.text
        assert "#contact-heading" in notice.links()
        assert activity.one(id="contact-heading")
    assert loader.load(root, today=dt.date.fromisoformat(TODAY)).activities["lapsed"]
    (root / "content" / "activities" / "bad-two.md").write_text(BAD_SCHEDULE, "utf-8")
    with pytest.raises(ContentError) as raised:
        loader.load(root, today=dt.date.fromisoformat(TODAY))
    assert {p.path for p in raised.value.problems} == {"content/activities/bad-two.md"}
    assert pelican(root, tmp_path / "again").returncode != 0


def test_a_bad_page_stops_the_build_too(tmp_path):
    root = _valid_site(tmp_path)
    (root / "content" / "pages" / "privacy.de.md").write_text("---\ntitle: Datenschutz\n---\n")
    (root / "content" / "pages" / "accessibility.fi.md").write_text("---\ntitle: x\nfoo: 1\n---\n")
    with pytest.raises(ContentError) as caught:
        load_pages(root, ("fi", "sv", "en"))
    output = tmp_path / "output"
    old = _old_site(output)
    build = pelican(root, output)
    assert build.returncode != 0
    for problem in caught.value.problems:
        assert str(problem) in build.log
    assert _files(output) == old


def test_publish_needs_siteurl(tmp_path):
    root = _valid_site(tmp_path)
    output = tmp_path / "output"
    build = pelican(root, output, settings="publishconf.py", env={"SITEURL": ""})
    assert build.returncode != 0
    assert "set SITEURL to the site's absolute address" in build.log
    assert not output.exists()
    old = _old_site(output)
    result = _make_publish(root, output, "")
    assert result.returncode != 0
    assert "set SITEURL" in result.stdout + result.stderr
    assert _files(output) == old
    assert not Path(f"{output}.new").exists()


def test_make_publish_swaps_in_a_complete_site(tmp_path):
    root = _valid_site(tmp_path)
    output = tmp_path / "output"
    _old_site(output)
    result = _make_publish(root, output, SITEURL + "/")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not Path(f"{output}.new").exists() and not Path(f"{output}.old").exists()
    assert not (output / "old.txt").exists()
    home = page(output, "sv/")
    assert home.one("link", hreflang="en").get("href") == f"{SITEURL}/en/"
    assert home.one("link", rel="stylesheet", media=None).get("href").startswith(SITEURL)
    for name in ("site.css", "print.css"):
        source = (REPO / "theme" / "static" / "css" / name).read_text("utf-8")
        built = (output / "theme" / "css" / name).read_text("utf-8")
        assert built == rcssmin.cssmin(source) and len(built) < len(source)
    assert (output / "_headers").is_file() and (output / ".htaccess").is_file()


def test_make_publish_keeps_the_old_site_when_the_build_fails(tmp_path):
    root = _broken_site(tmp_path)
    output = tmp_path / "output"
    old = _old_site(output)
    result = _make_publish(root, output, SITEURL)
    assert result.returncode != 0
    assert "content/activities/bad-one.md" in result.stdout + result.stderr
    assert _files(output) == old
    assert not Path(f"{output}.new").exists()


def test_development_build_keeps_css_readable(tmp_path_factory):
    output = _sample_site(tmp_path_factory).check().output
    source = (REPO / "theme" / "static" / "css" / "site.css").read_text("utf-8")
    assert (output / "theme" / "css" / "site.css").read_text("utf-8") == source
