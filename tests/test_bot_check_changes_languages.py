"""An update's list of changes on the check page (:mod:`tukena.forms.changes`) says the
language of each value in one of its own, as the answers below it do (WCAG 3.1.2): a name
chosen from the content with its option's ``lang`` and ``dir``, a text with its input's."""

from __future__ import annotations

import pytest

from tests.bot.helpers import make_client
from tests.site_helpers import parse
from tests.test_bot_check import ARABIC_ORGANISATION, update_check
from tukena.forms.labels import LABELS

pytest_plugins = ["tests.bot.fixtures"]


def marked_changes(html: str) -> dict[str, list[list[tuple[str, str | None, str | None]]]]:
    """Each changed field's values before and after by its label: each value's text with
    the ``lang`` and ``dir`` it is marked with (``None`` for a value in the page's own)."""
    section = parse(html).one("section", cls="check-changes")
    out = {}
    for row in section.one("dl").elements:
        sides = []
        for dd in row.find_all("dd"):
            spans = [s for s in dd.find_all("span") if "check-note" not in s.classes()]
            if spans:
                sides.append([(s.text, s.get("lang"), s.get("dir")) for s in spans])
            else:  # the text after the note: no language of its own
                note = dd.one("span", cls="check-note").text
                sides.append([(dd.text.removeprefix(note).strip(), None, None)])
        out[row.one("dt").text] = sides
    return out


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_changed_name_or_text_keeps_its_language_in_the_list_of_changes(
    settings, clock, repo, lang
):
    """The organisation changed to one named in Arabic alone: both names carry their
    options' ``lang`` and ``dir``, the Arabic one right to left; a title added in Arabic
    is marked Arabic; a time, in the page's language, is not marked."""
    (repo.site / "content" / "organisations" / "jisr.yaml").write_text(ARABIC_ORGANISATION)
    change = {
        "organisation": "jisr",
        "title.ar": "مقهى اللغة",
        "schedule.weekly.0.start": "18:00",
    }
    with make_client(settings, clock) as client:  # the content read with it
        form = client.get(f"/{lang}/activity/kielikahvila-tapiola/update").text
        html = update_check(client, clock, lang, change)
    options = {
        o.get("value"): (o.text, o.get("lang"), o.get("dir"))
        for o in parse(form).find_all("option")
        if o.get("value") in ("jisr", "monikulttuurinen-olohuone")
    }
    assert options["jisr"] == ("جمعية الجسر", "ar", "rtl")
    found = marked_changes(html)
    label = next(k for k in found if options["jisr"][0] in str(found[k]))
    assert found[label] == [[options["monikulttuurinen-olohuone"]], [options["jisr"]]]
    (title,) = [k for k in found if k.startswith(f"{LABELS['title'][lang]} (")]
    assert found[title] == [[("–", None, None)], [("مقهى اللغة", "ar", "rtl")]]
    times = [v for k, v in found.items() if k not in (label, title)]
    assert times and all(value[1:] == (None, None) for v in times for s in v for value in s)
