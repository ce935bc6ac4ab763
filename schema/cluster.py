"""Keeping `events` in the order the common questions read it.

DuckDB skips a row group (about 122,880 rows) when the group's min/max statistics rule out a
filter. Rows are stored in arrival order, so one dyad's events are spread over every row group
and "USA against RUS by month" reads the whole table. Rewriting the table sorted by year, source
actor, target actor and date puts a dyad's events for a year side by side: a dyad question reads
a few row groups per year, a question about a period reads only that period's row groups, and
the prefix filters on actor codes (`USA` matches `USAGOV`) become ranges the statistics answer.

Rows stored after the last clustering are appended unsorted after the sorted ones and are read
in full, so clustering is worth repeating when that tail grows. `unclustered` measures the tail
by row id: the sorted rows are the first ones, and appends only ever go after them (the figure
can come out low after large deletions, when DuckDB compacts row groups).
The rewrite is one transaction: readers see the old table or the new one, and an interruption
leaves the old one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import duckdb

#: the sort order; the year comes first so that date-range questions keep their pruning
CLUSTER_KEY = ("year(event_date)", "source_code", "target_code", "event_date", "event_id")
_NEW = "events__clustered"
_META_KEY = "clustered_rows"


@dataclass(frozen=True, slots=True)
class ClusterReport:
    rows: int
    seconds: float


def clustered_rows(con: duckdb.DuckDBPyConnection) -> int:
    """How many rows the last clustering sorted (0 when the table was never clustered)."""
    rows = con.execute("SELECT value FROM meta WHERE key = ?", [_META_KEY]).fetchall()
    return int(rows[0][0]) if rows else 0


def unclustered(con: duckdb.DuckDBPyConnection) -> int:
    """Rows stored since the last clustering, which every filtered query reads in full."""
    sorted_rows = clustered_rows(con)
    rows = con.execute("SELECT count(*) FROM events WHERE rowid >= ?", [sorted_rows]).fetchall()
    return int(rows[0][0])


def cluster_events(con: duckdb.DuckDBPyConnection) -> ClusterReport:
    """Rewrite `events` in `CLUSTER_KEY` order, keeping its definition, and reclaim the space.

    The new table is created from the stored definition of the current one, so columns that
    migrations added, defaults and NOT NULL constraints carry over unchanged.
    """
    started = time.perf_counter()
    ddl = con.execute(
        "SELECT sql FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'events'"
    ).fetchall()[0][0]
    head = "CREATE TABLE events("
    if not ddl.startswith(head):
        raise RuntimeError(f"unexpected definition of events: {ddl[:60]}")
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(f"CREATE TABLE {_NEW}(" + ddl[len(head) :])
        rows = con.execute(
            f"INSERT INTO {_NEW} SELECT * FROM events ORDER BY {', '.join(CLUSTER_KEY)}"
        ).fetchall()[0][0]
        con.execute("DROP TABLE events")
        con.execute(f"ALTER TABLE {_NEW} RENAME TO events")
        con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [_META_KEY, str(rows)])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("CHECKPOINT")
    return ClusterReport(rows=int(rows), seconds=time.perf_counter() - started)
