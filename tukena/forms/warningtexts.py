"""The texts of the forms' warnings of a Kurdish text under the plain ``ku``
(:mod:`tukena.forms.kurdishwarnings`), of a map point (:mod:`tukena.forms.mapwarnings`) and
of a registration deadline already past (:mod:`tukena.forms.deadlinewarnings`) in fi, sv and en: read by :func:`tukena.forms.ui.text` with the other form texts. Each
says what looks wrong and what to do; the lead of a warning beside an input, that the form
can still be sent (but beside swapped coordinates, which are an error too)."""

from __future__ import annotations

from tukena.schemas.languages import in_ui_languages as _t

_CHECK_MAP = (
    " Tarkista koordinaatit tai valitse oikea kunta.",
    " Kontrollera koordinaterna eller välj rätt kommun.",
    " Check the coordinates, or choose the right municipality.",
)
_MOVE_TEXT = (
    " Jos näin on, valitse kuvauksen alta kieli {language}, paina ”{button}” ja siirrä teksti"
    " uuteen kenttään. Silloin lukijat tietävät, mitä kurdia teksti on.",
    " Om den är det, välj språket {language} under beskrivningen, tryck på ”{button}” och"
    " flytta texten till det nya fältet. Då vet läsarna vilken kurdiska texten är på.",
    " If it is, choose {language} under the description, press “{button}” and move the text"
    " to the new field. Then readers know which Kurdish it is.",
)


def _then(first: tuple[str, str, str], then: tuple[str, str, str]) -> dict[str, str]:
    """Texts in fi, sv and en that go on with the same words in each."""
    return _t(*(a + b for a, b in zip(first, then, strict=True)))


WARNING_TEXTS: dict[str, dict[str, str]] = {
    "map.field": _t(
        "Tarkista karttapiste (voit silti lähettää tiedot):",
        "Kontrollera kartpunkten (du kan ändå skicka uppgifterna):",
        "Check the map point (you can still send the form):",
    ),
    "map.in": _then(
        (
            "Karttapiste on kunnassa {other}, noin {km} km:n päässä kunnasta {own}.",
            "Kartpunkten ligger i {other}, cirka {km} km från {own}.",
            "The map point is in {other}, about {km} km from {own}.",
        ),
        _CHECK_MAP,
    ),
    "map.near": _then(
        (
            "Karttapiste on merellä tai pienellä saarella lähellä kuntaa {other}, noin {km} km:n"
            " päässä kunnasta {own}.",
            "Kartpunkten ligger till havs eller på en liten ö nära {other}, cirka {km} km från"
            " {own}.",
            "The map point is at sea or on a small island near {other}, about {km} km from {own}.",
        ),
        _CHECK_MAP,
    ),
    "map.abroad": _then(
        (
            "Karttapiste on Suomen ulkopuolella tai merellä, noin {km} km:n päässä kunnasta {own}.",
            "Kartpunkten ligger utanför Finland eller till havs, cirka {km} km från {own}.",
            "The map point is outside Finland or at sea, about {km} km from {own}.",
        ),
        _CHECK_MAP,
    ),
    "map.swapped.field": _t(
        "Tarkista karttapiste:", "Kontrollera kartpunkten:", "Check the map point:"
    ),
    "map.swapped": _t(
        "Leveysaste ja pituusaste näyttävät olevan väärin päin. Kirjoita leveysasteeksi {lat}"
        " ja pituusasteeksi {lon}.",
        "Latitud och longitud verkar ha bytt plats. Skriv {lat} som latitud och {lon} som"
        " longitud.",
        "The latitude and longitude seem to be the wrong way round. Write {lat} as the latitude"
        " and {lon} as the longitude.",
    ),
    "check.map.heading": _t(
        "Karttapiste on kaukana paikan kunnasta",
        "Kartpunkten ligger långt från platsens kommun",
        "A map point is far from its municipality",
    ),
    "check.map.lead": _t(
        "Tarkista alla olevan paikan koordinaatit ja kunta. Voit muuttaa niitä tai lähettää"
        " tiedot silti.",
        "Kontrollera koordinaterna och kommunen för platsen nedan. Du kan ändra dem eller"
        " skicka uppgifterna ändå.",
        "Check the coordinates and the municipality of the place below. You can change them,"
        " or send the form anyway.",
    ),
    "deadline.field": _t(
        "Tarkista ilmoittautumisen viimeinen päivä (voit silti lähettää tiedot):",
        "Kontrollera sista anmälningsdagen (du kan ändå skicka uppgifterna):",
        "Check the registration deadline (you can still send the form):",
    ),
    "deadline.passed": _t(
        "Viimeinen ilmoittautumispäivä {date} on jo mennyt, joten sivulla lukee, että"
        " ilmoittautuminen on päättynyt. Jos ilmoittautua voi yhä, muuta päivä tai poista se.",
        "Sista anmälningsdagen {date} har redan passerat, så på sidan står det att anmälan har"
        " stängts. Om man fortfarande kan anmäla sig, ändra datumet eller ta bort det.",
        "The registration deadline, {date}, has already passed, so the page will say that"
        " registration has closed. If people can still register, change the date or remove it.",
    ),
    "check.deadline.heading": _t(
        "Ilmoittautumisen viimeinen päivä on mennyt",
        "Sista anmälningsdagen har passerat",
        "The registration deadline has passed",
    ),
    "check.deadline.lead": _t(
        "Sivulla ei pyydetä ilmoittautumaan, vaan kysymään järjestäjältä vapaista paikoista."
        " Voit muuttaa päivää tai lähettää tiedot silti.",
        "Sidan ber inte om anmälan utan hänvisar till arrangören för frågor om lediga platser."
        " Du kan ändra datumet eller skicka uppgifterna ändå.",
        "The page will not ask people to register, but to ask the organiser about places. You"
        " can change the date, or send the form anyway.",
    ),
    "kurdish.field": _t(
        "Tarkista tekstin kieli (voit silti lähettää tiedot):",
        "Kontrollera textens språk (du kan ändå skicka uppgifterna):",
        "Check the language of the text (you can still send the form):",
    ),
    "kurdish.Arab": _then(
        (
            "Teksti on kirjoitettu arabialaisin kirjaimin, joten se on luultavasti soranin kurdia.",
            "Texten är skriven med arabiska bokstäver, så den är troligen på sorani.",
            "The text is in Arabic letters, so it is probably Sorani.",
        ),
        _MOVE_TEXT,
    ),
    "kurdish.Latn": _then(
        (
            "Teksti on kirjoitettu latinalaisin kirjaimin, joten se on luultavasti kurmandžin"
            " kurdia.",
            "Texten är skriven med latinska bokstäver, så den är troligen på kurmanji.",
            "The text is in Latin letters, so it is probably Kurmanji.",
        ),
        _MOVE_TEXT,
    ),
    "check.kurdish.heading": _t(
        "Mitä kurdia tekstit ovat?",
        "Vilken kurdiska är texterna på?",
        "Which Kurdish are the texts in?",
    ),
    "check.kurdish.lead": _t(
        "Alla olevien tekstien kieleksi on merkitty vain kurdi. Voit valita tarkemman kielen"
        " tai lähettää tiedot silti.",
        "Språket för texterna nedan är bara angivet som kurdiska. Du kan välja ett mer exakt"
        " språk eller skicka uppgifterna ändå.",
        "The texts below are marked only as Kurdish. You can choose which Kurdish, or send the"
        " form anyway.",
    ),
}
