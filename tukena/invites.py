"""What a listing invites people to: a next session, participants a professional refers, and
registrations until their deadline.

A paused activity (capacity ``paused``: the group is on a break, see
:class:`~tukena.schemas.vocabulary.Capacity`, "whether new participants can join now")
keeps its schedule, which tells when it meets once it goes on, yet has no session to send
anyone to: no page, card, search result, data export or calendar gives it a next session,
and it invites no referrals. Nor does an ended listing: a professional who sends a client
to a group that does not meet costs the client a trip and their trust. Every page, count
and export asks here, so that they agree. A registration whose deadline has passed invites
no one either: the activity's or event's page says that it closed, not "register by".
"""

from __future__ import annotations

import datetime as dt
import logging

from tukena.schemas import Activity
from tukena.schemas.participation import Registration
from tukena.schemas.vocabulary import Capacity

logger = logging.getLogger(__name__)


def meets(activity: Activity) -> bool:
    """Whether it meets now: not paused (an ended one has no session left anyway)."""
    return activity.capacity is not Capacity.PAUSED


def next_meeting(activity: Activity, upcoming: dt.date | None) -> dt.date | None:
    """The next session to tell people of: ``upcoming`` (the schedule's next) unless the
    activity is paused."""
    return upcoming if meets(activity) else None


def takes_referrals(activity: Activity, ended: bool = False) -> bool:
    """Whether referred participants are welcome now: the listing says so, and it is
    neither paused nor ``ended``."""
    return activity.referrals.accepted and meets(activity) and not ended


def registration_closed(registration: Registration | None, today: dt.date) -> bool:
    """Whether registration is required and its deadline has passed: the page then says
    that it closed, and no longer asks to register. A deadline ``today`` is still open."""
    return bool(
        registration
        and registration.required
        and registration.deadline is not None
        and registration.deadline < today
    )
