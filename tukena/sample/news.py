"""Synthetic news items: news, events, trainings and job ads in turn."""

from __future__ import annotations

from tukena.sample.draws import Doc, new_slug, some
from tukena.sample.prose import Prose
from tukena.sample.texts import NEWS
from tukena.sample.vocab import AUDIENCES


class News(Prose):
    """News items about the municipalities and organisations drawn before them."""

    def news(self, i: int) -> Doc:
        r = self.r
        kind = ("news", "event", "training", "job")[i % 4]
        lang = "sv" if self.chance(0.08) else "en" if self.chance(0.06) else "fi"
        key = kind if lang == "fi" else f"{kind}/{lang}"
        m, org = self.municipality(), r.choice(self.slugs)
        title = r.choice(NEWS[key][0]).format(m=m.name(lang))
        slug = new_slug(title, self.taken["news"])
        date = self.today - self.days(0, 400)
        front = some(kind=kind, language=lang if lang != "fi" else None, title=title, date=date)
        front["summary"] = r.choice(NEWS[key][1])
        if kind in ("event", "training"):
            day, hour = date + self.days(7, 120), r.choice((9, 10, 13, 17, 18))
            place = self.maybe(0.75, self.place(m, None, lang))
            registration = {"required": True, "email": f"tapahtumat@{org}.example"}
            front |= some(
                start=f"{day} {hour:02d}:{r.choice(('00', '30'))}",
                end=self.maybe(0.8, f"{day} {hour + r.choice((2, 3, 4, 5)):02d}:00"),
                place=place,
                online={"link": f"https://meet.example/{slug}"}
                if self.chance(0.2) or not place
                else None,
                audience=r.sample(AUDIENCES, r.randint(1, 2)),
                registration=self.maybe(0.6, registration | {"deadline": day - self.days(2, 10)}),
            )
        if kind == "job":
            employer = org if self.chance(0.8) else self.orgs[org][1]
            front |= {"employer": employer, "deadline": date + self.days(14, 45)}
            front["link"] = f"https://{org}.example/rekry"
        elif self.chance(0.4):
            front["link"] = f"https://{org}.example/ajankohtaista"
        pool, size = "news" if lang == "fi" else "", int(r.triangular(300, 1500, 600))
        return f"news/{slug}.md", front, self.body(lang, [], f"https://{org}.example/", size, pool)
