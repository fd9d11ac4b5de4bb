"""Long lists split into pages like a phone book: every activity of an activity form or a
target group on exactly one page, online ones first, then by municipality; each page names
the places it covers and links the others. Rendered from the sample content with five
activities a page; the expected order comes from the content files."""

from __future__ import annotations

import math
import re

import pytest

from tests.site_helpers import (
    DAY,
    LANGUAGES,
    REPO,
    assert_language_versions,
    cards,
    main,
    parse,
    sample_content,
)
from tukena import reference
from tukena.schemas.vocabulary import ActivityForm, TargetGroup
from tukena.site import catalogue, render
from tukena.site.collation import sort_key
from tukena.site.config import SiteConfig
from tukena.site.i18n import translations
from tukena.site.paging import address, count
from tukena.site.routes import pages
from tukena.status import Status

SIZE = 5
DATA = reference.load()
CONTENT, STATUS = sample_content()
LISTED = {slug: a for slug, a in CONTENT.activities.items() if STATUS[slug] is not Status.ENDED}


def test_pages_a_list_needs_and_their_addresses():
    assert [count(n, 5) for n in (0, 1, 5, 6, 10, 11)] == [1, 1, 1, 2, 2, 3]
    assert count(1000, 0) == 1  # no paging
    assert address("sv/forms/peer-group.html", 1) == "sv/forms/peer-group.html"
    assert address("sv/forms/peer-group.html", 3) == "sv/forms/peer-group/3.html"


@pytest.fixture(scope="module")
def cat():
    config = SiteConfig(
        root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY, page_size=SIZE
    )
    return catalogue.build(CONTENT, config)


def members(kind: str, key: str) -> set[str]:
    if kind == "form":
        return {s for s, a in LISTED.items() if ActivityForm(key) in a.forms}
    if kind == "target-group":
        return {s for s, a in LISTED.items() if TargetGroup(key) in a.target_groups}
    held = {s for s, a in LISTED.items() if key in a.languages}
    if kind == "language":
        return held
    return {s for s, a in LISTED.items() if key in a.support_languages} - held


LISTS = ("form", "target-group", "language", "language-help")


def place(slug: str, lang: str) -> str:
    names = [DATA.municipalities[p.municipality].name(lang) for p in LISTED[slug].locations]
    return min(names, key=sort_key) if names else ""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_activity_of_a_list_on_one_page_in_phone_book_order(cat, lang):
    jobs = [j for j in pages(cat) if j.kind in LISTS and j.lang == lang]
    lists: dict[tuple[str, str], list] = {}
    for job in jobs:
        lists.setdefault((job.kind, job.key), []).append(job)
    assert len(lists) >= len(ActivityForm) + len(TargetGroup) + 10
    split = 0
    online = translations(lang).gettext("Online")
    for (kind, key), jobs_ in lists.items():
        expected = members(kind, key)
        assert [j.page for j in jobs_] == list(range(1, math.ceil(len(expected) / SIZE) + 1) or [1])
        shown: list[str] = []
        labels = []
        for job in jobs_:
            doc = parse(render.render(cat, job, "t"))
            here = cards(main(doc))
            assert 0 < len(here) <= SIZE or not expected
            shown += here
            nav = doc.find("nav", cls="pagination")
            if len(jobs_) == 1:
                assert nav is None
                continue
            split += 1
            items = nav.find_all("li")
            assert len(items) == len(jobs_)
            current = [li for li in items if li.find("span", **{"aria-current": "page"})]
            assert [items.index(li) + 1 for li in current] == [job.page]
            first, last = (place(here[0], lang) or online), (place(here[-1], lang) or online)
            label = first if first == last else f"{first} – {last}"
            assert re.sub(r"^\d+ ", "", current[0].text) == label
            labels.append(label)
            links = [li.links()[0] for li in items if li not in current]
            assert links == [f"/{j.url}" for j in jobs_ if j is not job]
            title = doc.one("title").text
            assert f"{job.page}" in title and f"{len(jobs_)}" in title
            steps = {
                a.get("rel"): a.get("href")
                for a in doc.one("nav", cls="pagination-steps").find_all("a")
            }
            assert steps.get("prev") == (f"/{jobs_[job.page - 2].url}" if job.page > 1 else None)
            assert steps.get("next") == (
                f"/{jobs_[job.page].url}" if job.page < len(jobs_) else None
            )
        assert sorted(shown) == sorted(expected), (kind, key)  # each exactly once
        keys = [(place(s, lang) != "", sort_key(place(s, lang))) for s in shown]
        assert keys == sorted(keys), (kind, key)  # online first, then by municipality
    assert split >= 3, "the sample has lists long enough to split"


def test_the_pages_of_a_list_are_each_others_language_versions(cat):
    jobs = [j for j in pages(cat) if j.kind == "target-group" and j.key == "everyone"]
    assert max(j.page for j in jobs) > 1
    assert_language_versions(cat, jobs)
