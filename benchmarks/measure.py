"""Run a command and measure its wall time and the peak memory of its whole process tree.

Peak memory is the largest sum of proportional set sizes (PSS) over the process and its
descendants, sampled every 20 ms: forked workers that share pages are not counted twice.
Reading PSS makes the kernel walk each process's page tables while holding its memory map
lock, which stalls the process's page faults: at 10,000 activities the sampled build took
nearly twice as long. So time with ``sample=False`` and measure memory in a run of its own.

The system CPU time of the whole tree (the process and the workers it waited for) comes
with each run: a build that creates tens of thousands of files right after many were
deleted spends several times its usual system time in the file system (see
:mod:`benchmarks.site`), and the figure shows such a run for what it is.
"""

from __future__ import annotations

import os
import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Run:
    seconds: float
    peak_mb: float
    returncode: int
    system_s: float = 0.0  # system CPU time of the process tree


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_pss_kb(pid: int) -> int:
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += _pss_kb(current)
        stack.extend(_children(current))
    return total


def run(
    argv: list[str], cwd: Path | None = None, env: dict | None = None, sample: bool = True
) -> Run:
    """Run ``argv`` to completion; measure wall time and (``sample``) peak tree PSS."""
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_stime
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    peak = 0
    done = threading.Event()

    def sample_pss() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_pss_kb(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample_pss, daemon=True)
    if sample:
        sampler.start()
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    if sample:
        sampler.join()
    if proc.returncode:
        print(stderr.decode("utf-8", "replace")[-4000:])
    system = resource.getrusage(resource.RUSAGE_CHILDREN).ru_stime - before
    return Run(seconds, peak / 1024, proc.returncode, system)
