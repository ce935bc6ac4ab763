"""Ad hoc SQL from the network: one read-only query, a row cap, a time limit.

Three layers keep it harmless. The text must parse to exactly one SELECT (WITH, FROM,
VALUES, DESCRIBE and SUMMARIZE parse as SELECT too). The server's database is locked down
at start (see `database.lock_down`): no file, network or extension access, no settings to
change. And the query runs in a transaction that is rolled back, so even a function with a
side effect leaves nothing behind.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pyarrow as pa

from eventdb.api.execute import fetch_capped

MAX_SQL_CHARS = 100_000


class SqlRejected(ValueError):
    """The text is not something this endpoint runs; the message says why."""


@dataclass(frozen=True)
class SqlResult:
    table: pa.Table
    truncated: bool


def check(sql: str) -> duckdb.Statement:
    """The single SELECT statement `sql` holds, or SqlRejected."""
    if len(sql) > MAX_SQL_CHARS:
        raise SqlRejected(f"the query is {len(sql)} characters long; the limit is {MAX_SQL_CHARS}")
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise SqlRejected(str(exc).strip()) from None
    if not statements:
        raise SqlRejected("no SQL statement given")
    if len(statements) > 1:
        raise SqlRejected(f"{len(statements)} statements given; send exactly one SELECT")
    statement = statements[0]
    if statement.type != duckdb.StatementType.SELECT:
        raise SqlRejected(
            f"{statement.type.name} statements are not allowed; only a read-only SELECT "
            "(or WITH ... SELECT) query"
        )
    return statement


def run(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    params: list[object] | None,
    *,
    max_rows: int,
    timeout: float | None,
) -> SqlResult:
    """Run checked SQL on `con` (a cursor of its own) and roll back whatever it did."""
    statement = check(sql)
    con.execute("BEGIN TRANSACTION")
    try:
        table, truncated = fetch_capped(con, statement, params or None, max_rows, timeout)
    finally:
        con.execute("ROLLBACK")
    return SqlResult(table, truncated)
