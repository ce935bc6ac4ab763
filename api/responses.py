"""Turning Arrow results into Litestar responses, whole or streamed."""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa
from litestar import Request, Response
from litestar.response import Stream

from eventdb.api.database import Database
from eventdb.api.execute import open_reader
from eventdb.api.formats import EXTENSIONS, MEDIA_TYPES, json_body, stream_body, table_body
from eventdb.api.queries import Query
from eventdb.api.requests import Format


def raw_query(request: Request) -> dict[str, list[str]]:
    params = request.query_params
    return {name: params.getall(name) for name in params}


def _disposition(fmt: Format, name: str) -> dict[str, str]:
    if fmt is Format.json:
        return {}
    return {"Content-Disposition": f'attachment; filename="{name}.{EXTENSIONS[fmt]}"'}


def table_response(
    table: pa.Table,
    fmt: Format,
    name: str,
    meta: dict[str, object] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """A bounded result; JSON wraps the rows in `meta`, other formats carry it in headers."""
    all_headers = {**_disposition(fmt, name), **(headers or {})}
    if fmt is Format.json:
        body = json_body(table, meta or {})
    else:
        body = table_body(table, fmt)
    return Response(body, media_type=MEDIA_TYPES[fmt], headers=all_headers)


def _guarded(chunks: Iterator[bytes]) -> Iterator[bytes]:
    # Litestar ends a sync stream quietly on ValueError; a failing export must break the
    # connection instead, or the client would take a truncated file for a whole one.
    try:
        yield from chunks
    except ValueError as exc:
        raise RuntimeError(f"export failed: {exc}") from exc


def stream_response(db: Database, query: Query, fmt: Format, name: str) -> Stream:
    """The whole result of `query`, encoded batch by batch as the client reads it.

    The query starts before the response does, so an error in it is still a 4xx/5xx
    problem response rather than a broken stream.
    """
    cur = db.open_cursor()
    try:
        reader = open_reader(cur, query)
    except BaseException:
        cur.close()
        raise

    def close() -> None:
        reader.close()
        cur.close()

    body = _guarded(stream_body(reader.schema, iter(reader), fmt, on_close=close))
    return Stream(body, media_type=MEDIA_TYPES[fmt], headers=_disposition(fmt, name))
