"""A YAML dumper that quotes every string another YAML reader would take for another type.

The project reads plain scalars as text (:mod:`tukena.yamlsafe`), but a written file is also
opened by editors, ``yq`` and js-yaml, which resolve plain scalars by YAML 1.2 (``091`` is
the number 91, ``0o17`` an octal) or YAML 1.1 (``y``, ``on``, ``2026-01-01`` a date,
``14:00`` a sexagesimal number). PyYAML's own dumper quotes what YAML 1.1 as PyYAML reads it
would resolve; this one also quotes what YAML 1.2 and the rest of YAML 1.1 would, so a
municipality code stays the string ``"091"`` for every reader. A date meant as a date is
written from a :class:`datetime.date`, plain, as PyYAML always does.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import yaml

logger = logging.getLogger(__name__)

#: Plain scalars that YAML 1.2 (core and JSON schemas) or YAML 1.1 read as something other
#: than a string: numbers of any base, infinities, not-a-numbers, booleans, nulls, dates.
OTHER_TYPE = re.compile(
    r"[-+]?[0-9][0-9_]*"  # 1.2 decimal integers (091), and 1.1 ones with underscores
    r"|[-+]?0[ob][0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?0b[01_]+"  # octal, hex, binary
    r"|[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?"  # floats
    r"|[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)"
    r"|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?"  # 1.1 sexagesimal (17:00)
    r"|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"
    r"|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
    r"|~|null|Null|NULL|=|<<"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?"  # 1.1 timestamps
)


class QuotingDumper(yaml.SafeDumper):
    """:class:`yaml.SafeDumper` quoting strings that read as another type somewhere."""

    def ignore_aliases(self, data: Any) -> bool:
        """Never an anchor: one value written twice (a date object) is written twice, as
        the project's reader refuses anchors and aliases."""
        return True


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "'" if OTHER_TYPE.fullmatch(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


QuotingDumper.add_representer(str, _represent_str)


def dump(data: Any) -> str:
    """Block-style YAML in the data's key order, strings quoted where any reader needs it."""
    return yaml.dump(
        data, Dumper=QuotingDumper, allow_unicode=True, sort_keys=False, default_flow_style=False
    )
