"""The benchmarks' runner reports the system CPU time of the whole process tree, so that a
build slowed by the file system shows for what it is."""

from __future__ import annotations

import sys

from benchmarks.measure import run

# a forked worker reads 3 GB from /dev/zero (system time only) and the parent waits for it
FORKED_READS = """
import os
pid = os.fork()
if pid == 0:
    with open("/dev/zero", "rb", buffering=0) as zero:
        for _ in range(3000):
            zero.read(1 << 20)
    os._exit(0)
os.waitpid(pid, 0)
"""


def test_system_time_of_a_worker_is_counted():
    result = run([sys.executable, "-c", FORKED_READS], sample=False)
    assert result.returncode == 0
    assert result.system_s > 0.03  # nearly all of it spent in the forked worker
    idle = run([sys.executable, "-c", "pass"], sample=False)
    assert idle.system_s < result.system_s
