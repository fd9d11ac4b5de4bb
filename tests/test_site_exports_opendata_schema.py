"""The open data JSON files validate, whole, against the JSON Schema each names: a schema
the site publishes under /schemas/, read from the built sample site with every reference
resolved offline, as a consumer with a standard Draft 2020-12 validator would. Records the
schema does not describe (an unknown key, a status that is not one of its values) fail."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource

from tests.site_helpers import REPO
from tests.site_helpers import sample_site as _sample_site
from tukena.site.exports import opendata

FILES = {
    "activities.json": "activities-data.schema.json",
    "organisations.json": "organisations-data.schema.json",
}


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    return _sample_site(tmp_path_factory).check().output


def _published(site: Path) -> Registry:
    """Every schema the site publishes, by its $id, and nothing from the network."""

    def offline(uri: str) -> Resource:
        raise NoSuchResource(ref=uri)

    resources = []
    for path in sorted((site / "schemas").glob("*.schema.json")):
        document = json.loads(path.read_text("utf-8"))
        resources.append((document["$id"], Resource.from_contents(document)))
    return Registry(retrieve=offline).with_resources(resources)


def _validator(site: Path, data: dict) -> jsonschema.Draft202012Validator:
    """The validator of the schema the file names, read from the built site."""
    path = site / urlsplit(data["schema"]).path.lstrip("/")
    schema = json.loads(path.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, registry=_published(site), format_checker=jsonschema.FormatChecker()
    )


def _data(site: Path, name: str) -> dict:
    return json.loads((site / "data" / name).read_text("utf-8"))


@pytest.mark.parametrize(("name", "schema"), FILES.items())
def test_each_file_names_its_own_published_schema(site, name, schema):
    data = _data(site, name)
    assert data["schema"] == f"/schemas/{schema}"
    assert (site / "schemas" / schema).read_text("utf-8") == (REPO / "schemas" / schema).read_text(
        "utf-8"
    ), "the site serves the committed schema"


@pytest.mark.parametrize("name", FILES)
def test_the_whole_file_validates_against_its_schema(site, name):
    data = _data(site, name)
    assert data["items"], name
    problems = [
        f"{'.'.join(map(str, e.absolute_path))}: {e.message}"
        for e in _validator(site, data).iter_errors(data)
    ]
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("name", FILES)
def test_an_unknown_key_fails_in_an_item_and_in_the_envelope(site, name):
    data = _data(site, name)
    validator = _validator(site, data)
    item = copy.deepcopy(data)
    item["items"][0]["colour"] = "blue"
    assert not validator.is_valid(item)
    envelope = {**data, "colour": "blue"}
    assert not validator.is_valid(envelope)
    missing = {k: v for k, v in data.items() if k != "licence"}
    assert not validator.is_valid(missing)


def test_a_wrong_status_or_next_session_fails(site):
    data = _data(site, "activities.json")
    validator = _validator(site, data)
    for field, wrong in [("status", "paused"), ("status", None), ("next_session", "soon")]:
        changed = copy.deepcopy(data)
        changed["items"][0][field] = wrong
        assert not validator.is_valid(changed), (field, wrong)
    for right in ("active", "stale", "ended"):
        changed = copy.deepcopy(data)
        changed["items"][0]["status"] = right
        assert validator.is_valid(changed), right


def test_the_derived_fields_are_what_the_record_models_add(site):
    for name, kind in (("activities.json", "activity"), ("organisations.json", "organisation")):
        data = _data(site, name)
        assert data["derived_fields"] == list(opendata.DERIVED[kind])
        for item in data["items"]:
            assert list(item)[: len(data["derived_fields"])] == data["derived_fields"]
