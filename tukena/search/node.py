"""Run the repository's node scripts (tests and benchmarks of the search index).

Nothing in the site build needs node: only the checks that compare Python with lunr.js
and the benchmark do. They find node on ``PATH`` and lunr in ``node_modules`` (``npm ci``).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = ROOT / "node_modules"
REQUIRED = ("lunr/lunr.js", "lunr-languages/lunr.fi.js", "lunr-languages/lunr.sv.js")


def missing() -> str | None:
    """Why node-based checks cannot run here, or None when they can."""
    if shutil.which("node") is None:
        return "node is not installed"
    for name in REQUIRED:
        if not (NODE_MODULES / name).is_file():
            return f"node_modules/{name} is missing: run npm ci"
    return None


def run(
    script: Path | str,
    data: Any = None,
    args: tuple[str, ...] = (),
    timeout: int = 600,
    env: dict[str, str] | None = None,
) -> Any:
    """Run ``node script args…`` with ``data`` as JSON on stdin; return its JSON output."""
    node = shutil.which("node")
    if node is None:
        raise RuntimeError("node is not installed")
    logger.debug("node %s %s", script, " ".join(args))
    done = subprocess.run(
        [node, str(script), *args],
        input=json.dumps(data, ensure_ascii=False).encode() if data is not None else b"",
        capture_output=True,
        timeout=timeout,
        check=False,
        env={**os.environ, **(env or {})},
    )
    if done.returncode:
        raise RuntimeError(
            f"node {script} failed ({done.returncode}): {done.stderr.decode(errors='replace')}"
        )
    return json.loads(done.stdout)
