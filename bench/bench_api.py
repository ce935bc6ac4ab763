"""API latency and throughput on a synthetic database, beside the same queries run directly.

    python bench/bench_api.py [--events 10000000] [--db PATH] [--repeat 40]
                              [--clients 16] [--seconds 8] [--no-optimize]

Builds the database with the synthetic generator unless --db names an existing file, sorts it
as `eventdb optimize` does (unless --no-optimize; the time it takes is reported), starts
`eventdb serve` on a free loopback port, and for each standard query alternates HTTP
requests with the same SQL run in this process on a copy of the file (the server holds the
original): p50/p95 of each, then requests per second with 16 concurrent clients against
queries per second with 16 threads on DuckDB. "Direct" means running the SQL the endpoint
runs and fetching the result as Arrow; for the Parquet export it means DuckDB's own
COPY ... TO a file. Writes bench/results/api.json and api.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"


@dataclass(frozen=True)
class Case:
    name: str
    path: str
    params: dict[str, str]
    light: bool = True  # part of the throughput test


CASES = [
    Case(
        "counts: month x root, one dyad",
        "/v1/events/counts",
        {"source": "USA", "target": "RUS", "by": "month,root"},
    ),
    Case("top dyads for a year", "/v1/dyads", {"start": "2023", "end": "2023", "limit": "20"}),
    Case(
        "filtered page of events",
        "/v1/events",
        {"source": "USA", "quad_class": "4", "limit": "100"},
    ),
    Case(
        "full filtered Parquet export",
        "/v1/events",
        {"actor": "RUS", "start": "2024-01-01", "format": "parquet"},
        light=False,
    ),
]


def ensure_database(
    path: Path, events: int, reuse: bool, optimize: bool
) -> tuple[bool, float | None]:
    """Build (or reuse) the database; return whether `events` is fully sorted, and the
    seconds `eventdb optimize` took if it ran here."""
    if not _existing(path, events, reuse):
        _generate(path, events)
    from eventdb.schema import cluster_events, connect, unclustered

    con = connect(path)
    try:
        if not unclustered(con):
            return True, None
        if not optimize:
            return False, None
        print("clustering (eventdb optimize)", flush=True)
        report = cluster_events(con)
        print(f"  {report.seconds:.1f} s", flush=True)
        return True, report.seconds
    finally:
        con.close()


def _existing(path: Path, events: int, reuse: bool) -> bool:
    from eventdb.schema import connect

    if not path.exists():
        return False
    con = connect(path)
    have = con.execute("SELECT count(*) FROM events").fetchall()[0][0]
    con.close()
    if reuse or have == events:
        print(f"using {path} ({have} events)", flush=True)
        return True
    path.unlink()
    return False


def _generate(path: Path, events: int) -> None:
    from eventdb.etl.importers.synth import generate
    from eventdb.schema import connect

    print(f"generating {events} events into {path}", flush=True)
    started = time.perf_counter()
    con = connect(path)
    generate(con, events=events, seed=0, start=dt.date(2015, 1, 1), end=dt.date(2024, 12, 31))
    con.execute("CHECKPOINT")
    con.close()
    print(f"  {time.perf_counter() - started:.1f} s", flush=True)


def direct_runner(con, vocabulary, case: Case, scratch: Path) -> Callable[[object], None]:
    """A function that runs the case's SQL on a given cursor, as the endpoint would."""
    from eventdb.api import queries
    from eventdb.api.params import to_raw
    from eventdb.api.requests import parse_counts, parse_dyads, parse_events

    raw = to_raw(case.params)
    if case.path == "/v1/events/counts":
        query = queries.counts(parse_counts(raw, vocabulary))
    elif case.path == "/v1/dyads":
        query = queries.dyads(parse_dyads(raw, vocabulary))
    else:
        query = queries.events(parse_events(raw, vocabulary))
    if case.params.get("format") == "parquet":
        target = scratch / "direct.parquet"

        def run(cur) -> None:
            cur.sql(query.sql, params=query.params).write_parquet(str(target))

        return run

    def run(cur) -> None:
        cur.sql(query.sql, params=query.params).to_arrow_table()

    return run


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def latency(client: httpx.Client, con, run, case: Case, repeat: int) -> dict[str, object]:
    def request() -> httpx.Response:
        response = client.get(case.path, params=case.params)
        response.raise_for_status()
        return response

    for _ in range(3):  # warm caches on both sides
        body = request().content
        run(con)
    api, direct = [], []
    for _ in range(repeat):
        api.append(timed(request))
        direct.append(timed(lambda: run(con)))
    p50_api, p50_direct = statistics.median(api), statistics.median(direct)
    return {
        "query": case.name,
        "request": f"{case.path}?{httpx.QueryParams(case.params)}",
        "response_bytes": len(body),
        "direct_p50_ms": ms(p50_direct),
        "direct_p95_ms": ms(percentile(direct, 0.95)),
        "api_p50_ms": ms(p50_api),
        "api_p95_ms": ms(percentile(api, 0.95)),
        "api_over_direct_p50": round(p50_api / p50_direct, 2),
        "target_ms": ms(1.5 * p50_direct + 0.002),
        "meets_target": p50_api <= 1.5 * p50_direct + 0.002,
    }


