"""Shared pieces of the site tests: Pelican builds (once per test session, also under
pytest-xdist), a small HTML tree parser and helpers to read the built pages."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TODAY = "2026-11-22"
DAY = dt.date.fromisoformat(TODAY)
LANGUAGES = ("fi", "sv", "en")
PREFIX = {"fi": "", "sv": "sv/", "en": "en/"}
PROBLEM_LEVELS = re.compile(r"\b(WARNING|ERROR|CRITICAL)\b")


@dataclass(frozen=True)
class Build:
    """The outcome of one ``pelican`` run."""

    output: Path
    returncode: int
    log: str

    def check(self) -> Build:
        assert self.returncode == 0, self.log
        assert not PROBLEM_LEVELS.search(self.log), self.log
        return self


def pelican(
    content_root: Path,
    output: Path,
    settings: str = "pelicanconf.py",
    env: dict[str, str] | None = None,
    fatal: str | None = "warnings",
) -> Build:
    """Build with the ``pelican`` CLI, warnings fatal (as in CI), as of the fixed test date."""
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pelican",
            str(content_root / "content"),
            "-s",
            str(REPO / settings),
            "-o",
            str(output),
            *(["--fatal", fatal] if fatal else []),
        ],
        cwd=REPO,
        env={**os.environ, "TUKENA_TODAY": TODAY, "COLUMNS": "200", **(env or {})},
        capture_output=True,
        text=True,
        timeout=600,
    )
    return Build(output, proc.returncode, proc.stdout + proc.stderr)


def shared(tmp_path_factory, name: str, make: Callable[[Path], Build]) -> Build:
    """Run ``make`` once per test session, even when xdist workers all ask for it.

    The first caller builds under a file lock into a folder every worker can see; the
    others wait for the lock and read the recorded result.
    """
    base = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        base = base.parent  # shared by the workers of this session
    folder = base / f"shared-{name}"
    folder.mkdir(exist_ok=True)
    record = folder / "build.json"
    with (base / f"shared-{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not record.exists():
            build = make(folder / "output")
            record.write_text(json.dumps({"returncode": build.returncode, "log": build.log}))
    data = json.loads(record.read_text())
    return Build(folder / "output", data["returncode"], data["log"])


def sample_site(tmp_path_factory) -> Build:
    """The shipped sample content (content/ in the repository), built once per session."""
    return shared(tmp_path_factory, "sample", lambda out: pelican(REPO, out))


# --- HTML ----------------------------------------------------------------------------------

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


@dataclass(eq=False, slots=True)
class Node:
    tag: str
    attrs: dict[str, str | None] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = None
    line: int = 0
    elements: list[Node] = field(default_factory=list)  # the children that are elements

    def get(self, name: str, default: str | None = None) -> str | None:
        return self.attrs.get(name, default)

    def classes(self) -> set[str]:
        return set((self.get("class") or "").split())

    def iter(self) -> Iterator[Node]:
        """Every element below this one, in document order."""
        stack = self.elements[::-1]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(node.elements[::-1])

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        wanted = [(k.rstrip("_").replace("_", "-"), v) for k, v in attrs.items()]
        return [
            n
            for n in self.iter()
            if (tag is None or n.tag == tag)
            and (cls is None or cls in n.classes())
            and all(n.attrs.get(k) == v for k, v in wanted)
        ]

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Node | None:
        found = self.find_all(tag, cls, **attrs)
        return found[0] if found else None

    def one(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Node:
        found = self.find_all(tag, cls, **attrs)
        assert len(found) == 1, f"expected one {tag} .{cls} {attrs}, found {len(found)}"
        return found[0]

    @property
    def text(self) -> str:
        parts = [c if isinstance(c, str) else c.text for c in self.children]
        return re.sub(r"\s+", " ", "".join(parts)).strip()

    def links(self) -> list[str]:
        return [a.attrs["href"] for a in self.find_all("a") if a.attrs.get("href")]


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.current = self.root
        self.doctype = ""

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs) -> None:
        node = Node(tag, dict(attrs), parent=self.current, line=self.getpos()[0])
        self.current.children.append(node)
        self.current.elements.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag: str, attrs) -> None:
        node = Node(tag, dict(attrs), parent=self.current, line=self.getpos()[0])
        self.current.children.append(node)
        self.current.elements.append(node)

    def handle_endtag(self, tag: str) -> None:
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    builder.root.attrs["doctype"] = builder.doctype
    return builder.root


@cache
def _parse_file(path: Path) -> Node:
    return parse(path.read_text("utf-8"))


def page(output: Path, url: str) -> Node:
    """The parsed page at a site-relative URL (``sv/forms/`` or ``404.html``); don't modify."""
    path = output / (url + "index.html" if url == "" or url.endswith("/") else url)
    assert path.is_file(), f"missing page {url}"
    return _parse_file(path)


def html_files(output: Path) -> list[Path]:
    return sorted(output.rglob("*.html"))


def url_of(output: Path, path: Path) -> str:
    """Site-relative URL of an output file: ``sv/forms/index.html`` → ``sv/forms/``."""
    rel = path.relative_to(output).as_posix()
    return rel[: -len("index.html")] if rel.endswith("index.html") else rel


