"""``tukena validate`` warns of an organisation's region that holds none of the
municipalities it names (tukena.areachecks): the site shows it in those municipalities
only, so the region says nothing that is shown."""

from __future__ import annotations

from pathlib import Path

from tests.validate_helpers import line_of, make_repo, validate

ORG = "content/organisations/kielisilta-oy.yaml"
OK = "31 organisations, 0 activities, 0 news items: OK"


def test_regions_that_hold_the_municipalities_give_no_warning(tmp_path: Path, capsys) -> None:
    """The shipped organisations: Eastern Uusimaa's names Uusimaa and three municipalities
    in it."""
    assert validate(make_repo(tmp_path), capsys) == (0, [OK])


def test_a_region_without_any_of_the_municipalities_is_warned_of(tmp_path: Path, capsys):
    repo = make_repo(tmp_path)
    path = repo / ORG
    text = path.read_text("utf-8")
    assert "regions: [Pirkanmaa]" in text and "municipalities: [Tampere]" in text
    text = text.replace("regions: [Pirkanmaa]", "regions: [Pirkanmaa, Uusimaa]")
    path.write_text(text, "utf-8")
    code, out = validate(repo, capsys)
    assert code == 0
    assert out == [
        f"{ORG}:{line_of(text, 'regions:')}: regions[1]: none of the organisation's"
        " municipalities (Tampere) is in Uusimaa: the site shows it in its municipalities"
        " only, not across Uusimaa. Name its municipalities in Uusimaa too, or leave the"
        " region out (warning)",
        f"{OK}, 1 warning(s)",
    ]
