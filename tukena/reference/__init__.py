"""Finnish reference data: municipalities, regions (maakunnat) and wellbeing services counties.

Converted from open data by ``scripts/convert_reference_data.py``; the data file names the
year of its classification. Content may name a municipality by its code or by its Finnish
or Swedish name in any case; :func:`municipality` normalises all of them.
"""

from __future__ import annotations

import difflib
import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tukena.exceptions import ReferenceDataError


@dataclass(frozen=True)
class Region:
    """A region (maakunta)."""

    code: str
    name_fi: str
    name_sv: str
    name_en: str

    def name(self, lang: str) -> str:
        return {"sv": self.name_sv, "en": self.name_en}.get(lang, self.name_fi)


@dataclass(frozen=True)
class County:
    """A wellbeing services county (hyvinvointialue), or the City of Helsinki."""

    code: str
    name_fi: str
    name_sv: str
    name_en: str
    short_name_fi: str
    short_name_sv: str
    short_name_en: str
    region: str

    def name(self, lang: str) -> str:
        return {"sv": self.name_sv, "en": self.name_en}.get(lang, self.name_fi)

    def short_name(self, lang: str) -> str:
        return {"sv": self.short_name_sv, "en": self.short_name_en}.get(lang, self.short_name_fi)


@dataclass(frozen=True)
class Municipality:
    """A municipality with its official three-digit code."""

    code: str
    name_fi: str
    name_sv: str
    region: str
    county: str | None
    population: int
    #: other names a listing may give it: the official one the site does not show
    #: ("Pedersören kunta"), which files written with it still use
    aliases: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        """The name in a UI language; English uses the Finnish name, as official usage does."""
        return self.name_sv if lang == "sv" else self.name_fi


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: 'Äänekoski' and 'aanekoski' fold alike."""
    if text.isascii():  # nothing to decompose: casefold is lower, no combining marks
        return text.strip().lower()
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class ReferenceData:
    """All reference data, with look-ups by code and by name."""

    classification_year: int
    population_at: str  # the day of the municipalities' population figures
    attribution: str
    regions: dict[str, Region]
    counties: dict[str, County]
    municipalities: dict[str, Municipality]
    by_name: dict[str, str]

    def municipality(self, key: str | int) -> Municipality:
        """Find a municipality by code (``91``, ``"091"``) or by name in any case."""
        text = str(key).strip()
        if text.isdigit():
            found = self.municipalities.get(text.zfill(3))
            if found:
                return found
        else:
            code = self.by_name.get(text.casefold()) or self.by_name.get(fold(text))
            if code:
                return self.municipalities[code]
        message = f'unknown municipality "{text}"'
        suggestion = self.suggest(text)
        if suggestion:
            message += f' (did you mean "{suggestion}"?)'
        raise ReferenceDataError(message)

    def suggest(self, text: str) -> str | None:
        """The closest municipality name, or None when nothing is close."""
        names = {fold(m.name_fi): m.name_fi for m in self.municipalities.values()}
        names.update({fold(m.name_sv): m.name_sv for m in self.municipalities.values()})
        match = difflib.get_close_matches(fold(text), list(names), n=1, cutoff=0.75)
        return names[match[0]] if match else None

    def region_of(self, code: str) -> Region:
        return self.regions[self.municipalities[code].region]

    def county_of(self, code: str) -> County | None:
        county = self.municipalities[code].county
        return self.counties[county] if county else None


@cache
def load() -> ReferenceData:
    """Read the packaged reference data once."""
    raw = json.loads(
        resources.files(__package__).joinpath("data/municipalities.json").read_text("utf-8")
    )
    municipalities = {
        m["code"]: Municipality(**{**m, "aliases": tuple(m.get("aliases", ()))})
        for m in raw["municipalities"]
    }
    by_name: dict[str, str] = {}
    for m in municipalities.values():
        for name in (m.name_fi, m.name_sv, *m.aliases):
            by_name[name.casefold()] = m.code
            by_name.setdefault(fold(name), m.code)
    return ReferenceData(
        classification_year=raw["classification_year"],
        population_at=raw["population_at"],
        attribution=raw["attribution"],
        regions={r["code"]: Region(**r) for r in raw["regions"]},
        counties={c["code"]: County(**c) for c in raw["counties"]},
        municipalities=municipalities,
        by_name=by_name,
    )


def municipality(key: str | int) -> Municipality:
    """Shorthand for ``load().municipality(key)``."""
    return load().municipality(key)
