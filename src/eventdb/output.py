"""Writing query results in the formats the CLI and API share (table, csv, json, parquet)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import duckdb
import pyarrow as pa


class Format(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


def _quote_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def copy_query(
    con: duckdb.DuckDBPyConnection,
    query: str,
    path: Path,
    fmt: Format,
    partition_by: list[str] | None = None,
) -> None:
    """Stream a query's result to a file (or a Hive-partitioned folder) with DuckDB's COPY."""
    options = {
        Format.parquet: ["FORMAT parquet", "COMPRESSION zstd"],
        Format.csv: ["FORMAT csv", "HEADER true"],
        Format.json: ["FORMAT json"],
    }[fmt]
    if partition_by:
        options.append("PARTITION_BY (" + ", ".join(partition_by) + ")")
        options.append("OVERWRITE_OR_IGNORE true")
    con.execute(f"COPY ({query}) TO {_quote_path(path)} ({', '.join(options)})")


def print_result(rel: duckdb.DuckDBPyRelation | None, fmt: Format, max_rows: int = 100) -> None:
    """Print an executed query's result, reading it in batches so large results stream."""
    import polars as pl

    if rel is None:  # a statement without a result
        print("ok")
        return
    reader = rel.to_arrow_reader(10_000)
    if fmt is Format.table:
        batches, rows = [], 0
        for batch in reader:
            batches.append(batch)
            rows += batch.num_rows
            if rows > max_rows:
                break
        table = pa.Table.from_batches(batches, schema=reader.schema)
        frame = pl.from_arrow(table.slice(0, max_rows))
        with pl.Config(
            tbl_rows=max_rows,
            tbl_cols=-1,
            fmt_str_lengths=80,
            tbl_hide_dataframe_shape=True,
            tbl_hide_column_data_types=True,
        ):
            print(frame)
        if rows > max_rows:
            print(f"(first {max_rows} rows shown; use --format csv or --output for all)")
        return
    if fmt is Format.parquet:
        raise ValueError("parquet needs --output FILE")
    header = True
    for batch in reader:
        frame = pl.from_arrow(pa.Table.from_batches([batch], schema=reader.schema))
        if fmt is Format.csv:
            sys.stdout.write(frame.write_csv(include_header=header))
        else:
            sys.stdout.write(frame.write_ndjson())
        header = False
    if header and fmt is Format.csv:
        sys.stdout.write(",".join(reader.schema.names) + "\n")
