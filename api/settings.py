"""Server configuration: what `eventdb serve` passes in, plus limits with safe defaults."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from eventdb.etl.coder.types import EventCoder


@dataclass(frozen=True)
class Settings:
    db: Path
    api_key: str | None = None
    cors_origins: tuple[str, ...] = ()
    sql_timeout: float = 10.0
    sql_max_rows: int = 100_000
    #: limit for the built-in endpoints' queries (exports streaming out are not limited)
    query_timeout: float = 60.0
    log_level: str = "info"
    #: DuckDB memory limit, e.g. "4GB"; None means half the machine's memory
    memory_limit: str | None = None
    max_body_bytes: int = 32 * 2**20
    max_query_bytes: int = 8 * 1024
    max_articles: int = 1_000
    #: makes the event coder on first use; None loads the default spaCy coder
    coder_factory: Callable[[], EventCoder] | None = None
