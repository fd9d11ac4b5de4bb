"""What meets in a municipality in the next seven days, day by day: the question a person
on a phone asks first ("what can I go to this week?").

Computed at build time from each listing's schedule, as the next session is; the site is
built every day, as its stale and ended notices need. A group on a break (capacity
"paused") is left out; a full one, and one that may be out of date, say so. A busy day shows :data:`DAY_ROWS` meetings
and links to a search for the rest (that weekday in the municipality, the next first).
"""

from __future__ import annotations

import datetime as dt

from tukena import invites
from tukena.occurrences import WEEKDAYS, Occurrence, occurrences
from tukena.schemas.vocabulary import Capacity, label
from tukena.site import humanize, urls
from tukena.site.catalogue import Catalogue
from tukena.site.texts import localise
from tukena.status import Status

DAYS = 7
DAY_ROWS = 10


def meetings(cat: Catalogue, slug: str) -> list[Occurrence]:
    """The activity's meetings from the build's day for :data:`DAYS` days (memoised: the
    same for every page and language)."""
    key = ("upcoming", slug)
    found = cat.memo.get(key)
    if found is None:
        today = cat.config.today
        last = today + dt.timedelta(days=DAYS - 1)
        first = cat.next_session.get(slug)  # none in the window when the next is later
        schedule = cat.activities[slug].schedule
        found = [] if first is None or first > last else occurrences(schedule, first, last)
        cat.memo[key] = found
    return found


def _week(cat: Catalogue, code: str) -> list[tuple[dt.date, list[tuple], int]]:
    """Each day with meetings: its first :data:`DAY_ROWS` (start, end, slug) and how many
    more; the same in every language, so made once per municipality."""
    key = ("week", code)
    found = cat.memo.get(key)
    if found is None:
        by_day: dict[dt.date, list[tuple[dt.time, dt.time, str]]] = {}
        for slug in cat.by_municipality.get(code, []):
            if not invites.meets(cat.activities[slug]):  # paused: on a break
                continue
            for meeting in meetings(cat, slug):
                by_day.setdefault(meeting.date, []).append((meeting.start, meeting.end, slug))
        found = cat.memo[key] = [
            (day, sorted(rows)[:DAY_ROWS], max(len(rows) - DAY_ROWS, 0))
            for day, rows in sorted(by_day.items())
        ]
    return found


def days(cat: Catalogue, code: str, lang: str) -> list[dict]:
    """The municipality's next seven days that have meetings: each with its rows (time,
    title, address of the activity), the earliest first, and how many more there are."""
    out = []
    for day, first, more in _week(cat, code):
        rows = []
        for start, end, slug in first:
            a = cat.activities[slug]
            rows.append(
                {
                    "time": humanize.time_range(start, end, lang),
                    "title": localise(a.title, lang, a.language),
                    "url": urls.activity(lang, slug),
                    "full": label(a.capacity, lang) if a.capacity is Capacity.FULL else None,
                    "stale": cat.status[slug] is Status.STALE,
                }
            )
        weekday = WEEKDAYS[day.weekday()]
        search = f"{urls.page(lang, 'search')}?municipality={code}&day={weekday}&sort=next"
        out.append(
            {
                "iso": day.isoformat(),
                "label": humanize.day(day, lang, year=False),
                "rows": rows,
                "more": more,
                "more_url": search if more else None,
            }
        )
    return out
