"""GET and POST /v1/sql: one read-only SELECT, capped in rows and time."""

from __future__ import annotations

import duckdb
import msgspec
from litestar import Request, Response, Router, get, post
from litestar.di import NamedDependency
from litestar.params import JSONBody

from eventdb.api import sandbox
from eventdb.api.context import Context
from eventdb.api.openapi import documented
from eventdb.api.params import QueryReader, Spec
from eventdb.api.problems import Problem
from eventdb.api.requests import FORMATS, Format
from eventdb.api.responses import raw_query, table_response

SQL_SPECS = (
    Spec("q", "One SELECT (or WITH ... SELECT) query.", "SELECT count(*) FROM events", False),
    Spec("format", "json, csv, parquet or arrow.", "csv", False),
)


class SqlBody(msgspec.Struct, forbid_unknown_fields=True):
    """A query, optional values for its ? placeholders, and the output format."""

    query: str
    params: list[str | int | float | bool | None] = []
    format: str | None = None


def _answer(ctx: Context, sql: str, params: list[object], fmt: Format) -> Response:
    with ctx.db.cursor() as cur:
        try:
            result = sandbox.run(
                cur,
                sql,
                params,
                max_rows=ctx.settings.sql_max_rows,
                timeout=ctx.settings.sql_timeout,
            )
        except duckdb.Error as exc:
            detail = str(exc).strip()
            raise Problem(400, "Query failed", detail, kind="sql-error") from None
    table = result.table
    headers = {"X-Row-Count": str(table.num_rows), "X-Truncated": str(result.truncated).lower()}
    meta = {
        "count": table.num_rows,
        "truncated": result.truncated,
        "max_rows": ctx.settings.sql_max_rows,
        "columns": [{"name": f.name, "type": str(f.type)} for f in table.schema],
    }
    return table_response(table, fmt, "query", meta, headers)


@get("/", sync_to_thread=True, summary="Run a read-only SQL query (in the query string)")
def sql_get(ctx: NamedDependency[Context], request: Request) -> Response:
    reader = QueryReader(raw_query(request), frozenset({"q", "format"}))
    sql = reader.one("q")
    fmt = Format(reader.choice("format", FORMATS, "json"))
    if sql is None:
        reader.fail("q", "missing", "a SELECT query")
    reader.finish()
    return _answer(ctx, sql or "", [], fmt)


@post(
    "/",
    sync_to_thread=True,
    status_code=200,
    summary="Run a read-only SQL query (in a JSON body)",
    description='Body: {"query": "SELECT ...", "params": [values for ? placeholders], '
    '"format": "json|csv|parquet|arrow"}.',
)
def sql_post(ctx: NamedDependency[Context], request: Request, data: JSONBody[SqlBody]) -> Response:
    reader = QueryReader(raw_query(request), frozenset({"format"}))
    choice = data.format or reader.one("format") or "json"
    if choice not in FORMATS:
        reader.fail("format", f"{choice!r} is not a format", " | ".join(FORMATS), choice)
    reader.finish()
    return _answer(ctx, data.query, list(data.params), Format(choice))


router = Router(
    "/v1/sql", parameters=documented(SQL_SPECS), route_handlers=[sql_get, sql_post], tags=["sql"]
)
