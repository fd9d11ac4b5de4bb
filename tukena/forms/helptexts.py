"""Help texts of form fields in fi, sv and en, keyed by model path (the dotted path
without list indices, as :mod:`tukena.forms.labels`). A field without one has none."""

from __future__ import annotations

from tukena.schemas.languages import in_ui_languages as _t

Text = dict[str, str]


HELP: dict[str, Text] = {
    "title": _t(
        "Kirjoita ainakin yhdellä kielellä. Muut kielet ovat vapaaehtoisia.",
        "Skriv på minst ett språk. Övriga språk är frivilliga.",
        "Write it in at least one language. The other languages are optional.",
    ),
    "summary": _t(
        "Yksi tai kaksi lausetta, jotka näkyvät hakutuloksissa.",
        "En eller två meningar som visas i sökresultaten.",
        "One or two sentences shown in search results.",
    ),
    "description": _t(
        "Pidempi kuvaus. Voit käyttää Markdown-muotoilua.",
        "En längre beskrivning. Du kan använda Markdown.",
        "A longer description. You can use Markdown.",
    ),
    "language": _t(
        "Kieli, jolla ilmoitus on pääasiassa kirjoitettu.",
        "Språket som annonsen huvudsakligen är skriven på.",
        "The language the listing is mainly written in.",
    ),
    "languages": _t(
        "Kielet, joita toiminnassa puhutaan.",
        "Språk som talas i aktiviteten.",
        "Languages spoken in the activity.",
    ),
    "organisation": _t(
        "Puuttuuko organisaatiosi listalta? Lisää se ensin omalla lomakkeellaan ja palaa"
        " sitten tähän.",
        "Saknas din organisation i listan? Lägg först till den med dess eget formulär och kom"
        " sedan tillbaka hit.",
        "Is your organisation not in the list? Add it first with its own form, then come back"
        " to this one.",
    ),
    "category": _t(
        "Tuki: apua arkeen ja kotoutumiseen, esim. neuvonta tai läksyapu. Osallistuminen:"
        " yhdessä tekemistä, esim. kerhot ja liikunta. Mukaan toimintaan: kutsu mukaan"
        " organisaation omaan toimintaan, esim. vapaaehtoiseksi.",
        "Stöd: hjälp i vardagen och med integrationen, t.ex. rådgivning eller läxhjälp."
        " Delaktighet: att göra saker tillsammans, t.ex. klubbar och motion. Med i"
        " verksamheten: en inbjudan till organisationens egen verksamhet, t.ex. som frivillig.",
        "Support: help with daily life and settling in, e.g. advice or homework help."
        " Participation: doing things together, e.g. clubs and sports. Joining the"
        " organisation's activity: an invitation to take part in the organisation itself, e.g."
        " as a volunteer.",
    ),
    "phases": _t(
        "Jätä tyhjäksi, jos toiminta sopii kaikille.",
        "Lämna tomt om aktiviteten passar alla.",
        "Leave empty if it suits everyone.",
    ),
    "locations": _t(
        "Tyhjennä paikan kaikki kentät poistaaksesi sen.",
        "Töm alla fält för en plats för att ta bort den.",
        "Clear all fields of a place to remove it.",
    ),
    "images": _t(
        "Vapaaehtoinen. Älä lähetä kuvaa, jossa on tunnistettavia ihmisiä, ilman heidän lupaansa.",
        "Frivilligt. Skicka inte en bild med igenkännbara personer utan deras tillstånd.",
        "Optional. Do not send a photo in which people can be recognised unless they agree to it.",
    ),
    "images.src": _t(
        "JPEG, PNG, WebP tai HEIC. Kuva pienennetään, ja siitä poistetaan sijainti ja muut"
        " tiedot kamerasta.",
        "JPEG, PNG, WebP eller HEIC. Bilden förminskas, och platsen och andra uppgifter från"
        " kameran tas bort.",
        "JPEG, PNG, WebP or HEIC. The photo is made smaller, and its location and other camera"
        " data are removed.",
    ),
    "logo.src": _t(
        "PNG, JPEG tai WebP (ei SVG). Läpinäkyvät kohdat säilyvät.",
        "PNG, JPEG eller WebP (inte SVG). Genomskinliga delar behålls.",
        "PNG, JPEG or WebP (not SVG). Transparent parts are kept.",
    ),
    "logo.alt": _t(
        "Yleensä organisaation nimi sellaisena kuin se logossa lukee.",
        "Oftast organisationens namn så som det står i logotypen.",
        "Usually the organisation's name as the logo writes it.",
    ),
    "images.alt": _t(
        "Esim. ”Neljä naista kutoo pöydän ääressä”.",
        "T.ex. ”Fyra kvinnor stickar vid ett bord”.",
        "E.g. “Four women knitting at a table”.",
    ),
    "locations.municipality": _t(
        "Valitse kunta, jossa toiminta kokoontuu.",
        "Välj kommunen där aktiviteten träffas.",
        "Choose the municipality where the activity meets.",
    ),
    "online": _t(
        "Täytä, jos toimintaan voi osallistua verkossa.",
        "Fyll i om man kan delta på nätet.",
        "Fill in if people can take part online.",
    ),
    "schedule.season": _t(
        "Viikoittaisella toiminnalla on kausi. Jätä loppupäivä tyhjäksi, jos toiminta jatkuu.",
        "Veckovisa aktiviteter har en säsong. Lämna slutdagen tom om aktiviteten fortsätter.",
        "Weekly activities run in a season. Leave the end empty if it goes on.",
    ),
    "schedule.weekly": _t(
        "Tyhjennä rivin kaikki kentät poistaaksesi sen.",
        "Töm alla fält på en rad för att ta bort den.",
        "Clear all fields of a row to remove it.",
    ),
    "schedule.sessions": _t(
        "Kurssille tai sarjalle: anna vähintään kaksi päivää. Viikoittaiselle toiminnalle jätä tyhjäksi.",
        "För en kurs eller serie: ange minst två dagar. Lämna tomt för veckovisa aktiviteter.",
        "For a course or series: give at least two dates. Leave empty for weekly activities.",
    ),
    "schedule.weekly.start": _t(
        "Muoto TT:MM, esim. 17:00", "Format TT:MM, t.ex. 17:00", "HH:MM, e.g. 17:00"
    ),
    "schedule.weekly.end": _t(
        "Muoto TT:MM, esim. 19:00", "Format TT:MM, t.ex. 19:00", "HH:MM, e.g. 19:00"
    ),
    "cost.fee": _t(
        "Pakollinen, jos toiminta ei ole maksutonta.",
        "Obligatorisk om aktiviteten inte är avgiftsfri.",
        "Required when it is not free.",
    ),
    "registration.instructions": _t(
        "Jos ilmoittautuminen tarvitaan, kerro miten: linkki, sähköposti, puhelin tai ohje.",
        "Om anmälan krävs, berätta hur: länk, e-post, telefon eller anvisning.",
        "If registration is needed, say how: a link, e-mail, phone or instructions.",
    ),
    "contact": _t(
        "Julkinen yhteystieto kysymyksiä varten: sähköposti, puhelin tai linkki.",
        "Offentlig kontakt för frågor: e-post, telefon eller länk.",
        "A public contact for questions: e-mail, phone or a link.",
    ),
    "keywords": _t("Yksi hakusana riviä kohden.", "Ett sökord per rad.", "One word per line."),
    "networks": _t("Yksi verkosto riviä kohden.", "Ett nätverk per rad.", "One network per line."),
    "valid_until": _t(
        "Ilmoitus piilotetaan tämän päivän jälkeen.",
        "Annonsen döljs efter detta datum.",
        "The listing is hidden after this date.",
    ),
    "business_id": _t("Esim. 1234567-1", "T.ex. 1234567-1", "E.g. 1234567-1"),
    "association_register_number": _t("Esim. 123.456", "T.ex. 123.456", "E.g. 123.456"),
    "municipalities": _t(
        "Paikallisella organisaatiolla pitää olla ainakin yksi kunta.",
        "En lokal organisation behöver minst en kommun.",
        "A local organisation needs at least one municipality.",
    ),
    "regions": _t(
        "Jos valitset myös kuntia, organisaatio näkyy vain niissä. Ilman kuntia se näkyy"
        " maakunnan kaikissa kunnissa.",
        "Om du också väljer kommuner visas organisationen bara i dem. Utan kommuner visas den"
        " i alla kommuner i landskapet.",
        "If you also choose municipalities, the organisation is shown in those only. Without"
        " municipalities it is shown in every municipality of the region.",
    ),
    "details": _t(
        "Älä kirjoita tähän henkilötietoja.",
        "Skriv inte personuppgifter här.",
        "Please do not write personal details here.",
    ),
}


#: The text of the link after a help text, where the form has an address for it
#: (:func:`tukena.forms.render.build_view`'s ``links``).
LINKS: dict[str, Text] = {
    "organisation": _t(
        "Lomake uudelle organisaatiolle",
        "Formuläret för en ny organisation",
        "The form for a new organisation",
    ),
}


def help_link(path: str) -> Text:
    """The text of the link after a field's help text in every UI language, or none."""
    return dict(LINKS.get(path, {}))


def help_texts(path: str) -> Text:
    """The help text of a field in every UI language, or an empty mapping."""
    return dict(HELP.get(path, {}))
