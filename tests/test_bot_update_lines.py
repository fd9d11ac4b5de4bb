"""An update's pull request changes only the rows of the fields the organiser changed, so
that it shows those changes alone and two pull requests on one file merge without conflict."""

from __future__ import annotations

import datetime as dt
import difflib
import json
from pathlib import Path

import yaml

from tests.bot.helpers import ACTIVITY, ORGANISATION, TODAY, form_pairs, git, submission_id, submit
from tukena import documents, loader, writer, yamlquote, yamlsafe
from tukena.bot import files

pytest_plugins = ["tests.bot.fixtures"]

SLUG = "kielikahvila-tapiola"
PATH = f"content/activities/{SLUG}.md"
OLD_SUMMARY = "Rentoa suomen kielen harjoittelua kahvin ääressä."
NEW_SUMMARY = "Rentoa suomen kielen harjoittelua teen ääressä."
SAMPLE = Path(__file__).resolve().parents[1] / "content" / "activities" / "digiapu-oodi.md"


def send(client, clock, page_path: str, changes: dict[str, str] | None = None) -> str:
    page = client.get(page_path)
    assert page.status_code == 200
    pairs, _ = form_pairs(page.text)
    changed = [(n, (changes or {}).get(n, v)) for n, v in pairs]
    assert not changes or changed != pairs
    clock.advance(60)
    response = submit(client, changed)
    assert response.status_code == 200, response.text[:3000]
    return submission_id(response.text)


def test_an_update_of_one_field_changes_only_its_rows(client, clock, repo):
    """The compact style of the rest of the file (``{required: no}``, flow lists), its key
    order and its plain dates stay as they were: the diff is the summary and the date."""
    sid = send(client, clock, f"/en/activity/{SLUG}/update", {"summary.fi": NEW_SUMMARY})
    assert client.app.state.bot.worker.drain() == ["delivered", "idle"]
    expected = ACTIVITY.replace(OLD_SUMMARY, NEW_SUMMARY).replace(
        "verified: 2026-09-01", f"verified: {TODAY.isoformat()}"
    )
    assert repo.show(f"tukena-bot/{sid}", PATH) == expected
    numstat = git(repo.bare, "diff", "--numstat", f"main...tukena-bot/{sid}")
    assert numstat.split() == ["2", "2", PATH]


def test_an_organisation_update_of_one_field_changes_only_its_row(client, clock, repo):
    slug = "monikulttuurinen-olohuone"
    sid = send(client, clock, f"/fi/organisation/{slug}/update", {"email": "uusi@olohuone.example"})
    assert client.app.state.bot.worker.drain() == ["delivered", "idle"]
    expected = ORGANISATION.replace("info@", "uusi@") + f"verified: {TODAY.isoformat()}\n"
    assert repo.show(f"tukena-bot/{sid}", f"content/organisations/{slug}.yaml") == expected


def test_a_confirmation_changes_exactly_one_line(client, clock, repo):
    sid = send(client, clock, f"/fi/activity/{SLUG}/confirm")
    assert client.app.state.bot.worker.drain() == ["delivered", "idle"]
    numstat = git(repo.bare, "diff", "--numstat", f"main...tukena-bot/{sid}")
    assert numstat.split() == ["1", "1", PATH]


def test_two_updates_and_a_confirmation_of_one_file_merge_without_conflict(
    client, clock, repo, tmp_path
):
    """Three pull requests on one file open at once (two updates of fields on rows apart,
    then a confirmation); merged one after the other with git, none conflicts and the file
    has both changes. The later ones are said to change the same listing as the earlier, not
    to be possible duplicates."""
    bot = client.app.state.bot
    sids = [
        send(client, clock, f"/fi/activity/{SLUG}/update", {"summary.fi": NEW_SUMMARY}),
        send(client, clock, f"/fi/activity/{SLUG}/update", {"schedule.weekly.0.end": "20:00"}),
        send(client, clock, f"/fi/activity/{SLUG}/confirm"),
    ]
    assert bot.worker.drain() == ["delivered"] * 3 + ["idle"]
    numbers = [bot.store.get(sid).pr_number for sid in sids]
    for index, sid in enumerate(sids):
        warnings = bot.store.get(sid).report["warnings"]
        said = [w for w in warnings if w.startswith("Another open pull request")]
        assert said == [
            f"Another open pull request changes the same listing: #{n}" for n in numbers[:index]
        ]
        assert not [w for w in warnings if "duplicate" in w]
    pulls = json.loads((repo.bare / "tukena-bot" / "forge.json").read_text())["pulls"]
    assert [p["labels"] for p in pulls[1:]] == [pulls[0]["labels"]] * 2
    work = tmp_path / "merge"
    git(tmp_path, "clone", "--quiet", str(repo.bare), str(work))
    for sid in sids:
        git(work, "merge", "--no-ff", "--quiet", "-m", sid, f"origin/tukena-bot/{sid}")
    merged = (work / PATH).read_text()
    weekly = '    - {weekday: tue, start: "17:00", end: "19:00"}'
    assert merged == ACTIVITY.replace(OLD_SUMMARY, NEW_SUMMARY).replace(
        weekly, "    - weekday: tue\n      start: '17:00'\n      end: '20:00'"
    ).replace("verified: 2026-09-01", f"verified: {TODAY.isoformat()}")


