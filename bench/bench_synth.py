"""Synthetic generator speed: seconds and rows per second for `eventdb synth`.

    python bench/bench_synth.py [--events 10000000] [--db PATH]

Generates into a fresh database file (a temporary one unless --db is given; an existing
file is replaced) and reports the time of `generate()` alone and of the whole run including
the final checkpoint. Writes bench/results/synth.json and synth.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--db", type=Path, help="Write here and keep it (default: a temp file).")
    args = parser.parse_args()

    import duckdb

    from eventdb.etl.importers.synth import generate
    from eventdb.schema import connect

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "synth.duckdb"
        for stale in (path, Path(f"{path}.wal")):
            stale.unlink(missing_ok=True)
        started = time.perf_counter()
        con = connect(path)
        chunks: list[float] = []
        last = [time.perf_counter()]

        def tick(rows: int) -> None:
            now = time.perf_counter()
            chunks.append(round(now - last[0], 2))
            last[0] = now
            print(f"  {rows} rows in {chunks[-1]} s", flush=True)

        gen_started = time.perf_counter()
        written = generate(
            con,
            events=args.events,
            seed=args.seed,
            start=dt.date(2015, 1, 1),
            end=dt.date(2024, 12, 31),
            progress=tick,
        )
        generate_s = time.perf_counter() - gen_started
        con.execute("CHECKPOINT")
        con.close()
        total_s = time.perf_counter() - started
        size = path.stat().st_size

    result = {
        "events": written,
        "generate_seconds": round(generate_s, 2),
        "rows_per_second": round(written / generate_s),
        "seconds_incl_open_and_checkpoint": round(total_s, 2),
        "chunk_seconds": chunks,
        "database_mib": round(size / 2**20, 1),
        "bytes_per_event": round(size / written, 1),
        "cores": os.cpu_count(),
        "duckdb": duckdb.__version__,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "synth.json").write_text(json.dumps(result, indent=2) + "\n")
    md = ["| measure | value |", "|---|---|", *[f"| {k} | {v} |" for k, v in result.items()]]
    (RESULTS / "synth.md").write_text("\n".join(md) + "\n")
    print("\n".join(md))


if __name__ == "__main__":
    main()
