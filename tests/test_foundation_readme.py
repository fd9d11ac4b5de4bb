"""The README's examples work: its example files validate and its settings name real files."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import jsonschema

from tukena import documents, loader, yamlsafe
from tukena import jsonschema as schemas

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text("utf-8")
TODAY = dt.date(2026, 11, 22)
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def blocks(heading: str, language: str) -> list[str]:
    """The fenced blocks of ``language`` in the section under ``## heading`` (or ``###``)."""
    match = re.search(rf"^#+ {re.escape(heading)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"README has no section {heading!r}"
    return [body for lang, body in _BLOCK.findall(match[1]) if lang == language]


def example_repo(tmp_path: Path) -> Path:
    """A content repository of the README's example organisation and activity."""
    (organisation,) = blocks("Adding an organisation", "yaml")
    (activity,) = blocks("Adding an activity", "markdown")
    slug = re.search(r"^organisation: (\S+)", activity, re.M)
    assert slug, "the example activity names no organisation"
    for folder, name, text in (
        ("organisations", f"{slug[1]}.yaml", organisation),
        ("activities", "kielikahvila-tapiola.md", activity),
    ):
        (tmp_path / "content" / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / "content" / folder / name).write_text(text, "utf-8")
    return tmp_path


def test_example_files_validate(tmp_path: Path) -> None:
    content, problems = loader.check(example_repo(tmp_path), today=TODAY)
    assert [str(p) for p in problems] == []
    assert (len(content.organisations), len(content.activities)) == (1, 1)
    activity = next(iter(content.activities.values()))
    assert activity.locations[0].municipality == "049"  # "Espoo" became its code
    assert activity.description == {
        "fi": "Tervetuloa harjoittelemaan suomea! Vapaaehtoiset ohjaajat auttavat."
    }


def test_the_schema_accepts_the_example_files(tmp_path: Path) -> None:
    root = example_repo(tmp_path)
    for name, path in (
        ("organisation", next((root / "content" / "organisations").iterdir())),
        ("activity", root / "content" / "activities" / "kielikahvila-tapiola.md"),
    ):
        text = documents.decode(path.read_bytes())
        if path.suffix == ".md":
            text = text.split("\n---\n", 1)[0].removeprefix("---\n")
        data, _ = yamlsafe.load(text, typed=True)
        validator = jsonschema.Draft202012Validator(schemas.schema(name))
        assert [e.message for e in validator.iter_errors(data)] == [], name


def test_editor_settings_name_the_schema_files() -> None:
    (settings,) = blocks("Editor support", "json")
    mapping = json.loads(settings)["yaml.schemas"]
    assert mapping, "the example maps no schema"
    for schema, pattern in mapping.items():
        assert (REPO / schema).is_file(), schema
        assert list(REPO.glob(pattern)), pattern
    for modeline in blocks("Editor support", "yaml"):
        target = re.search(r"\$schema=(\S+)", modeline)
        assert target and (REPO / target[1]).is_file(), modeline


def test_every_make_target_the_readme_names_exists() -> None:
    makefile = (REPO / "Makefile").read_text("utf-8")
    targets = set(re.findall(r"^([\w-]+):", makefile, re.M))
    named = set(re.findall(r"`make ([\w-]+)", README)) | set(re.findall(r"^make ([\w-]+)", README, re.M))
    assert {"serve", "test", "validate", "schemas"} <= named
    assert named <= targets, named - targets


def test_readme_says_the_sample_organisations_are_fictional() -> None:
    (section,) = re.findall(r"^## Sample content\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert "fictional" in section and ".example" in section
