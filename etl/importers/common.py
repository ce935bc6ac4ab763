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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from eventdb.etl.importers.report import ImportReport
from eventdb.etl.importers.sources import Source, expand, fingerprint, sources
from eventdb.etl.readers.base import ReadError

REJECTS_TABLE = "_import_rejects"
REJECTS_SCAN = "_import_scans"
_INTEGER_TYPES = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT"}
_FORMAT_HINTS = {"%Y": "YYYY", "%m": "MM", "%d": "DD", "%H": "hh", "%M": "mm", "%S": "ss"}

Progress = Callable[[int], None]


def quote(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def ident(name: str) -> str:
    """A SQL identifier; dataset column names have spaces ("Event Date")."""
    return '"' + name.replace('"', '""') + '"'


def enum_type(values: list[str]) -> str:
    return "ENUM(" + ", ".join(quote(v) for v in values) + ")"


def cameo_enum(con: duckdb.DuckDBPyConnection) -> str:
    """The CAMEO codes as an ENUM type: reading a field as this type is the validation."""
    codes = [row[0] for row in con.execute("SELECT code FROM cameo_codes ORDER BY code").fetchall()]
    return enum_type(codes)


def event_columns(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Columns of `events`, so an importer can fill a column a later migration adds."""
    rows = con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'"
    ).fetchall()
    return {row[0] for row in rows}


@dataclass(frozen=True, slots=True)
class Field:
    """One column of a dataset file, with the DuckDB type its text must convert to."""

    name: str
    type: str = "VARCHAR"
    required: bool = False
    expect: str | None = None  # how an error names a valid value, for ENUM types


@dataclass(frozen=True, slots=True)
class Layout:
    """How a dataset's files are laid out: tab-separated, no quoting, these columns."""

    fields: tuple[Field, ...]
    header: bool = False
    dateformat: str | None = None
    timestampformat: str | None = None
    nullstr: tuple[str, ...] = ("",)

    def scan(self, path: str) -> str:
        """A subquery reading, converting and validating one file.

        The filter is always true; it is there so that every column stays projected. DuckDB
        (2.0) applies `force_not_null` by position among the columns a query uses, not among
        the file's columns, so once an unused column is pruned from the scan the option
        lands on the wrong columns: empty optional fields are rejected and empty required
        ones slip through. Referencing every column keeps the two lists the same.
        """
        columns = ", ".join(f"{quote(f.name)}: {quote(f.type)}" for f in self.fields)
        options = [
            f"columns = {{{columns}}}",
            "delim = '\t'",
            "quote = ''",
            "escape = ''",
            r"new_line = '\n'",
            f"header = {'true' if self.header else 'false'}",
            "auto_detect = false",
            "strict_mode = true",
            "nullstr = [" + ", ".join(quote(s) for s in self.nullstr) + "]",
            "store_rejects = true",
            f"rejects_table = {quote(REJECTS_TABLE)}",
            f"rejects_scan = {quote(REJECTS_SCAN)}",
        ]
        if self.dateformat:
            options.append(f"dateformat = {quote(self.dateformat)}")
        if self.timestampformat:
            options.append(f"timestampformat = {quote(self.timestampformat)}")
        required = [quote(f.name) for f in self.fields if f.required]
        if required:
            options.append("force_not_null = [" + ", ".join(required) + "]")
        reader = f"read_csv({quote(path)}, {', '.join(options)})"
        return f"(SELECT * FROM {reader} WHERE COLUMNS(*) IS NULL OR COLUMNS(*) IS NOT NULL)"

    def expectation(self, column: Field) -> str:
        if column.expect:
            return column.expect
        base = column.type.split("(")[0].upper()
        if base in _INTEGER_TYPES:
            return "an integer"
        if base == "DOUBLE":
            return "a number"
        if base == "DATE":
            return f"a date ({_hint(self.dateformat)})"
        if base == "TIMESTAMP":
            return f"a timestamp ({_hint(self.timestampformat)})"
        return f"a {column.type} value"


def _hint(fmt: str | None) -> str:
    text = fmt or ""
    for spec, hint in _FORMAT_HINTS.items():
        text = text.replace(spec, hint)
    return text


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


def _reasons(layout: Layout, entries: list[tuple[int, str | None, str, str, str]]) -> str:
    """One line's reject entries as one readable reason."""
    expected = len(layout.fields)
    for _, _, kind, csv_line, _ in entries:
        if kind in ("MISSING COLUMNS", "TOO MANY COLUMNS"):
            found = csv_line.lstrip("\n").count("\t") + 1
            return f"{found} columns, expected {expected}"
        if kind == "INVALID ENCODING":
            return "not valid UTF-8"
        if kind == "LINE SIZE OVER MAXIMUM":
            return "line too long"
    by_name = {f.name: f for f in layout.fields}
    reasons = []
    for column_idx, column_name, kind, csv_line, message in entries:
        column = by_name.get(column_name or "")
        if kind != "CAST" or column is None:
            reasons.append(message)
            continue
        values = csv_line.lstrip("\n").split("\t")
        value = values[column_idx - 1] if 0 < column_idx <= len(values) else ""
        if value == "" or value in layout.nullstr:
            reasons.append(f"{column.name} is missing")
        else:
            reasons.append(f"{column.name} {value!r} is not {layout.expectation(column)}")
    return "; ".join(dict.fromkeys(reasons))


def _rejects(con: duckdb.DuckDBPyConnection, source: Source, layout: Layout) -> list[ReadError]:
    rows = con.execute(
        f"SELECT line, column_idx, column_name, error_type::VARCHAR, csv_line, error_message"
        f" FROM {REJECTS_TABLE} ORDER BY line, column_idx"
    ).fetchall()
    by_line: dict[int, list[tuple[int, str | None, str, str, str]]] = {}
    for line, column_idx, column_name, kind, csv_line, message in rows:
        by_line.setdefault(int(line), []).append(
            (int(column_idx or 0), column_name, kind, csv_line or "", message or "")
        )
    return [
        ReadError(source.name, line, _reasons(layout, entries))
        for line, entries in sorted(by_line.items())
        if line not in source.markers
    ]


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
    select = plan.select.replace("{scan}", plan.layout.scan(source.path))
    sql = (
        "INSERT INTO events BY NAME"
        " SELECT s.*, $dataset AS dataset, $created_at AS created_at"
        f" FROM ({select}) AS s"
        " WHERE NOT EXISTS (SELECT 1 FROM events AS e"
        " WHERE e.dataset = $dataset AND e.event_id = s.event_id)"
    )
    params = {**plan.params, "dataset": dataset, "created_at": stamp}
    stored = con.execute(sql, params).fetchall()[0][0]
    errors = [*source.errors, *_rejects(con, source, plan.layout)]
    errors.sort(key=lambda e: e.line or 0)
    result.read += source.lines - (1 if plan.layout.header and source.lines else 0)
    result.stored += int(stored)
    result.rejected += len(errors)
    result.errors += errors


def _drop_repeats(con: duckdb.DuckDBPyConnection, dataset: str, stamp: dt.datetime) -> int:
    """Delete all but the first row of any event the file itself holds more than once."""
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
) -> int:
    """Import one file in one transaction; return the rows read (0 when skipped or failed)."""
    with tempfile.TemporaryDirectory(prefix="eventdb-import-") as tmp:
        try:
            found = fingerprint(path)
            if _known(con, found.digest):
                report.files_skipped += 1
                return 0
            inputs = sources(path, found, Path(tmp))
        except (OSError, zipfile.BadZipFile) as exc:
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
) -> ImportReport:
    """Import each file in its own transaction; `progress` gets the rows read per file."""
    report = ImportReport(dataset)
    started = time.perf_counter()
    for item in expand(paths):
        report.files += 1
        if isinstance(item, ReadError):
            report.errors.append(item)
            continue
        rows = _import_file(con, item, dataset, planner, report)
        if progress is not None:
            progress(rows)
    report.seconds = time.perf_counter() - started
    return report
