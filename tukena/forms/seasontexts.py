"""The texts of the warnings of a copy of last season's listing
(:mod:`tukena.forms.seasonwarnings`) in fi, sv and en: read by :func:`tukena.forms.ui.text`
with the other form texts."""

from __future__ import annotations

from tukena.schemas.languages import in_ui_languages as _t

SEASON_TEXTS: dict[str, dict[str, str]] = {
    "season.field": _t(
        "Tarkista, pitääkö teksti yhä paikkansa (voit silti lähettää tiedot):",
        "Kontrollera att texten fortfarande stämmer (du kan ändå skicka uppgifterna):",
        "Check that the text is still true (you can still send the form):",
    ),
    "season.year": _t(
        "Tekstissä mainitaan {year}: tarkista, pitääkö se yhä paikkansa.",
        "Texten nämner {year}: kontrollera att det fortfarande stämmer.",
        "This text mentions {year}: check that it is still true.",
    ),
    "season.break_field": _t(
        "Tarkista tauon päivät (voit silti lähettää tiedot):",
        "Kontrollera pausens datum (du kan ändå skicka uppgifterna):",
        "Check the dates of the break (you can still send the form):",
    ),
    "season.weekday": _t(
        "Tauko siirrettiin {weeks} viikkoa eteenpäin samalle viikonpäivälle. Koulujen lomat"
        " vaihtelevat vuosittain: tarkista, että päivät ovat oikein.",
        "Pausen flyttades {weeks} veckor framåt till samma veckodag. Skolornas lov varierar"
        " från år till år: kontrollera att datumen stämmer.",
        "The break was moved {weeks} weeks later, to the same weekday. School holidays change"
        " from year to year: check that its dates are right.",
    ),
    "check.season.heading": _t(
        "Tarkista edellisen kauden tiedot",
        "Kontrollera uppgifterna från förra säsongen",
        "Check what is left of the last season",
    ),
    "check.season.lead": _t(
        "Ilmoitus on kopio päättyneestä toiminnasta. Tarkista nämä kohdat ennen lähettämistä."
        " Voit muuttaa niitä tai lähettää tiedot silti.",
        "Annonsen är en kopia av en aktivitet som har upphört. Kontrollera de här punkterna"
        " innan du skickar. Du kan ändra dem eller skicka uppgifterna ändå.",
        "The listing is a copy of an activity that has ended. Check these before sending. You"
        " can change them, or send the form anyway.",
    ),
}
