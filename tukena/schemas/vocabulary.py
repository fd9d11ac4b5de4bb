"""Controlled vocabularies of the content models, with their labels in fi, sv and en."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from tukena.schemas.languages import in_ui_languages as _l


class ActivityForm(StrEnum):
    """What kind of activity a listing is."""

    LANGUAGE_CAFE = "language-cafe"
    LANGUAGE_COURSE = "language-course"
    PEER_GROUP = "peer-group"
    BUDDY = "buddy"
    FAMILY_GROUP = "family-group"
    WOMENS_GROUP = "womens-group"
    MENS_GROUP = "mens-group"
    YOUTH_GROUP = "youth-group"
    HOMEWORK_HELP = "homework-help"
    JOB_SEEKING = "job-seeking"
    DIGITAL_SKILLS = "digital-skills"
    SPORTS = "sports-outdoors"
    ARTS_CRAFTS = "arts-crafts"
    COOKING = "cooking"
    GUIDANCE = "guidance"
    VOLUNTEERING = "volunteering"
    EXCURSIONS = "excursions-events"
    OTHER = "other"


class Category(StrEnum):
    """The kotoutumistarjotin category."""

    SUPPORT = "support"
    PARTICIPATION = "participation"
    RECRUITMENT = "recruitment"


class Phase(StrEnum):
    """Phase of the integration path an activity suits."""

    NEWLY_ARRIVED = "newly-arrived"
    SETTLING_IN = "settling-in"
    ESTABLISHED = "established"


class Level(StrEnum):
    """Operating level of an organisation or an activity."""

    LOCAL = "local"
    REGIONAL = "regional"
    NATIONAL = "national"


class TargetGroup(StrEnum):
    """Who an activity is for."""

    EVERYONE = "everyone"
    WOMEN = "women"
    MEN = "men"
    FAMILIES = "families"
    CHILDREN = "children"
    YOUNG_PEOPLE = "young-people"
    YOUNG_ADULTS = "young-adults"
    SENIORS = "seniors"
    JOB_SEEKERS = "job-seekers"
    STUDENTS = "students"
    ASYLUM_SEEKERS = "asylum-seekers"
    REFUGEE_BACKGROUND = "refugee-background"
    LGBTQ = "lgbtq"
    DISABILITIES = "disabilities"


class LanguageLevel(StrEnum):
    """The Finnish or Swedish skill a participant needs."""

    NONE = "none"
    BASIC = "basic"
    INTERMEDIATE = "intermediate"
    FLUENT = "fluent"


class Capacity(StrEnum):
    """Whether new participants can join now."""

    OPEN = "open"
    WAITING_LIST = "waiting-list"
    FULL = "full"
    PAUSED = "paused"


class Weekday(StrEnum):
    """Day of the week, as in iCalendar's BYDAY but lower case."""

    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"


class OrganisationKind(StrEnum):
    """The legal or administrative form of an organisation."""

    ASSOCIATION = "association"
    MUNICIPALITY = "municipality"
    WELLBEING_COUNTY = "wellbeing-services-county"
    PARISH = "parish"
    EDUCATIONAL = "educational-institution"
    FOUNDATION = "foundation"
    COMPANY = "company"
    OTHER = "other"


class NewsKind(StrEnum):
    """What a news item is."""

    NEWS = "news"
    EVENT = "event"
    TRAINING = "training"
    JOB = "job"


class Audience(StrEnum):
    """Who an event or a training is for."""

    STAFF = "staff"
    VOLUNTEERS = "volunteers"
    ORGANISATIONS = "organisations"
    EVERYONE = "everyone"


