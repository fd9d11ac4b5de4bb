"""Labels of form fields in fi, sv and en, keyed by model path (help texts are in
:mod:`tukena.forms.helptexts`).

A key is the dotted model path without list indices (``schedule.weekly.start``). A path
missing here falls back to its last part (``start``), then to the model's English
``Field(description=...)``, so a new model field still gets a label.
"""

from __future__ import annotations

from tukena.schemas.languages import in_ui_languages as _t

Text = dict[str, str]


LABELS: dict[str, Text] = {
    # shared by several models
    "language": _t("Ilmoituksen pääkieli", "Annonsens huvudspråk", "Main language of the listing"),
    "name": _t("Nimi", "Namn", "Name"),
    "description": _t("Kuvaus", "Beskrivning", "Description"),
    "email": _t("Sähköposti", "E-post", "E-mail"),
    "phone": _t("Puhelin", "Telefon", "Phone"),
    "link": _t("Verkko-osoite", "Webbadress", "Web address"),
    "instructions": _t("Ohjeet", "Anvisningar", "Instructions"),
    "level": _t("Toiminnan taso", "Verksamhetsnivå", "Operating level"),
    "languages": _t("Toiminnan kielet", "Aktivitetens språk", "Languages used in the activity"),
    "municipality": _t("Kunta", "Kommun", "Municipality"),
    "postal_code": _t("Postinumero", "Postnummer", "Postal code"),
    "start": _t("Alkaa", "Börjar", "Starts"),
    "end": _t("Päättyy", "Slutar", "Ends"),
    "note": _t("Lisätietoa", "Mer information", "More information"),
    # activity
    "title": _t("Toiminnan nimi", "Aktivitetens namn", "Name of the activity"),
    "summary": _t("Lyhyt esittely", "Kort presentation", "Short introduction"),
    "organisation": _t("Järjestäjä", "Arrangör", "Organiser"),
    "partners": _t("Yhteistyökumppanit", "Samarbetspartner", "Partners"),
    "forms": _t("Toimintamuoto", "Typ av aktivitet", "Activity type"),
    "category": _t("Luokka", "Kategori", "Category"),
    "phases": _t("Kotoutumisen vaihe", "Skede i integrationen", "Stage of integration"),
    "target_groups": _t("Kenelle", "För vem", "Who it is for"),
    "age": _t("Ikä", "Ålder", "Age"),
    "age.min": _t("Alin ikä", "Lägsta ålder", "Youngest age"),
    "age.max": _t("Ylin ikä", "Högsta ålder", "Oldest age"),
    "language_level": _t(
        "Tarvittava suomen tai ruotsin taito",
        "Kunskaper i finska eller svenska som behövs",
        "Finnish or Swedish skills needed",
    ),
    "support_languages": _t(
        "Apua saa myös näillä kielillä",
        "Hjälp finns också på dessa språk",
        "Help is also available in",
    ),
    "locations": _t("Paikka", "Plats", "Place"),
    "images": _t("Valokuvat", "Foton", "Photos"),
    "logo": _t("Logo", "Logotyp", "Logo"),
    "logo.src": _t("Logon kuvatiedosto", "Logotypens bildfil", "Logo image file"),
    "logo.alt": _t("Logon teksti", "Logotypens text", "The logo's text"),
    "images.src": _t("Valokuva", "Foto", "Photo"),
    "images.alt": _t(
        "Mitä kuvassa näkyy (näkövammaisille)",
        "Vad bilden visar (för synskadade)",
        "What the photo shows (for blind readers)",
    ),
    "locations.name": _t("Paikan nimi", "Platsens namn", "Name of the place"),
    "locations.street_address": _t("Katuosoite", "Gatuadress", "Street address"),
    "locations.coordinates": _t("Karttapiste", "Kartpunkt", "Map point"),
    "locations.coordinates.lat": _t("Leveysaste", "Latitud", "Latitude"),
    "locations.coordinates.lon": _t("Pituusaste", "Longitud", "Longitude"),
    "locations.accessibility": _t("Esteettömyys", "Tillgänglighet", "Accessibility"),
    "locations.accessibility.step_free": _t(
        "Kulku ilman portaita", "Tillträde utan trappor", "Step-free access"
    ),
    "locations.accessibility.accessible_toilet": _t(
        "Esteetön wc", "Tillgänglig toalett", "Accessible toilet"
    ),
    "locations.accessibility.induction_loop": _t("Induktiosilmukka", "Hörslinga", "Induction loop"),
    "locations.accessibility.notes": _t(
        "Muuta esteettömyydestä", "Annat om tillgänglighet", "Other accessibility information"
    ),
    "online": _t("Osallistuminen verkossa", "Delta på nätet", "Taking part online"),
    "online.link": _t("Liittymislinkki", "Länk för att delta", "Link to join"),
    "online.instructions": _t("Ohjeet liittymiseen", "Hur man deltar", "How to join"),
    "schedule": _t("Aikataulu", "Tidtabell", "Schedule"),
    "schedule.season": _t("Kausi", "Säsong", "Season"),
    "schedule.season.start": _t("Kausi alkaa", "Säsongen börjar", "Season starts"),
    "schedule.season.end": _t("Kausi päättyy", "Säsongen slutar", "Season ends"),
    "schedule.weekly": _t("Viikoittaiset ajat", "Veckotider", "Weekly times"),
    "schedule.weekly.weekday": _t("Viikonpäivä", "Veckodag", "Day of the week"),
    "schedule.weekly.start": _t("Alkaa klo", "Börjar kl.", "Starts at"),
    "schedule.weekly.end": _t("Päättyy klo", "Slutar kl.", "Ends at"),
    "schedule.weekly.every": _t("Joka … viikko", "Var … vecka", "Every … weeks"),
    "schedule.exceptions": _t("Tauot", "Pauser", "Breaks"),
    "schedule.exceptions.start": _t("Tauko alkaa", "Pausen börjar", "Break starts"),
    "schedule.exceptions.end": _t("Tauko päättyy", "Pausen slutar", "Break ends"),
    "schedule.exceptions.reason": _t("Syy", "Orsak", "Reason"),
    "schedule.sessions": _t("Tapaamiskerrat", "Träffar", "Sessions"),
    "schedule.sessions.date": _t("Päivä", "Dag", "Date"),
    "schedule.sessions.start": _t("Alkaa klo", "Börjar kl.", "Starts at"),
    "schedule.sessions.end": _t("Päättyy klo", "Slutar kl.", "Ends at"),
    "schedule.sessions.note": _t("Ohjelma", "Program", "What happens"),
    "schedule.note": _t("Muuta aikataulusta", "Annat om tidtabellen", "Other timing information"),
    "cost": _t("Hinta", "Pris", "Cost"),
    "cost.free": _t("Maksuton", "Avgiftsfri", "Free of charge"),
    "cost.fee": _t("Maksu", "Avgift", "Fee"),
    "registration": _t("Ilmoittautuminen", "Anmälan", "Registration"),
    "registration.required": _t(
        "Ilmoittautuminen tarvitaan", "Anmälan krävs", "Registration is needed"
    ),
    "registration.link": _t("Ilmoittautumislomake", "Anmälningsblankett", "Registration form"),
    "registration.email": _t(
        "Ilmoittautuminen sähköpostilla", "Anmälan per e-post", "Register by e-mail"
    ),
    "registration.phone": _t(
        "Ilmoittautuminen puhelimella", "Anmälan per telefon", "Register by phone"
    ),
    "registration.instructions": _t(
        "Miten ilmoittaudutaan", "Hur man anmäler sig", "How to register"
    ),
    "registration.deadline": _t(
        "Viimeinen ilmoittautumispäivä", "Sista anmälningsdag", "Registration deadline"
    ),
    "capacity": _t("Mahtuuko mukaan", "Finns det plats", "Can new people join"),
    "referrals": _t("Ohjatut osallistujat", "Hänvisade deltagare", "Referred participants"),
    "referrals.accepted": _t(
        "Ammattilaisten ohjaamat osallistujat ovat tervetulleita",
        "Deltagare som hänvisas av yrkespersoner är välkomna",
        "Participants referred by professionals are welcome",
    ),
    "referrals.instructions": _t(
        "Ohjeet ohjaavalle ammattilaiselle",
        "Anvisningar för den som hänvisar",
        "How professionals refer a client",
    ),
    "childcare": _t("Lastenhoito järjestetty", "Barnpassning ordnas", "Childcare is available"),
    "contact": _t("Yhteystiedot", "Kontaktuppgifter", "Contact"),
    "contact.name": _t("Tehtävä tai nimi", "Uppgift eller namn", "Role or name"),
    "keywords": _t("Hakusanat", "Sökord", "Search words"),
    "valid_until": _t("Ilmoitus voimassa asti", "Annonsen gäller till", "Show the listing until"),
    # organisation
    "kind": _t("Organisaation tyyppi", "Typ av organisation", "Kind of organisation"),
    "business_id": _t("Y-tunnus", "FO-nummer", "Business ID"),
    "association_register_number": _t(
        "Yhdistysrekisterinumero", "Föreningsregisternummer", "Association register number"
    ),
    "municipalities": _t("Toimintakunnat", "Kommuner", "Municipalities"),
    "regions": _t("Maakunnat", "Landskap", "Regions"),
    "networks": _t("Verkostot", "Nätverk", "Networks"),
    "website": _t("Verkkosivut", "Webbplats", "Website"),
    "address": _t("Osoite", "Adress", "Address"),
    "address.street": _t("Katuosoite", "Gatuadress", "Street address"),
    # problem report
    "target": _t("Ilmoitus", "Annons", "Listing"),
    "problem": _t("Mikä on vialla?", "Vad är fel?", "What is wrong?"),
    "details": _t("Kerro tarkemmin", "Berätta mer", "Tell us more"),
}

