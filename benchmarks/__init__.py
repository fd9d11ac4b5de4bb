"""Benchmarks (``make bench``): figures are reported as ratios against baselines measured in
the same run, never asserted as timings in tests."""
