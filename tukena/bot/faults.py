"""Fault injection for crash tests: die at a named step of a delivery.

With ``TUKENA_FAULT_AT=<step>`` in the environment, the process kills itself with SIGKILL
when it reaches that step, exactly as a power cut or ``kill -9`` would. Steps:
``committed`` (the commit exists, not yet on the forge's branch), ``pushed`` (the branch is
on the forge), ``pr-opened`` (the pull request or issue exists, not yet recorded).
In-process tests may install a hook instead (:func:`set_hook`).
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable

logger = logging.getLogger(__name__)

ENV = "TUKENA_FAULT_AT"
STEPS = ("committed", "pushed", "pr-opened")
_hook: Callable[[str], None] | None = None


def set_hook(hook: Callable[[str], None] | None) -> None:
    """Call ``hook(step)`` at every step (tests); None removes it."""
    global _hook
    _hook = hook


def checkpoint(step: str) -> None:
    """A step of a delivery has just completed."""
    if _hook is not None:
        _hook(step)
    if os.environ.get(ENV) == step:
        logger.warning("fault injection: killing the process at %s", step)
        os.kill(os.getpid(), signal.SIGKILL)
