"""The texts of the warnings of what the page drops of a Markdown text (the rest shows)
(:mod:`tukena.forms.markupwarnings`) in fi, sv and en: read by :func:`tukena.forms.ui.text`
with the other form texts. What each loss is, and what to write instead, is said by
:mod:`tukena.markupadvice`."""

from __future__ import annotations

from tukena.schemas.languages import in_ui_languages as _t

MARKUP_TEXTS: dict[str, dict[str, str]] = {
    "markup.line": _t("Rivi {line}: {message}", "Rad {line}: {message}", "Line {line}: {message}"),
    "markup.field": _t(
        "Sivu jättää tekstistä pois tämän, muu teksti näkyy (voit silti lähettää tiedot):",
        "Sidan lämnar bort det här ur texten, resten visas (du kan ändå skicka uppgifterna):",
        "The page will leave this out of the text; the rest shows (you can still send the form):",
    ),
    "check.markup.heading": _t(
        "Sivu jättää osan kirjoittamastasi pois",
        "Sidan lämnar bort en del av det du skrev",
        "The page will leave out part of what you wrote",
    ),
    "check.markup.lead": _t(
        "Tekstisi näkyy sivulla, mutta ilman alla lueteltuja kohtia. Voit muuttaa tekstiä tai"
        " lähettää tiedot silti.",
        "Din text visas på sidan, men utan det som står nedan. Du kan ändra texten eller skicka"
        " uppgifterna ändå.",
        "Your text will show on the page, but without what is listed below. You can change the"
        " text, or send the form anyway.",
    ),
}