def test_a_file_changed_in_place_that_reads_back_otherwise_is_written_whole(
    client, clock, repo, monkeypatch, caplog
):
    """The file changed in place is read back and compared with the submitted listing;
    when they differ (here: a change left out), the file is written whole, and logged."""
    monkeypatch.setattr(writer, "revise", lambda text, before, after: text)
    sid = send(client, clock, f"/en/activity/{SLUG}/update", {"summary.fi": NEW_SUMMARY})
    assert client.app.state.bot.worker.drain() == ["delivered", "idle"]
    written = repo.show(f"tukena-bot/{sid}", PATH)
    model = client.app.state.bot.store.get(sid).data
    assert written == writer.render(files.model_of("activity", model))
    assert NEW_SUMMARY in written
    assert "written whole; changed in place it would not read back" in caplog.text


def _model(text: str, rel: str):
    item, problems = loader.validate(documents.parse(text, True), loader.ACTIVITIES, rel)
    assert item is not None, problems
    return item


def test_a_sample_file_changed_in_place_keeps_every_other_row():
    """A file of the sample content (flow mappings, a plain-text reason and instructions, a
    default written out, a phone as people write it, blank rows around the body), its
    summary, one weekly time and its date changed: the rows of those keys change, within
    the schedule only the changed weekly time's row, and nothing else."""
    head, fence, body = SAMPLE.read_text("utf-8").partition("\n---\n")
    old = f"{head}{fence}\n{body}\n"  # blank rows around the body, which it is read without
    rel = "content/activities/digiapu-oodi.md"
    before = _model(old, rel)
    data = before.model_dump(mode="json")
    data["schedule"]["weekly"][0]["end"] = "19:30"
    data.update(summary={"fi": "Uusi esittely."}, verified=TODAY.isoformat())
    after = type(before).model_validate(data, context={"language": before.language})
    new = writer.revise(old, before, after)
    assert new is not None
    files.round_trip(new, loader.ACTIVITIES, rel, after)
    rows_old, rows_new = old.split("\n"), new.split("\n")
    changed = [
        (tag, rows_old[i1:i2], rows_new[j1:j2])
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, rows_old, rows_new).get_opcodes()
        if tag != "equal"
    ]
    summary = rows_old.index("summary:")
    weekly = rows_old.index("  weekly:")
    verified = next(i for i, row in enumerate(rows_old) if row.startswith("verified:"))
    assert changed == [
        ("replace", rows_old[summary + 1 : summary + 4], ["  fi: Uusi esittely."]),
        (
            "replace",
            [rows_old[weekly + 1]],
            ["    - weekday: tue", "      start: '14:00'", "      end: '19:30'"],
        ),
        ("replace", [rows_old[verified]], [f"verified: {TODAY.isoformat()}"]),
    ]


def test_a_changed_body_and_an_added_key_leave_the_rest():
    """The body is the main language's description: it is replaced when that changes; the
    other languages' description is a new key, and a field no longer at its default
    (capacity) a new key after the key the model puts before it."""
    before = _model(ACTIVITY, PATH)
    data = before.model_dump(mode="json")
    data.update(description={"fi": "Uusi kuvaus.", "en": "A new description."}, capacity="full")
    after = type(before).model_validate(data, context={"language": "fi"})
    new = writer.revise(ACTIVITY, before, after)
    assert new is not None
    files.round_trip(new, loader.ACTIVITIES, PATH, after)
    expected = (
        ACTIVITY.replace("referrals:", "capacity: full\nreferrals:")
        .replace(
            "verified: 2026-09-01\n",
            "verified: 2026-09-01\ndescription:\n  en: A new description.\n",
        )
        .replace("Tervetuloa harjoittelemaan suomea!", "Uusi kuvaus.")
    )
    assert new == expected


def test_strings_other_readers_take_for_another_type_are_quoted():
    """A municipality code, yes and no, a time, a date that is text: each written quoted, and
    read back as text by YAML 1.2 (the project's typed reader, as editors read) and by YAML
    1.1 (PyYAML); a date meant as a date is written plain."""
    texts = ["091", "049", "yes", "off", "y", "N", "14:00", "0o17", "1e3", ".inf", "2026-01-01"]
    text = yamlquote.dump({"values": texts, "verified": dt.date(2026, 11, 22)})
    assert "- '091'\n" in text and "verified: 2026-11-22\n" in text
    assert yamlsafe.load(text, typed=True)[0]["values"] == texts
    assert yaml.safe_load(text)["values"] == texts
    activity = _model(ACTIVITY.replace("municipality: Espoo", 'municipality: "091"'), PATH)
    rendered = writer.render(activity)
    assert "  municipality: '091'\n" in rendered and "verified: 2026-09-01\n" in rendered
    files.round_trip(rendered, loader.ACTIVITIES, PATH, activity)


def test_comments_and_blank_rows_between_keys_stay():
    """A comment and a blank row after a changed key belong to the next key: they stay."""
    old = ACTIVITY.replace("contact:\n", "\n# by e-mail only\ncontact:\n")
    before = _model(old, PATH)
    data = before.model_dump(mode="json")
    data["referrals"]["accepted"] = False
    after = type(before).model_validate(data, context={"language": "fi"})
    new = writer.revise(old, before, after)
    assert new == old.replace("referrals: {accepted: yes}", "referrals:\n  accepted: false")


def test_a_file_written_whole_before_changes_one_list_item():
    """A file the bot wrote whole (a list's dashes at its key's column), with a comment
    added by hand: one activity form changed, that item's row alone changes."""
    before = _model(ACTIVITY.replace("[language-cafe]", "[language-cafe, homework-help]"), PATH)
    old = writer.render(before).replace("- language-cafe\n", "- language-cafe  # the main one\n")
    data = before.model_dump(mode="json")
    data["forms"] = ["language-cafe", "peer-group"]
    after = type(before).model_validate(data, context={"language": "fi"})
    new = writer.revise(old, before, after)
    assert "forms:\n- language-cafe  # the main one\n- homework-help\n" in old
    assert new == old.replace("- homework-help\n", "- peer-group\n")
