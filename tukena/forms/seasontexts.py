"""The texts of the warnings of a copy of last season's listing
(:mod:`tukena.forms.seasonwarnings`) and of a listing still running
(:mod:`tukena.forms.runningwarnings`) in fi, sv and en: read by :func:`tukena.forms.ui.text`
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
    "copy_running": _t(
        "Toiminta on yhä käynnissä, joten kopiossa on sen päivät, ajat ja paikat sellaisinaan."
        " Jos kopio on seuraavaa kautta varten, muuta kauden päivät. Jos se on toinen ryhmä,"
        " muuta sen aika tai paikka.",
        "Aktiviteten pågår fortfarande, så kopian har dess datum, tider och platser som de är."
        " Om kopian gäller nästa säsong, ändra säsongens datum. Om den är en annan grupp, ändra"
        " tiden eller platsen.",
        "The activity is still running, so the copy has its dates, times and places as they"
        " are. If the copy is for the next season, change the season's dates. If it is another"
        " group, change its time or place.",
    ),
    "running.field": _t(
        "Tarkista aikataulu ja paikat (voit silti lähettää tiedot):",
        "Kontrollera tidtabellen och platserna (du kan ändå skicka uppgifterna):",
        "Check the schedule and the places (you can still send the form):",
    ),
    "running.same": _t(
        "Kopio kokoontuu samoina päivinä, samaan aikaan ja samassa paikassa kuin ilmoitus,"
        " josta se on kopioitu ja joka on yhä voimassa. Muuten sama ryhmä olisi sivustolla"
        " kahdesti.",
        "Kopian träffas samma dagar, på samma tid och på samma plats som annonsen den"
        " kopierades från, och den annonsen gäller fortfarande. Annars finns samma grupp två"
        " gånger på webbplatsen.",
        "The copy meets on the same days, at the same time and in the same place as the"
        " listing it was copied from, which is still running. Otherwise the same group would"
        " be listed twice.",
    ),
    "check.running.heading": _t(
        "Kopioimasi ilmoitus on yhä voimassa",
        "Annonsen du kopierade gäller fortfarande",
        "The listing you copied is still running",
    ),
    "check.running.lead": _t(
        "Muuta kauden päivät, jos kopio on seuraavaa kautta varten, tai aika tai paikka, jos se"
        " on toinen ryhmä. Voit myös lähettää tiedot sellaisinaan.",
        "Ändra säsongens datum om kopian gäller nästa säsong, eller tiden eller platsen om den"
        " är en annan grupp. Du kan också skicka uppgifterna som de är.",
        "Change the season's dates if the copy is for the next season, or its time or place if"
        " it is another group. You can also send the form as it is.",
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
