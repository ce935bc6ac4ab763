"""Arrow data as response bodies: JSON, CSV, Parquet and Arrow IPC, whole or streamed.

Query results stay Arrow from DuckDB to the socket. Streamed bodies are produced batch by
batch (a Parquet row group or an IPC message per batch), so exporting a whole table needs
memory for one batch, not for the result.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator

import msgspec
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from eventdb.api.requests import Format

MEDIA_TYPES = {
    Format.json: "application/json",
    Format.csv: "text/csv; charset=utf-8",
    Format.parquet: "application/vnd.apache.parquet",
    Format.arrow: "application/vnd.apache.arrow.stream",
}
EXTENSIONS = {Format.csv: "csv", Format.parquet: "parquet", Format.arrow: "arrows"}


class _Sink:
    """A write-only file that hands over what was written since the last drain."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []
        self._position = 0
        self.closed = False

    def write(self, data) -> int:
        chunk = bytes(data)
        self._chunks.append(chunk)
        self._position += len(chunk)
        return len(chunk)

    def tell(self) -> int:
        return self._position

    def flush(self) -> None:
        return None

    def close(self) -> None:
        self.closed = True

    def drain(self) -> bytes:
        out = b"".join(self._chunks)
        self._chunks.clear()
        return out


def _plain(value: object) -> object:
    """JSON for what msgspec does not know (intervals, odd DuckDB types)."""
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    return str(value)


def json_rows(table: pa.Table) -> bytes:
    """A JSON array of row objects; Polars does it fastest, Python covers the odd types."""
    try:
        return pl.from_arrow(table).write_json().encode()
    except (pl.exceptions.PolarsError, TypeError, ValueError):
        return msgspec.json.encode(table.to_pylist(), enc_hook=_plain)


def json_body(table: pa.Table, meta: dict[str, object]) -> bytes:
    """`{...meta, "data": [rows]}` without re-parsing the rows."""
    head = msgspec.json.encode(meta)
    rows = json_rows(table)
    if head == b"{}":
        return b'{"data":' + rows + b"}"
    return head[:-1] + b',"data":' + rows + b"}"


def _csv_column(column: pa.ChunkedArray | pa.Array) -> pa.Array | pa.ChunkedArray:
    kind = column.type
    if pa.types.is_list(kind) and pa.types.is_string(kind.value_type):
        return pc.binary_join(column, ";")
    if pa.types.is_nested(kind) or pa.types.is_interval(kind):
        return pa.array(
            [None if v is None else json.dumps(v, default=str) for v in column.to_pylist()],
            pa.string(),
        )
    return column


def _csv_schema(schema: pa.Schema) -> pa.Schema:
    fields = []
    for f in schema:
        nested = pa.types.is_nested(f.type) or pa.types.is_interval(f.type)
        fields.append(pa.field(f.name, pa.string()) if nested else f)
    return pa.schema(fields)


def _csv_batch(batch: pa.RecordBatch, schema: pa.Schema) -> pa.RecordBatch:
    return pa.RecordBatch.from_arrays([_csv_column(c) for c in batch.columns], schema=schema)


def table_body(table: pa.Table, fmt: Format) -> bytes:
    """A whole (bounded) result in a binary or CSV format."""
    return b"".join(stream_body(table.schema, iter(table.to_batches()), fmt))


def stream_body(
    schema: pa.Schema,
    batches: Iterator[pa.RecordBatch],
    fmt: Format,
    on_close: Callable[[], None] | None = None,
) -> Iterator[bytes]:
    """Encode batches as they come; `on_close` runs however the stream ends."""
    sink = _Sink()
    try:
        if fmt is Format.csv:
            out_schema = _csv_schema(schema)
            with pacsv.CSVWriter(sink, out_schema) as writer:  # writes the header at once
                yield sink.drain()
                for batch in batches:
                    writer.write_batch(_csv_batch(batch, out_schema))
                    yield sink.drain()
            yield sink.drain()
        elif fmt is Format.parquet:
            with pq.ParquetWriter(sink, schema, compression="zstd", compression_level=1) as writer:
                for batch in batches:
                    writer.write_batch(batch)
                    yield sink.drain()
            yield sink.drain()
        elif fmt is Format.arrow:
            with pa.ipc.new_stream(sink, schema) as writer:
                yield sink.drain()
                for batch in batches:
                    writer.write_batch(batch)
                    yield sink.drain()
            yield sink.drain()
        else:
            raise ValueError(f"{fmt} is not a streaming format")
    finally:
        if on_close:
            on_close()
