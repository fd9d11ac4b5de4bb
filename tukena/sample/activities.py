"""Synthetic activities: forms, groups, languages, places, schedules and taking part."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tukena import reference
from tukena.sample.draws import Doc, new_slug, some
from tukena.sample.prose import Prose
from tukena.sample.schedules import Schedules
from tukena.sample.texts import FORMS, OTHER, OTHER_FORMS
from tukena.sample.vocab import (
    CAPACITIES,
    CATEGORIES,
    DISTRICTS,
    EXTRAS,
    FOR_GROUP,
    FORM_VALUES,
    FORM_WEIGHTS,
    GROUPS,
    IMPLIED,
    LANGS,
    MODES,
    PHASES,
    SERIES_FORMS,
    SUPPORT,
    WEEKEND_FORMS,
)


@dataclass(frozen=True)
class Draft:
    """What an activity's parts are drawn from."""

    form: str
    state: str  # active, stale or ended
    m: reference.Municipality
    org: str
    main: str  # main language
    extra: str | None  # a language besides fi, sv and en
    groups: list[str]
    mode: str  # place, online or both
    district: str | None
    free: bool


class Activities(Schedules, Prose):
    """Activities of the organisations drawn before them."""

    def organiser(self, m: reference.Municipality) -> str:
        """Mostly a local organisation, else a regional one, else a national one."""
        for key, p in ((m.code, 0.9), (m.region, 0.8), ("*", 1)):
            if key in self.serving and self.chance(p):
                return self.r.choice(self.serving[key])
        return self.r.choice(self.serving["*"])

    def activity(self, i: int) -> Doc:
        r, forms = self.r, FORM_VALUES
        form = forms[i] if i < len(forms) else r.choices(forms, FORM_WEIGHTS)[0]
        m = self.municipality()
        org = self.organiser(m)
        org_level = self.orgs[org][0]
        districts = DISTRICTS.get(m.code, "").split(";")
        a = Draft(
            form=form,
            state="stale" if i % 20 == 3 else "ended" if i % 20 == 9 else "active",
            m=m,
            org=org,
            main=self.main_language(m),
            extra=r.choice(EXTRAS) if form in OTHER_FORMS and self.chance(0.22) else None,
            groups=self.groups(form, i),
            mode=r.choices(MODES, (40, 45, 15) if org_level == "national" else (75, 12, 13))[0],
            district=self.maybe(0.6, r.choice(districts)) or None,
            free=self.chance(0.85),
        )
        titles, summaries = self.titles(a)
        main, slug = a.main, new_slug(titles[a.main], self.taken["activities"])
        url = f"https://{org}.example/{slug}"
        langs = [*(LANGS if self.chance(0.35) else [main]), *([a.extra] if a.extra else [])]
        level = r.choice(("local", org_level))
        if org_level == "national":
            level = "national" if a.mode == "online" else "local"
        series = a.state != "stale" and self.chance(0.35 if form in SERIES_FORMS else 0.05)
        weekend = form in WEEKEND_FORMS or self.chance(0.1)
        schedule, verified, until = self.schedule(a.state, series, main, weekend)
        partners = [o for o in r.sample(self.slugs, 3) if o != org][: r.randint(1, 2)]
        second = r.choice([f for f in forms if f != form])
        front = some(
            language=main if main != "fi" or self.chance(0.05) else None,
            title=self.texts(main, {k: titles[k] for k in langs}),
            summary=self.texts(main, {k: summaries[k] for k in langs}),
            description={k: self.translation(k, form) for k in langs if k != main} or None,
            organisation=org,
            partners=self.maybe(0.12, partners),
            forms=[form, second] if self.chance(0.2) else [form],
            category=r.choices(CATEGORIES, (55, 40, 5) if form != "volunteering" else (0, 0, 1))[0],
            phases=r.sample(PHASES, r.choice((0, 0, 1, 1, 2))) or None,
            level=level if level != "local" or self.chance(0.3) else None,
            target_groups=a.groups,
            age=self.age(a.groups),
            **self.languages(a),
            locations=self.locations(a),
            online=self.online(a, slug),
            schedule=schedule,
            **self.taking_part(a, url, schedule.get("sessions")),
            keywords=self.pool("keywords", r.choice((0, 0, 1, 2, 3))) or None,
            verified=verified,
            valid_until=until,
        )
        lead = r.sample(FORMS[form][3], 3) if main == "fi" else []
        body = self.body(main, lead, url, int(r.triangular(300, 2000, 650)))
        return f"activities/{slug}.md", front, body

    def locations(self, a: Draft) -> list[dict[str, Any]] | None:
        if a.mode == "online":
            return None
        return [self.place(a.m, a.district, a.main) for _ in range(1 + self.chance(0.08))]

    def online(self, a: Draft, slug: str) -> dict[str, str] | None:
        link = self.maybe(0.7, f"https://meet.example/{slug}")
        instructions = self.short("online", a.main)
        if a.mode == "place":
            return None
        return some(link=link, instructions=instructions if not link or self.chance(0.4) else None)

    def groups(self, form: str, i: int) -> list[str]:
        r, every = self.r, GROUPS
        groups = [IMPLIED.get(form) or ("everyone" if self.chance(0.55) else r.choice(every))]
        groups += [r.choice(every)] if self.chance(0.25) else []
        groups += [every[i]] if i < len(every) else []  # each target group is in any 14 activities
        return list(dict.fromkeys(groups))

    def age(self, groups: list[str]) -> dict[str, int] | None:
        r = self.r
        if "young-people" in groups:
            return {"min": 13, "max": r.choice((17, 20, 25, 29))}
        if "children" in groups and "families" not in groups:
            return {"min": r.choice((6, 7)), "max": r.choice((12, 15))}
        if "young-adults" in groups:
            return {"min": 18, "max": 29}
        if "seniors" in groups:
            return {"min": r.choice((60, 63, 65))}
        return self.maybe(0.05, {"min": 18})

    def languages(self, a: Draft) -> dict[str, Any]:
        r, form = self.r, a.form
        spoken = [a.main]
        if a.extra or form.startswith("language"):
            spoken = [a.extra or ("sv" if a.main == "sv" else "fi")]
        spoken = list(dict.fromkeys(spoken + ["fi"] * self.chance(0.2)))
        needed = r.choices(("none", "basic", "intermediate", "fluent"), (50, 30, 15, 5))[0]
        if form.startswith("language"):
            course = form == "language-course"
            needed = r.choice(("none", "basic") if course else ("basic", "intermediate"))
        support = [c for c in r.sample(SUPPORT, r.randint(1, 3)) if c not in spoken] or ["en"]
        return some(
            languages=spoken,
            language_level=needed if needed != "none" or self.chance(0.5) else None,
            support_languages=self.maybe(0.45, support),
        )

    def taking_part(self, a: Draft, url: str, sessions: list[dict] | None) -> dict[str, Any]:
        """Cost, registration, capacity, referrals, childcare and contact."""
        r, main, org = self.r, a.main, a.org
        ways = {
            "link": f"{url}/ilmoittaudu",
            "email": f"ilmoittautuminen@{org}.example",
            "phone": self.phone(),
            "instructions": self.short("register", main),
        }
        registration: dict[str, Any] = {"required": self.chance(0.7 if sessions else 0.25)}
        if registration["required"]:
            registration |= dict(r.sample(list(ways.items()), r.randint(1, 2)))
            if sessions:
                registration["deadline"] = sessions[0]["date"] - self.days(1, 7)
        capacity = r.choices(CAPACITIES, (75, 10, 8, 7))[0]
        accepted = self.chance(0.75)
        instructions = self.maybe(0.4 * accepted, self.short("referral", main))
        mailbox = r.choice(("info", "toiminta", "ryhmat", "vapaaehtoiset", "neuvonta"))
        return some(
            cost={"free": True} if a.free else {"free": False, "fee": self.short("fee", main)},
            registration=registration,
            capacity=capacity if capacity != "open" or self.chance(0.5) else None,
            referrals=some(accepted=accepted, instructions=instructions),
            childcare=self.maybe(0.3 if a.form in ("family-group", "womens-group") else 0.08, True),
            contact=some(
                name=self.maybe(0.6, self.short("role", main)),
                email=f"{mailbox}@{org}.example",
                phone=self.maybe(0.4, self.phone()),
                link=self.maybe(0.2, url),
            ),
        )

    def titles(self, a: Draft) -> tuple[dict[str, str], dict[str, str]]:
        """Titles and summaries in fi, sv, en (and the extra language)."""
        r, form, m, extra, place = self.r, a.form, a.m, a.extra, a.district or a.m.name_fi
        wanted = (FOR_GROUP[g] for g in a.groups if g not in ("everyone", IMPLIED.get(form)))
        qualifier = OTHER[extra][0][0] if extra else next(wanted, "").replace("_", " ")
        stem = r.choice(FORMS[form][0]) + f" {qualifier}" * (bool(qualifier) and self.chance(0.6))
        sv, en = FORMS[form][1][0], FORMS[form][2][0]
        if a.mode == "online":
            titles = {"fi": f"{stem} verkossa", "sv": f"{sv} på nätet", "en": f"{en} online"}
        else:
            fi = r.choice(("{s} – {p}", "{s} – {p}", "{s}, {p}", "{s} {p}"))
            sv_place = a.district or m.name_sv
            titles = {
                "fi": fi.format(s=stem, p=place),
                "sv": f"{sv} – {sv_place}",
                "en": f"{en} – {place}",
            }
        tail = "free" if a.free else "paid"
        summaries = {
            "fi": f"{r.choice(FORMS[form][3])} {self.short(tail, 'fi')}",
            "sv": f"{titles['sv'].replace(' – ', ' i ')}. {self.short(tail, 'sv')}",
            "en": f"{titles['en'].replace(' – ', ' in ')}. {self.short(tail, 'en')}",
        }
        if extra:
            name = OTHER[extra][1][OTHER_FORMS.index(form)]
            titles[extra] = name if a.mode == "online" else f"{name} – {m.name_fi}"
            summaries[extra] = " ".join(r.sample(OTHER[extra][2], 2))
        return titles, summaries
