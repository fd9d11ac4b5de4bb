"""Schedules of synthetic activities: seasons with weekly slots and holidays, or series."""

from __future__ import annotations

import datetime as dt
from typing import Any

from dateutil.easter import easter

from tukena.sample.draws import Draws, some
from tukena.sample.vocab import DAY, STARTS, WEEKDAYS

Dated = tuple[dict[str, Any], dt.date, dt.date | None]  # schedule, verified, valid_until


def holidays(y: int, ongoing: bool) -> list[tuple[dt.date, dt.date | None, str]]:
    """Breaks of year ``y``: first day, last day (None for one day), name."""
    week9, week42 = (dt.date.fromisocalendar(y, w, 1) for w in (9, 42))
    sunday = easter(y)
    found = [
        (dt.date(y, 12, 21), dt.date(y + 1, 1, 6), "christmas"),
        (week9, week9 + 6 * DAY, "winter"),
        (week42, week42 + 6 * DAY, "autumn"),
        (sunday - 2 * DAY, sunday + DAY, "easter"),
        (dt.date(y, 12, 6), None, "independence"),
        (dt.date(y, 5, 1), None, "mayday"),
    ]
    return found + [(dt.date(y, 6, 15), dt.date(y, 8, 9), "summer")] * ongoing


class Schedules(Draws):
    """Schedules that are active, stale or ended as of the generator's day."""

    def times(self) -> tuple[str, str]:
        h, m = self.r.choice(STARTS)
        end = h * 60 + m + self.r.choice((60, 90, 90, 120, 120, 150, 180))
        sep = "." if self.chance(0.1) else ":"
        return f"{h:02d}{sep}{m:02d}", f"{end // 60:02d}{sep}{end % 60:02d}"

    def exceptions(self, start: dt.date, end: dt.date | None, lang: str) -> list[Any]:
        """Some holidays in the season near today: single dates, or ranges with a reason."""
        low, high = max(start, (end or self.today) - 200 * DAY), end or self.today + 400 * DAY
        found = [h for y in range(low.year, high.year + 1) for h in holidays(y, end is None)]
        chosen = sorted(
            h for h in found if low <= h[0] and (h[1] or h[0]) <= high and self.chance(0.35)
        )
        result: list[Any] = []
        for first, last, key in chosen[:5]:
            if last is None and self.chance(0.5):
                result.append(first)
            else:
                result.append(
                    some(start=first, end=last, reason=self.maybe(0.7, self.short(key, lang)))
                )
        return result

    def schedule(self, state: str, series: bool, lang: str, weekend: bool) -> Dated:
        """A schedule that is active, stale or ended today; its verified date and valid_until."""
        r, today = self.r, self.today
        start_time, end_time = self.times()
        if series:
            n, step = r.randint(2, 8), r.choice((7, 7, 14))
            span = step * (n - 1)
            first = (
                today
                + (-span - r.randint(1, 200) if state == "ended" else r.randint(-span, 60)) * DAY
            )
            notes = self.pool("topics", n) if lang == "fi" and self.chance(0.5) else [None] * n
            sessions = [
                some(date=first + k * step * DAY, start=start_time, end=end_time, note=notes[k])
                for k in range(n)
            ]
            until = self.maybe(0.5 if state == "ended" else 0.1, sessions[-1]["date"])
            return {"sessions": sessions}, min(today, first - self.days(0, 40)), until
        end: dt.date | None
        if state == "ended":
            end = today - self.days(1, 240)
            start = end - self.days(60, 300)
            verified = start + self.days(0, (end - start).days)
        elif state == "stale":  # confirmed over a year ago, still going on
            start = today - self.days(400, 1200)
            end = self.maybe(0.5, today + self.days(90, 420))
            verified = start + self.days(0, (today - start).days - 370)
        else:
            start = today + self.days(-700, 45)
            end = self.maybe(0.55, max(start, today) + self.days(90, 420))
            verified = today - self.days(0, 330)
        every = r.choices((None, 2, 4), (86, 12, 2))[0]
        days = sorted(r.sample(range(7 if weekend else 5), r.choices((1, 2, 3), (78, 19, 3))[0]))
        slots = [
            some(weekday=WEEKDAYS[d], start=start_time, end=end_time, every=every) for d in days
        ]
        schedule = some(
            season=some(start=start, end=end),
            weekly=slots,
            exceptions=self.exceptions(start, end, lang) or None,
            note=self.maybe(0.12, self.short("note", lang)),
        )
        if state == "active":
            return schedule, verified, self.maybe(0.1, end or today + self.days(30, 400))
        return schedule, verified, self.maybe(0.5 if state == "ended" else 0, end)
