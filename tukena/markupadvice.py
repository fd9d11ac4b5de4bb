"""What to tell a contributor of each thing the page leaves out of a Markdown text
(:mod:`tukena.markuploss`): what happens to it, and what to write instead, in plain words.

Each loss is an :class:`Advice`, which says it in Finnish, Swedish or English:
``tukena validate`` says it in English, the bot's forms in the organiser's language
(:mod:`tukena.forms.markupwarnings`). The texts of all three are here, side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from tukena.schemas.languages import in_ui_languages as _t

Texts = dict[str, str]
#: the suffix of a text's key for the bot's forms where it differs from the file's
#: (``en-form``): the file names its photos under ``images:``, the form has a part for them
FORM = "form"

INSTEAD = _t(
    "kirjoita se Markdown-muotoilulla",
    "skriv det med Markdown i stället",
    "write it in Markdown instead",
)
_EMBED = _t(
    "tekstiin ei voi upottaa sivua, skriptiä, lomaketta tai soitinta: linkitä siihen muodossa"
    " [teksti](https://…)",
    "en text kan inte bädda in en sida, ett skript, ett formulär eller en spelare: länka till"
    " den i stället, som [text](https://…)",
    "a text cannot embed a page, a script, a form or a player: link to it instead, as"
    " [text](https://…)",
)
#: what to write instead of a raw tag the page drops, by its name (the tags it keeps, as
#: ``<b>``, ``<i>``, ``<p>``, ``<br>``, ``<a>`` or a table's, have none)
_RAW: dict[str, Texts] = {
    "cite": _t(
        "kirjoita *kursivoitu teksti*",
        "skriv *kursiv text* i stället",
        "write *italic text* instead",
    ),
    **dict.fromkeys(
        ("s", "strike"),
        _t(
            "kirjoita ~~yliviivattu teksti~~",
            "skriv ~~överstruken text~~ i stället",
            "write ~~struck text~~ instead",
        ),
    ),
    "u": _t(
        "Markdownissa ei ole alleviivausta: kirjoita *kursivoitu* tai **lihavoitu** teksti",
        "Markdown har ingen understrykning: skriv *kursiv* eller **fet** text i stället",
        "Markdown has no underline: write *italic* or **bold** text instead",
    ),
    "img": {
        **_t(
            "linkitä kuvaan muodossa [teksti](https://…). Ilmoituksen valokuvilla on oma kohtansa.",
            "länka till bilden som [text](https://…) i stället. Annonsens foton har en egen del.",
            "link to the image as [text](https://…) instead; a listing names its photos under"
            " images:",
        ),
        f"en-{FORM}": "link to the image as [text](https://…) instead. The listing's photos"
        " have a part of their own.",
    },
    **dict.fromkeys(
        ("h5", "h6"),
        _t(
            "kirjoita otsikko riville, joka alkaa merkeillä ##",
            "skriv en rubrik som en rad som börjar med ## i stället",
            "write a heading as a line starting with ## instead",
        ),
    ),
    **dict.fromkeys(
        ("kbd", "tt", "samp"),
        _t(
            "kirjoita koodi `takahipsujen` väliin",
            "sätt kod mellan `bakåtaccenter` i stället",
            "put code between `backticks` instead",
        ),
    ),
    **dict.fromkeys(
        (
            "script",
            "iframe",
            "frame",
            "object",
            "embed",
            "applet",
            "video",
            "audio",
            "form",
            "style",
            "svg",
            "noscript",
        ),
        _EMBED,
    ),
}
#: what the sanitiser drops of what Markdown made, by tag
_MADE: dict[str, Texts] = {
    "img": {
        **_t(
            "tekstin kuva (![…](…)) ei näy sivulla: linkitä siihen muodossa [teksti](https://…)."
            " Ilmoituksen valokuvilla on oma kohtansa.",
            "en bild i texten (![…](…)) visas inte: länka till den som [text](https://…) i"
            " stället. Annonsens foton har en egen del.",
            "an image in the text (![…](…)) is not shown: link to it as [text](https://…)"
            " instead; a listing names its photos under images:",
        ),
        f"en-{FORM}": "an image in the text (![…](…)) is not shown: link to it as"
        " [text](https://…) instead. The listing's photos have a part of their own.",
    },
    "input": _t(
        "tehtävälistan valintaruutu ([ ] tai [x]) ei näy sivulla: kirjoita tavallinen listan kohta",
        "en uppgiftslistas kryssruta ([ ] eller [x]) visas inte: skriv en vanlig listpunkt i"
        " stället",
        "a task list's checkbox ([ ] or [x]) is not shown: write a plain list item instead",
    ),
    **dict.fromkeys(
        ("h5", "h6"),
        _t(
            "otsikko, jossa on viisi tai kuusi #-merkkiä, näkyy tavallisena tekstinä: käytä"
            " yhdestä neljään #-merkkiä",
            "en rubrik med fem eller sex # visas som vanlig text: använd en till fyra #",
            "a heading of five or six # is shown as plain text: use one to four #",
        ),
    ),
}
#: how each kind of loss is put, with its parts in braces
_SAYS: dict[str, Texts] = {
    "unnamed": _t(
        "HTML-koodi ei näy sivulla: {advice}",
        "HTML-kod visas inte: {advice}",
        "raw HTML is not shown: {advice}",
    ),
    "inline": _t(
        "HTML-koodi {what} poistetaan (sen sisällä oleva teksti näkyy): {advice}",
        "HTML-koden {what} tas bort (texten i den blir kvar): {advice}",
        "raw HTML {what} is removed (the text in it stays): {advice}",
    ),
    "whole": _t(
        "HTML-koodi {what} poistetaan kaikkine sisältöineen {until}: {advice}",
        "HTML-koden {what} tas bort med allt i den fram till {until}: {advice}",
        "raw HTML {what} is removed with everything in it up to {until}: {advice}",
    ),
    "until_closed": _t("koodiin {tag} asti", "{tag}", "{tag}"),
    "void": _t(
        "HTML-koodi {what} poistetaan: {advice}",
        "HTML-koden {what} tas bort: {advice}",
        "raw HTML {what} is removed: {advice}",
    ),
    "attributes": _t(
        "HTML-koodi {what} näkyy ilman määritteitä {names}: sivu ei näytä tekstin omia tyylejä"
        " eikä suorita skriptejä",
        "HTML-koden {what} visas utan {names}: sidan visar inte textens egna stilar och kör"
        " inga skript",
        "raw HTML {what} is shown without {names}: the page shows no styles of a text's own"
        " and runs no scripts",
    ),
    "made": _t(
        "<{name}> ei näy sivulla",
        "<{name}> visas inte på sidan",
        "<{name}> is not shown on the page",
    ),
    "link": _t(
        "linkki ”{text}”{to} näkyy tavallisena tekstinä: sivu linkittää vain https://-, http://-"
        " ja mailto:-osoitteisiin ja omille sivuilleen",
        "länken ”{text}”{to} visas som vanlig text: sidan länkar bara till https://-, http://-"
        " och mailto:-adresser och till sina egna sidor",
        'the link "{text}"{to} is shown as plain text: the page links only to https://,'
        " http:// and mailto: addresses and its own pages",
    ),
    "link_to": _t(" (osoite {address})", " till {address}", " to {address}"),
    "start": _t(
        "numeroitu lista, joka alkaa numerosta {number}, alkaa sivulla numerosta 1: aloita se"
        " numerosta 1 tai kirjoita {number}\\., jos numeron pitää näkyä tekstinä",
        "en numrerad lista som börjar med {number} numreras från 1 på sidan: börja den med 1,"
        " eller skriv {number}\\. för att visa numret som text",
        "a numbered list starting at {number} is numbered from 1 on the page: start it at 1,"
        " or write {number}\\. to show the number as text",
    ),
}

#: HTML blocks that end at their closing tag rather than at a blank line
UNTIL_CLOSED = frozenset({"script", "pre", "style", "textarea"})
#: elements with no content and no closing tag
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)


def _in(texts: Texts, lang: str, form: bool = False, **parts: str) -> str:
    """One of ``texts`` in ``lang`` (English when it has none), its parts filled in; for a
    form's organiser, its ``<lang>-form`` text where it has one (:data:`FORM`)."""
    text = (form and texts.get(f"{lang}-{FORM}")) or texts.get(lang, texts["en"])
    return text.format(**parts) if parts else text