def main(doc: Node) -> Node:
    return doc.one("main")


# --- Expectations from the sample content --------------------------------------------------

CARD_LINK = re.compile(r"^/(?:sv/|en/)?activities/([^/]+)\.html$")
NEWS_LINK = re.compile(r"^/(?:sv/|en/)?news/([^/]+)\.html$")


@cache
def sample_content():
    """The shipped content as ``tukena.loader`` reads it, and each activity's status today."""
    from tukena import loader
    from tukena.status import status

    content = loader.load(REPO, today=DAY)
    return content, {slug: status(a, DAY) for slug, a in content.activities.items()}


@cache
def sample_catalogue(**settings):
    """The shipped content's catalogue, with the site settings given (``bot_url``,
    ``contact_email``...): for rendering one page in-process, without a build."""
    from tukena.site import catalogue
    from tukena.site.config import SiteConfig

    content, _ = sample_content()
    config = SiteConfig(
        root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY, **settings
    )
    return catalogue.build(content, config)


def edited(content, folder: str, slug: str, model, signature: object = "edited"):
    """``content`` with the file ``folder``/``slug`` changed to hold ``model``, as a rebuild
    reads it: the model and the file's signature are new."""
    import dataclasses

    return dataclasses.replace(
        content,
        **{folder: {**getattr(content, folder), slug: model}},
        signatures={**content.signatures, (folder, slug): signature},
    )


def sample_copy(root: Path, **settings):
    """The shipped content copied to ``root``/content, whose files a test may change, and a
    :class:`~tukena.site.config.SiteConfig` building it (as of the test date, into
    ``root``/out, with the repository's theme; ``settings`` override)."""
    import shutil

    from tukena.site.config import SiteConfig

    shutil.copytree(REPO / "content", root / "content")
    defaults = {"output": root / "out", "theme": REPO / "theme", "today": DAY}
    return SiteConfig(root=root, **{**defaults, **settings})


def slugs(node: Node, pattern: re.Pattern = CARD_LINK) -> list[str]:
    """Slugs of the activities (or, with NEWS_LINK, news items) a part of a page links to."""
    return [m[1] for href in node.links() if (m := pattern.match(href))]


def cards(node: Node) -> list[str]:
    """Slugs of the activity cards in a part of a page, in order."""
    return [s for card in node.find_all("article", cls="card") for s in slugs(card)]


#: An age range in words, by language: both ends, only the oldest, only the youngest.
AGE_WORDS = {
    "fi": ("{min}–{max}-vuotiaat", "enintään {max}-vuotiaat", "{min} vuotta täyttäneet"),
    "sv": ("{min}–{max} år", "högst {max} år", "{min} år och äldre"),
    "en": ("{min}–{max} years", "up to {max} years", "{min} years and over"),
}
#: A limit of one year, by language: up to it, and from it on.
LIMIT_ONE = {
    "fi": ("enintään 1-vuotiaat", "1 vuoden täyttäneet"),
    "sv": ("högst 1 år", "1 år och äldre"),
    "en": ("up to 1 year", "1 year and over"),
}
#: One age, by language: under a year (0 to 0), one year, and any other.
ONE_AGE = {
    "fi": ("alle 1-vuotiaat", "1-vuotiaat", "{age}-vuotiaat"),
    "sv": ("under 1 år", "1 år", "{age} år"),
    "en": ("under 1 year", "1 year", "{age} years"),
}


def age_words(age, lang: str) -> str | None:
    """The ages an activity is for as its page and cards word them; None for any age. An
    oldest age of 120, the most a range may name, is no upper limit, as the search reads it."""
    oldest = None if age is None or age.max is None or age.max >= 120 else age.max
    if age is None or (not age.min and oldest is None):
        return None
    both, up_to, over = AGE_WORDS[lang]
    if oldest is None:
        return LIMIT_ONE[lang][1] if age.min == 1 else over.format(min=age.min)
    if (age.min or 0) == oldest:
        baby, one, other = ONE_AGE[lang]
        return baby if oldest == 0 else one if oldest == 1 else other.format(age=oldest)
    if not age.min:
        return LIMIT_ONE[lang][0] if oldest == 1 else up_to.format(max=oldest)
    return both.format(min=age.min, max=oldest)


def assert_language_versions(cat, jobs) -> None:
    """Each page of a paged list names the same page of the list in the other languages
    as its language versions, in its head and in the sitemap."""
    from tukena.site import render
    from tukena.site.exports import sitemap

    for job in jobs:
        doc = parse(render.render(cat, job, "t"))
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in doc.find_all("link", rel="alternate")
            if link.get("hreflang")
        }
        same = {j.lang: f"/{j.url}" for j in jobs if j.page == job.page}
        assert {k: v for k, v in alternates.items() if k != "x-default"} == same
    entries = {e.url: e for e in sitemap.entries(cat)}
    for job in jobs:  # in the sitemap, each with its own page in the other languages
        links = re.findall(r'hreflang="([^"]+)" href="([^"]+)"', entries[job.url].alternates)
        same = {(j.lang, f"/{j.url}") for j in jobs if j.page == job.page}
        assert {(lang, href) for lang, href in links if lang != "x-default"} == same
