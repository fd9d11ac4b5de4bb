"""Texts of the form pages themselves (headings, buttons, notices) in fi, sv and en."""

from __future__ import annotations

from tukena.forms.checktexts import CHECK_TEXTS
from tukena.forms.markuptexts import MARKUP_TEXTS
from tukena.forms.roundtexts import ROUND_TEXTS
from tukena.forms.seasontexts import SEASON_TEXTS
from tukena.forms.warningtexts import WARNING_TEXTS
from tukena.schemas.languages import UI_LANGUAGES
from tukena.schemas.languages import in_ui_languages as _t

TEXTS: dict[str, dict[str, str]] = {
    "heading.activity-new": _t(
        "Lisää uusi toiminta", "Lägg till ny aktivitet", "Add a new activity"
    ),
    "heading.activity-update": _t(
        "Ehdota muutoksia: {title}", "Föreslå ändringar: {title}", "Suggest changes: {title}"
    ),
    "heading.activity-copy": _t(
        "Kopioi uudeksi toiminnaksi: {title}",
        "Kopiera som ny aktivitet: {title}",
        "Copy as a new activity: {title}",
    ),
    "heading.activity-confirm": _t(
        "Vahvista tiedot ajantasaisiksi: {title}",
        "Bekräfta att uppgifterna är aktuella: {title}",
        "Confirm the listing is current: {title}",
    ),
    "confirm_current": _t(
        "Pitävätkö ilmoituksen tiedot yhä paikkansa? Vahvista ne tästä, niin ilmoituksen"
        " tarkistuspäiväksi tulee tämä päivä, kun ylläpitäjä on hyväksynyt sen. Jos jokin on"
        " muuttunut, valitse ilmoituksen sivulta ”Päivitä ilmoitus”.",
        "Stämmer annonsens uppgifter fortfarande? Bekräfta dem här, så blir dagens datum"
        " annonsens granskningsdatum när en administratör har godkänt det. Om något har"
        " ändrats, välj ”Uppdatera annonsen” på annonsens sida.",
        "Are the listing's details still correct? Confirm them here, and today becomes the"
        " date the listing was last confirmed once a maintainer has approved it. If anything"
        " has changed, choose “Update this listing” on the listing's page instead.",
    ),
    "heading.organisation-update": _t(
        "Ehdota muutoksia: {title}", "Föreslå ändringar: {title}", "Suggest changes: {title}"
    ),
    "heading.organisation-new": _t(
        "Lisää uusi organisaatio", "Lägg till ny organisation", "Add a new organisation"
    ),
    "heading.report": _t("Ilmoita virheestä", "Meddela ett fel", "Report a problem with a listing"),
    "intro": _t(
        "Ylläpitäjät tarkistavat tiedot ennen julkaisua. Pakolliset kohdat on merkitty.",
        "Administratörerna granskar uppgifterna före publicering. Obligatoriska fält är märkta.",
        "The maintainers check the details before they are published. Required fields are marked.",
    ),
    "intro.confirm": _t(
        "Ylläpitäjät tarkistavat vahvistuksen ennen julkaisua.",
        "Administratörerna granskar bekräftelsen före publicering.",
        "The maintainers check the confirmation before it is published.",
    ),
    "required": _t("pakollinen", "obligatorisk", "required"),
    "required_if": _t(
        "pakollinen, jos täytät tämän osan",
        "obligatorisk om du fyller i den här delen",
        "required if you fill in this part",
    ),
    "optional": _t("vapaaehtoinen", "frivillig", "optional"),
    "yes": _t("Kyllä", "Ja", "Yes"),
    "no": _t("Ei", "Nej", "No"),
    "unknown": _t("En tiedä", "Vet inte", "Not known"),
    "choose": _t("Valitse", "Välj", "Choose"),
    "row": _t("{label} {number}", "{label} {number}", "{label} {number}"),
    "add_row": _t("Lisää rivi: {label}", "Lägg till rad: {label}", "Add another: {label}"),
    "in_language.fi": _t("suomeksi", "på finska", "in Finnish"),
    "in_language.sv": _t("ruotsiksi", "på svenska", "in Swedish"),
    "in_language.en": _t("englanniksi", "på engelska", "in English"),
    "in_language.other": _t("kielellä {name}", "på {name}", "in {name}"),
    "add_language.label.activity": _t(
        "Ilmoituksen tekstit myös muulla kielellä",
        "Annonsens texter också på ett annat språk",
        "The listing's texts in another language too",
    ),
    "add_language.help.activity": _t(
        "Nimi, esittely ja kuvaus saavat kentät tällä kielellä, samoin muut tekstit: aikataulun "
        "lisätieto, ohjeet verkossa osallistumiseen, maksu, ilmoittautumis- ja ohjausohjeet "
        "sekä yhteystieto. Toiminnan sivu näyttää ne myös tällä kielellä niille, jotka lukevat "
        "sitä.",
        "Namnet, presentationen och beskrivningen får fält på det språket, liksom de andra "
        "texterna: mer information om tidtabellen, hur man deltar på nätet, avgiften, hur man "
        "anmäler sig och hänvisar, kontakten. Aktivitetens sida visar dem också på det språket, "
        "för dem som läser det.",
        "The name, introduction and description get inputs in that language, and so do the "
        "other texts: more about the schedule, how to join online, the fee, how to register "
        "and to refer, the contact. The activity's page shows them in that language too, for "
        "those who read it.",
    ),
    "add_language.label.organisation": _t(
        "Nimi ja kuvaus myös muulla kielellä",
        "Namn och beskrivning också på ett annat språk",
        "The name and description in another language too",
    ),
    "add_language.help.organisation": _t(
        "Organisaation sivu näyttää nämä tekstit myös tällä kielellä niille, jotka lukevat sitä.",
        "Organisationens sida visar de här texterna också på det språket, för dem som läser det.",
        "The organisation's page shows these texts in that language too, for those who read it.",
    ),
    "add_language.choose": _t("Valitse kieli", "Välj ett språk", "Choose a language"),
    "add_language.button": _t("Lisää kieli", "Lägg till språket", "Add the language"),
    "photo_kept": _t(
        "Kuva on tallessa. Valitse toinen tiedosto, jos haluat vaihtaa sen.",
        "Bilden är sparad. Välj en annan fil om du vill byta den.",
        "The photo is kept. Choose another file to replace it.",
    ),
    "photo_remove": _t("Poista tämä kuva", "Ta bort den här bilden", "Remove this photo"),
    "photo_working": _t(
        "Kuvaa pienennetään lähetystä varten…",
        "Bilden förminskas inför sändningen…",
        "Making the photo smaller for sending…",
    ),
    "photo_smaller": _t(
        "Kuva pienennettiin lähetystä varten ({before} → {after}). Kuvan sijainti- ja"
        " laitetiedot jäävät laitteellesi.",
        "Bilden förminskades inför sändningen ({before} → {after}). Bildens plats- och"
        " kamerauppgifter stannar på din enhet.",
        "The photo was made smaller for sending ({before} → {after}). Its location and camera"
        " details stay on your device.",
    ),
    "size_mb": _t("{n} Mt", "{n} MB", "{n} MB"),
    "size_kb": _t("{n} kt", "{n} kB", "{n} kB"),
    "copy_dates_moved": _t(
        "Toiminta on päättynyt, joten sen päivät on siirretty {weeks} viikkoa eteenpäin samoille"
        " viikonpäiville, ja mukaan pääsee taas. Tarkista ennen lähettämistä kausi, poikkeukset"
        " ja muut päivät, onko tilaa uusille ja mitä tekstit kertovat edellisestä kaudesta.",
        "Aktiviteten har upphört, så dess datum har flyttats {weeks} veckor framåt till samma"
        " veckodagar, och nya kan delta igen. Kontrollera säsongen, undantagen och andra datum,"
        " om det finns plats och vad texterna säger om förra säsongen innan du skickar.",
        "The activity has ended, so its dates have been moved {weeks} weeks later, to the same"
        " weekdays, and new people can join again. Check the season, the exceptions and other"
        " dates, whether there are places, and what the texts say of the last season before"
        " sending.",
    ),
    "send": _t("Lähetä", "Skicka", "Send"),
    "check": _t("Tarkista ennen lähettämistä", "Granska innan du skickar", "Check before sending"),
    "confirm_send": _t("Vahvista ja lähetä", "Bekräfta och skicka", "Confirm and send"),
    "confirm_notice": _t(
        "Tarkista tiedot ja vahvista lähetys painamalla painiketta lomakkeen lopussa.",
        "Kontrollera uppgifterna och bekräfta genom att trycka på knappen i slutet av formuläret.",
        "Check the details, then confirm with the button at the end of the form.",
    ),
    "error_summary": _t(
        "Korjaa nämä kohdat ennen lähettämistä",
        "Rätta dessa punkter innan du skickar",
        "Please fix these before sending",
    ),
    "submitter": _t("Sinun yhteystietosi", "Dina kontaktuppgifter", "Your contact details"),
    "submitter.help": _t(
        "Vain ylläpitäjät näkevät tämän. Sitä ei julkaista, ja se poistetaan, kun ehdotus on "
        "käsitelty.",
        "Endast administratörerna ser detta. Det publiceras inte och raderas när förslaget har "
        "behandlats.",
        "Only the maintainers see this. It is not published and is deleted once the suggestion "
        "has been handled.",
    ),
    "submitter.email": _t(
        "Sähköpostisi lisäkysymyksiä varten",
        "Din e-post för eventuella frågor",
        "Your e-mail for follow-up questions",
    ),
    "submitter.note": _t(
        "Viesti ylläpitäjille", "Meddelande till administratörerna", "Message to the maintainers"
    ),
    "honeypot": _t("Jätä tämä kenttä tyhjäksi", "Lämna detta fält tomt", "Leave this field empty"),
    "skip": _t("Siirry pääsisältöön", "Hoppa till huvudinnehållet", "Skip to main content"),
    "more_options": _t(
        "Kaikki vaihtoehdot ({n} muuta)", "Alla alternativ ({n} till)", "All options ({n} more)"
    ),
    "receipt.title": _t("Kiitos!", "Tack!", "Thank you!"),
    "receipt.body": _t(
        "Tiedot on vastaanotettu, ja ylläpitäjät tarkistavat ne. Kun he ovat hyväksyneet ne,"
        " ne näkyvät sivustolla sen seuraavan päivityksen jälkeen. Viitteesi on {id}.",
        "Uppgifterna har tagits emot och administratörerna granskar dem. När de har godkänt"
        " dem syns de på webbplatsen efter dess nästa uppdatering. Din referens är {id}.",
        "Your submission has been received and the maintainers will check it. Once they have"
        " accepted it, it shows on the site after the site's next update. Your reference is {id}.",
    ),
    "receipt.status": _t(
        "Seuraa käsittelyä tästä", "Följ behandlingen här", "Follow its progress here"
    ),
    "status.title": _t("Ehdotuksen tila", "Förslagets status", "Status of your submission"),
    "status.queued": _t(
        "Vastaanotettu, odottaa välitystä ylläpitäjille.",
        "Mottaget, väntar på att skickas till administratörerna.",
        "Received, waiting to be passed to the maintainers.",
    ),
    "status.opened": _t(
        "Ylläpitäjien tarkistettavana.",
        "Granskas av administratörerna.",
        "Being reviewed by the maintainers.",
    ),
    "status.merged": _t(
        "Hyväksytty: näkyy sivustolla, kun sivusto seuraavan kerran päivitetään. Kiitos!",
        "Godkänt: syns på webbplatsen när webbplatsen uppdateras nästa gång. Tack!",
        "Accepted: it will be on the site after the next update of the site. Thank you!",
    ),
    "status.closed": _t(
        "Käsitelty, ei julkaistu. Ylläpitäjät ottavat tarvittaessa yhteyttä.",
        "Behandlat, inte publicerat. Administratörerna kontaktar dig vid behov.",
        "Handled without publishing. The maintainers will contact you if needed.",
    ),
    "status.failed": _t(
        "Vastaanotettu. Ylläpitäjät käsittelevät tämän itse.",
        "Mottaget. Administratörerna behandlar detta själva.",
        "Received. The maintainers will handle this by hand.",
    ),
    "status.link": _t("Katso muutosehdotus", "Se ändringsförslaget", "See the change request"),
    "status.received": _t("Vastaanotettu", "Mottaget", "Received"),
    "status.reference": _t("Viite", "Referens", "Reference"),
    "status.handled": _t(
        "Käsitelty. Kiitos ilmoituksesta!",
        "Behandlat. Tack för meddelandet!",
        "Handled. Thank you for the report!",
    ),
    "status.issue": _t("Katso ilmoitus", "Se ärendet", "See the issue"),
    "not_found": _t("Sivua ei löydy.", "Sidan finns inte.", "Page not found."),
    "bad_request": _t(
        "Lomaketta ei voitu käsitellä. Lataa lomake uudelleen ja yritä uudestaan.",
        "Formuläret kunde inte behandlas. Ladda om formuläret och försök igen.",
        "The form could not be processed. Please reload the form and try again.",
    ),
    "too_large": _t(
        "Lomake on liian suuri. Lyhennä pitkiä tekstejä.",
        "Formuläret är för stort. Korta ned långa texter.",
        "The form is too large. Please shorten long texts.",
    ),
    "too_many": _t(
        "Liian monta lähetystä. Yritä hetken päästä uudelleen.",
        "För många inskickade formulär. Försök igen om en stund.",
        "Too many submissions. Please try again in a while.",
    ),
    "busy": _t(
        "Palvelu on ruuhkautunut. Yritä hetken päästä uudelleen; tietojasi ei tallennettu.",
        "Tjänsten är överbelastad. Försök igen om en stund; dina uppgifter sparades inte.",
        "The service is busy. Please try again in a while; nothing was saved.",
    ),
    "forbidden": _t(
        "Lomake lähetettiin väärästä osoitteesta.",
        "Formuläret skickades från fel adress.",
        "The form was sent from an unexpected address.",
    ),
    "forms.title": _t("Lomakkeet", "Formulär", "Forms"),
    "no_bot": _t(
        "Verkkolomakkeet eivät ole käytössä tällä sivustolla. Voit lähettää tiedot "
        "pull requestina sivuston sisältörepositorioon: lisää tai muokkaa tiedostoa kansiossa "
        "content/ ja avaa pull request. Ohjeet ovat repositorion tiedostossa CONTRIBUTING.md.",
        "Webbformulären används inte på den här webbplatsen. Du kan skicka uppgifterna som en "
        "pull request till webbplatsens innehållsrepositorium: lägg till eller ändra en fil i "
        "mappen content/ och öppna en pull request. Anvisningarna finns i filen CONTRIBUTING.md.",
        "The web forms are not in use on this site. You can send the details as a pull request "
        "to the site's content repository: add or change a file under content/ and open a pull "
        "request. The instructions are in the repository's CONTRIBUTING.md.",
    ),
    "no_bot.link": _t(
        "Sisältörepositorio ja ohjeet",
        "Innehållsrepositoriet och anvisningar",
        "The content repository and instructions",
    ),
    **CHECK_TEXTS,
    **MARKUP_TEXTS,
    **WARNING_TEXTS,
    **SEASON_TEXTS,
    **ROUND_TEXTS,
}


def text(key: str, lang: str, **params: object) -> str:
    """A UI text in a language (English when missing), with ``{name}`` parameters filled."""
    texts = TEXTS[key]
    value = texts.get(lang, texts["en"])
    return value.format(**params) if params else value


#: The texts a form's template shows around its fields (``submitter.`` dropped from keys).
FORM_TEXTS = (
    *("intro", "intro.confirm", "required", "required_if", "optional", "error_summary"),
    *("honeypot", "choose"),
    *("skip", "more_options"),
    *("submitter", "submitter.help", "submitter.email", "submitter.note"),
    *("photo_kept", "photo_remove", "photo_working", "photo_smaller", "size_mb", "size_kb"),
)


def form_texts(lang: str) -> dict[str, str]:
    """:data:`FORM_TEXTS` in ``lang``, by the names the form's template uses."""
    return {key.removeprefix("submitter."): text(key, lang) for key in FORM_TEXTS}


def language(lang: str | None) -> str:
    """A supported UI language: the one asked for, else Finnish."""
    return lang if lang in UI_LANGUAGES else "fi"
