"""``tukena validate`` warns of a listing that looks like a copy of another (tukena.duplicates),
and not of a copy for the next season."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.model_helpers import activity
from tests.validate_helpers import LISTING, line_of, make_repo, validate, write
from tukena import duplicates
from tukena.schemas import Activity

COPY = (
    "looks like a copy of {other}: the same organisation, title, times and places. If they"
    " are one activity, remove one file; a copy for the next season needs its new dates"
)


def test_a_copy_under_a_new_name_names_both_files(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    a = write(repo, "content/activities/kielikahvila-tapiola.md", LISTING)
    write(repo, "content/activities/kielikahvila-tapiola-2.md", LISTING)
    code, out = validate(repo, capsys)
    line = line_of(a, "title:")
    assert code == 0
    assert out == [
        f"content/activities/kielikahvila-tapiola-2.md:{line}: title: "
        + COPY.format(other="content/activities/kielikahvila-tapiola.md")
        + " (warning)",
        f"content/activities/kielikahvila-tapiola.md:{line}: title: "
        + COPY.format(other="content/activities/kielikahvila-tapiola-2.md")
        + " (warning)",
        "31 organisations, 2 activities, 0 news items: OK, 2 warning(s)",
    ]
    code, out = validate(repo, capsys, "--format", "github")
    assert out[0].startswith(
        f"::warning file=content/activities/kielikahvila-tapiola-2.md,line={line},title=title::"
        "looks like a copy of content/activities/kielikahvila-tapiola.md:"
    )


def test_a_copy_for_the_next_season_is_not_reported(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    write(repo, "content/activities/kielikahvila-tapiola.md", LISTING)
    next_season = (
        LISTING.replace(
            "{start: 2026-09-01, end: 2027-05-25}", "{start: 2027-09-01, end: 2028-05-25}"
        )
        .replace("- 2026-10-13", "- 2027-10-12")
        .replace("{start: 2026-12-21, end: 2027-01-06", "{start: 2027-12-20, end: 2028-01-06")
    )
    assert next_season != LISTING
    write(repo, "content/activities/kielikahvila-tapiola-2027.md", next_season)
    code, out = validate(repo, capsys)
    assert (code, out) == (0, ["31 organisations, 2 activities, 0 news items: OK"])


def test_a_title_alike_but_for_case_and_spaces(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    write(repo, "content/activities/a.md", LISTING)
    title = "title:\n  fi: Kielikahvila Tapiolassa\n  sv: Språkcafé i Hagalund\n  en: Language café in Tapiola\n"
    assert title in LISTING
    alike = LISTING.replace(title, "title:\n  fi: '  KIELIKAHVILA   tapiolassa '\n")
    write(repo, "content/activities/b.md", alike)
    code, out = validate(repo, capsys)
    assert code == 0 and [line.split(":")[0] for line in out[:-1]] == [
        "content/activities/a.md",
        "content/activities/b.md",
    ]
    assert "looks like a copy of content/activities/a.md" in out[1]


def _model(**changes) -> Activity:
    return Activity.model_validate(activity(**changes), context={"language": "fi"})


@pytest.mark.parametrize(
    "changes",
    [
        {"organisation": "toinen-yhdistys"},
        {"title": "Kielikahvila illalla"},
        {"title": {"sv": "Kielikahvila"}},  # the same words in another language
        {"locations": [{"municipality": "Vantaa"}]},
        {"locations": [{"municipality": "Espoo", "street_address": "Kulttuuriaukio 2"}]},
        {
            "schedule": {
                **activity()["schedule"],
                "weekly": [{"weekday": "wed", "start": "17:00", "end": "19:00"}],
            }
        },
        {
            "schedule": {
                **activity()["schedule"],
                "season": {"start": "2027-09-01", "end": "2028-05-31"},
            }
        },
        {"online": {"link": "https://meet.example/x"}},
    ],
    ids=[
        "organisation",
        "title",
        "language",
        "municipality",
        "address",
        "weekday",
        "season",
        "online",
    ],
)
def test_what_tells_two_listings_apart(changes: dict) -> None:
    one, other = _model(), _model(**changes)
    assert duplicates.copies({"one": one, "same": _model()}) == {"one": {"same"}, "same": {"one"}}
    assert duplicates.copies({"one": one, "other": other}) == {}


def test_free_texts_may_differ() -> None:
    """A note or a place's name is written anew in a copy: the times and places decide."""
    schedule = {**activity()["schedule"], "note": "Tauko hiihtolomalla"}
    other = _model(schedule=schedule, locations=[{"municipality": "Espoo", "name": "Kirjasto"}])
    assert duplicates.copies({"one": _model(), "other": other}) == {
        "one": {"other"},
        "other": {"one"},
    }


def test_many_copies_are_named_a_few_at_a_time(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    for name in "abcde":
        write(repo, f"content/activities/{name}.md", LISTING)
    code, out = validate(repo, capsys)
    assert code == 0 and len(out) == 6
    assert "looks like a copy of content/activities/b.md, content/activities/c.md," in out[0]
    assert "content/activities/d.md and 1 more:" in out[0]


def test_one_pass_at_thirty_thousand(monkeypatch) -> None:
    """Times and places are compared only where the organisation and a title agree, each
    listing's once: at 30,000 listings with titles of their own, not at all."""
    calls = []
    real = duplicates._when_and_where
    monkeypatch.setattr(duplicates, "_when_and_where", lambda a: calls.append(1) or real(a))
    base = _model(title={"fi": "Kielikahvila", "en": "Language café"})
    listings = {
        f"a{i}": base.model_copy(update={"title": {"fi": f"Kielikahvila {i}", "en": f"Café {i}"}})
        for i in range(30_000)
    }
    assert duplicates.copies(listings) == {}
    assert calls == []
    day = dt.date(2026, 9, 1)
    seasons = {  # one title, a season each: every listing compared once, in both languages
        f"a{i}": base.model_copy(
            update={
                "schedule": base.schedule.model_copy(
                    update={
                        "season": base.schedule.season.model_copy(
                            update={"start": day + dt.timedelta(days=i)}
                        )
                    }
                )
            }
        )
        for i in range(30_000)
    }
    assert duplicates.copies(seasons) == {}
    assert len(calls) == 30_000  # once each, not once for each pair it is in
