"""``make bench``: every benchmark, figures printed as a table and saved as JSON."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--workdir", default=".bench", help="scratch folder (kept for reruns)")
    parser.add_argument("--activities", type=int, default=10000)
    parser.add_argument("--only", choices=("site", "search", "bot", "photos"), action="append")
    parser.add_argument("--no-scaling", action="store_true", help="skip the 3,000/30,000 runs")
    args = parser.parse_args(argv)
    workdir = Path(args.workdir).resolve()
    chosen = args.only or ["site", "search", "bot", "photos"]
    results: dict[str, dict] = {}
    for name in chosen:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as exc:
            print(f"{name}: not available ({exc})", file=sys.stderr)
            continue
        print(f"== {name}", flush=True)
        if name == "site":
            figures = module.run_all(workdir / name, args.activities, scaling=not args.no_scaling)
        else:
            figures = (
                module.run(args.activities, workdir / name)
                if name == "search"
                else module.run(workdir / name)
            )
        results[name] = figures
        for key, value in figures.items():
            shown = f"{value:.3f}" if isinstance(value, float) else value
            print(f"  {key:40} {shown}", flush=True)
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "results.json").write_text(json.dumps(results, indent=2, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
