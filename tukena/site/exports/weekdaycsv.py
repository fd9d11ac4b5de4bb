"""``/data/coverage-weekdays.csv``: the coverage pages' table of regions against the weekdays
activities meet on (:func:`tukena.site.coverage.tally`), for spreadsheets: one row per
activity form and region, so that a planner can find the days with nothing in a region, or
with many activities of one form, without copying the tables of every form's page.
"""

from __future__ import annotations

import csv
import io
import logging

from tukena import reference
from tukena.schemas.vocabulary import ActivityForm, Weekday
from tukena.site.catalogue import Catalogue
from tukena.site.coverage import tally
from tukena.site.i18n import translations
from tukena.spreadsheet import safe_cells

logger = logging.getLogger(__name__)


def weekday_csv(cat: Catalogue) -> str:
    """One row per activity form (empty ``form``: every form together, as the coverage
    page of them all) and region in code order, then one for the activities online only
    (no ``region_code``, named so in ``region_fi`` and ``region_sv``): how many current
    activities meet on each weekday, an activity once on each day it meets; UTF-8 with a
    byte order mark, as ``coverage.csv``."""
    data = reference.load()
    counts = tally(cat)
    online = [translations(lang).gettext("Online only") for lang in ("fi", "sv")]
    areas = [
        *((code, region.name_fi, region.name_sv) for code, region in sorted(data.regions.items())),
        ("", *online),
    ]
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["form", "region_code", "region_fi", "region_sv", *(d.value for d in Weekday)])
    forms = ["", *(f.value for f in ActivityForm)]
    for form in forms:
        cells = counts.weekday[form]
        for code, name_fi, name_sv in areas:
            days = [cells.get((code, day), 0) for day in range(len(Weekday))]
            writer.writerow(safe_cells([form, code, name_fi, name_sv, *days]))
    logger.debug("weekday table: %s forms, %s areas", len(forms), len(areas))
    return out.getvalue()