_ORG = {
    "name": _t("Organisaation nimi", "Organisationens namn", "Name of the organisation"),
    "description": _t("Mitä organisaatio tekee", "Vad organisationen gör", "What it does"),
    "languages": _t("Työkielet", "Arbetsspråk", "Working languages"),
    "language": _t("Tietojen pääkieli", "Huvudspråk", "Main language of this entry"),
}


#: A row of a part given again and again: what one row is ("Break 2") and the button that adds
#: one ("Add a break"); a part not here has "Breaks 2" and "Add another: Breaks".
ROWS: dict[str, tuple[Text, Text]] = {
    "locations": (
        _t("Paikka", "Plats", "Place"),
        _t("Lisää paikka", "Lägg till en plats", "Add a place"),
    ),
    "schedule.weekly": (
        _t("Viikoittainen aika", "Veckotid", "Weekly time"),
        _t("Lisää viikoittainen aika", "Lägg till en veckotid", "Add a weekly time"),
    ),
    "schedule.exceptions": (
        _t("Tauko", "Paus", "Break"),
        _t("Lisää tauko", "Lägg till en paus", "Add a break"),
    ),
    "schedule.sessions": (
        _t("Tapaamiskerta", "Träff", "Session"),
        _t("Lisää tapaamiskerta", "Lägg till en träff", "Add a session"),
    ),
    "images": (
        _t("Valokuva", "Foto", "Photo"),
        _t("Lisää valokuva", "Lägg till ett foto", "Add a photo"),
    ),
}


def label(path: str, lang: str, kind: str = "activity", default: str = "") -> str:
    """The label of a field in a UI language."""
    texts = (_ORG.get(path) if kind == "organisation" else None) or LABELS.get(path)
    if texts is None:
        texts = LABELS.get(path.rsplit(".", 1)[-1])
    if texts is None:
        return default or path.rsplit(".", 1)[-1].replace("_", " ").capitalize()
    return texts.get(lang, texts["en"])


def labels(path: str, kind: str = "activity", default: str = "") -> Text:
    """The label of a field in every UI language."""
    return {lang: label(path, lang, kind, default) for lang in ("fi", "sv", "en")}
