"""The open data JSON is written with pydantic's serialiser for each model and put together
as text; dumping every item into Python objects and encoding the whole with json.dumps, as
the files were first written, gives the same text for any valid content."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.content_strategies import TRICKY, activities, organisations
from tests.site_helpers import DAY, REPO, sample_content
from tukena.schemas import Activity, Organisation
from tukena.site import catalogue
from tukena.site.config import SiteConfig
from tukena.site.exports import opendata

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
values = st.sampled_from(TRICKY) | st.text() | st.none() | st.lists(st.sampled_from(TRICKY))


def _plain(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _validated(model: type, data: dict[str, Any]) -> Any:
    return model.model_validate(data, context={"language": data.get("language", "fi")})


@SETTINGS
@given(activities(), organisations(), st.dictionaries(st.sampled_from(TRICKY), values))
def test_items_and_documents_equal_the_dumped_dicts(activity, organisation, extra):
    items, texts = [], []
    for model in (_validated(Activity, activity), _validated(Organisation, organisation)):
        derived = {"slug": "x", "url": "/activities/x.html", **extra}
        whole = {**derived, **model.model_dump(mode="json")}
        assert opendata.item_json(derived, model) == _plain(whole)
        items.append(whole)
        texts.append(opendata.item_json(derived, model))
    envelope = {"licence": "CC BY 4.0", "count": 0, "items": []}
    plain = _plain({**envelope, "count": len(items), "items": items}) + "\n"
    assert opendata.document(envelope, texts) == plain
    assert opendata.document(envelope, []) == _plain(envelope) + "\n"


def test_a_derived_field_named_like_a_model_field_is_merged_as_a_dict():
    content, _ = sample_content()
    model = next(iter(content.activities.values()))
    derived = {"slug": "x", "language": "sv", "url": "u"}
    merged = {**derived, **model.model_dump(mode="json")}
    assert opendata.item_json(derived, model) == _plain(merged)


def test_files_of_the_sample_equal_the_dumped_dicts():
    content, _ = sample_content()
    config = SiteConfig(root=REPO, output=REPO / "unused", theme=REPO / "theme", today=DAY)
    cat = catalogue.build(content, config)
    slugs = sorted(cat.activities)
    items = [opendata.activity_item(cat, slug) for slug in slugs]
    plain = opendata._json(opendata._envelope(cat, "activity", items))
    assert opendata.activities_json(cat, slugs) == plain
    slugs = sorted(cat.content.organisations)
    items = [opendata.organisation_item(cat, slug) for slug in slugs]
    plain = opendata._json(opendata._envelope(cat, "organisation", items))
    assert opendata.organisations_json(cat, slugs) == plain
