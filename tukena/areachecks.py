"""Organisations whose regions and municipalities disagree, as warnings of ``tukena validate``.

An organisation that names municipalities works in them, and its regions only say which
regions they are in; one that names no municipality works across its regions
(:meth:`tukena.schemas.organisation.Organisation.area`). A region named beside
municipalities of which none lies in it is then shown nowhere: the site lists the
organisation in its municipalities alone, while the file seems to say it works in that
region too. Whoever wrote it meant something else (a municipality left out, or a region
named by mistake), and the model cannot tell which: both fields are valid alone, so it is
a warning at the region's line, not an error.
"""

from __future__ import annotations

import logging

from tukena import documents
from tukena.exceptions import Problem
from tukena.loader import ContentSet
from tukena.reference import load

logger = logging.getLogger(__name__)


def problems(content: ContentSet) -> list[Problem]:
    """A warning at each region an organisation names beside municipalities none of which
    is in it."""
    data = load()
    warnings = []
    for slug, org in content.organisations.items():
        if not org.municipalities:
            continue
        held = {data.municipalities[code].region for code in org.municipalities}
        stray = [(i, code) for i, code in enumerate(org.regions) if code not in held]
        if not stray:
            continue
        rel = content.paths[("organisations", slug)]
        lines = documents.key_lines(content.root / rel)
        towns = ", ".join(data.municipalities[code].name_fi for code in org.municipalities)
        for i, code in stray:
            region = data.regions[code].name_fi
            message = (
                f"none of the organisation's municipalities ({towns}) is in {region}: the site"
                f" shows it in its municipalities only, not across {region}. Name its"
                f" municipalities in {region} too, or leave the region out"
            )
            line = lines.get(("regions", i)) or lines.get(("regions",), 1)
            warnings.append(Problem(rel, line, f"regions[{i}]", message, warning=True))
    logger.debug(
        "%s region(s) that hold none of their organisation's municipalities", len(warnings)
    )
    return warnings
