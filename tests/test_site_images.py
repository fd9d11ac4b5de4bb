"""Pages state each image's size, read from its file, so that a phone keeps the image's place
while it loads; a page is rendered again when its image file is replaced by one of another
size, though the listing that names it is unchanged."""

from __future__ import annotations

import dataclasses
import re

import pytest

from tests.site_helpers import sample_content, sample_copy
from tukena import images
from tukena.schemas.contact import Image
from tukena.site import catalogue, fingerprints, render, routes

IMG = re.compile(r'<img src="/(images/[^"]+)"[^>]*>')


@pytest.fixture
def cat(tmp_path) -> catalogue.Catalogue:
    """The sample content in a folder of its own, whose images a test may replace; one
    organisation shows the first activity image as its logo."""
    config = sample_copy(tmp_path)
    content, _ = sample_content()
    slug, image = next((s, a.images[0]) for s, a in content.activities.items() if a.images)
    owner = content.activities[slug].organisation
    org = content.organisations[owner].model_copy(
        update={"logo": Image(src=image.src, alt={"fi": "Logo"})}
    )
    content = dataclasses.replace(content, organisations={**content.organisations, owner: org})
    return catalogue.build(content, config)


def _pages(cat: catalogue.Catalogue) -> dict[tuple[str, str, str], str]:
    return {
        (j.kind, j.key, j.lang): render.render(cat, j, "test")
        for j in routes.pages(cat)
        if j.kind in ("activity", "organisation")
    }


def test_every_image_shown_states_the_size_of_its_file(cat):
    shown = 0
    for (kind, key, lang), html in _pages(cat).items():
        for tag in IMG.finditer(html):
            width, height = images.inspect(cat.config.root / "content" / tag.group(1))
            assert f'width="{width}" height="{height}"' in tag.group(0), (kind, key, lang)
            shown += 1
    with_images = [a for a in cat.activities.values() if a.images]
    assert shown == 3 * (sum(len(a.images) for a in with_images) + 1)  # and the logo


def test_a_page_is_rendered_again_when_its_image_changes_size(cat):
    jobs = list(routes.pages(cat))
    before = fingerprints.fingerprints(cat, jobs, "code")
    slug, image = next((s, a.images[0]) for s, a in cat.activities.items() if a.images)
    path = cat.config.root / "content" / image.local
    width, height = images.inspect(path)
    text = path.read_text("utf-8")
    path.write_text(text.replace(f'height="{height}"', f'height="{height * 2}"', 1), "utf-8")
    assert images.inspect(path) == (width, height * 2)
    after = fingerprints.fingerprints(cat, jobs, "code")
    changed = {(j.kind, j.key, j.lang) for j in jobs if before[j.url] != after[j.url]}
    owner = cat.activities[slug].organisation
    users = {s for s, a in cat.activities.items() if any(i.local == image.local for i in a.images)}
    assert changed == {
        (kind, key, lang)
        for kind, keys in (("activity", users), ("organisation", {owner}))
        for key in keys
        for lang in ("fi", "sv", "en")
    }
