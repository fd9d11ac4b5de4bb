"""The reminders' stage for a lapsed listing: one past its ``valid_until`` while its schedule
goes on (:func:`tukena.status.lapsed`).

The site shows such a listing as ended and ``tukena validate`` warns of it, yet its sessions
may well go on: only its organiser can say. The reminders (:mod:`tukena.bot.reminders`) ask
them at a stage of its own, ``lapsed``, once a lapse: the reminder log records the stage
with the ``valid_until`` that passed, so a listing given a later one, even without a new
date of confirmation, is reminded again when that one passes too. Its links are not the
other stages': the confirmation form refuses a listing shown as ended, so the organiser
sends its update form with a new date (or none), or says that it has ended.
"""

from __future__ import annotations

import datetime as dt
import logging

logger = logging.getLogger(__name__)

STAGE = "lapsed"


def log_stage(stage: str, valid_until: dt.date | None) -> str:
    """The stage as the reminder log records it: a lapse with the day that passed."""
    if stage == STAGE and valid_until is not None:
        return f"{STAGE}:{valid_until.isoformat()}"
    return stage


def activity_links(bot: str, lang: str, slug: str, stage: str) -> list[tuple[str, str]]:
    """An activity's links in a reminder, each ``(text key, address)``: to confirm it as it
    is, to update it, to say it has ended; a lapsed one's: to give it a new date (its
    update form), to say it has ended."""
    update = f"{bot}/{lang}/activity/{slug}/update"
    ended = ("ended", f"{bot}/{lang}/report?target=activities/{slug}&problem=ended")
    if stage == STAGE:
        logger.debug("lapsed listing %s: no link to confirm it as it is", slug)
        return [("lapsed_update", update), ended]
    return [("confirm", f"{bot}/{lang}/activity/{slug}/confirm"), ("update", update), ended]
