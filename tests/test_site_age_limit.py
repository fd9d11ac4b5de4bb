"""An age range whose oldest age is 120, the most a range may name, has no upper limit:
the activity's page, its cards and its JSON-LD say so as the search's cards do ("18 years
and over", or nothing for 0–120), not "up to 120 years" nor "18–120 years"."""

from __future__ import annotations

import pytest

from tests.site_helpers import DAY, REPO, age_words, edited, sample_content
from tukena.schemas.participation import AGE_LIMIT, AgeRange
from tukena.site import jsonld
from tukena.site.catalogue import build
from tukena.site.config import SiteConfig
from tukena.site.views import ActivityView

CONTENT, _ = sample_content()
SLUG = "kielikahvila-kallio"
CASES = [  # min, max: what the page says (en), typicalAgeRange
    (0, AGE_LIMIT, None, None),
    (None, AGE_LIMIT, None, None),
    (18, AGE_LIMIT, "18 years and over", "18-"),
    (18, AGE_LIMIT - 1, "18–119 years", "18-119"),
    (0, 6, "up to 6 years", "0-6"),
]


def _catalogue(age: AgeRange):
    changed = CONTENT.activities[SLUG].model_copy(update={"age": age})
    config = SiteConfig(root=REPO, output=REPO / "output", theme=REPO / "theme", today=DAY)
    return build(edited(CONTENT, "activities", SLUG, changed), config)


@pytest.mark.parametrize(("youngest", "oldest", "words", "typical"), CASES)
def test_the_oldest_age_allowed_is_no_upper_limit(youngest, oldest, words, typical):
    age = AgeRange(min=youngest, max=oldest)
    cat = _catalogue(age)
    view = ActivityView(cat, SLUG, "en")
    assert view.age == words == age_words(age, "en")
    assert view.card()["age"] == words
    assert jsonld.activity(cat, SLUG, "en").get("typicalAgeRange") == typical
