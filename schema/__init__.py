"""Storage: the DuckDB schema, its migrations, the CAMEO reference tables and the row models."""

from eventdb.schema.cluster import cluster_events, unclustered
from eventdb.schema.db import (
    DEFAULT_DB,
    DatabaseLockedError,
    SchemaError,
    connect,
    current_version,
    latest_version,
    migrate,
    resolve_path,
)

__all__ = [
    "DEFAULT_DB",
    "DatabaseLockedError",
    "SchemaError",
    "cluster_events",
    "connect",
    "current_version",
    "latest_version",
    "migrate",
    "resolve_path",
    "unclustered",
]
