"""The texts of the rounds after a form is sent (:mod:`tukena.bot.submit`) and of the pages
after it was stored (the thank-you and status pages), in fi, sv and en: read by
:func:`tukena.forms.ui.text` with the other form texts."""

from __future__ import annotations

from tukena.schemas.languages import in_ui_languages as _t

ROUND_TEXTS: dict[str, dict[str, str]] = {
    "add_language.added": _t(
        "Lomakkeeseen lisättiin kentät tälle kielelle: {name}. Täytä ne ja lähetä lomake sitten"
        " uudelleen. Mitään ei ole vielä lähetetty.",
        "Fält för språket {name} lades till i formuläret. Fyll i dem och skicka sedan"
        " formuläret igen. Ingenting har skickats ännu.",
        "Fields for {name} were added to the form. Fill them in, then send the form again."
        " Nothing has been sent yet.",
    ),
    "site.address": _t(
        "Osoite sivustolla, kun tiedot on hyväksytty ja sivusto päivitetty",
        "Adressen på webbplatsen, när uppgifterna har godkänts och webbplatsen uppdaterats",
        "The address on the site, once it is accepted and the site is updated",
    ),
}
