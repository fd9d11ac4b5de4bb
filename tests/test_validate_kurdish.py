"""``tukena validate`` suggests ``ckb`` (Sorani) for a ``ku`` text in Arabic letters and
``kmr`` (Kurmanji) for one in Latin letters, on the text's line, as a warning: ``ku`` stays
valid, so the validation passes."""

from __future__ import annotations

from pathlib import Path

from tests.site_helpers import sample_content
from tests.validate_helpers import LISTING, line_of, make_repo, validate, write
from tukena import kurdishtexts

SORANI = "کۆڕی گفتوگۆ"
KURMANJI = "Koma axaftinê"
TITLE_EN = "  en: Language café in Tapiola\n"
SPOKEN = "languages: [fi]\n"
HELP = "support_languages: [en, ar]\n"


def test_a_ku_text_gets_the_code_its_letters_suggest(tmp_path: Path, capsys) -> None:
    repo = make_repo(tmp_path)
    sorani = "content/activities/sorani.md"
    text = write(
        repo,
        sorani,
        LISTING.replace(TITLE_EN, f"{TITLE_EN}  ku: {SORANI}\n")
        .replace(SPOKEN, "languages: [fi, ku]\n")
        .replace(HELP, "support_languages: [en, ku]\n"),
    )
    kurmanji = "content/activities/kurmanji.md"
    elsewhere = LISTING.replace("Kulttuuriaukio 2", "Kulttuuriaukio 3")  # not a copy
    other = write(repo, kurmanji, elsewhere.replace(TITLE_EN, f"{TITLE_EN}  ku: {KURMANJI}\n"))
    code, out = validate(repo, capsys)
    assert code == 0
    tail = " so the site names it Kurdish ({}) and readers know which Kurdish it is (warning)"
    assert out == [
        f"{kurmanji}:{line_of(other, KURMANJI)}: title.ku: this Kurdish text is in Latin"
        " letters: if it is Kurmanji, write kmr in place of ku," + tail.format("Kurmanji"),
        f"{sorani}:{line_of(text, SORANI)}: title.ku: this Kurdish text is in Arabic letters:"
        " if it is Sorani, write ckb in place of ku," + tail.format("Sorani"),
        f"{sorani}:{line_of(text, 'languages: [fi, ku]')}: languages[1]: the listing's Kurdish"
        " texts are in Arabic letters: if Sorani is spoken, write ckb in place of ku,"
        + tail.format("Sorani"),
        f"{sorani}:{line_of(text, 'support_languages')}: support_languages[1]: the listing's"
        " Kurdish texts are in Arabic letters: if Sorani is spoken, write ckb in place of ku,"
        + tail.format("Sorani"),
        "31 organisations, 2 activities, 0 news items: OK, 4 warning(s)",
    ]


def test_a_listing_written_in_ku_gets_it_on_its_main_language(tmp_path: Path, capsys) -> None:
    """Its plain texts are in its main language: Kurmanji here, in Latin letters."""
    repo = make_repo(tmp_path)
    rel = "content/activities/a.md"
    rest = LISTING.partition("\norganisation:")[2]
    listing = f"---\nlanguage: ku\ntitle: {KURMANJI}\nsummary: Em diaxivin.\norganisation:{rest}"
    text = write(repo, rel, listing)
    code, out = validate(repo, capsys)
    assert code == 0, out
    assert out == [
        f"{rel}:{line_of(text, 'language: ku')}: language: the listing's Kurdish texts are in"
        " Latin letters: if they are Kurmanji, write kmr in place of ku, so the site names it"
        " Kurdish (Kurmanji) and readers know which Kurdish it is (warning)",
        "31 organisations, 1 activities, 0 news items: OK, 1 warning(s)",
    ]


def test_sorani_and_kurmanji_and_ku_without_texts_are_not_reported(tmp_path, capsys) -> None:
    repo = make_repo(tmp_path)
    write(
        repo,
        "content/activities/a.md",
        LISTING.replace(TITLE_EN, f"{TITLE_EN}  ckb: {SORANI}\n  kmr: {KURMANJI}\n").replace(
            SPOKEN, "languages: [fi, ku, ckb]\n"
        ),
    )
    code, out = validate(repo, capsys)
    assert (code, out) == (0, ["31 organisations, 1 activities, 0 news items: OK"])


def test_only_files_that_mention_ku_are_read_again(monkeypatch) -> None:
    """Of the sample, the one listing with ``ku`` among the languages helped in (its
    Sorani listing says ``ckb``): read, it has no Kurdish text to report."""
    content, _ = sample_content()
    read: list[Path] = []

    def reading(path: Path):
        read.append(path)
        raise OSError

    monkeypatch.setattr(kurdishtexts.documents, "read", reading)
    assert kurdishtexts.problems(content) == []
    mentions = [
        content.paths[(folder, slug)]
        for folder in ("activities", "organisations")
        for slug, item in getattr(content, folder).items()
        if "ku" in (*item.languages, *getattr(item, "support_languages", ()))
    ]
    assert len(mentions) == 2 and read == [content.root / rel for rel in sorted(mentions)]
