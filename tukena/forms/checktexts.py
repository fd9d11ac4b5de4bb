"""The check page's own texts (:mod:`tukena.forms.check`) in fi, sv and en: read by
:func:`tukena.forms.ui.text` with the other form texts."""

from __future__ import annotations

from tukena.schemas.languages import in_ui_languages as _t

CHECK_TEXTS: dict[str, dict[str, str]] = {
    "check.heading": _t(
        "Tarkista tiedot ennen lähettämistä",
        "Granska uppgifterna innan du skickar",
        "Check the details before sending",
    ),
    "check.lead": _t(
        "Tässä on se, mitä lomakkeelle kirjoitit. Mitään ei ole vielä lähetetty: lähetä tiedot"
        " tai palaa muuttamaan niitä.",
        "Här är det du skrev i formuläret. Ingenting har skickats ännu: skicka uppgifterna eller"
        " gå tillbaka och ändra dem.",
        "This is what you wrote in the form. Nothing has been sent yet: send it, or go back and"
        " change it.",
    ),
    "check.schedule": _t("Aikataulu sivulla", "Tidtabellen på sidan", "The schedule on the page"),
    "check.next": _t("Seuraava kerta", "Nästa gång", "Next session"),
    "check.no_next": _t("ei tulevia kertoja", "inga kommande tillfällen", "none to come"),
    "check.paused": _t(
        "ei kertoja: toiminta on tauolla",
        "inga tillfällen: aktiviteten har paus",
        "none: it is paused",
    ),
    "check.preview": _t(
        "Esikatselu: näin teksti näkyy ilmoituksen sivulla",
        "Förhandsvisning: så här visas texten på annonsens sida",
        "Preview: how the text will look on the listing's page",
    ),
    "check.change": _t("Muuta tietoja", "Ändra uppgifterna", "Change the details"),
    "check.changes": _t("Mitä muutit", "Det här ändrade du", "What you changed"),
    "check.before": _t("Ennen", "Före", "Before"),
    "check.after": _t("Nyt", "Nu", "Now"),
    "check.unchanged": _t(
        "Et muuttanut mitään. Kun lähetät tiedot, vahvistat, että ne pitävät yhä paikkansa.",
        "Du ändrade ingenting. När du skickar bekräftar du att uppgifterna fortfarande stämmer.",
        "You changed nothing. Sending it confirms that the details are still correct.",
    ),
    "check.copy.changes": _t(
        "Erot kopioimaasi ilmoitukseen",
        "Skillnader mot annonsen du kopierade",
        "How it differs from the listing you copied",
    ),
    "check.copy.before": _t("Kopioitu ilmoitus", "Den kopierade annonsen", "Copied listing"),
    "check.copy.after": _t("Uusi", "Den nya", "New"),
    "check.copy.unchanged": _t(
        "Uusi ilmoitus on samanlainen kuin kopioimasi. Jos se on uutta kautta varten, tarkista"
        " sen päivämäärät.",
        "Den nya annonsen är likadan som den du kopierade. Om den gäller en ny säsong, kontrollera"
        " datumen.",
        "The new listing is the same as the one you copied. If it is for a new season, check its"
        " dates.",
    ),
}
