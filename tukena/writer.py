"""Models back to content files: what the form bot commits and the round-trip tests read.

An organisation becomes a YAML file; an activity or a news item becomes YAML front matter
between ``---`` lines followed by its Markdown body (an activity's body is its description
in the listing's main language). Keys follow the models' field order; defaults are left
out, so a written file stays as short as one written by hand.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from tukena import yamlsafe
from tukena.schemas import Activity, NewsItem, Organisation


def _data(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude_defaults=True, exclude_none=True)


def _front_matter(data: dict[str, Any], body: str) -> str:
    text = "---\n" + yamlsafe.dump(data) + "---\n"
    return text + (body.rstrip("\n") + "\n" if body else "")


def render(model: BaseModel) -> str:
    """The file text of an organisation, an activity or a news item."""
    data = _data(model)
    if isinstance(model, Organisation):
        return yamlsafe.dump(data)
    if isinstance(model, Activity):
        descriptions = dict(data.pop("description", {}) or {})
        body = descriptions.pop(model.language, "")
        if descriptions:
            data["description"] = descriptions
        return _front_matter(data, body)
    if isinstance(model, NewsItem):
        body = data.pop("body", "")
        return _front_matter(data, body)
    raise TypeError(f"cannot write a {type(model).__name__}")


def suffix(model: BaseModel) -> str:
    """The file ending a model is written with."""
    return ".yaml" if isinstance(model, Organisation) else ".md"
