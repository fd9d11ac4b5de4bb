"""Map pydantic validation errors to form fields, with messages in fi, sv and en.

:func:`form_errors` turns a :class:`pydantic.ValidationError` into :class:`FormError`
records named like the form's inputs; :func:`message` writes one in a UI language. The
common error kinds (missing, bad time, bad date, bad e-mail, unknown municipality ...) and
every rule of the models' own validators have a translation; anything else shows a
translated lead-in with the English detail.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from tukena.forms.parse import FormError, resolve
from tukena.forms.spec import Field, FormSpec, Group


def _t(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


MESSAGES: dict[str, dict[str, str]] = {
    "required": _t("Täytä tämä kohta.", "Fyll i det här fältet.", "Fill in this field."),
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
        "Anna luku, esim. 60.17.", "Ange ett tal, t.ex. 60.17.", "Give a number, e.g. 60.17."
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
        "Ange avgiften när verksamheten inte är avgiftsfri.",
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
        "Ange veckotider eller minst två träffar. Ett enstaka evenemang är inte fortlöpande "
        "verksamhet.",
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
    "invalid": _t("Tarkista tämä kohta.", "Kontrollera det här fältet.", "Please check this."),
}

#: Rules of the models' own validators: English message → key, and the field it is about,
#: relative to where pydantic reports it (None: the reported place itself).
RULES: list[tuple[re.Pattern[str], str, str | None]] = [
    (re.compile(p), key, target)
    for p, key, target in [
        (r"an activity needs locations, online", "place_or_online", "locations"),
        (r"cannot also be its own partner", "own_partner", "partners"),
        (r"valid_until \(.*\) is before the verified date", "valid_until_past", "valid_until"),
        (r"a contact needs an email, a phone or a link", "contact_needed", None),
        (r"online participation needs a link or instructions", "online_needed", None),
        (
            r"a local organisation needs its municipalities",
            "local_needs_municipalities",
            "municipalities",
        ),
        (r"a regional organisation needs", "regional_needs_area", "regions"),
        (r"a paid activity needs a fee text", "fee_needed", "fee"),
        (r"registration is required: say how", "registration_how", "instructions"),
        (r"max age \(.*\) is below min age", "age_order", "max"),
        (r"^the (season|break) ends \(", "date_order", "end"),
        (r"^ends \(.*\) before it starts", "time_order", "end"),
        (r"weekly slots need a season", "season_needed", "season.start"),
        (r"a season needs at least one weekly slot", "weekly_needed", "weekly"),
        (r"a single one-off event is not an activity", "not_one_off", "weekly"),
        (r"is not a valid business ID", "business_id", None),
        (r"is not an association register number", "register_number", None),
        (r"not a valid email address", "email", None),
        (r"tell us what is wrong", "details_needed", "details"),
        (r"unknown listing", "unknown_listing", None),
    ]
]
_BY_TYPE = {
    "missing": "required",
    "bool_parsing": "boolean",
    "bool_type": "boolean",
    "date_parsing": "date",
    "date_from_datetime_parsing": "date",
    "date_from_datetime_inexact": "date",
    "date_type": "date",
    "time": "time",
    "int_parsing": "whole_number",
    "int_from_float": "whole_number",
    "int_type": "whole_number",
    "float_parsing": "number",
    "float_type": "number",
    "finite_number": "number",
    "enum": "choice",
    "literal_error": "choice",
    "municipality": "municipality",
    "region": "region",
    "language": "language",
    "phone": "phone",
    "url": "url",
    "email": "email",
    "value_error.email": "email",
    "postal_code": "postal_code",
    "localised": "localised",
    "slug": "choice",
    "string_too_long": "too_long",
}
_SUGGESTION = re.compile(r"""did you mean ['"]([^'"]+)['"]""")


def _name(path: tuple[str | int, ...]) -> str:
    return ".".join(str(p) for p in path)


def _locate(spec: FormSpec, loc: tuple[Any, ...]) -> str:
    """The longest prefix of ``loc`` that names a field or group of the form."""
    clean = [
        p for p in loc if p != "[key]" and not (isinstance(p, str) and p.startswith("function-"))
    ]
    for end in range(len(clean), 0, -1):
        name = _name(tuple(clean[:end]))
        found = resolve(spec, name)
        if found is None:
            continue
        node = found[0]
        if isinstance(node, Field) and (node.multiple or node.widget == "localised"):
            return _collapse(name, node)
        return name
    return ""


def _collapse(name: str, node: Field) -> str:
    """A localised text's or a list field's errors belong to the whole field."""
    depth = node.name.count(".") + 1
    return ".".join(name.split(".")[:depth])


def _target(spec: FormSpec, where: str, relative: str | None) -> str:
    if relative is None:
        return where
    candidate = f"{where}.{relative}" if where else relative
    return candidate if resolve(spec, candidate) is not None else where


def _key(
    error: dict[str, Any], spec: FormSpec, name: str
) -> tuple[str, dict[str, Any], str | None]:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    message = str(error.get("msg", "")).removeprefix("Value error, ")
    if kind == "value_error" or kind == "assertion_error":
        for pattern, key, target in RULES:
            if pattern.search(message):
                return key, {}, target
        return "invalid", {}, None
    if kind in ("greater_than_equal", "greater_than"):
        return "at_least", {"limit": ctx.get("ge", ctx.get("gt"))}, None
    if kind in ("less_than_equal", "less_than"):
        return "at_most", {"limit": ctx.get("le", ctx.get("lt"))}, None
    if kind == "too_short":
        return "choose_at_least", {"min_length": ctx.get("min_length", 1)}, None
    if kind == "string_too_short":
        return "too_short", {"min_length": ctx.get("min_length", 1)}, None
    if kind == "string_too_long":
        return "too_long", {"max_length": ctx.get("max_length")}, None
    if kind == "municipality":
        match = _SUGGESTION.search(message)
        if match:
            return "municipality_suggestion", {"suggestion": match[1]}, None
    node = spec.node(".".join(p for p in name.split(".") if not p.isdigit()))
    if kind == "missing" and isinstance(node, Field) and node.widget == "localised":
        return "localised", {}, None
    if kind == "missing" and isinstance(node, Field) and node.multiple:
        return "choose_at_least", {"min_length": 1}, None
    return _BY_TYPE.get(kind, "invalid"), {}, None


def form_errors(spec: FormSpec, exc: ValidationError) -> list[FormError]:
    """One :class:`FormError` per pydantic error, named like the form's inputs."""
    found: list[FormError] = []
    for error in exc.errors(include_url=False):
        where = _locate(spec, tuple(error["loc"]))
        key, params, relative = _key(error, spec, where)
        name = _target(spec, where, relative)
        detail = str(error.get("msg", "")).removeprefix("Value error, ")
        found.append(FormError(name, key, params, detail))
    return _unique(found)


def _unique(errors: list[FormError]) -> list[FormError]:
    seen: set[tuple[str, str]] = set()
    out = []
    for error in errors:
        if (error.name, error.key) not in seen:
            seen.add((error.name, error.key))
            out.append(error)
    return out


def message(error: FormError, lang: str) -> str:
    """The message of an error in a UI language."""
    texts = MESSAGES.get(error.key, MESSAGES["invalid"])
    text = texts.get(lang, texts["en"])
    try:
        text = text.format(**error.params)
    except (KeyError, IndexError, ValueError):
        pass
    if error.key == "invalid" and error.detail:
        text = f"{text} ({error.detail})"
    return text


def catalogue() -> dict[str, dict[str, str]]:
    """Every message in every UI language, for client-side checks."""
    return {key: dict(texts) for key, texts in MESSAGES.items()}


def group_or_field(spec: FormSpec, name: str) -> str:
    """``field`` or ``group``: how the renderer shows an error for a name."""
    found = resolve(spec, name) if name else None
    return "group" if found is None or isinstance(found[0], Group) else "field"
