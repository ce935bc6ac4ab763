"""The machinery every dataset importer shares: DuckDB parses and validates, Python keeps the
books.

A file is read by DuckDB's CSV reader with an explicit, typed column list, so one parallel pass
both converts and checks every field: a wrong column count, a bad date, a non-numeric number
or a CAMEO code missing from `cameo_codes` (the codes are an ENUM type, so an unknown code
fails its cast) lands in the reader's rejects table with its line number instead of stopping
the file or being coerced. Required fields are read with `force_not_null`, so an empty value
fails its cast too rather than becoming NULL. The good rows go straight into `events` in the
same statement, minus those whose `event_id` is already stored; nothing is staged in between,
which keeps an import close to the cost of DuckDB's plain CSV load.

Each file is one transaction: its good rows and its `imports` ledger entry commit together,
so a file is imported whole (less its reported bad lines) or not at all, and a file already
in the ledger is skipped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from eventdb.etl.importers.layout import REJECTS_SCAN, REJECTS_TABLE, Layout, enum_type
from eventdb.etl.importers.rejects import read_rejects
from eventdb.etl.importers.report import ImportReport
from eventdb.etl.importers.sources import Source, expand, fingerprint, sources
from eventdb.etl.readers.base import ReadError

Progress = Callable[[int], None]


def cameo_enum(con: duckdb.DuckDBPyConnection) -> str:
    """The CAMEO codes as an ENUM type: reading a field as this type is the validation."""
    codes = [row[0] for row in con.execute("SELECT code FROM cameo_codes ORDER BY code").fetchall()]
    return enum_type(codes)


@dataclass(frozen=True, slots=True)
class Plan:
    """How to turn one source into events rows: its layout and a SELECT over `{scan}` giving
    `events` columns by name (everything but `dataset` and `created_at`)."""

    layout: Layout
    select: str
    params: dict[str, object] = field(default_factory=dict)


Planner = Callable[[duckdb.DuckDBPyConnection, Source], Plan | ReadError]


_last_stamp = dt.datetime.min


def _stamp() -> dt.datetime:
    """`created_at` for one file's rows, distinct from every earlier file's in this process,
    so the rows a file just added can be told apart from everything else."""
    global _last_stamp
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    if now <= _last_stamp:
        now = _last_stamp + dt.timedelta(microseconds=1)
    _last_stamp = now
    return now


@dataclass(slots=True)
class _FileResult:
    read: int = 0
    stored: int = 0
    rejected: int = 0
    errors: list[ReadError] = field(default_factory=list)


def _load(
    con: duckdb.DuckDBPyConnection,
    source: Source,
    plan: Plan,
    dataset: str,
    stamp: dt.datetime,
    result: _FileResult,
) -> None:
    """Insert one source's good rows that are not stored yet; collect its rejected lines."""
    con.execute(f"DROP TABLE IF EXISTS {REJECTS_TABLE}")
    con.execute(f"DROP TABLE IF EXISTS {REJECTS_SCAN}")
    select = plan.select.replace("{scan}", plan.layout.scan(source.path, plan.select))
    sql = (
        "INSERT INTO events BY NAME"
        " SELECT s.*, $dataset AS dataset, $created_at AS created_at"
        f" FROM ({select}) AS s"
        " WHERE NOT EXISTS (SELECT 1 FROM events AS e"
        " WHERE e.dataset = $dataset AND e.event_id = s.event_id)"
    )
    params = {**plan.params, "dataset": dataset, "created_at": stamp}
    with _bulk_settings(con):
        stored = con.execute(sql, params).fetchall()[0][0]
    errors = [*source.errors, *read_rejects(con, source, plan.layout)]
    errors.sort(key=lambda e: e.line or 0)
    result.read += source.lines - (1 if plan.layout.header and source.lines else 0)
    result.stored += int(stored)
    result.rejected += len(errors)
    result.errors += errors


_BULK_SETTINGS = {"preserve_insertion_order": False, "enable_progress_bar": False}


