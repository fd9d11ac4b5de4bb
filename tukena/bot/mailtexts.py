"""Texts of the reminders to organisers, and of the page that stops them, in fi, sv and en."""

from __future__ import annotations

from tukena.schemas.languages import in_ui_languages as _t

TEXTS: dict[str, dict[str, str]] = {
    "subject": _t(
        "Ovatko ilmoituksenne yhä ajan tasalla? – {site}",
        "Stämmer era annonser fortfarande? – {site}",
        "Are your listings still up to date? – {site}",
    ),
    "greeting": _t("Hei,", "Hej,", "Hello,"),
    "intro": _t(
        "Tämä osoite on yhteystietona alla olevissa ilmoituksissa sivustolla {site}. Sivusto"
        " merkitsee ilmoituksen mahdollisesti vanhentuneeksi, kun sen tietoja ei ole vahvistettu"
        " {months} kuukauteen. Ohjaustyön ammattilaiset ohjaavat asiakkaitaan toimintaan, jonka"
        " tiedot ovat ajan tasalla.",
        "Den här adressen är kontaktuppgift i annonserna nedan på webbplatsen {site}."
        " Webbplatsen markerar en annons som möjligen föråldrad när dess uppgifter inte har"
        " bekräftats på {months} månader. Yrkespersoner inom vägledning hänvisar sina klienter till"
        " aktiviteter vars uppgifter är aktuella.",
        "This address is the contact of the listings below on {site}. The site marks a listing"
        " as possibly out of date when its details have not been confirmed for {months} months."
        " Guidance professionals refer their clients to activities whose details are current.",
    ),
    "due": _t(
        "Vahvistettu viimeksi {verified}. Merkitään mahdollisesti vanhentuneeksi {stale_from}.",
        "Senast bekräftad {verified}. Markeras som möjligen föråldrad {stale_from}.",
        "Last confirmed on {verified}. It will be marked as possibly out of date on {stale_from}.",
    ),
    "stale": _t(
        "Vahvistettu viimeksi {verified}. Merkitty mahdollisesti vanhentuneeksi {stale_from}"
        " alkaen.",
        "Senast bekräftad {verified}. Markerad som möjligen föråldrad sedan {stale_from}.",
        "Last confirmed on {verified}. Marked as possibly out of date since {stale_from}.",
    ),
    "lapsed": _t(
        "Vahvistettu viimeksi {verified}. Ilmoitus oli voimassa {valid_until} asti, joten"
        " sivusto näyttää toiminnan nyt päättyneenä, vaikka aikataulun mukaan kertoja on vielä"
        " tulossa. Jos toiminta jatkuu, anna kohtaan ”Ilmoitus voimassa asti” uusi päivämäärä tai"
        " jätä kohta tyhjäksi. Jos toiminta on päättynyt, kerro siitä.",
        "Senast bekräftad {verified}. Annonsen gällde till {valid_until}, så webbplatsen visar"
        " nu aktiviteten som avslutad, trots att det enligt schemat finns fler träffar framöver."
        " Om aktiviteten fortsätter, ange ett nytt datum i fältet ”Annonsen gäller till” eller"
        " lämna det tomt. Om aktiviteten har upphört, meddela oss det.",
        "Last confirmed on {verified}. It was to be shown until {valid_until}, so the site now"
        " shows the activity as ended, although its schedule has sessions to come. If it goes"
        " on, give a new date under “Show the listing until”, or leave it empty. If it has"
        " ended, let us know.",
    ),
    "organisation": _t("Organisaation tiedot", "Organisationens uppgifter", "Organisation details"),
    "page": _t("Sivu", "Sidan", "The page"),
    "confirm": _t(
        "Tiedot pitävät yhä paikkansa", "Uppgifterna stämmer fortfarande", "The details are correct"
    ),
    "update": _t("Jotain on muuttunut", "Något har ändrats", "Something has changed"),
    "update_organisation": _t(
        "Tarkista ja vahvista tiedot", "Granska och bekräfta uppgifterna", "Check and confirm"
    ),
    "lapsed_update": _t(
        "Toiminta jatkuu: anna uusi päivämäärä",
        "Aktiviteten fortsätter: ange ett nytt datum",
        "It goes on: give a new date",
    ),
    "ended": _t("Toiminta on päättynyt", "Aktiviteten har upphört", "The activity has ended"),
    "how": _t(
        "Vahvistaminen vie hetken, eikä siihen tarvita tunnuksia. Ylläpitäjät tarkistavat"
        " muutokset ennen kuin ne julkaistaan.",
        "Det går snabbt att bekräfta och kräver inget konto. Administratörerna granskar ändringarna"
        " innan de publiceras.",
        "Confirming takes a moment and needs no account. The maintainers check every change"
        " before it is published.",
    ),
    "replies": _t(
        "Vastaukset tähän viestiin menevät sivuston ylläpitäjille.",
        "Svar på det här meddelandet går till webbplatsens administratörer.",
        "Replies to this message reach the site's maintainers.",
    ),
    "automatic": _t(
        "Tämä on automaattinen muistutus sivustolta {site}.",
        "Det här är en automatisk påminnelse från {site}.",
        "This is an automatic reminder from {site}.",
    ),
    "stop": _t(
        "Etkö halua näitä muistutuksia tähän osoitteeseen? {url}",
        "Vill du inte få de här påminnelserna till den här adressen? {url}",
        "Don't want these reminders at this address? {url}",
    ),
    "in_english": _t("In English", "In English", "In English"),
    "stop.title": _t("Muistutusten lopettaminen", "Avsluta påminnelser", "Stop reminders"),
    "stop.question": _t(
        "Lopetetaanko muistutukset osoitteeseen {address}? Ilmoitukset pysyvät sivustolla, ja"
        " niiden tiedot voi yhä vahvistaa ilmoituksen sivulta.",
        "Ska påminnelserna till {address} avslutas? Annonserna finns kvar på webbplatsen, och"
        " deras uppgifter kan fortfarande bekräftas på annonsens sida.",
        "Stop the reminders to {address}? The listings stay on the site, and their details can"
        " still be confirmed from each listing's page.",
    ),
    "stop.button": _t("Lopeta muistutukset", "Avsluta påminnelserna", "Stop the reminders"),
    "stop.done": _t(
        "Osoitteeseen {address} ei enää lähetetä muistutuksia.",
        "Inga fler påminnelser skickas till {address}.",
        "No more reminders will be sent to {address}.",
    ),
    "stop.invalid": _t(
        "Linkki ei ole kelvollinen. Kopioi koko linkki muistutusviestistä.",
        "Länken är inte giltig. Kopiera hela länken från påminnelsen.",
        "This link is not valid. Copy the whole link from the reminder.",
    ),
}


def text(key: str, lang: str, **params: object) -> str:
    """A text in a UI language (English when missing), with ``{name}`` parameters filled."""
    texts = TEXTS[key]
    value = texts.get(lang, texts["en"])
    return value.format(**params) if params else value
