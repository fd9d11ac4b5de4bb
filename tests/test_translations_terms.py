"""One word for one thing in each UI catalogue: the site's pages are read side by side
(a municipality's page, its list, the coverage tables), and two words for the same thing
read as two different things. The terms checked are those that drifted apart before:
"activity type" in English (not "activity form"), "aktuella aktiviteter" in Swedish (not
"pågående") and "kamratgrupp", the activity type's name (not "kamratstödsgrupp"),
"käynnissä oleva toiminta" in Finnish, and the shaded 0 of the coverage tables in all
three. In Finnish an organiser "vahvistaa" (confirms) the details, also
where the results are sorted by that date."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from tests.site_helpers import REPO
from tukena.forms.labels import label
from tukena.site.i18n import translations as catalogue

LOCALE = REPO / "tukena" / "site" / "locale"

#: language -> (a pattern its translations must not hold, the term used instead)
AVOIDED: dict[str, list[tuple[str, str]]] = {
    "en": [
        (r"\bactivity forms?\b", "activity type"),
        (r"\b(?:same|this|one|each|these) forms?\b", "type"),
        (r"\bhighlighted 0\b|\bmarked 0\b", "shaded 0"),
    ],
    "sv": [
        (r"\bpågående\b", "aktuella aktiviteter"),
        (r"\bmarkerad nolla\b", "skuggad nolla"),
        (r"\bkamratstödsgrupp", "kamratgrupp"),
    ],
    "fi": [
        (r"\bajankohtai\w* toimin", "käynnissä oleva toiminta"),
        (r"\bKorostettu 0\b", "Varjostettu 0"),
        (r"\b[Vv]iimeksi tarkist", "viimeksi vahvistettu"),
    ],
}


def translations(lang: str) -> list[str]:
    """Every translation (each plural form) in the catalogue of ``lang``."""
    with (LOCALE / lang / "LC_MESSAGES" / "messages.po").open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    out: list[str] = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        out.extend(s for s in strings if s)
    return out


@pytest.mark.parametrize("lang", sorted(AVOIDED))
def test_one_term_for_one_thing(lang: str) -> None:
    strays = [
        f"{text!r} (say {instead!r})"
        for pattern, instead in AVOIDED[lang]
        for text in translations(lang)
        if re.search(pattern, text)
    ]
    assert not strays, "\n".join(strays)


def test_english_catalogue_says_activity_type() -> None:
    """The term the menu uses is the one the coverage pages use."""
    texts = translations("en")
    assert "Activity types" in texts
    assert "Activity types by region" in texts


def test_finnish_says_one_more_in_the_singular() -> None:
    """A count of one takes the singular: "ja 1 muu", the partitive only after other numbers."""
    fi = catalogue("fi")
    assert fi.ngettext("and %(num)d more", "and %(num)d more", 1) % {"num": 1} == "ja 1 muu"
    assert fi.ngettext("and %(num)d more", "and %(num)d more", 3) % {"num": 3} == "ja 3 muuta"


def test_swedish_says_typer_av_aktivitet() -> None:
    """The Swedish term is "typ av aktivitet", in the plural "typer av aktivitet", as the
    forms and the content pages say, not "typer av aktiviteter" in some places."""
    strays = [t for t in translations("sv") if re.search(r"\b[Tt]yper av aktiviteter\b", t)]
    assert not strays, "\n".join(strays)
    assert "Typer av aktivitet" in translations("sv")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_form_labels_use_the_sites_terms(lang: str) -> None:
    """An organiser fills in a field under the name the site then shows it by."""
    site = catalogue(lang)
    assert label("forms", lang) == site.gettext("Activity type")
    assert label("phases", lang) == site.gettext("Stage of integration")
    assert label("kind", lang, "organisation") == site.gettext("Kind of organisation")
