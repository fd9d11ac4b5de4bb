"""The error messages of the forms in fi, sv and en, by key (see :mod:`tukena.forms.messages`
for how a validation error gets its key)."""

from __future__ import annotations

from tukena.forms.datefaults import DATE_MESSAGES
from tukena.schemas.languages import in_ui_languages as _t

MESSAGES: dict[str, dict[str, str]] = {
    "required": _t("Täytä tämä kohta.", "Fyll i det här fältet.", "Fill in this field."),
    "required_part": _t(
        "Täytä tämän osan tiedot.", "Fyll i uppgifterna i den här delen.", "Fill in this part."
    ),
    "localised": _t(
        "Kirjoita ainakin yhdellä kielellä.",
        "Skriv på minst ett språk.",
        "Write it in at least one language.",
    ),
    "boolean": _t("Valitse kyllä tai ei.", "Välj ja eller nej.", "Choose yes or no."),
    "date": _t(
        "Anna päivämäärä muodossa VVVV-KK-PP, esim. 2026-09-01.",
        "Ange datum i formatet ÅÅÅÅ-MM-DD, t.ex. 2026-09-01.",
        "Give the date as YYYY-MM-DD, e.g. 2026-09-01.",
    ),
    "time": _t(
        "Anna kellonaika muodossa TT:MM, esim. 17:00.",
        "Ange klockslaget i formatet TT:MM, t.ex. 17:00.",
        "Give the time as HH:MM, e.g. 17:00.",
    ),
    "whole_number": _t("Anna kokonaisluku.", "Ange ett heltal.", "Give a whole number."),
    "number": _t(
        "Anna luku numeroin, esim. 12 tai 2.5.",
        "Ange ett tal med siffror, t.ex. 12 eller 2.5.",
        "Give a number in figures, e.g. 12 or 2.5.",
    ),
    "at_least": _t(
        "Pienin sallittu arvo on {limit}.",
        "Minsta tillåtna värde är {limit}.",
        "The smallest allowed value is {limit}.",
    ),
    "at_most": _t(
        "Suurin sallittu arvo on {limit}.",
        "Största tillåtna värde är {limit}.",
        "The largest allowed value is {limit}.",
    ),
    "choose_at_least": _t(
        "Valitse vähintään {min_length}.",
        "Välj minst {min_length}.",
        "Choose at least {min_length}.",
    ),
    "too_short": _t(
        "Kirjoita vähintään {min_length} merkkiä.",
        "Skriv minst {min_length} tecken.",
        "Write at least {min_length} characters.",
    ),
    "too_long": _t(
        "Teksti on liian pitkä: enintään {max_length} merkkiä.",
        "Texten är för lång: högst {max_length} tecken.",
        "The text is too long: at most {max_length} characters.",
    ),
    "choice": _t(
        "Valitse jokin vaihtoehdoista.", "Välj ett av alternativen.", "Choose one of the options."
    ),
    "email": _t(
        "Tarkista sähköpostiosoite, esim. nimi@esimerkki.fi.",
        "Kontrollera e-postadressen, t.ex. namn@exempel.fi.",
        "Check the e-mail address, e.g. name@example.fi.",
    ),
    "municipality": _t("Tuntematon kunta.", "Okänd kommun.", "Unknown municipality."),
    "municipality_suggestion": _t(
        "Tuntematon kunta. Tarkoititko {suggestion}?",
        "Okänd kommun. Menade du {suggestion}?",
        "Unknown municipality. Did you mean {suggestion}?",
    ),
    "region": _t("Tuntematon maakunta.", "Okänt landskap.", "Unknown region."),
    "language": _t("Tuntematon kieli.", "Okänt språk.", "Unknown language."),
    "phone": _t(
        "Tarkista puhelinnumero, esim. 040 123 4567 tai +358 40 123 4567.",
        "Kontrollera telefonnumret, t.ex. 040 123 4567 eller +358 40 123 4567.",
        "Check the phone number, e.g. 040 123 4567 or +358 40 123 4567.",
    ),
    "url": _t(
        "Anna verkko-osoite, joka alkaa https://",
        "Ange en webbadress som börjar med https://",
        "Give a web address starting with https://",
    ),
    "postal_code": _t(
        "Postinumerossa on viisi numeroa, esim. 00100.",
        "Postnumret har fem siffror, t.ex. 00100.",
        "A postal code has five digits, e.g. 00100.",
    ),
    "bidi": _t(
        "Teksti sisältää näkymättömän, tekstin suuntaa muuttavan merkin ({codepoint}). Poista se.",
        "Texten innehåller ett osynligt tecken som ändrar textriktningen ({codepoint}). Ta bort det.",
        "The text contains an invisible character that changes the text direction ({codepoint}). "
        "Please remove it.",
    ),
    "invisible": _t(
        "Teksti sisältää näkymättömän merkin ({codepoint}). Poista se.",
        "Texten innehåller ett osynligt tecken ({codepoint}). Ta bort det.",
        "The text contains an invisible character ({codepoint}). Please remove it.",
    ),
    "unknown_organisation": _t(
        "Organisaatiota ei löydy. Valitse se listasta tai lisää organisaatio ensin.",
        "Organisationen finns inte. Välj den i listan eller lägg först till organisationen.",
        "The organisation was not found. Choose it from the list or add the organisation first.",
    ),
    "unknown_listing": _t(
        "Ilmoitusta ei löydy.", "Annonsen finns inte.", "The listing was not found."
    ),
    "place_or_online": _t(
        "Anna ainakin yksi paikka tai kerro, miten verkossa osallistutaan.",
        "Ange minst en plats eller berätta hur man deltar på nätet.",
        "Give at least one place, or say how to take part online.",
    ),
    "own_partner": _t(
        "Järjestäjä ei voi olla oma yhteistyökumppaninsa.",
        "Arrangören kan inte vara sin egen samarbetspartner.",
        "The organiser cannot be its own partner.",
    ),
    "valid_until_past": _t(
        "Päivä ei voi olla menneisyydessä.",
        "Datumet kan inte ligga i det förflutna.",
        "The date cannot be in the past.",
    ),
    "contact_needed": _t(
        "Anna sähköposti, puhelinnumero tai linkki.",
        "Ange e-post, telefonnummer eller länk.",
        "Give an e-mail address, a phone number or a link.",
    ),
    "online_needed": _t(
        "Anna liittymislinkki tai ohjeet.",
        "Ange en länk eller anvisningar.",
        "Give a link or instructions.",
    ),
    "local_needs_municipalities": _t(
        "Valitse ainakin yksi kunta.", "Välj minst en kommun.", "Choose at least one municipality."
    ),
    "regional_needs_area": _t(
        "Valitse ainakin yksi maakunta tai kunta.",
        "Välj minst ett landskap eller en kommun.",
        "Choose at least one region or municipality.",
    ),
    "fee_needed": _t(
        "Kerro maksu, kun toiminta ei ole maksutonta.",
        "Ange avgiften när aktiviteten inte är avgiftsfri.",
        "Give the fee when it is not free.",
    ),
    "registration_how": _t(
        "Kerro, miten ilmoittaudutaan: linkki, sähköposti, puhelin tai ohjeet.",
        "Berätta hur man anmäler sig: länk, e-post, telefon eller anvisningar.",
        "Say how to register: a link, e-mail, phone or instructions.",
    ),
    "age_order": _t(
        "Ylin ikä ei voi olla pienempi kuin alin ikä.",
        "Högsta åldern kan inte vara lägre än lägsta åldern.",
        "The oldest age cannot be below the youngest age.",
    ),
    "date_order": _t(
        "Loppupäivä ei voi olla ennen alkupäivää.",
        "Slutdagen kan inte vara före startdagen.",
        "The end date cannot be before the start date.",
    ),
    "time_order": _t(
        "Päättymisajan pitää olla alkamisajan jälkeen.",
        "Sluttiden måste vara efter starttiden.",
        "The end time must be after the start time.",
    ),
    "season_needed": _t(
        "Viikoittaisille ajoille tarvitaan kauden alkupäivä.",
        "Veckotider behöver ett startdatum för säsongen.",
        "Weekly times need the start date of the season.",
    ),
    "weekly_needed": _t(
        "Anna ainakin yksi viikoittainen aika.",
        "Ange minst en veckotid.",
        "Give at least one weekly time.",
    ),
    "not_one_off": _t(
        "Anna viikoittaiset ajat tai vähintään kaksi tapaamiskertaa. Yksittäinen tapahtuma ei ole "
        "jatkuvaa toimintaa.",
        "Ange veckotider eller minst två träffar. Ett enstaka evenemang är ingen fortlöpande "
        "aktivitet.",
        "Give weekly times or at least two sessions. A single event is not an ongoing activity.",
    ),
    "business_id": _t(
        "Tarkista Y-tunnus, esim. 1234567-1.",
        "Kontrollera FO-numret, t.ex. 1234567-1.",
        "Check the business ID, e.g. 1234567-1.",
    ),
    "register_number": _t(
        "Tarkista rekisterinumero, esim. 123.456.",
        "Kontrollera registernumret, t.ex. 123.456.",
        "Check the register number, e.g. 123.456.",
    ),
    "details_needed": _t(
        "Kerro lyhyesti, mikä on vialla.",
        "Berätta kort vad som är fel.",
        "Tell us briefly what is wrong.",
    ),
    "already_confirmed": _t(
        "Ilmoitus on jo vahvistettu tänään.",
        "Annonsen har redan bekräftats i dag.",
        "The listing has already been confirmed today.",
    ),
    "nothing_changed": _t(
        "Mitään ei muutettu, ja tiedot on jo vahvistettu tänään.",
        "Inget har ändrats, och uppgifterna har redan bekräftats i dag.",
        "Nothing was changed, and the details have already been confirmed today.",
    ),
    "ended_copy_instead": _t(
        "Toiminta on päättynyt. Jos se jatkuu, kopioi se uudeksi ilmoitukseksi ilmoituksen"
        " sivulta.",
        "Aktiviteten har upphört. Om den fortsätter, kopiera den som en ny annons på"
        " annonsens sida.",
        "The activity has ended. If it goes on, copy it as a new listing from its page.",
    ),
    "photo_unreadable": _t(
        "Tiedostoa ei voi lukea kuvana. Lähetä JPEG-, PNG-, WebP- tai HEIC-kuva.",
        "Filen kan inte läsas som en bild. Skicka en JPEG-, PNG-, WebP- eller HEIC-bild.",
        "The file cannot be read as a photo. Send a JPEG, PNG, WebP or HEIC image.",
    ),
    "photo_too_large": _t(
        "Kuva on liian suuri: enintään {max} Mt.",
        "Bilden är för stor: högst {max} MB.",
        "The photo is too large: at most {max} MB.",
    ),
    "photo_too_many_pixels": _t(
        "Kuvassa on liikaa pikseleitä: enintään {max} miljoonaa.",
        "Bilden har för många pixlar: högst {max} miljoner.",
        "The photo has too many pixels: at most {max} million.",
    ),
    "photo_hold_full": _t(
        "Kuvaa ei tallennettu: internetyhteydestäsi on lähetetty viime aikoina liikaa kuvia"
        " (enintään {max} Mt). Lähetä lomake ilman tätä kuvaa tai yritä myöhemmin uudelleen.",
        "Bilden sparades inte: för många bilder har skickats från din internetanslutning den"
        " senaste tiden (högst {max} MB). Skicka formuläret utan den här bilden eller försök"
        " igen senare.",
        "The photo was not saved: too many photos have been sent from your internet connection"
        " recently (at most {max} MB). Send the form without this photo, or try again later.",
    ),
    "photo_hold_busy": _t(
        "Kuvaa ei tallennettu: palvelu ei juuri nyt voi säilyttää enempää keskeneräisten"
        " lomakkeiden kuvia. Lähetä lomake ilman tätä kuvaa tai yritä myöhemmin uudelleen.",
        "Bilden sparades inte: tjänsten kan just nu inte spara fler bilder från formulär som"
        " inte har skickats. Skicka formuläret utan den här bilden eller försök igen senare.",
        "The photo was not saved: the service cannot keep any more photos of forms not sent"
        " yet right now. Send the form without this photo, or try again later.",
    ),
    "photo_missing": _t(
        "Kuvaa ei ole enää tallessa. Valitse kuvatiedosto uudelleen.",
        "Bilden finns inte längre kvar. Välj bildfilen på nytt.",
        "The photo is no longer kept. Please choose the photo file again.",
    ),
    "invalid": _t("Tarkista tämä kohta.", "Kontrollera det här fältet.", "Please check this."),
    #: a date written as asked that names no day (:mod:`tukena.forms.datefaults`)
    **DATE_MESSAGES,
}
