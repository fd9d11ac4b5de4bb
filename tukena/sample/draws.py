"""The random stream every part of a synthetic set is drawn from, and its shared state."""

from __future__ import annotations

import datetime as dt
import re
from itertools import accumulate
from random import Random
from typing import Any

from tukena import reference
from tukena.reference import fold
from tukena.reference.areas import areas, interior
from tukena.sample.texts import POOLS, SHORT
from tukena.sample.vocab import DAY, FOLDERS, LANGS, REGIONS, SWEDISH

Doc = tuple[str, dict[str, Any], str]  # path under content/, front matter, Markdown body


def base_slug(text: str) -> str:
    """``text`` folded to lower-case ASCII words joined by hyphens (at most 60 characters)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:60].strip("-") or "item"


def new_slug(text: str, taken: set[str]) -> str:
    """A file name from a title, distinct from ``taken`` (also ignoring case and accents)."""
    base = slug = base_slug(text)
    n = 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    taken.add(slug)
    return slug


def some(**fields: Any) -> dict[str, Any]:
    """The fields that have a value: None means the key is left out."""
    return {k: v for k, v in fields.items() if v is not None}


class Draws:
    """One random stream and what has been drawn from it so far."""

    def __init__(self, seed: int, today: dt.date) -> None:
        self.r = Random(seed)  # noqa: S311 - reproducible test data, not secrets
        self.today = today
        self.ref = reference.load()
        self.munis = sorted(self.ref.municipalities.values(), key=lambda m: m.code)
        self.weights = list(accumulate(m.population for m in self.munis))
        self.taken: dict[str, set[str]] = {folder: set() for folder in FOLDERS}
        self.orgs: dict[str, tuple[str, str]] = {}  # slug: (level, name)
        self.slugs: list[str] = []  # of the organisations
        self.serving: dict[str, list[str]] = {}  # municipality or region code: organisations
        self.units: set[str] = set()  # municipalities and counties that already have a service

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def maybe(self, p: float, value: Any) -> Any:
        return value if self.r.random() < p else None

    def days(self, low: int, high: int) -> dt.timedelta:
        return self.r.randint(low, high) * DAY

    def short(self, key: str, lang: str) -> str:
        return self.r.choice(SHORT[key][LANGS.get(lang, 0)])

    def pool(self, key: str, k: int | None = None) -> Any:
        return self.r.choice(POOLS[key][0]) if k is None else self.r.sample(POOLS[key][0], k)

    def municipality(self) -> reference.Municipality:
        return self.r.choices(self.munis, cum_weights=self.weights)[0]

    def main_language(self, m: reference.Municipality) -> str:
        if (m.name_fi in SWEDISH or m.region == "21") and self.chance(0.6):
            return "sv"
        return "en" if self.chance(0.04) else "fi"

    def texts(self, main: str, texts: dict[str, str]) -> str | dict[str, str]:
        """A localised text, main language first; sometimes plain when it has only that."""
        ordered = {main: texts[main]} | texts
        return ordered[main] if len(ordered) == 1 and self.chance(0.5) else ordered

    def phone(self) -> str:
        prefix = self.r.choice(("040", "044", "045", "050", "029"))
        return f"{prefix} {self.r.randint(100, 999)} {self.r.randint(1000, 9999)}"

    def address(self, m: reference.Municipality) -> dict[str, str]:
        street = f"{self.pool('streets')} {self.r.randint(1, 60)}" + " A" * self.chance(0.1)
        code = ("00" if m.code == "091" else REGIONS[m.region][2]) + str(self.r.randrange(100, 990))
        return {"street": street, "postal_code": code, "municipality": m.name_fi}

    def place(self, m: reference.Municipality, district: str | None, lang: str) -> dict[str, Any]:
        """A place in ``m``, a few kilometres at most from a point inside its outline: never
        far enough outside it for ``tukena validate`` to warn (:mod:`tukena.placechecks`)."""
        r, address = self.r, self.address(m)
        lon, lat = interior(areas()[m.code])
        lat += r.uniform(-0.03, 0.03)
        lon += r.uniform(-0.05, 0.05)
        name = self.pool("places").format(x=self.pool("names")) + (
            f", {district}" if district else ""
        )
        access = some(
            step_free=self.chance(0.8),
            accessible_toilet=self.maybe(0.7, self.chance(0.6)),
            induction_loop=self.maybe(0.7, self.chance(0.6)),
            notes=self.maybe(0.15, self.short("access", lang)),
        )
        return some(
            name=self.maybe(0.85, name),
            municipality=r.choices((m.code, m.name_fi, m.name_sv), (40, 50, 10))[0],
            street_address=self.maybe(0.85, address["street"]),
            postal_code=self.maybe(0.8, address["postal_code"]),
            coordinates=self.maybe(0.7, {"lat": round(lat, 4), "lon": round(lon, 4)}),
            accessibility=self.maybe(0.5, access),
        )
