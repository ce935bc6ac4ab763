"""The server's one DuckDB connection: opened read-write, locked down, shared by cursors.

DuckDB lets one process write a database file, so the server owns it for as long as it
runs: every request reads through a cursor of its own (a cheap second connection to the
same database, with its own transaction), and writes are serialised by a lock. DuckDB's
snapshot isolation means a reader sees an article with all its sentences and events or not
at all.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from eventdb.api.params import Vocabulary
from eventdb.schema import connect, current_version

MAX_EXPRESSION_DEPTH = 250
_MEMORY = re.compile(r"^\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", re.IGNORECASE)


def default_memory_limit() -> str:
    """Half the machine's memory: ad hoc queries must not starve the rest of it."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return "4GB"
    return f"{max(total // 2 // 2**20, 256)}MiB"


def lock_down(con: duckdb.DuckDBPyConnection, memory_limit: str) -> None:
    """No files, network, extensions or setting changes for anything that runs after this.

    The settings hold for the whole database instance, so they cover every cursor; the
    last one makes the others permanent until the process ends.
    """
    if not _MEMORY.match(memory_limit):
        raise ValueError(f"memory limit {memory_limit!r} is not like 4GB or 512MiB")
    for statement in (
        "SET GLOBAL enable_external_access = false",
        "SET GLOBAL autoinstall_known_extensions = false",
        "SET GLOBAL autoload_known_extensions = false",
        "SET GLOBAL allow_community_extensions = false",
        f"SET GLOBAL memory_limit = '{memory_limit}'",
        f"SET GLOBAL max_expression_depth = {MAX_EXPRESSION_DEPTH}",
        "SET GLOBAL lock_configuration = true",
    ):
        con.execute(statement)


class Database:
    def __init__(self, path: Path, *, memory_limit: str | None = None) -> None:
        self.path = Path(path)
        self._con = connect(self.path)
        try:
            lock_down(self._con, memory_limit or default_memory_limit())
            self.vocabulary = Vocabulary.from_connection(self._con)
        except BaseException:
            self._con.close()
            raise
        self.write_lock = threading.Lock()

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def open_cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor the caller closes, for results that outlive the request handler."""
        return self._con.cursor()

    def schema_version(self) -> int:
        with self.cursor() as cur:
            return current_version(cur)

    def close(self) -> None:
        self._con.close()
