"""``tukena validate`` warns of Markdown the page does not show: the file, the line of the
file, the field and what to write instead; it fails nothing, and the build does not look."""

from __future__ import annotations

import gc
from pathlib import Path

from tests.validate_helpers import (
    LISTING,
    ORIGINAL_BODY,
    ORIGINAL_EN,
    REPO,
    TODAY,
    line_of,
    make_repo,
    validate,
    write,
)
from tukena import cli, loader, textchecks
from tukena.exceptions import Problem


def test_raw_html_is_a_warning_on_its_line_and_field(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    rel = "content/activities/a.md"
    text = write(
        repo,
        rel,
        LISTING.replace(
            ORIGINAL_EN,
            "  en: |\n    Come and practise Finnish.\n    Volunteers <u>help</u> you.\n"
            "  sv: Kom och öva <font color=red>finska</font>.\n",
        ).replace(
            ORIGINAL_BODY,
            "---\n\n\n  \nTervetuloa<br><span style='color: red'>harjoittelemaan</span>!\n\n"
            '<div>\nTärkeää!\n</div>\n\n<div style="color: red">\nHyvin tärkeää!\n</div>\n\n'
            '<p>Hello <i>all</i></p>\n\n<a href="https://a.example/" onclick="x()">Linkki</a>'
            " ja **lihava**.",
        ),
    )
    code, out = validate(repo, capsys)
    assert code == 0
    assert out == [
        f"{rel}:{line_of(text, 'Volunteers <u>')}: description.en: raw HTML <u> is removed (the"
        " text in it stays): Markdown has no underline: write *italic* or **bold** text instead"
        " (warning)",
        f"{rel}:{line_of(text, '  sv: Kom')}: description.sv: raw HTML <font color> is removed"
        " (the text in it stays): write it in Markdown instead (warning)",
        f"{rel}:{line_of(text, 'Tervetuloa<br>')}: body: raw HTML <span style> is removed (the"
        " text in it stays): write it in Markdown instead (warning)",
        f"{rel}:{line_of(text, '<div style')}: body: raw HTML <div style> is shown without"
        " style: the page shows no styles of a text's own and runs no scripts (warning)",
        f"{rel}:{line_of(text, 'onclick')}: body: raw HTML <a href onclick> is shown without"
        " onclick: the page shows no styles of a text's own and runs no scripts (warning)",
        "31 organisations, 1 activities, 0 news items: OK, 5 warning(s)",
    ]
    code, out = validate(repo, capsys, "--format", "github")
    assert code == 0
    assert out[2] == (
        f"::warning file={rel},line={line_of(text, 'Tervetuloa<br>')},title=body::raw HTML"
        " <span style> is removed (the text in it stays): write it in Markdown instead"
    )
    assert all(line.startswith(f"::warning file={rel},line=") for line in out[:-1])


def test_texts_written_in_the_front_matter_other_ways(tmp_path: Path, capsys) -> None:
    """A text on its key's line, or folded (>), has its lines joined: the warning points at
    its first line. A literal one (|) is one line of the file for each line of text, blank
    lines above it too (the model has the text without them)."""
    repo = make_repo(tmp_path)
    rel = "content/activities/a.md"
    text = write(
        repo,
        rel,
        LISTING.replace(
            ORIGINAL_EN,
            '  en: "Come.\\n\\nVolunteers <u>help</u> you."\n'
            "  sv: >\n    Kom och öva\n    finska.\n\n    <s>Välkommen!</s>\n"
            "  ar: |\n\n    second\n\n    <u>fourth</u>\n",
        ),
    )
    code, out = validate(repo, capsys)
    assert code == 0
    assert [line.split(": ")[:2] for line in out[:-1]] == [
        [f"{rel}:{line_of(text, 'Volunteers <u>')}", "description.en"],
        [f"{rel}:{line_of(text, '  sv: >') + 1}", "description.sv"],
        [f"{rel}:{line_of(text, '<u>fourth')}", "description.ar"],
    ]


def test_the_build_neither_looks_nor_stops(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo, "content/activities/a.md", LISTING.replace("suomea!", "suomea!<script>x</script>"))
    content, problems = loader.check(repo)
    assert problems == [] and list(content.activities) == ["a"]


def test_plain_markdown_is_not_reported(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    body = (
        "---\nTervetuloa **rennosti**\\\nuudelle riville.\n\n#### Otsikko\n\n| a | b |\n"
        "|---|---|\n| 1 | 2 |\n\n[Linkki](https://a.example/) <https://b.example/>\n\n"
        "```\n<div>koodia</div>\n```\n\n<!-- huomautus tarkistajalle -->\n\nTervetuloa!"
    )
    write(repo, "content/activities/a.md", LISTING.replace(ORIGINAL_BODY, body))
    code, out = validate(repo, capsys)
    assert (code, out) == (0, ["31 organisations, 1 activities, 0 news items: OK"])


def test_organisations_and_news_too(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    organisation = (REPO / "content" / "organisations" / "al-manara.yaml").read_text("utf-8")
    rel = "content/organisations/al-manara.yaml"
    text = write(
        repo,
        rel,
        organisation.replace(
            "description:\n",
            "description:\n  en: |\n    We run\n    <u>parents' groups</u>.\n",
        ),
    )
    news = (REPO / "content" / "news" / "integrationsnatverket-osterbotten.md").read_text("utf-8")
    news_rel = "content/news/n.md"
    news_text = write(repo, news_rel, news + "\n![karta](karta.png)\n")
    code, out = validate(repo, capsys)
    assert code == 0
    assert out[0].startswith(f"{news_rel}:{line_of(news_text, '![karta]')}: body: an image in")
    assert out[1].startswith(f"{rel}:{line_of(text, '<u>')}: description.en: raw HTML <u> is")
    assert out[-1].endswith(": OK, 2 warning(s)")


def test_warnings_do_not_count_as_problems(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    write(repo, "content/activities/a.md", LISTING.replace("suomea!", "suomea!<u>x</u>"))
    write(repo, "content/activities/b.md", LISTING.replace('start: "17:00"', 'start: "25:00"'))
    assert cli.main(["validate", "--root", str(repo), *TODAY]) == 1
    out = capsys.readouterr()
    assert out.err == "1 problem(s) found\n"
    assert len(out.out.splitlines()) == 2 and out.out.splitlines()[0].endswith("(warning)")
    assert loader.blocking([Problem("a", 1, "body", "x", warning=True)]) == []


def test_only_the_files_asked_for(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    write(repo, "content/activities/a.md", LISTING.replace("suomea!", "suomea!<u>x</u>"))
    write(repo, "content/activities/b.md", LISTING.replace("weekday: tue", "weekday: wed"))
    code, out = validate(repo, capsys, str(repo / "content" / "activities" / "b.md"))
    assert (code, out) == (0, ["31 organisations, 2 activities, 0 news items: OK"])
    code, out = validate(repo, capsys, str(repo / "content" / "activities" / "a.md"))
    assert code == 0 and len(out) == 2 and out[0].startswith("content/activities/a.md:")


def test_the_collector_rests_while_the_content_is_read_and_checked(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    """Reading and the warnings make no cyclic garbage, and with the collector on it walks
    every model read (2 s of 5 for the warnings at 30,000 listings; at 10,000, 5.2 to 5.7 s
    for the whole command against 4.5 to 4.6 s with reading paused too)."""
    repo = make_repo(tmp_path)
    write(repo, "content/activities/a.md", LISTING)
    states = []
    real_check, real_problems = loader.check, textchecks.problems
    monkeypatch.setattr(
        loader, "check", lambda *a, **k: states.append(gc.isenabled()) or real_check(*a, **k)
    )
    monkeypatch.setattr(
        textchecks, "problems", lambda *a: states.append(gc.isenabled()) or real_problems(*a)
    )
    assert validate(repo, capsys)[0] == 0
    assert states == [False, False] and gc.isenabled()


def test_content_pages_are_checked_as_the_build_reads_them(tmp_path: Path, capsys) -> None:
    """A pull request that breaks a content page fails validation, as it would fail the
    build; a page's Markdown the site does not show is a warning on its line."""
    repo = make_repo(tmp_path)
    (repo / "content" / "pages").mkdir()
    about = (REPO / "content" / "pages" / "about.en.md").read_text("utf-8")
    shown = write(repo, "content/pages/about.en.md", about + "\nWrite to <u>us</u>.\n")
    code, out = validate(repo, capsys)
    assert (code, out[0]) == (
        0,
        f"content/pages/about.en.md:{line_of(shown, '<u>us</u>')}: body: raw HTML <u> is"
        " removed (the text in it stays): Markdown has no underline: write *italic* or **bold**"
        " text instead (warning)",
    )
    write(repo, "content/pages/about.sv.md", about.replace("menu: 1", "menu: 1\ncolour: red"))
    write(repo, "content/pages/about.de.md", about)
    code, out = validate(repo, capsys)
    assert code == 1
    assert out == [  # with errors the build stops: the warnings wait until they are put right
        "content/pages/about.de.md: name pages <slug>.<lang>.md, lang one of fi, sv, en",
        f"content/pages/about.sv.md:{line_of(about, 'menu: 1') + 1}: colour: unknown field",
    ]


def test_a_content_pages_problem_is_not_shown_when_other_files_are_asked_for(
    tmp_path: Path, capsys
) -> None:
    repo = make_repo(tmp_path)
    (repo / "content" / "pages").mkdir()
    write(repo, "content/pages/about.de.md", "---\ntitle: Über\n---\nText\n")
    write(repo, "content/activities/a.md", LISTING)
    assert validate(repo, capsys, "content/activities/a.md")[0] == 0
    assert validate(repo, capsys)[0] == 1