LABELS: dict[type[StrEnum], dict[str, dict[str, str]]] = {
    ActivityForm: {
        "language-cafe": _l(
            "Kielikahvila tai -kerho", "Språkcafé eller språkklubb", "Language café or club"
        ),
        "language-course": _l(
            "Suomen tai ruotsin kurssi", "Kurs i finska eller svenska", "Finnish or Swedish course"
        ),
        "peer-group": _l("Vertaisryhmä", "Kamratgrupp", "Peer group"),
        "buddy": _l(
            "Ystävä- tai kaveritoiminta", "Vän- eller kompisverksamhet", "Buddy or friend activity"
        ),
        "family-group": _l(
            "Äiti-lapsi- tai perheryhmä",
            "Mamma-barn- eller familjegrupp",
            "Mother-child or family group",
        ),
        "womens-group": _l("Naisten ryhmä", "Kvinnogrupp", "Women's group"),
        "mens-group": _l("Miesten ryhmä", "Mansgrupp", "Men's group"),
        "youth-group": _l("Nuorten ryhmä", "Ungdomsgrupp", "Youth group"),
        "homework-help": _l("Läksyapu", "Läxhjälp", "Homework help"),
        "job-seeking": _l(
            "Työnhaku ja urapolut", "Jobbsökning och karriärstöd", "Job seeking and career support"
        ),
        "digital-skills": _l("Digitaidot", "Digitala färdigheter", "Digital skills"),
        "sports-outdoors": _l(
            "Liikunta ja ulkoilu", "Idrott och friluftsliv", "Sports and outdoors"
        ),
        "arts-crafts": _l("Taide ja käsityöt", "Konst och hantverk", "Arts and crafts"),
        "cooking": _l("Ruoanlaitto", "Matlagning", "Cooking"),
        "guidance": _l("Ohjaus ja neuvonta", "Handledning och rådgivning", "Guidance and advice"),
        "volunteering": _l(
            "Vapaaehtoistoiminta", "Frivilligverksamhet", "Volunteering opportunity"
        ),
        "excursions-events": _l(
            "Retket ja tapahtumasarjat",
            "Utflykter och evenemangsserier",
            "Excursions and event series",
        ),
        "other": _l("Muu toiminta", "Annan aktivitet", "Other activity"),
    },
    Category: {
        "support": _l("Tuki", "Stöd", "Support"),
        "participation": _l("Osallistuminen", "Delaktighet", "Participation"),
        "recruitment": _l(
            "Mukaan toimintaan", "Med i verksamheten", "Joining the organisation's activity"
        ),
    },
    Phase: {
        "newly-arrived": _l("Vasta muuttanut", "Nyanländ", "Newly arrived"),
        "settling-in": _l("Asettumassa", "Håller på att etablera sig", "Settling in"),
        "established": _l("Pidempään asunut", "Etablerad", "Settled here for longer"),
    },
    Level: {
        "local": _l("Paikallinen", "Lokal", "Local"),
        "regional": _l("Alueellinen", "Regional", "Regional"),
        "national": _l("Valtakunnallinen", "Riksomfattande", "National"),
    },
    TargetGroup: {
        "everyone": _l("Kaikille", "Alla", "Everyone"),
        "women": _l("Naiset", "Kvinnor", "Women"),
        "men": _l("Miehet", "Män", "Men"),
        "families": _l("Lapsiperheet", "Barnfamiljer", "Families with children"),
        "children": _l("Lapset", "Barn", "Children"),
        "young-people": _l("Nuoret", "Unga", "Young people"),
        "young-adults": _l("Nuoret aikuiset", "Unga vuxna", "Young adults"),
        "seniors": _l("Ikääntyneet", "Äldre", "Seniors"),
        "job-seekers": _l("Työnhakijat", "Arbetssökande", "Job seekers"),
        "students": _l("Opiskelijat", "Studerande", "Students"),
        "asylum-seekers": _l("Turvapaikanhakijat", "Asylsökande", "Asylum seekers"),
        "refugee-background": _l(
            "Pakolaistaustaiset",
            "Personer med flyktingbakgrund",
            "People with a refugee background",
        ),
        "lgbtq": _l("Sateenkaari-ihmiset (LGBTQ+)", "Regnbågspersoner (hbtqi+)", "LGBTQ+ people"),
        "disabilities": _l(
            "Vammaiset henkilöt", "Personer med funktionsnedsättning", "People with disabilities"
        ),
    },
    LanguageLevel: {
        "none": _l("Ei tarvita", "Behövs inte", "Not needed"),
        "basic": _l("Alkeet", "Grundläggande", "Basic"),
        "intermediate": _l("Keskitaso", "Medelnivå", "Intermediate"),
        "fluent": _l("Sujuva", "Flytande", "Fluent"),
    },
    Capacity: {
        "open": _l("Mahtuu mukaan", "Öppen för nya", "Open for new participants"),
        "waiting-list": _l("Jonotuslista", "Kölista", "Waiting list"),
        "full": _l("Täynnä", "Full", "Full"),
        "paused": _l("Tauolla", "Paus", "Paused"),
    },
    Weekday: {
        "mon": _l("maanantai", "måndag", "Monday"),
        "tue": _l("tiistai", "tisdag", "Tuesday"),
        "wed": _l("keskiviikko", "onsdag", "Wednesday"),
        "thu": _l("torstai", "torsdag", "Thursday"),
        "fri": _l("perjantai", "fredag", "Friday"),
        "sat": _l("lauantai", "lördag", "Saturday"),
        "sun": _l("sunnuntai", "söndag", "Sunday"),
    },
    OrganisationKind: {
        "association": _l(
            "Rekisteröity yhdistys", "Registrerad förening", "Registered association"
        ),
        "municipality": _l("Kunta", "Kommun", "Municipality"),
        "wellbeing-services-county": _l(
            "Hyvinvointialue", "Välfärdsområde", "Wellbeing services county"
        ),
        "parish": _l("Seurakunta", "Församling", "Parish"),
        "educational-institution": _l("Oppilaitos", "Läroanstalt", "Educational institution"),
        "foundation": _l("Säätiö", "Stiftelse", "Foundation"),
        "company": _l("Yritys", "Företag", "Company"),
        "other": _l("Muu", "Annan", "Other"),
    },
    NewsKind: {
        "news": _l("Uutinen", "Nyhet", "News"),
        "event": _l("Tapahtuma", "Evenemang", "Event"),
        "training": _l("Koulutus", "Utbildning", "Training"),
        "job": _l("Työpaikka", "Ledigt jobb", "Job"),
    },
    Audience: {
        "staff": _l("Työntekijät", "Anställda", "Staff"),
        "volunteers": _l("Vapaaehtoiset", "Frivilliga", "Volunteers"),
        "organisations": _l("Järjestöt", "Organisationer", "Organisations"),
        "everyone": _l("Kaikki", "Alla", "Everyone"),
    },
}


@lru_cache(maxsize=4096, typed=True)  # typed: equal values of two vocabularies differ
def label(value: StrEnum, lang: str) -> str:
    """The label of a vocabulary value in a UI language (Finnish when unknown); memoised,
    as every page asks for a dozen."""
    labels = LABELS[type(value)][value.value]
    return labels.get(lang, labels["fi"])
