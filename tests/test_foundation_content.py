"""The shipped content, the JSON Schema made from the models, and the validator command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest

from tukena import cli, documents, loader, yamlsafe
from tukena import jsonschema as schemas
from tukena.schemas.vocabulary import ActivityForm, Capacity, Category, TargetGroup
from tukena.status import Status, status

REPO = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 22)
FILES = sorted(
    p.relative_to(REPO).as_posix()
    for kind in loader.KINDS
    for p in (REPO / "content" / kind.folder).iterdir()
    if p.is_file()
)
SCHEMA_OF = {"activities": "activity", "organisations": "organisation", "news": "news"}


@pytest.mark.parametrize("rel", FILES, ids=FILES)
def test_content_file_validates(rel: str) -> None:
    _, problems = loader.check(REPO, only=[REPO / rel], today=TODAY)
    assert [str(p) for p in problems] == []


def test_sample_content_covers_the_vocabularies() -> None:
    content = loader.load(REPO, today=TODAY)
    activities = content.activities.values()
    assert len(content.organisations) >= 25 and len(activities) >= 100 and len(content.news) >= 12
    assert {f for a in activities for f in a.forms} == set(ActivityForm)
    assert {g for a in activities for g in a.target_groups} == set(TargetGroup)
    assert {a.category for a in activities} == set(Category)
    assert {a.capacity for a in activities} == set(Capacity)
    assert {n.kind for n in content.news.values()} == {"news", "event", "training", "job"}
    places = {p.municipality for a in activities for p in a.locations}
    assert {"091", "049", "092", "505", "224"} <= places and len(places) >= 10
    translated = [a for a in activities if {"sv", "en"} <= set(a.title)]
    assert len(translated) * 3 >= len(activities)
    assert {"ar", "so", "ru", "uk", "fa-AF", "en"} <= {
        lang for a in activities for lang in a.languages
    }
    states = {status(a, TODAY) for a in activities}
    assert states == {Status.ACTIVE, Status.STALE, Status.ENDED}
    assert {a.cost.free for a in activities} == {True, False}
    assert {a.referrals.accepted for a in activities} == {True, False}
    assert any(a.online and not a.locations for a in activities)
    assert any(a.online and a.locations for a in activities)


def test_committed_schemas_match_the_models() -> None:
    assert schemas.stale(REPO / "schemas") == []


def test_schema_files_are_valid_json_schema() -> None:
    for name in schemas.MODELS:
        document = json.loads((REPO / "schemas" / schemas.filename(name)).read_text("utf-8"))
        jsonschema.Draft202012Validator.check_schema(document)
        assert document["$id"] and document["title"] and document["description"]


def _front_matter(path: Path) -> dict:
    text = documents.decode(path.read_bytes())
    if path.suffix == ".md":
        text = text.split("\n---\n", 1)[0].removeprefix("---\n")
    data, _ = yamlsafe.load(text, typed=True)
    return data


@pytest.mark.parametrize("rel", FILES, ids=FILES)
def test_schema_accepts_every_sample_file(rel: str) -> None:
    schema = schemas.schema(SCHEMA_OF[rel.split("/")[1]])
    data = _front_matter(REPO / rel)
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(data)]
    assert errors == []


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d.update(colour="red"), "Additional properties"),
        (lambda d: d.update(category="help"), "'help' is not one of"),
        (lambda d: d.pop("verified"), "'verified' is a required property"),
        (lambda d: d.update(forms="language-cafe"), "is not of type 'array'"),
    ],
    ids=["unknown key", "bad enum", "missing field", "wrong type"],
)
def test_schema_rejects_bad_files(change, fragment: str) -> None:
    data = _front_matter(REPO / "content" / "activities" / "kielikahvila-tapiola.md")
    change(data)
    errors = [
        e.message
        for e in jsonschema.Draft202012Validator(schemas.schema("activity")).iter_errors(data)
    ]
    assert any(fragment in message for message in errors), errors


def test_validate_command_ok(capsys) -> None:
    assert cli.main(["validate", "--root", str(REPO), "--today", "2026-11-22"]) == 0
    content = loader.load(REPO, today=TODAY)
    assert capsys.readouterr().out.strip() == f"{content.summary()}: OK"


def _bad_repo(tmp_path: Path) -> Path:
    (tmp_path / "content" / "activities").mkdir(parents=True)
    (tmp_path / "content" / "organisations").mkdir()
    source = REPO / "content" / "activities" / "kielikahvila-tapiola.md"
    text = source.read_text("utf-8")
    (tmp_path / "content" / "activities" / "a.md").write_text(
        text.replace('start: "17:00"', 'start: "25:00"'), "utf-8"
    )
    (tmp_path / "content" / "activities" / "b.md").write_text(
        text.replace("category: support", "category: help"), "utf-8"
    )
    return tmp_path


def test_validate_command_reports_every_problem(tmp_path: Path, capsys) -> None:
    assert cli.main(["validate", "--root", str(_bad_repo(tmp_path)), "--today", "2026-11-22"]) == 1
    out = capsys.readouterr()
    lines = out.out.strip().splitlines()
    assert (
        "content/activities/a.md:34: schedule.weekly[0].start: 25:00 is not a time of day:"
        " hours go from 00 to 23" in lines
    )
    assert any(line.startswith("content/activities/b.md:") and "category" in line for line in lines)
    assert sum("unknown organisation" in line for line in lines) == 2
    assert out.err.strip() == f"{len(lines)} problem(s) found"


def test_validate_command_github_annotations(tmp_path: Path, capsys) -> None:
    cli.main(
        [
            "validate",
            "--root",
            str(_bad_repo(tmp_path)),
            "--format",
            "github",
            "--today",
            "2026-11-22",
        ]
    )
    lines = capsys.readouterr().out.splitlines()
    assert (
        "::error file=content/activities/a.md,line=34,title=schedule.weekly[0].start::"
        "25:00 is not a time of day: hours go from 00 to 23"
    ) in lines
    assert all(line.startswith("::error file=content/activities/") for line in lines)


def test_validate_checks_something_or_says_why_not(tmp_path: Path, capsys, monkeypatch) -> None:
    """Run from the wrong folder or given a mistyped file, it checked nothing and said OK."""
    monkeypatch.chdir(tmp_path)
    assert cli.main(["validate"]) == 2
    assert capsys.readouterr().err.startswith(f"no content/ folder in {tmp_path}")
    assert cli.main(["stale"]) == 2
    assert capsys.readouterr().err.startswith(f"no content/ folder in {tmp_path}")
    monkeypatch.chdir(REPO)
    assert cli.main(["validate", "content/activities/kielikahvila-tapiol.md"]) == 2
    assert (
        capsys.readouterr().err
        == "content/activities/kielikahvila-tapiol.md: no such file or folder\n"
    )
    assert cli.main(["validate", "README.md"]) == 2
    assert capsys.readouterr().err == "README.md: not in content\n"
    monkeypatch.chdir(REPO / "content" / "activities")
    assert cli.main(["validate", "--root", "../..", "kielikahvila-tapiola.md"]) == 0
    assert capsys.readouterr().out.endswith(": OK\n")


def test_a_listing_the_days_made_lapse_is_a_warning_not_an_error(tmp_path: Path, capsys) -> None:
    """A listing past its valid_until while its sessions go on would fail every pull request
    from that day on, whatever it changes: it is a warning, and make stale lists it."""
    import shutil

    for folder in ("organisations", "images"):
        shutil.copytree(REPO / "content" / folder, tmp_path / "content" / folder)
    (tmp_path / "content" / "activities").mkdir()
    text = (REPO / "content" / "activities" / "kielikahvila-tapiola.md").read_text("utf-8")
    lapsed = text.replace("verified: 2026-09-01", "verified: 2026-09-01\nvalid_until: 2026-11-01")
    (tmp_path / "content" / "activities" / "a.md").write_text(lapsed, "utf-8")
    root = ["--root", str(tmp_path), "--today", "2026-11-22"]
    assert cli.main(["validate", *root]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("content/activities/a.md:49: valid_until: 2026-11-01 is in the past")
    assert out[0].endswith("(warning: see make stale)")
    assert out[1].endswith(": OK, 1 warning(s)")
    assert cli.main(["validate", *root, "--format", "github"]) == 0
    assert capsys.readouterr().out.startswith("::warning file=content/activities/a.md,line=49,")
    (tmp_path / "content" / "activities" / "b.md").write_text(
        text.replace('start: "17:00"', 'start: "25:00"'), "utf-8"
    )
    assert cli.main(["validate", *root]) == 1
    assert capsys.readouterr().err == "1 problem(s) found\n"


def test_schemas_check_command(tmp_path: Path) -> None:
    assert cli.main(["schemas", "--out", str(tmp_path), "--check"]) == 1
    assert cli.main(["schemas", "--out", str(tmp_path)]) == 0
    assert cli.main(["schemas", "--out", str(tmp_path), "--check"]) == 0