@dataclass(frozen=True)
class Advice:
    """One loss, to be said in any language: what happens to it, and what to write
    instead. Which parts it has depends on its ``kind``."""

    kind: Literal["unnamed", "raw", "attributes", "made", "link", "start"]
    name: str = ""  # a tag's name: of raw HTML, or of what Markdown made
    what: str = ""  # the raw tag with its attributes' names; a link's text; a first number
    address: str = ""  # a link's address; the names of the attributes a raw tag loses
    whole: bool = False  # raw HTML removed with everything in it (a script, a frame)

    def say(self, lang: str = "en", form: bool = False) -> str:
        """The advice in ``lang`` (fi, sv or en; English for any other); ``form`` for an
        organiser who writes in the bot's form, not in the file (photos have a part of
        their own in the form, and ``images:`` in the file)."""
        if self.kind == "unnamed":
            return _in(_SAYS["unnamed"], lang, form, advice=_in(INSTEAD, lang, form))
        if self.kind == "raw":
            advice = _in(_RAW.get(self.name, INSTEAD), lang, form)
            if self.name in VOID:
                return _in(_SAYS["void"], lang, form, what=self.what, advice=advice)
            if not self.whole:
                return _in(_SAYS["inline"], lang, form, what=self.what, advice=advice)
            until = _in(_SAYS["until_closed"], lang, form, tag=f"</{self.name}>")
            return _in(_SAYS["whole"], lang, form, what=self.what, until=until, advice=advice)
        if self.kind == "attributes":
            return _in(_SAYS["attributes"], lang, form, what=self.what, names=self.address)
        if self.kind == "made":
            if self.name in _MADE:
                return _in(_MADE[self.name], lang, form)
            return _in(_SAYS["made"], lang, form, name=self.name)
        if self.kind == "link":
            to = _in(_SAYS["link_to"], lang, form, address=self.address) if self.address else ""
            return _in(_SAYS["link"], lang, form, text=self.what, to=to)
        return _in(_SAYS["start"], lang, form, number=self.what)


def unnamed() -> Advice:
    """Raw HTML the page drops that cannot be named: not found in the text, or a
    processing instruction, a declaration or a CDATA section."""
    return Advice("unnamed")


def raw(name: str, what: str, whole: bool) -> Advice:
    """Raw HTML ``what`` (a tag ``name`` with its attributes) that the sanitiser drops: the
    text in it stays, or (``whole``) goes with it."""
    return Advice("raw", name, what, whole=whole)


def attributes(name: str, what: str, names: list[str]) -> Advice:
    """Raw HTML ``what`` that the page keeps without the attributes ``names``."""
    return Advice("attributes", name, what, " ".join(names))


def made(name: str) -> Advice:
    """A tag Markdown made that the sanitiser does not keep."""
    return Advice("made", name)


def link(text: str, address: str) -> Advice:
    """A link whose address the sanitiser removed (the converter empties some itself)."""
    return Advice("link", what=text, address=address)


def start(number: str) -> Advice:
    """A numbered list that does not start at 1, which the page numbers from 1."""
    return Advice("start", what=number)
