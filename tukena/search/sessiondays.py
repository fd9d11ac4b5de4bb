"""The days near the build date on which a listing meets, as a bit mask for the browser.

The search page reads "today", "tomorrow", "this week" and "next week" on the visitor's
clock. The weekday column alone cannot tell whether an activity meets in a given week: a
break, a fortnightly rhythm, a season starting or ending, or dated sessions all make a
weekday without a session. The browser gets, per listing, the days with a session in the
:data:`WINDOW_DAYS` days from the build's day (bit 0 is the build's day), computed by
:func:`tukena.occurrences.occurrences`, the same sessions the calendars and the next
session come from; outside the window it falls back to the weekday rule.
"""

from __future__ import annotations

import datetime as dt
import logging

from tukena.occurrences import occurrences
from tukena.search.documents import Listing

logger = logging.getLogger(__name__)

#: How many days from the build's day the mask covers: this week and next week read up to
#: two weeks after the build, and a 28-bit number stays a small positive integer in
#: JavaScript's 32-bit bit operations (at most six base-32 digits).
WINDOW_DAYS = 28


def session_days(listing: Listing, today: dt.date) -> int:
    """Bit ``d`` set when the listing has a session on ``today + d`` (``0 <= d <
    WINDOW_DAYS``); none while paused (an ended listing is not searchable at all)."""
    if listing.next_session is None:  # paused (:func:`tukena.invites.next_meeting`)
        return 0
    last = today + dt.timedelta(days=WINDOW_DAYS - 1)
    mask = 0
    for meeting in occurrences(listing.activity.schedule, today, last):
        mask |= 1 << (meeting.date - today).days
    return mask
