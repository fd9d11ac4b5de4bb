"""Folded keys (slugs, municipality names) ignore case, accents and surrounding space."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from tukena.reference import fold


def _by_definition(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_folds_as_the_general_rule_says(text: str) -> None:
    assert fold(text) == _by_definition(text)


@given(st.text())
def test_any_text_folds_as_the_general_rule_says(text: str) -> None:
    assert fold(text) == _by_definition(text)


def test_accents_case_and_space_are_ignored() -> None:
    assert fold(" Äänekoski ") == fold("aanekoski") == "aanekoski"
    assert fold("Straße") == "strasse"
    assert fold("KIELIKAHVILA-espoo") == "kielikahvila-espoo"
