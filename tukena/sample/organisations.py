"""Synthetic organisations: every kind, at every level, with valid fictional identifiers."""

from __future__ import annotations

import datetime as dt
import hashlib

from tukena.sample.draws import Doc, Draws, base_slug, new_slug, some
from tukena.sample.texts import ABOUT_EN, ABOUT_SV, LEVELS, ORG_KINDS
from tukena.sample.vocab import LANGS, ORG_WEIGHTS, PUBLIC, SUPPORT


class Organisations(Draws):
    """Organisations, and the areas they serve for the activities that follow."""

    def organisation(self, i: int) -> Doc:
        r = self.r
        home = self.municipality()
        county = next((c for c in self.ref.counties.values() if c.region == home.region), None)
        kinds = list(ORG_KINDS)  # every kind in any 8 organisations; the first is national
        kind = kinds[i] if i < len(kinds) else r.choices(kinds, ORG_WEIGHTS)[0]
        unit = county.code if county and kind.startswith("wellbeing") else f"{kind}:{home.code}"
        if kind in PUBLIC and (unit in self.units or (kind.startswith("wellbeing") and not county)):
            kind = "association"
        self.units.add(unit)
        level = (
            "national" if i == 0 else PUBLIC.get(kind) or r.choices(list(LEVELS), (75, 18, 7))[0]
        )
        coined = self.pool("org1") + self.pool("org2")
        coined += f" {home.name_fi}" if base_slug(coined) in self.taken["organisations"] else ""
        where = county if county and kind.startswith("wellbeing") else home
        names = {
            lang: ORG_KINDS[kind][n][0].format(c=coined, m=where.name(lang))
            for lang, n in LANGS.items()
        }
        slug = new_slug(names["fi"] if kind in PUBLIC else coined, self.taken["organisations"])
        main = "fi" if i == 0 else self.main_language(home)
        langs = list(LANGS) if kind in PUBLIC or self.chance(0.3) else [main]
        word, does = (
            {lang: ORG_KINDS[kind][3 + n][0] for lang, n in LANGS.items()},
            self.pool("orgdo", 2),
        )
        about = {
            "fi": f"{LEVELS[level][0]} {word['fi']}, joka järjestää {does[0]} ja {does[1]}. "
            + self.pool("orgmore"),
            "sv": f"{LEVELS[level][1]} {word['sv']} {ABOUT_SV}",
            "en": f"A {level} {word['en']} {ABOUT_EN}",
        }
        markdown = self.chance(0.12)  # the main language's description is then the body
        described = {k: about[k] for k in langs if not (markdown and k == main)}
        area = [home]
        if level != "national" and kind not in PUBLIC:
            region = [m for m in self.munis if m.region == home.region and m != home]
            area += r.sample(region, min(len(region), r.randint(0, 2)))
        business = kind in ("foundation", "company") or (
            kind in ("association", "other") and self.chance(0.5)
        )
        if not described:
            description = None
        else:
            description = described if markdown else self.texts(main, described)
        municipalities = [r.choice((m.name_fi, m.name_fi, m.code, m.name_sv)) for m in area]
        region_name = r.choice((home.region, self.ref.regions[home.region].name_fi))
        front = some(
            language=main if main != "fi" or self.chance(0.1) else None,
            name=self.texts(main, {k: names[k] for k in langs}),
            description=description,
            kind=kind,
            business_id=self.business_id() if business else None,
            association_register_number=self.maybe(
                0.7 * (kind == "association"), f"9{r.randrange(100):02d}.{r.randrange(1000):03d}"
            ),
            level=level,
            municipalities=self.maybe(
                {"local": 1, "regional": 0.5, "national": 0}[level], municipalities
            ),
            regions=[region_name] if level == "regional" else None,
            languages=list(dict.fromkeys([main, "fi", *r.sample(SUPPORT, r.randint(0, 3))])),
            networks=self.maybe(0.4, self.pool("networks", r.randint(1, 2))),
            website=f"https://{slug}.example/",
            email=f"info@{slug}.example",
            phone=self.maybe(0.6, self.phone()),
            address=self.maybe(0.8, self.address(home)),
            verified=self.confirmed(slug),
        )
        self.orgs[slug] = (level, names[main])
        self.slugs.append(slug)
        serves = {"local": [m.code for m in area], "regional": [home.region], "national": ["*"]}
        for key in serves[level]:
            self.serving.setdefault(key, []).append(slug)
        path = f"organisations/{slug}.{'md' if markdown else 'yaml'}"
        return path, front, about[main] if markdown else ""

    def confirmed(self, slug: str) -> dt.date | None:
        """When the organisation last confirmed its details: within the last 500 days (a
        fifth of them over a year ago), or never for one in eight. Drawn from the slug, not
        the shared random stream, so that the rest of the sample stays as it was."""
        draw = int(hashlib.sha256(slug.encode()).hexdigest()[:8], 16)
        return None if draw % 8 == 0 else self.today - dt.timedelta(days=(draw >> 3) % 500)

    def business_id(self) -> str:
        """A valid business ID in the unissued 99xxxxx range."""
        while True:
            digits = f"99{self.r.randrange(100000):05d}"
            rest = sum(w * int(d) for w, d in zip((7, 9, 10, 5, 8, 4, 2), digits, strict=True)) % 11
            if rest != 1:
                return f"{digits}-{(11 - rest) % 11}"
