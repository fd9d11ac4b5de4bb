"""A choice of several among many (the languages an activity is held in, its partner
organisations, an organisation's municipalities): check boxes, not a ``<select multiple>``.

A multiple select of some 180 languages, six in sight, lost every choice made before to
one plain click, out of sight. As boxes, the choices made come first, then the common
ones, and the rest in a part that opens ("All options"), in the order of the list. Nothing
needs a script, and what is sent is the same: the field's name once for each box checked.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from tukena.forms.nodes import Field
from tukena.forms.views import Option

#: The languages most often spoken in Finland, first in the list (Statistics Finland's
#: foreign-language speakers, with the national languages and English before them).
#: Kurdish as Sorani and Kurmanji, which say what a participant needs to know; the plain
#: ``ku`` of older listings is among the rest.
COMMON: dict[str, tuple[str, ...]] = {
    "languages": (
        *("fi", "sv", "en", "ru", "et", "ar", "uk", "so", "fa", "fa-AF", "ckb", "kmr"),
        *("zh", "sq", "vi", "th", "tr", "es", "ti", "fr", "de"),
    ),
}


def arranged(node: Field, options: Sequence[Option], chosen: Sequence[str]) -> list[Option]:
    """``options`` with the chosen first (in the order given), then the common ones, then
    the rest marked ``more`` (shown in the part that opens)."""
    by_value = {o.value: o for o in options}
    first = [by_value[v] for v in dict.fromkeys(chosen) if v in by_value]
    taken = {o.value for o in first}
    common = [
        by_value[v] for v in COMMON.get(node.source or "", ()) if v in by_value and v not in taken
    ]
    taken |= {o.value for o in common}
    rest = [dataclasses.replace(o, more=True) for o in options if o.value not in taken]
    return [*first, *common, *rest]
