"""GDELT import speed: rows per second for `gdelt.import_files` on a 2.0 export, against
DuckDB's own CSV load of the same file into a plain table, timed in the same run.

    python bench/bench_import.py [--rows 1000000] [--repeat 3] [--keep DIR]

The input is synthetic but valid: 61 tab-separated columns as GDELT 2.0 writes them, every
value derived from a counter-based hash of (row, seed, draw), so a seed gives the same file
byte for byte; codes, Goldstein values and QuadClasses come from the shipped CAMEO table.
Both loads write a fresh database file and are alternated `--repeat` times, so background
load on the machine hits both alike; the report gives the median and the best of each, wall
clock and CPU (all threads). Two more figures: skipping a file already imported, and
importing an overlapping copy (one new event, every other one already stored) into that
database, which measures the anti-join against stored events. Writes bench/results/import.json and import.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
SEED = 20150218

COUNTRIES = (
    "USA RUS CHN UKR GBR FRA DEU IND PAK IRN ISR PSE SYR TUR EGY NGA ZAF BRA MEX JPN".split()
)
FIPS = "US RS CH UP UK FR GM IN PK IR IS WE SY TU EG NI SF BR MX JA".split()
NAMES = (
    "UNITED STATES|RUSSIA|CHINA|UKRAINE|UNITED KINGDOM|FRANCE|GERMANY|INDIA|PAKISTAN|IRAN|"
    "ISRAEL|PALESTINE|SYRIA|TURKEY|EGYPT|NIGERIA|SOUTH AFRICA|BRAZIL|MEXICO|JAPAN"
).split("|")
ROLES = ["", "", "", "GOV", "MIL", "COP", "BUS", "OPP", "CVL", "MED", "JUD", "LEG", "REB"]


def _list(values: list[str]) -> str:
    return "[" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + "]"


def write_gdelt_file(path: Path, rows: int, seed: int = SEED) -> None:
    """A GDELT 2.0 export of `rows` valid events, the same bytes for the same seed."""
    from eventdb.schema.codes import CodeBook

    codes = [c for c in CodeBook.shipped() if c.level >= 3]
    code, base, root = (
        _list([getattr(c, a) for c in codes]) for a in ("code", "base_code", "root_code")
    )
    quad = _list([str(c.quad_class) for c in codes])
    gold = _list([str(c.goldstein) for c in codes])
    country, fips, name, role = _list(COUNTRIES), _list(FIPS), _list(NAMES), _list(ROLES)
    nc, nk, nr = len(COUNTRIES), len(codes), len(ROLES)

    def coord(h: str, span: int) -> str:
        return f"round((({h} % {span * 200})::DOUBLE - {span * 100}) / 100, 4)::VARCHAR"

    def place(h: str, a: str, geo_type: str, label: str, adm1: str) -> str:
        return (
            f"{geo_type}, {label}, {fips}[{a}], {fips}[{a}] || '{adm1}', '{adm1}417',"
            f" {coord(h, 90)}, {coord(h + ' // 7', 180)}, '-' || ({h} % 3000000)::VARCHAR"
        )

    sql = f"""
    COPY (
        WITH r AS (
            SELECT i,
                hash(i, {seed}, 0) AS h0, hash(i, {seed}, 1) AS h1, hash(i, {seed}, 2) AS h2,
                DATE '2015-02-18' - (hash(i, {seed}, 3) % 365)::INTEGER AS d,
                1 + (hash(i, {seed}, 4) % {nk})::INTEGER AS k,
                1 + (hash(i, {seed}, 5) % {nc})::INTEGER AS a1,
                1 + (hash(i, {seed}, 6) % {nc})::INTEGER AS a2,
                1 + (hash(i, {seed}, 7) % {nr})::INTEGER AS t1,
                1 + (hash(i, {seed}, 8) % {nr})::INTEGER AS t2
            FROM range({rows}) AS t(i)
        )
        SELECT
            (400000000 + i)::VARCHAR, strftime(d, '%Y%m%d'), strftime(d, '%Y%m'),
            year(d)::VARCHAR, round(year(d) + dayofyear(d) / 365.0, 4)::VARCHAR,
            {country}[a1] || {role}[t1], {name}[a1], {country}[a1], '', '', '', '',
            {role}[t1], '', '',
            {country}[a2] || {role}[t2], {name}[a2], {country}[a2], '', '', '', '',
            {role}[t2], '', '',
            (h0 % 2)::VARCHAR, {code}[k], {base}[k], {root}[k], {quad}[k], {gold}[k],
            (1 + h0 % 20)::VARCHAR, (1 + h1 % 5)::VARCHAR, (1 + h2 % 10)::VARCHAR,
            round(((h1 % 2000)::DOUBLE - 1000) / 97.0, 10)::VARCHAR,
            {place("h0", "a1", "'4'", "'Kyiv, Kyyiv, Misto, Ukraine'", "12")},
            {place("h1", "a2", "'1'", f"{name}[a2]", "00")},
            {place("h2", "a1", "'4'", "'Moscow, Moskva, Russia'", "48")},
            '20150218' || lpad(((h2 % 96) // 4)::VARCHAR, 2, '0') || '0000',
            'https://www.example-news-' || (h2 % 500)::VARCHAR || '.com/world/'
                || strftime(d, '%Y/%m/%d') || '/story-' || (h0 % 1000000)::VARCHAR || '.html'
        FROM r
        ORDER BY i
    ) TO '{path}' (FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '')
    """
    duckdb.connect().execute(sql)


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def fresh(path: Path) -> Path:
    for suffix in ("", ".wal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def plain_load(csv: Path, db: Path) -> tuple[float, float]:
    con = duckdb.connect(str(fresh(db)))
    try:
        return timed(
            lambda: con.execute(
                f"CREATE TABLE t AS SELECT * FROM read_csv('{csv}', delim = '\t', header = false)"
            )
        )
    finally:
        con.close()


def gdelt_import(csv: Path, db: Path, rows: int) -> tuple[float, float]:
    from eventdb.etl.importers import gdelt
    from eventdb.schema import connect

    con = connect(fresh(db))  # the schema is created before the clock starts
    try:
        result: list[object] = []
        seconds = timed(lambda: result.append(gdelt.import_files(con, [str(csv)])))
        report = result[0]
        assert report.rows_stored == rows and not report.errors, report.summary()
        return seconds
    finally:
        con.close()


def summarise(runs: list[tuple[float, float]]) -> dict[str, float]:
    walls, cpus = [r[0] for r in runs], [r[1] for r in runs]
    return {
        "wall_median_s": round(statistics.median(walls), 3),
        "wall_best_s": round(min(walls), 3),
        "cpu_median_s": round(statistics.median(cpus), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="Write the generated file here and keep it.")
    args = parser.parse_args()

    from eventdb.etl.importers import gdelt
    from eventdb.schema import connect

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="eventdb-bench-") as tmp:
        work = Path(tmp)
        csv = (args.keep or work) / "20150218230000.export.CSV"
        csv.parent.mkdir(parents=True, exist_ok=True)
        generate_s, _ = timed(lambda: write_gdelt_file(csv, args.rows))
        file_mb = round(os.path.getsize(csv) / 1e6, 1)
        plain_runs, import_runs = [], []
        for _ in range(args.repeat):
            plain_runs.append(plain_load(csv, work / "plain.duckdb"))
            import_runs.append(gdelt_import(csv, work / "import.duckdb", args.rows))

        # the database of the last import holds every row: skip, then an overlapping copy
        overlap = work / "overlap.export.CSV"
        with csv.open("rb") as src, overlap.open("wb") as out:
            first = src.readline()
            out.write(first.replace(b"400000000\t", b"399999999\t", 1))  # one new event
            out.write(first)
            shutil.copyfileobj(src, out, 1 << 20)
        con = connect(work / "import.duckdb")
        try:
            skip_s, _ = timed(lambda: gdelt.import_files(con, [str(csv)]))
            reports: list[object] = []
            overlap_s, _ = timed(lambda: reports.append(gdelt.import_files(con, [str(overlap)])))
            overlap_report = reports[0]
            assert overlap_report.rows_stored == 1, overlap_report.summary()
            assert overlap_report.rows_duplicate == args.rows, overlap_report.summary()
        finally:
            con.close()

    plain, imported = summarise(plain_runs), summarise(import_runs)
    result = {
        "rows": args.rows,
        "file_mb": file_mb,
        "cores": os.cpu_count(),
        "duckdb": duckdb.__version__,
        "repeat": args.repeat,
        "generate_s": round(generate_s, 2),
        "plain_read_csv": plain,
        "import": imported,
        "load_average_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "plain_rows_per_s_median": round(args.rows / plain["wall_median_s"]),
        "import_rows_per_s_median": round(args.rows / imported["wall_median_s"]),
        "import_rows_per_s_best": round(args.rows / imported["wall_best_s"]),
        "ratio_wall_median": round(imported["wall_median_s"] / plain["wall_median_s"], 3),
        "ratio_wall_best": round(imported["wall_best_s"] / plain["wall_best_s"], 3),
        "ratio_cpu_median": round(imported["cpu_median_s"] / plain["cpu_median_s"], 3),
        "reimport_skip_s": round(skip_s, 3),
        "overlap_one_new_s": round(overlap_s, 3),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "import.json").write_text(json.dumps(result, indent=2) + "\n")
    md = [
        f"GDELT 2.0 import of {args.rows:,} rows ({result['cores']} cores, DuckDB"
        f" {result['duckdb']}, median and best of {args.repeat} alternated runs)",
        "",
        "| measure | plain `read_csv` into a table | `gdelt.import_files` |",
        "|---|---|---|",
        f"| wall, median (s) | {plain['wall_median_s']} | {imported['wall_median_s']} |",
        f"| wall, best (s) | {plain['wall_best_s']} | {imported['wall_best_s']} |",
        f"| CPU, median (s) | {plain['cpu_median_s']} | {imported['cpu_median_s']} |",
        "",
        "| figure | value |",
        "|---|---|",
        *[
            f"| {k} | {v} |"
            for k, v in result.items()
            if k.startswith(("plain_rows", "import_rows", "ratio", "reimport", "overlap", "load"))
        ],
    ]
    (RESULTS / "import.md").write_text("\n".join(md) + "\n")
    print("\n".join(md))


if __name__ == "__main__":
    main()
