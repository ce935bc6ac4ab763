"""Run every benchmark in turn and collect their tables in bench/results/.

    python bench/run_all.py [--quick]

`--quick` uses small sizes (a smoke run); the README's figures come from the full sizes.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    args = parser.parse_args()
    runs = [
        ["bench_coder.py", "--sentences", "1000" if args.quick else "6000"],
        ["bench_synth.py", "--events", "200000" if args.quick else "10000000"],
        ["bench_import.py", *(["--rows", "100000"] if args.quick else [])],
        ["bench_api.py", "--events", "200000" if args.quick else "10000000"],
    ]
    for script, *options in runs:
        print(f"== {script} {' '.join(options)}", flush=True)
        subprocess.run([sys.executable, str(HERE / script), *options], check=True)
    print(f"tables in {HERE / 'results'}")


if __name__ == "__main__":
    main()