def hammer(worker: Callable[[], Callable[[], object]], clients: int, seconds: float) -> dict:
    """Run `clients` threads, each calling its own callable until time is up."""
    stop = time.perf_counter() + seconds
    results: list[list[float]] = [[] for _ in range(clients)]
    errors = [0]

    def loop(slot: int) -> None:
        call = worker()
        while time.perf_counter() < stop:
            try:
                results[slot].append(timed(call))
            except Exception:
                errors[0] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=loop, args=(n,)) for n in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    done = [x for r in results for x in r]
    return {
        "per_second": round(len(done) / elapsed, 1),
        "p50_ms": ms(statistics.median(done)) if done else None,
        "p95_ms": ms(percentile(done, 0.95)) if done else None,
        "completed": len(done),
        "errors": errors[0],
    }


def throughput(url: str, db, vocabulary, case: Case, clients: int, seconds: float, scratch) -> dict:
    def api_worker():
        client = httpx.Client(base_url=url, timeout=60)
        return lambda: client.get(case.path, params=case.params).raise_for_status()

    def direct_worker():
        cur = db.cursor()
        run = direct_runner(cur, vocabulary, case, scratch)
        return lambda: run(cur)

    api = hammer(api_worker, clients, seconds)
    direct = hammer(direct_worker, clients, seconds)
    return {
        "query": case.name,
        "clients": clients,
        "api_requests_per_s": api["per_second"],
        "api_p50_ms": api["p50_ms"],
        "api_p95_ms": api["p95_ms"],
        "api_errors": api["errors"],
        "direct_queries_per_s": direct["per_second"],
        "direct_p50_ms": direct["p50_ms"],
        "direct_p95_ms": direct["p95_ms"],
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def markdown(result: dict) -> str:
    lines = [
        f"API benchmark: {result['events']:,} synthetic events, {result['cores']} cores, "
        f"DuckDB {result['duckdb']}, load average at start {result['load_average']}",
        "",
        "events table: "
        + (
            "sorted by `eventdb optimize`"
            + (f" ({result['optimize_s']} s)" if result["optimize_s"] is not None else "")
            if result["clustered"]
            else "in insertion order (not optimized)"
        ),
        "",
        "| query | direct p50 ms | direct p95 ms | API p50 ms | API p95 ms | API/direct | "
        "target ms (1.5x+2) | meets |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in result["latency"]:
        lines.append(
            f"| {r['query']} | {r['direct_p50_ms']} | {r['direct_p95_ms']} | {r['api_p50_ms']} | "
            f"{r['api_p95_ms']} | {r['api_over_direct_p50']} | {r['target_ms']} | "
            f"{'yes' if r['meets_target'] else 'no'} |"
        )
    lines += [
        "",
        f"counts p95 under 100 ms: {'yes' if result['counts_p95_ok'] else 'no'}",
        "",
        f"| query ({result['clients']} concurrent) | API req/s | API p50 ms | API p95 ms | "
        "direct queries/s | direct p50 ms | direct p95 ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in result["throughput"]:
        lines.append(
            f"| {r['query']} | {r['api_requests_per_s']} | {r['api_p50_ms']} | {r['api_p95_ms']} | "
            f"{r['direct_queries_per_s']} | {r['direct_p50_ms']} | {r['direct_p95_ms']} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--db", type=Path, help="Reuse this database file (built if missing).")
    parser.add_argument("--repeat", type=int, default=40, help="Timed runs per query and side.")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=8.0, help="Length of each load test.")
    parser.add_argument(
        "--no-optimize",
        dest="optimize",
        action="store_false",
        help="Measure the table in insertion order, without `eventdb optimize`.",
    )
    args = parser.parse_args()

    import duckdb

    from eventdb.api.params import Vocabulary

    db_path = args.db or Path(tempfile.gettempdir()) / f"eventdb-bench-{args.events}.duckdb"
    clustered, optimize_s = ensure_database(
        db_path, args.events, args.db is not None, args.optimize
    )
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        copy = scratch / "direct.duckdb"
        shutil.copy(db_path, copy)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        command = [
            str(Path(sys.executable).parent / "eventdb"),
            "serve", "--db", str(db_path), "--port", str(port),
        ]  # fmt: skip
        server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    httpx.get(f"{url}/health", timeout=2).raise_for_status()
                    break
                except httpx.TransportError:
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise SystemExit("the server did not start") from None
                    time.sleep(0.2)
            db = duckdb.connect(str(copy), read_only=True)
            vocabulary = Vocabulary.from_connection(db)
            latencies, loads = [], []
            with httpx.Client(base_url=url, timeout=300) as client:
                for case in CASES:
                    run = direct_runner(db, vocabulary, case, scratch)
                    latencies.append(latency(client, db, run, case, args.repeat))
                    print(json.dumps(latencies[-1]), flush=True)
            for case in CASES:
                if case.light:
                    loads.append(
                        throughput(url, db, vocabulary, case, args.clients, args.seconds, scratch)
                    )
                    print(json.dumps(loads[-1]), flush=True)
            db.close()
        finally:
            server.terminate()
            server.wait(timeout=30)

    result = {
        "events": args.events,
        "cores": os.cpu_count(),
        "duckdb": duckdb.__version__,
        "load_average": round(load, 2),
        "clustered": clustered,
        "optimize_s": None if optimize_s is None else round(optimize_s, 1),
        "repeat": args.repeat,
        "clients": args.clients,
        "latency": latencies,
        "counts_p95_ok": latencies[0]["api_p95_ms"] < 100,
        "throughput": loads,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "api.json").write_text(json.dumps(result, indent=2) + "\n")
    (RESULTS / "api.md").write_text(markdown(result))
    print(markdown(result))


if __name__ == "__main__":
    main()
