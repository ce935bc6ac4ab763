"""Opening a database always brings it to the current schema, so no caller sees an old layout.

Migrations are plain SQL files (`migrations/NNN_name.sql`) applied in order, each in its own
transaction and recorded in `schema_version`; a database made by any earlier release upgrades
in place. The CAMEO reference tables are reloaded whenever the shipped TSV files change.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import duckdb
import pyarrow as pa

DEFAULT_DB = "eventdb.duckdb"
_PKG = files("eventdb.schema")
_MIGRATION_NAME = re.compile(r"^(\d{3})_(\w+)\.sql$")

#: reference table -> (TSV file, column types as pyarrow types)
_REFERENCE: dict[str, tuple[str, dict[str, pa.DataType]]] = {
    "cameo_codes": (
        "cameo_codes.tsv",
        {
            "code": pa.string(),
            "name": pa.string(),
            "level": pa.int8(),
            "root_code": pa.string(),
            "base_code": pa.string(),
            "parent_code": pa.string(),
            "goldstein": pa.float64(),
            "quad_class": pa.int8(),
            "description": pa.string(),
        },
    ),
    "quad_classes": (
        "quad_classes.tsv",
        {"quad_class": pa.int8(), "name": pa.string(), "roots": pa.string()},
    ),
    "actor_roles": (
        "actor_roles.tsv",
        {"code": pa.string(), "name": pa.string(), "kind": pa.string(), "description": pa.string()},
    ),
    "countries": (
        "countries.tsv",
        {"code": pa.string(), "name": pa.string(), "kind": pa.string()},
    ),
}


class SchemaError(RuntimeError):
    """The database file exists but cannot be used with this version of eventdb."""


class DatabaseLockedError(RuntimeError):
    """Another process holds the database for writing (DuckDB allows one writer)."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def resolve_path(path: str | os.PathLike[str] | None = None) -> Path:
    """`--db` beats `EVENTDB_DB` beats `./eventdb.duckdb`."""
    if path:
        return Path(path)
    return Path(os.environ.get("EVENTDB_DB") or DEFAULT_DB)


def migrations() -> list[Migration]:
    found = []
    for entry in _PKG.joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise SchemaError(f"migration files are not numbered 001..{len(found):03d}: {versions}")
    return found


def latest_version() -> int:
    return migrations()[-1].version


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchall()
    if not exists[0][0]:
        return 0
    rows = con.execute("SELECT max(version) FROM schema_version").fetchall()
    return int(rows[0][0] or 0)


def connect(
    path: str | os.PathLike[str] | None = None, *, read_only: bool = False
) -> duckdb.DuckDBPyConnection:
    """Open (creating and upgrading when writable) the database at `path`."""
    db_path = resolve_path(path)
    if read_only and not db_path.exists():
        raise SchemaError(f"{db_path}: no such database; build one with `eventdb ingest`")
    if not read_only and db_path.parent != Path():
        db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(db_path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise DatabaseLockedError(
                f"{db_path} is open for writing in another process (DuckDB allows one writer). "
                "If `eventdb serve` holds it, send articles to the server instead: "
                "`eventdb ingest --server URL PATH...` (POST /v1/articles)."
            ) from exc
        raise
    if read_only:
        have, want = current_version(con), latest_version()
        if have != want:
            con.close()
            raise SchemaError(
                f"{db_path} has schema version {have}, this eventdb needs {want}; "
                "open it once without read-only to upgrade"
            )
    else:
        migrate(con)
    return con


def migrate(con: duckdb.DuckDBPyConnection, target: int | None = None) -> list[int]:
    """Apply pending migrations, recreate views, refresh reference data; return versions applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, description VARCHAR NOT NULL,"
        " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
    )
    have = current_version(con)
    applied = []
    for migration in migrations():
        if migration.version <= have or (target is not None and migration.version > target):
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_version (version, description) VALUES (?, ?)",
                [migration.version, migration.name],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    if target is None or target >= latest_version():
        con.execute(_PKG.joinpath("views.sql").read_text(encoding="utf-8"))
    _load_reference(con)
    return applied


def _reference_digest() -> str:
    digest = hashlib.sha256()
    for table, (filename, _) in sorted(_REFERENCE.items()):
        digest.update(table.encode())
        digest.update(_PKG.joinpath("data", filename).read_bytes())
    return digest.hexdigest()


def read_reference_tsv(filename: str) -> list[dict[str, str]]:
    with _PKG.joinpath("data", filename).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _load_reference(con: duckdb.DuckDBPyConnection) -> None:
    digest = _reference_digest()
    rows = con.execute("SELECT value FROM meta WHERE key = 'reference_digest'").fetchall()
    if rows and rows[0][0] == digest:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        for table, (filename, types) in _REFERENCE.items():
            rows = read_reference_tsv(filename)
            columns = {
                name: pa.array(
                    [r[name] if r[name] != "" else None for r in rows], type=pa.string()
                ).cast(kind)
                for name, kind in types.items()
            }
            arrow = pa.table(columns)  # noqa: F841  (read by DuckDB's replacement scan)
            con.execute(f"DELETE FROM {table}")
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM arrow")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('reference_digest', ?)", [digest])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
