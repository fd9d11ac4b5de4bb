"""Warnings of a place's map point, as ``tukena validate`` gives them.

A place names its municipality and may give a map point; nothing in the model ties them
together, so a typo in a coordinate or a point copied from another town's listing puts the
place's map link and its "near me" distance somewhere else. The validator warns a reviewer
(:mod:`tukena.placechecks`); the form warns the organiser, beside the map point's latitude
and longitude, when the point lies more than :data:`~tukena.placechecks.TOLERANCE_KM`
outside the municipality chosen in the same place's row: how far, and where it is instead
(:func:`~tukena.placechecks.strayed`), with the names in the UI language.

Latitude and longitude the wrong way round fail validation (no point in Finland has a
latitude that could be its longitude), so the form shows its range errors; beside them it
says the two look swapped and what to write, as the validator's error does
(:func:`tukena.errors.swapped`). With JavaScript, ``forms.js`` says it as soon as both are
typed, from the input's ranges and these words (:data:`tukena.forms.messages.SCRIPT_WARNINGS`):
a swap needs no map, where a point far from its municipality does, so that is the bot's
alone.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from pydantic import ValidationError

from tukena import reference
from tukena.errors import swapped
from tukena.forms import ui
from tukena.forms.parse import number
from tukena.forms.views import FieldView, GroupView, Warned
from tukena.placechecks import strayed
from tukena.reference.areas import areas
from tukena.schemas.location import Coordinates

logger = logging.getLogger(__name__)

#: the kind of these warnings (:class:`~tukena.forms.views.Warned`)
KIND = "map"
#: the group of a map point, and the field beside it that names its municipality
GROUP = "coordinates"
MUNICIPALITY = "municipality"


def _name(code: str, lang: str) -> str:
    return reference.load().municipalities[code].name(lang)


def far(lat: float, lon: float, code: str, lang: str) -> str:
    """What is wrong with a map point outside its municipality ``code``, and what to do, in
    ``lang``; empty when it is within it (or near enough)."""
    found = strayed(code, lon, lat, areas())
    if found is None:
        return ""
    logger.debug("a form's map point %.0f km outside %s", found.km, code)
    other = _name(found.other, lang) if found.other else ""
    km = f"{found.km:.0f}"
    return ui.text(f"map.{found.where}", lang, km=km, own=_name(code, lang), other=other)


def _typed(view: GroupView) -> dict[str, str]:
    """The map point's latitude and longitude as typed, by ``lat`` and ``lon``."""
    return {
        child.name.rpartition(".")[2]: child.value.strip()
        for child in view.children
        if isinstance(child, FieldView)
    }


def mark(view: GroupView, values: Mapping[str, Sequence[str]], lang: str) -> None:
    """Give a map point's group (``….coordinates``) its warning in the UI language ``lang``,
    the municipality read from the form's ``values`` of the same place."""
    parent, _, key = view.name.rpartition(".")
    typed = _typed(view)
    lat, lon = typed.get("lat", ""), typed.get("lon", "")
    if key != GROUP or view.repeat or not lat or not lon:
        return
    if swapped(Coordinates, number(lat), number(lon)):
        item = ui.text("map.swapped", lang, lat=lon, lon=lat)
        view.warnings.append(Warned(KIND, ui.text("map.swapped.field", lang), [item]))
        return
    try:
        point = Coordinates.model_validate({"lat": number(lat), "lon": number(lon)})
    except ValidationError:  # the form shows its errors
        return
    code = next(iter(values.get(f"{parent}.{MUNICIPALITY}" if parent else MUNICIPALITY, ())), "")
    if code not in reference.load().municipalities:  # none chosen, or not one: its error
        return
    item = far(point.lat, point.lon, code, lang)
    if item:
        view.warnings.append(Warned(KIND, ui.text("map.field", lang), [item]))
