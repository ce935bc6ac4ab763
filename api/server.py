"""`eventdb serve`: the API on uvicorn, with access logs as JSON lines on stderr."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import uvicorn

from eventdb.api.app import create_app
from eventdb.api.settings import Settings
from eventdb.schema import DatabaseLockedError, SchemaError


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    access = logging.getLogger("eventdb.access")
    access.handlers[:] = [handler]
    access.setLevel(level.upper())
    access.propagate = False
    app_log = logging.getLogger("eventdb.api")
    app_log.setLevel(level.upper())


def run(
    *,
    db: Path,
    host: str,
    port: int,
    api_key: str | None,
    cors_origins: list[str],
    sql_timeout: float,
    sql_max_rows: int,
    log_level: str,
) -> None:
    configure_logging(log_level)
    settings = Settings(
        db=Path(db),
        api_key=api_key or None,
        cors_origins=tuple(cors_origins),
        sql_timeout=sql_timeout,
        sql_max_rows=sql_max_rows,
        log_level=log_level,
    )
    try:
        app = create_app(settings)
    except (DatabaseLockedError, SchemaError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    uvicorn.run(app, host=host, port=port, log_level=log_level.lower(), access_log=False)
