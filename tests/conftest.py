"""Settings every test module shares.

Hypothesis' defaults fail an example that takes over 200 ms, and a search whose data
takes long to draw: on a busy two-core machine (CI, or a build beside the tests) that is
the machine's load, not the code's fault. Performance is measured by the benchmarks
(``make bench``), so the property tests assert behaviour only, with no time limit.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

settings.register_profile("tukena", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("tukena")
