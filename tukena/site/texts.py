"""A text and the language it is really in, so templates can put ``lang`` and ``dir`` on
every element whose language differs from the page's."""

from __future__ import annotations

from dataclasses import dataclass

from tukena.schemas.languages import pick, text_direction
from tukena.schemas.location import PROPER_NAME, STREETS_IN, place_name_in, plain_language
from tukena.schemas.scripts import letters_direction


@dataclass(frozen=True)
class Text:
    """A text and its language; ``fallback`` when it is not in the UI language; ``proper``
    when it is written as it is, in no language it claims (a place's name as a plain
    string, a street address), so that its letters, not ``lang``, say its direction."""

    text: str
    lang: str
    fallback: bool = False
    proper: bool = False

    @property
    def dir(self) -> str:
        """The text's direction: its language's, or its letters' where the language is
        written in either script (a Kurdish text in Latin letters is Kurmanji, left to
        right) or where it claims none (a place's name in Arabic letters on a Finnish
        page reads right to left)."""
        if self.proper:
            return letters_direction(self.text) or text_direction(self.lang)
        return text_direction(self.lang, self.text)

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


def localise_place(names: dict[str, str] | None, ui: str, main: str) -> Text | None:
    """A place's name in the UI language, else as its sign says (Finnish or Swedish), else
    in the listing's main language (:func:`tukena.schemas.location.sign_language`); a name
    written as a plain string claims no language and is shown as the page's own text
    (:func:`tukena.schemas.location.place_name_in`)."""
    if not names:
        return None
    text, lang = place_name_in(names, ui, main)
    return Text(text, lang, fallback=lang != ui, proper=PROPER_NAME in names)


def localise_street(address: str | None, ui: str, main: str) -> Text | None:
    """A street address, written in the listing's language where streets have names in it
    (Finnish or Swedish: "Kulttuuriaukio 2" of a Finnish listing is Finnish on the English
    page), else claiming none of its own (:func:`tukena.schemas.location.plain_language`)."""
    if not address:
        return None
    lang = plain_language(main, STREETS_IN, ui)
    return Text(address, lang, fallback=lang != ui, proper=True)


def localise(texts: dict[str, str] | None, ui: str, main: str = "fi") -> Text | None:
    """The text in the UI language, else in the listing's main language."""
    if not texts:
        return None
    text, lang = pick(texts, ui, main)
    return Text(text, lang, fallback=lang != ui)
