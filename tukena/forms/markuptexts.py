"""The texts of the warnings of Markdown the page will not show
(:mod:`tukena.forms.markupwarnings`) in fi, sv and en: read by :func:`tukena.forms.ui.text`
with the other form texts. What each loss is, and what to write instead, is said by
:mod:`tukena.markupadvice`."""

from __future__ import annotations

from tukena.schemas.languages import in_ui_languages as _t

MARKUP_TEXTS: dict[str, dict[str, str]] = {
    "markup.line": _t("Rivi {line}: {message}", "Rad {line}: {message}", "Line {line}: {message}"),
    "markup.field": _t(
        "Tämä ei näy sivulla (voit silti lähettää tiedot):",
        "Det här visas inte på sidan (du kan ändå skicka uppgifterna):",
        "This will not show on the page (you can still send the form):",
    ),
    "check.markup.heading": _t(
        "Kaikki kirjoittamasi ei näy sivulla",
        "Allt du skrev visas inte på sidan",
        "Not all you wrote will show on the page",
    ),
    "check.markup.lead": _t(
        "Sivu ei näytä alla olevia kohtia. Voit muuttaa tekstiä tai lähettää tiedot silti.",
        "Sidan visar inte det som står nedan. Du kan ändra texten eller skicka uppgifterna ändå.",
        "The page will not show what is listed below. You can change the text, or send the form"
        " anyway.",
    ),
}
