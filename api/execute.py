"""Running a query on one DuckDB connection with a time limit, as Arrow.

A watchdog interrupts the connection when the limit passes: DuckDB then aborts the query
wherever it is, which a timeout around a blocking call could not do. Each caller passes a
connection (a cursor) of its own, so an interrupt never hits someone else's query.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
import pyarrow as pa

from eventdb.api.queries import Query

BATCH_ROWS = 122_880  # DuckDB's row group size: batches come out whole


#: byte budget for capped (ad hoc SQL) results
MAX_RESULT_BYTES = 256 * 1024 * 1024


class QueryTimeout(RuntimeError):
    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(f"the query ran longer than {seconds:g} s and was stopped")


class Watchdog:
    """One thread that interrupts connections whose deadline passed.

    A threading.Timer per query would start a thread per request (0.6 ms each, measured);
    here arming and disarming only touch a heap under a lock. An interrupt is sent under
    the same lock that disarming takes, so a query that finished in time is never hit.
    """

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._heap: list[tuple[float, int]] = []
        self._armed: dict[int, duckdb.DuckDBPyConnection] = {}
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, con: duckdb.DuckDBPyConnection, seconds: float) -> int:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="query-watchdog")
                self._thread.daemon = True
                self._thread.start()
            token = next(self._ids)
            heapq.heappush(self._heap, (time.monotonic() + seconds, token))
            self._armed[token] = con
            self._lock.notify()
            return token

    def disarm(self, token: int) -> None:
        with self._lock:
            self._armed.pop(token, None)

    def _run(self) -> None:
        with self._lock:
            while True:
                while self._heap and self._heap[0][1] not in self._armed:
                    heapq.heappop(self._heap)  # finished in time
                if not self._heap:
                    self._lock.wait()
                    continue
                deadline, token = self._heap[0]
                remaining = deadline - time.monotonic()
                if remaining > 0:
                    self._lock.wait(remaining)
                    continue
                heapq.heappop(self._heap)
                self._armed.pop(token).interrupt()


WATCHDOG = Watchdog()


@contextmanager
def time_limit(con: duckdb.DuckDBPyConnection, seconds: float | None) -> Iterator[None]:
    if not seconds:
        yield
        return
    token = WATCHDOG.arm(con, seconds)
    try:
        yield
    except duckdb.InterruptException:
        raise QueryTimeout(seconds) from None
    finally:
        WATCHDOG.disarm(token)


def fetch_table(
    con: duckdb.DuckDBPyConnection, query: Query, timeout: float | None = None
) -> pa.Table:
    with time_limit(con, timeout):
        return con.sql(query.sql, params=query.params).to_arrow_table()


def fetch_capped(
    con: duckdb.DuckDBPyConnection,
    statement: str | duckdb.Statement,
    params: list[object] | None,
    max_rows: int,
    timeout: float | None = None,
) -> tuple[pa.Table, bool]:
    """At most `max_rows` rows, and whether more were there; the rest is never computed.

    Small batches and a byte budget keep one request from building a result of gigabytes
    ("SELECT repeat('x', 1000000) FROM range(100000)") before the row cap is reached.
    """
    with time_limit(con, timeout):
        try:
            # the LIMIT lets DuckDB stop producing rows itself; reading a stream and
            # closing it early can wait forever on an endless query
            relation = con.sql(statement, params=params).limit(max_rows + 1)
            table = relation.to_arrow_table()
        except (OSError, pa.ArrowException) as exc:
            # DuckDB errors raised while Arrow pulls batches arrive as Arrow/OS errors
            message = str(exc)
            if "INTERRUPT" in message.upper():
                raise duckdb.InterruptException(message) from None
            if "maximum total string size" in message or "out of memory" in message.lower():
                raise ResultTooLarge(MAX_RESULT_BYTES) from None
            raise
    if table.nbytes > MAX_RESULT_BYTES:
        raise ResultTooLarge(MAX_RESULT_BYTES)
    rows = table.num_rows
    return table.slice(0, max_rows), rows > max_rows


class ResultTooLarge(RuntimeError):
    def __init__(self, limit: int) -> None:
        super().__init__(f"the result is larger than {limit // (1024 * 1024)} MiB")
        self.limit = limit


def open_reader(
    con: duckdb.DuckDBPyConnection, query: Query, batch_rows: int = BATCH_ROWS
) -> pa.RecordBatchReader:
    """A lazy reader over the whole result; DuckDB computes batches as they are read.

    The reader holds the connection until it is read out or closed.
    """
    return con.sql(query.sql, params=query.params).to_arrow_reader(batch_rows)
