"""A small content set with known answers for the search tests (no tests of its own here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from tukena.loader import ContentSet
from tukena.schemas import Activity, Organisation

TODAY = dt.date(2026, 11, 22)


def organisation(name: dict[str, str] | str, municipality: str = "Espoo") -> Organisation:
    return Organisation.model_validate(
        {"name": name, "kind": "association", "level": "local", "municipalities": [municipality]},
        context={"language": "fi"},
    )


def activity(**fields: Any) -> Activity:
    data: dict[str, Any] = {
        "title": {"fi": "Toiminta"},
        "summary": {"fi": "Tervetuloa mukaan."},
        "organisation": "olohuone",
        "forms": ["other"],
        "category": "support",
        "target_groups": ["everyone"],
        "languages": ["fi"],
        "locations": [{"municipality": "Espoo", "name": "Kirjasto"}],
        "schedule": {
            "season": {"start": "2026-09-01", "end": "2027-05-31"},
            "weekly": [{"weekday": "tue", "start": "17:00", "end": "19:00"}],
        },
        "cost": {"free": True},
        "registration": {"required": False},
        "referrals": {"accepted": True},
        "contact": {"email": "info@example.org"},
        "verified": "2026-09-01",
    }
    data.update(fields)
    return Activity.model_validate(data, context={"language": data.get("language", "fi")})


def weekly(day: str, start: str, end: str) -> dict[str, Any]:
    return {
        "season": {"start": "2026-09-01", "end": "2027-05-31"},
        "weekly": [{"weekday": day, "start": start, "end": end}],
    }


def content() -> ContentSet:
    """Twelve activities: language cafés, peer groups, job seeking, and edge cases."""
    orgs = {
        "olohuone": organisation(
            {"fi": "Monikulttuurinen Olohuone ry", "sv": "Mångkulturella Vardagsrummet rf"}
        ),
        "duunikompassi": organisation("Duunikompassi Oy", "Helsinki"),
        "kaikki-pelaa": organisation("Kaikki Pelaa ry", "Tampere"),
    }
    acts = {
        "kielikahvila-tapiola": activity(
            title={"fi": "Kielikahvila Tapiolassa", "sv": "Språkcafé i Hagalund",
                   "en": "Language café in Tapiola"},
            summary={"fi": "Rentoa suomen kielen harjoittelua kahvin ääressä.",
                     "sv": "Avslappnad övning i finska över en kopp kaffe."},
            forms=["language-cafe"], language_level="basic", languages=["fi", "en"],
            support_languages=["ar", "en"],  # English is spoken there: not "help"
            locations=[{"municipality": "Espoo", "name": "Tapiolan kirjasto",
                        "accessibility": {"step_free": True}}],
            keywords=["kahvi", "keskustelu"],
        ),
        "kielikahvila-kallio": activity(
            title={"fi": "Kallion kielikahvila"},
            summary={"fi": "Keskustelua suomeksi vapaaehtoisten kanssa."},
            forms=["language-cafe"], organisation="duunikompassi",
            locations=[{"municipality": "Helsinki", "name": "Kallion kirjasto"}],
            schedule=weekly("wed", "10:00", "11:30"),
        ),
        "sprakcafe-borga": activity(
            language="sv", title={"sv": "Språkcafé i Borgå"},
            summary={"sv": "Vi övar svenska och finska tillsammans."},
            forms=["language-cafe"], languages=["sv", "fi"],
            locations=[{"municipality": "Porvoo"}], schedule=weekly("thu", "12:00", "14:00"),
        ),
        "vertaisryhma-naisille": activity(
            title={"fi": "Vertaisryhmä naisille", "en": "Peer group for women"},
            summary={"fi": "Naisten oma vertaistukiryhmä, lastenhoito järjestetty."},
            forms=["peer-group", "womens-group"], target_groups=["women"], childcare=True,
            languages=["fi", "ar", "so"], schedule=weekly("mon", "11:59", "13:00"),
        ),
        "sateenkaariryhma": activity(
            title={"fi": "Sateenkaarevat muuttajat"},
            summary={"fi": "Keskustelua ja tukea vertaisryhmässä."},
            forms=["peer-group"], target_groups=["lgbtq"],
            locations=[{"municipality": "Helsinki"}], schedule=weekly("fri", "16:59", "18:00"),
        ),
        "tyonhakuklubi": activity(
            title={"fi": "Työnhakuklubi", "en": "Job club"},
            summary={"fi": "Apua työnhakuun ja ansioluetteloon."},
            forms=["job-seeking"], organisation="duunikompassi", target_groups=["job-seekers"],
            locations=[], online={"link": "https://meet.example.org/job"},
            cost={"free": False, "fee": "5 €"}, capacity="waiting-list",
        ),
        "laksykerho": activity(
            title={"fi": "Läksykerho Kontulassa"},
            summary={"fi": "Läksyapua koululaisille somaliksi ja suomeksi."},
            forms=["homework-help"], target_groups=["children"], languages=["so", "fi"],
            support_languages=["uk", "ar"], age={"min": 7, "max": 16},
            locations=[{"municipality": "Helsinki", "name": "Kontulan kirjasto"}],
            schedule=weekly("sun", "17:00", "18:00"),
        ),
        "aiti-lapsi": activity(
            title={"fi": "Äiti-lapsiryhmä Entressessä"},
            summary={"fi": "Äideille ja vauvoille."},
            forms=["family-group"], target_groups=["families"], age={"max": 3},
            registration={"required": True, "email": "ilmo@example.org"},
        ),
        "futsal-tampere": activity(
            title={"fi": "Futsal nuorille"}, summary={"fi": "Pelataan yhdessä."},
            forms=["sports-outdoors"], organisation="kaikki-pelaa", target_groups=["young-people"],
            age={"min": 13},
            locations=[{"municipality": "Tampere"}, {"municipality": "Nokia"}],
            schedule={"sessions": [
                {"date": "2026-11-20", "start": "08:00", "end": "09:00"},
                {"date": "2026-11-28", "start": "18:00", "end": "19:30"},
                {"date": "2026-12-05", "start": "18:00", "end": "19:30"},
            ]},
        ),
        "vanha-tieto": activity(
            title={"fi": "Ompeluryhmä"}, summary={"fi": "Ommellaan."}, forms=["arts-crafts"],
            verified="2025-01-10",
        ),
        "paattynyt": activity(
            title={"fi": "Päättynyt kielikahvila"}, summary={"fi": "Ei enää."},
            forms=["language-cafe"],
            schedule={"season": {"start": "2025-01-01", "end": "2025-05-31"},
                      "weekly": [{"weekday": "tue", "start": "17:00", "end": "19:00"}]},
            verified="2025-01-01",
        ),
        "english-only": activity(
            language="en", title={"en": "Cooking club: cooking, cooking!"},
            summary={"en": "We cook, cook and cook together."},
            forms=["cooking"], languages=["en"],
        ),
    }  # fmt: skip
    return ContentSet(Path("."), organisations=orgs, activities=acts)


def url_for(lang: str):
    prefix = {"fi": "", "sv": "sv/", "en": "en/"}[lang]
    return lambda slug: f"/{prefix}activities/{slug}.html"
