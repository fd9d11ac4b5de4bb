"""JSON Schema files generated from the models, for editors and open data users.

The content models' schemas (activity, organisation, news) describe the files contributors
write; the data files' schemas (activities-data, organisations-data) describe the whole
open data files under ``/data/``, envelope and items with their derived fields, so that a
consumer validates a downloaded file against one schema and nothing else."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from tukena.schemas import Activity, NewsItem, Organisation
from tukena.schemas.activityrecord import ActivityRecord
from tukena.schemas.datafile import DataFile
from tukena.schemas.languages import LANGUAGE_CODES
from tukena.schemas.organisationrecord import OrganisationRecord

ID_BASE = "urn:tukena:schema:"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
MODELS: dict[str, type[BaseModel]] = {
    "activity": Activity,
    "organisation": Organisation,
    "news": NewsItem,
    "activities-data": DataFile[ActivityRecord],
    "organisations-data": DataFile[OrganisationRecord],
}
TITLES = {
    "activity": "tukena activity (front matter of content/activities/*.md)",
    "organisation": "tukena organisation (content/organisations/*.yaml or front matter of *.md)",
    "news": "tukena news item (front matter of content/news/*.md)",
    "activities-data": "tukena open data: activities (/data/activities.json)",
    "organisations-data": "tukena open data: organisations (/data/organisations.json)",
}
#: The schema each open data file names in its "schema" field, by the content it holds.
DATA_FILE = {"activity": "activities-data", "organisation": "organisations-data"}


_LANGUAGE = {"type": "string", "enum": sorted(LANGUAGE_CODES)}


def _share(node: Any, shared: dict[str, Any]) -> Any:
    """Replace repeated large sub-schemas by references to ``$defs``."""
    if isinstance(node, dict):
        if node == _LANGUAGE:
            return {"$ref": "#/$defs/LanguageCode"}
        if node.get("propertyNames") == {"enum": sorted(LANGUAGE_CODES)}:
            node = {**node, "propertyNames": {"$ref": "#/$defs/LanguageCode"}}
        for name, sub in shared.items():
            if node == sub:
                return {"$ref": f"#/$defs/{name}"}
        return {key: _share(value, shared) for key, value in node.items()}
    if isinstance(node, list):
        return [_share(item, shared) for item in node]
    return node


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one model, with ``$schema``, ``$id``, title and description."""
    model = MODELS[name]
    generated = _share(model.model_json_schema(mode="validation"), {})
    generated.setdefault("$defs", {})["LanguageCode"] = {
        **_LANGUAGE,
        "description": "ISO 639-1 language code, or one with a region (fa-AF: Dari)",
    }
    return {
        "$schema": DIALECT,
        "$id": f"{ID_BASE}{name}",
        **generated,
        "title": TITLES[name],
        # a generic model's parametrised class has no docstring of its own: its origin's
        "description": (model.__doc__ or inspect.getdoc(model) or "").strip(),
    }


def render(name: str) -> str:
    return json.dumps(schema(name), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def filename(name: str) -> str:
    return f"{name}.schema.json"


def write(out: Path) -> list[Path]:
    """Write every schema into ``out``; return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in MODELS:
        path = out / filename(name)
        path.write_text(render(name), "utf-8")
        written.append(path)
    return written


def stale(out: Path) -> list[str]:
    """Names of schema files in ``out`` that differ from the models."""
    return [
        filename(name)
        for name in MODELS
        if not (out / filename(name)).is_file()
        or (out / filename(name)).read_text("utf-8") != render(name)
    ]
