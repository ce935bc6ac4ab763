"""DuckDB's rejects table, one `ReadError` per bad line, in words a person can act on.

DuckDB records one entry per failed field (and a column-count error with cast errors for
the fields it could not fill), with messages written for its developers; a line gets one
reason here: the column count when that is wrong, else each field that failed, quoting the
value and saying what was expected.
"""

from __future__ import annotations

import duckdb

from eventdb.etl.importers.layout import REJECTS_TABLE, Layout
from eventdb.etl.importers.sources import Source
from eventdb.etl.readers.base import ReadError

Entry = tuple[int, str | None, str, str, str]  # column_idx, column_name, kind, line, message


def _reasons(layout: Layout, entries: list[Entry]) -> str:
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


def read_rejects(con: duckdb.DuckDBPyConnection, source: Source, layout: Layout) -> list[ReadError]:
    """The reasons for every line of `source` DuckDB rejected, except marker lines."""
    rows = con.execute(
        f"SELECT line, column_idx, column_name, error_type::VARCHAR, csv_line, error_message"
        f" FROM {REJECTS_TABLE} ORDER BY line, column_idx"
    ).fetchall()
    by_line: dict[int, list[Entry]] = {}
    for line, column_idx, column_name, kind, csv_line, message in rows:
        by_line.setdefault(int(line), []).append(
            (int(column_idx or 0), column_name, kind, csv_line or "", message or "")
        )
    return [
        ReadError(source.name, line, _reasons(layout, entries))
        for line, entries in sorted(by_line.items())
        if line not in source.markers
    ]