@contextlib.contextmanager
def _bulk_settings(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Settings for one import statement, restored afterwards.

    Insertion order: the order of a file's rows in the table means nothing, and keeping it
    can confine an INSERT to one thread. Progress bar: DuckDB would draw its own into the
    command's output; importers report progress through their `progress` callback.
    """
    before = {
        name: con.execute(f"SELECT current_setting('{name}')").fetchall()[0][0]
        for name in _BULK_SETTINGS
    }
    for name, value in _BULK_SETTINGS.items():
        con.execute(f"SET {name} = {str(value).lower()}")
    try:
        yield
    finally:
        for name, value in before.items():
            con.execute(f"SET {name} = {str(bool(value)).lower()}")


def _drop_repeats(con: duckdb.DuckDBPyConnection, dataset: str, stamp: dt.datetime) -> int:
    """Delete all but one row of any event the file itself holds more than once."""
    params = {"dataset": dataset, "created_at": stamp}
    mine = "FROM events WHERE created_at = $created_at AND dataset = $dataset"
    repeats = con.execute(f"SELECT count(*) - count(DISTINCT event_id) {mine}", params).fetchall()
    if not repeats[0][0]:
        return 0
    con.execute(
        f"DELETE FROM events WHERE rowid IN (SELECT rowid {mine}"
        " QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY rowid) > 1)",
        params,
    )
    return int(repeats[0][0])


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back if a transaction is still open (a failed COMMIT has already ended it)."""
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")


def _known(con: duckdb.DuckDBPyConnection, digest: str) -> bool:
    rows = con.execute("SELECT 1 FROM imports WHERE file_digest = ?", [digest]).fetchall()
    return bool(rows)


def _import_file(
    con: duckdb.DuckDBPyConnection,
    path: Path,
    dataset: str,
    planner: Planner,
    report: ImportReport,
    text_id: bool,
) -> int:
    """Import one file in one transaction; return the rows read (0 when skipped or failed)."""
    with tempfile.TemporaryDirectory(prefix="eventdb-import-") as tmp:
        try:
            found = fingerprint(path, text_id)
            if _known(con, found.digest):
                report.files_skipped += 1
                return 0
            inputs = sources(path, found, Path(tmp), text_id)
        except (OSError, zipfile.BadZipFile, zlib.error) as exc:
            report.errors.append(ReadError(str(path), None, f"cannot read: {exc}"))
            return 0
        plans = []
        for source in inputs:
            plan = planner(con, source)
            if isinstance(plan, ReadError):
                report.errors.append(plan)
                return 0
            plans.append(plan)
        stamp = _stamp()
        result = _FileResult()
        con.execute("BEGIN TRANSACTION")
        try:
            for source, plan in zip(inputs, plans, strict=True):
                _load(con, source, plan, dataset, stamp, result)
            result.stored -= _drop_repeats(con, dataset, stamp)
            con.execute(
                "INSERT INTO imports (file_digest, path, dataset, rows_read, rows_stored,"
                " rows_rejected, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    found.digest,
                    str(path),
                    dataset,
                    result.read,
                    result.stored,
                    result.rejected,
                    stamp,
                ],
            )
            con.execute("COMMIT")
        except duckdb.Error as exc:
            _rollback(con)
            message = str(exc).strip().splitlines()[0]
            report.errors.append(ReadError(str(path), None, f"not imported: {message}"))
            return 0
        except BaseException:
            _rollback(con)
            raise
        finally:
            con.execute(f"DROP TABLE IF EXISTS {REJECTS_TABLE}")
            con.execute(f"DROP TABLE IF EXISTS {REJECTS_SCAN}")
    report.rows_read += result.read
    report.rows_stored += result.stored
    report.rows_rejected += result.rejected
    report.rows_duplicate += result.read - result.stored - result.rejected
    report.errors += result.errors
    return result.read


def import_files(
    con: duckdb.DuckDBPyConnection,
    paths: list[str],
    *,
    dataset: str,
    planner: Planner,
    progress: Progress | None = None,
    text_id: bool = False,
) -> ImportReport:
    """Import each file in its own transaction; `progress` gets the rows read per file.

    `text_id`: the dataset's event id (first column) is text, which DuckDB reads even when
    empty, so empty ids are looked for before it reads the file.
    """
    report = ImportReport(dataset)
    started = time.perf_counter()
    for item in expand(paths):
        report.files += 1
        if isinstance(item, ReadError):
            report.errors.append(item)
            continue
        rows = _import_file(con, item, dataset, planner, report, text_id)
        if progress is not None:
            progress(rows)
    report.seconds = time.perf_counter() - started
    return report
