"""An organiser learns every missing required field in one answer: the bot's answer to
an empty or partly filled form (to "Send" and to "Check before sending") names each field
the model requires, on its own or as a group, and each one a rule between fields needs
(a place, a weekly time's season); putting right what it lists is enough to get through.
The browser's part (no popup stopping at the first field) is in test_bot_browser_required."""

from __future__ import annotations

import re

import pytest

from tests.bot.helpers import activity_pairs, form_pairs, fresh_token, submit
from tests.bot.required import labels, required_and_empty, summary_items, unnamed
from tukena.forms.spec import form_spec
from tukena.forms.views import element_id

pytest_plugins = ["tests.bot.fixtures"]
ACTIONS = {"send": [], "check": [("_action", "check")]}


def empty_form(client, kind: str, lang: str) -> list[tuple[str, str]]:
    """The new form of ``kind`` as a browser sends it untouched (without its token)."""
    pairs, _ = form_pairs(client.get(f"/{lang}/{kind}/new").text)
    return [(n, v) for n, v in pairs if n != "_token"]


def answer(client, clock, pairs, action: str):
    return submit(client, [*pairs, *ACTIONS[action]], fresh_token(client, clock))


def error_names(html: str, pairs) -> list[str]:
    """The form names the answer marks with an error (each error's ``e-`` id, mapped back
    through every name and part of a name the pairs have)."""
    names = {".".join(n.split(".")[:i]) for n, _ in pairs for i in range(1, n.count(".") + 2)}
    by_id = {element_id("e", name): name for name in names}
    return [by_id[i] for i in re.findall(r'class="field-error" id="([^"]+)"', html)]


def _under(name: str, names) -> bool:
    return any(name == n or name.startswith(f"{n}.") for n in names)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("kind", ["activity", "organisation"])
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_an_empty_form_is_told_every_required_field_at_once(client, clock, lang, kind, action):
    pairs = empty_form(client, kind, lang)
    expected = labels(required_and_empty(kind, pairs), lang)
    assert len(expected) >= 3, expected  # the name, a choice or two, ...
    response = answer(client, clock, pairs, action)
    assert response.status_code == 422
    assert unnamed(expected, summary_items(response.text)) == []


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_filling_some_fields_takes_just_those_off_the_list(client, clock, lang):
    """The fields the browser could check on its own filled in (an organiser, a category):
    the answer lists all the rest, nothing new, as the empty form's answer did."""
    pairs = empty_form(client, "activity", lang)
    first = summary_items(answer(client, clock, pairs, "check").text)
    filled = [(n, v) for n, v in pairs if n not in ("organisation", "category")]
    filled += [("organisation", "monikulttuurinen-olohuone"), ("category", "support")]
    second = summary_items(answer(client, clock, filled, "check").text)
    spec = form_spec("activity")
    gone = [i for i in first if i not in second]
    assert len(gone) == 2
    assert unnamed(labels([spec.index["organisation"], spec.index["category"]], lang), gone) == []
    assert [i for i in second if i not in first] == []


def test_putting_right_what_the_answer_lists_gets_through(client, clock):
    """One round: every field the empty form's answer marks, given a valid value (and only
    those), and the check page shows the answers, with no errors left."""
    pairs = empty_form(client, "activity", "en")
    valid = activity_pairs()
    marked = error_names(answer(client, clock, pairs, "check").text, [*pairs, *valid])
    assert len(marked) >= 8, marked
    fixed = [(n, v) for n, v in pairs if not _under(n, marked)]
    fixed += [(n, v) for n, v in valid if _under(n, marked)]
    response = answer(client, clock, fixed, "check")
    assert response.status_code == 200, summary_items(response.text)
    assert "check-answers" in response.text
